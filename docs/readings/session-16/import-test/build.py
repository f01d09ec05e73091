# Builds c01..c08 from /work/shared/genre and fixtures/import. Run: python3 build.py
import os, re, subprocess, json, html, shutil
G='/work/shared/genre/'; F='/work/shared/fixtures/import/'
OUT=os.path.dirname(os.path.abspath(__file__))
H1=re.compile(r'^[一二三四五六七八九十]+、')
def lines(p): return [l.strip().strip('\u3000').strip() for l in open(p,encoding='utf-8').read().splitlines()]
def place(s,county='渑川县',dist='溇阳市湄江区'):
    s=s.replace('X区',dist).replace('我区','我区').replace('X县',county).replace('X副县长','周振华副县长').replace('X同志','周振华同志').replace('X的山水','渑川的山水').replace('X在行动','渑川在行动')
    s=s.replace('州委、州政府','市委、市政府').replace('省委、省政府','省委、省政府')
    return re.sub(r'X(?=[余万])','30',s).replace('X','渑川')
# pieces: (title, body lines)
def waste():
    L=[l for l in lines(G+'report-waste-sorting.txt') if l]
    i=L.index('在全区生活垃圾分类全覆盖工作推进会上的讲话')
    return ('在全区生活垃圾分类全覆盖工作推进会上的讲话',[place(x) for x in L[i+1:]])
def promo():
    L=[l for l in lines(G+'speech-cw-promotion.txt') if l]
    return ('在全县全域无垃圾暨创卫工作推进会上的讲话',[place(x) for x in L])
def review():
    L=[l for l in lines(G+'speech-cw-review-two.txt') if l][2:]
    j=L.index('在全县2024年创建国家卫生县城工作推进会议上的讲话')
    return ('在迎接创建国家卫生县城复审暨城乡环境综合整治推进会议上的讲话',[place(x) for x in L[:j]]), ('在全县2024年创建国家卫生县城工作推进会议上的讲话',[place(x) for x in L[j+1:]])
def living():
    L=[l for l in lines(G+'speech-living-environment.txt') if l]
    i=L.index('在全区人居环境整治工作推进会议上的讲话')
    body=[]
    for x in L[i+1:]:
        if '新文秘网' in x or x.startswith('收藏《') or '……(未完' in x: continue
        body.append(place(x))
    # rejoin broken lines (source is hard-wrapped)
    out=[]
    for x in body:
        if out and not re.match(r'^([一二三四五六七八九十]+、|\(|（|\d+\.|同志们)',x) and not re.search(r'[。：:；！？]$',out[-1]) and not re.match(r'^[一二三四五六七八九十]+、|^\(',out[-1]):
            out[-1]+=x
        else: out.append(x)
    return ('在全区人居环境整治工作推进会议上的讲话',out)
def heads(body): return [x for x in body if H1.match(x)]
def write(c,name,data,enc='utf-8'):
    d=os.path.join(OUT,c); os.makedirs(d,exist_ok=True); p=os.path.join(d,name)
    open(p,'wb').write(data.encode(enc) if isinstance(data,str) else data); return p
def soffice(src,fmt,outdir):
    filt={'docx':'docx:MS Word 2007 XML','rtf':'rtf:Rich Text Format','doc':'doc:MS Word 97','pdf':'pdf:writer_pdf_Export'}[fmt]
    r=subprocess.run(['soffice','--headless','--infilter=HTML (StarWriter)','--convert-to',filt,'--outdir',outdir,src],check=True,capture_output=True)
    if not os.path.exists(os.path.splitext(src)[0]+'.'+fmt): raise SystemExit(r.stdout+r.stderr)
def expected(c,title,docs,remove,notes=''):
    s=f'# {c} — {title}\n\n{notes}\n\n**Documents: {len(docs)}**\n\n'
    for k,(t,hs) in enumerate(docs,1):
        s+=f'{k}. 《{t}》\n   level-1 headings ({len(hs)}): '+(' / '.join(hs) if hs else '(none)')+'\n'
    s+='\n**Must be removed (not in any document body / not a heading):**\n'+''.join(f'- {r}\n' for r in remove)
    write(c,'EXPECTED.md',s)
    json.dump({'docs':docs,'remove':remove},open(os.path.join(OUT,c,'expected.json'),'w'),ensure_ascii=False,indent=1)
def hp(x): return f'<p>{html.escape(x)}</p>'
CSS='<style>body{font-family:"Noto Serif CJK SC",serif;font-size:14pt} h1,.t{text-align:center;font-size:18pt} .c{text-align:center}</style>'
# ---------- c01: 常务会议纪要 ×4, .docx, page breaks, 议定事项 lists
def c01():
    topics=[
     ('十二','2026年3月5日',[('关于全县春季植树造林工作','会议听取了县林业局关于2026年春季植树造林工作安排的汇报。会议原则同意县林业局提出的工作方案，要求各乡镇于4月10日前完成造林任务的80%以上，县林业局牵头做好苗木调运和技术指导。'),
        ('关于城区老旧小区改造项目','会议听取了县住建局关于城区老旧小区改造项目推进情况的汇报。会议要求，县住建局会同县财政局于3月底前完成资金测算，县发改局做好项目申报，确保项目按期开工。'),
        ('关于修订《渑川县政府投资项目管理办法》','会议审议并原则通过《渑川县政府投资项目管理办法（修订稿）》，由县司法局按程序修改完善后印发实施。')]),
     ('十三','2026年3月26日',[('关于全县安全生产大检查工作','会议听取了县应急管理局关于一季度安全生产形势的汇报。会议强调，各乡镇、各部门要立即开展安全生产大检查，重点排查道路交通、危险化学品、建筑施工等领域隐患，县应急管理局每周通报一次进展。'),
        ('关于渑川县工业园区标准厂房建设','会议同意县工业园区管委会提出的标准厂房二期建设方案，建设资金由县城投公司筹措，县自然资源局做好用地保障。')]),
     ('十四','2026年4月16日',[('关于一季度经济运行情况','会议听取了县发改局、县统计局关于一季度全县经济运行情况的汇报。会议指出，一季度全县地区生产总值增长5.8%，但固定资产投资增速回落，要求各牵头部门对照年度目标查找差距，抓紧推进重点项目。'),
        ('关于防汛抗旱准备工作','会议要求县水务局于4月底前完成全县42座小型水库的汛前检查，落实防汛物资储备，县气象局加强监测预警。'),
        ('关于县城区生活垃圾分类工作','会议原则同意县城管局提出的城区生活垃圾分类实施方案，由县城管局会同各社区于5月1日起在城区全面推行。'),
        ('关于其他事项','会议研究了县人民医院门诊楼维修等其他事项，原则同意按程序办理。')]),
     ('十五','2026年5月8日',[('关于溇阳—渑川快速通道征地拆迁工作','会议听取了县交通运输局关于溇阳—渑川快速通道征地拆迁进展的汇报。会议要求沿线三个乡镇于6月底前完成全部拆迁任务，县自然资源局、县财政局做好补偿资金保障。'),
        ('关于县第一中学新校区建设','会议同意县教育局提出的县第一中学新校区建设方案，由县教育局牵头、县住建局配合，力争9月开工。')]),
    ]
    docs=[];body=''
    for k,(n,date,items) in enumerate(topics):
        t=f'渑川县人民政府第{n}次常务会议纪要'
        hs=[]; br=' style="page-break-before:always"' if k else ''
        body+=f'<p class="t"{br}><b>{t}</b></p><p class="c">渑川县人民政府办公室</p><p class="c">{date}</p>'
        body+=hp(f'{date}，县长王立新主持召开县人民政府第{n}次常务会议，研究部署近期重点工作。现将会议议定事项纪要如下：')
        for i,(h,txt) in enumerate(items):
            hh='一二三四五六七'[i]+'、'+h; hs.append(hh); body+=hp(hh)+hp(txt)
        body+=hp('出席：王立新、李文涛、周振华、陈晓梅、赵国平')+hp('列席：县政府办、县发改局、县财政局等单位主要负责同志')+hp('请假：刘海军（在市党校学习）')
        body+=hp('抄送：县委办，县人大办，县政协办。')+hp(f'渑川县人民政府办公室  {date}印发')
        docs.append((t,hs))
    d=os.path.join(OUT,'c01'); os.makedirs(d,exist_ok=True)
    src=write('c01','2026年渑川县政府常务会议纪要汇编.html','<html><head><meta charset="utf-8">'+CSS+'</head><body>'+body+'</body></html>')
    soffice(src,'docx',d); os.remove(src)
    expected('c01','常务会议纪要汇编 (.docx, pieces at page breaks, 议定事项 lists)',docs,['nothing obligatory; 出席/列席/请假/抄送/印发 lines may stay in the body of their own 纪要 but must not become a document or a heading'],
      'Four 常务会议纪要, each begins on a new page with a centred title, the issuing office and the date. Level-1 headings are the 议定事项 items 一、二、…')
# ---------- c02: .docx whose pieces start at Heading 1 (no text marker), with 前言 and 后记
def c02():
    p=promo(); r1,r2=review()
    pre=['前言','为便于全县各级干部学习领会县委、县政府关于城乡环境卫生整治和创建卫生县城工作的部署要求，县创卫办将近两年县领导在相关会议上的讲话汇编成册，供各乡镇、各部门学习参考。','本书所收讲话按时间先后排列，文字上作了少量技术处理。','渑川县创建卫生县城工作领导小组办公室','2026年10月']
    post=['后记','本汇编在编辑过程中得到了县委办、县政府办和各有关部门的大力支持，在此一并致谢。由于时间仓促，疏漏之处在所难免，敬请批评指正。','编者','2026年10月']
    body='<h1>'+pre[0]+'</h1>'+''.join(hp(x) for x in pre[1:])
    docs=[]
    for t,b in (r2,p,r1):
        body+=f'<h1 style="page-break-before:always">{t}</h1>'+''.join(hp(x) for x in b); docs.append((t,heads(b)))
    body+='<h1 style="page-break-before:always">后记</h1>'+''.join(hp(x) for x in post[1:])
    d=os.path.join(OUT,'c02'); os.makedirs(d,exist_ok=True)
    src=write('c02','渑川县创卫工作讲话汇编.html','<html><head><meta charset="utf-8">'+CSS+'</head><body>'+body+'</body></html>')
    soffice(src,'docx',d); os.remove(src)
    expected('c02','讲话汇编 with 前言 and 后记 (.docx, each piece starts with a Heading 1 paragraph, no other marker)',docs,['前言 (not a speech: must not be imported as a speech, nor glued onto the first speech)','后记 (not a speech: must not be glued onto the last speech)'],
      'Titles are Word Heading 1 paragraphs; level-1 headings 一、二、三 are plain body paragraphs.')
# ---------- c03: phone note-app .txt export (emoji, time stamps, one line per paragraph)
def c03():
    w=waste(); r1,r2=review()
    w=(w[0],[x.replace('溇阳市湄江区','渑川县').replace('我区','我县').replace('区长','县长') for x in w[1]])
    w=('在全县生活垃圾分类全覆盖工作推进会上的讲话',w[1])
    out=['📒 备忘录导出 · 共 2 条笔记','导出时间：2026/11/20 21:47','']
    emo=['👍','✅','📌','🔥','💪']
    docs=[]
    for k,(stamp,(t,b)) in enumerate([('2026年11月3日 星期二 08:12',w),('2026年11月5日 星期四 19:30',r2)]):
        out+=['━━━━━━━━━━━━━━',f'🕗 {stamp}',f'📝 {t}','']
        for i,x in enumerate(b):
            if H1.match(x): out.append('⭐ '+x)
            elif i%7==3: out.append(x+' '+emo[i%5])
            else: out.append(x)
        out+=['',f'—— 最后编辑于 {stamp[:-5]}{int(stamp[-5:-3])+1:02d}{stamp[-3:]} · 已同步至云端 ☁️ · {sum(len(x) for x in b)} 字','']
        docs.append((t,heads(b)))
    write('c03','备忘录导出_讲话稿.txt','\n'.join(out))
    expected('c03','phone note-app export (.txt, one line per paragraph, emoji, time stamps)',docs,['导出头「📒 备忘录导出 · 共 2 条笔记」「导出时间：…」','分隔线 ━━━','时间戳行「🕗 2026年11月3日 星期二 08:12」','「—— 最后编辑于 … 已同步至云端 ☁️ · N 字」','emoji: 📝 before titles and ⭐ before headings should not be part of the title/heading (emoji at paragraph ends tolerated)'],
      'Two speeches; the titles carry a 📝 prefix and the level-1 headings a ⭐ prefix.')
# ---------- c04: scanned-then-OCR'd PDF (text layer with wrong characters) + scanner stamp
OCR=[('已','己'),('日','曰'),('未','末'),('0','O'),('人居','入居'),('干部','千部'),('治理','冶理')]
def ocr(s,k):
    for i,(a,b) in enumerate(OCR):
        if (k+i)%3==0: s=s.replace(a,b,1 if a in '已日未人居' else 2)
    return s
def c04():
    lv=living(); r1,_=review()
    body=''; docs=[]
    for k,(t,b,spk,dt) in enumerate([(lv[0],lv[1],'区委副书记、区长  陈明远','2026年4月9日'),(r1[0],r1[1],'县委书记  王立新','2026年5月20日')]):
        br=' style="page-break-before:always"' if k else ''
        body+=f'<p class="c"{br}>扫描全能王 创建</p><p class="t"><b>{ocr(t,k+1) if k else t}</b></p><p class="c">{spk}</p><p class="c">（{dt.replace("0","O")}）</p>'
        for i,x in enumerate(b):
            body+=hp(ocr(x,i)) 
            if i%9==8: body+='<p class="c">扫描全能王 创建</p>'
        docs.append((t,heads(b)))
    d=os.path.join(OUT,'c04'); os.makedirs(d,exist_ok=True)
    src=write('c04','人居环境与创卫讲话（扫描件）.html','<html><head><meta charset="utf-8">'+CSS+'</head><body>'+body+'</body></html>')
    soffice(src,'pdf',d); os.remove(src)
    expected('c04','scanned-then-OCR\'d PDF: text layer with wrong characters (己/已, 曰/日, 末/未, O/0, 入/人, 千/干, 冶/治), scanner stamp lines',docs,['「扫描全能王 创建」 stamp lines (at the top of each piece and every ~9 paragraphs)','speaker line and date line are not body text of section 一 (may be metadata)'],
      'Second title is OCR-damaged in the file (e.g. 曰/日 or 己/已 may appear); expected title given in clean form — a title with the OCR error counts as "title kept as in file", not wrong. Some headings also carry OCR errors; expected headings listed clean.')
# ---------- c05: .rtf (WPS-labelled), titles on two lines, 此件公开发布 / 联系人 tails
def c05():
    w=waste(); p=promo(); _,r2=review()
    items=[(('在溇阳市湄江区生活垃圾分类全覆盖','工作推进会上的讲话'),'区委副书记、区长  陈明远','2026年3月12日',w[1]),
           (('在全县全域无垃圾暨创卫工作','推进会上的讲话'),'县委书记  王立新','2026年4月2日',p[1]),
           (('在全县2024年创建国家卫生县城','工作推进会议上的讲话'),'县长  李文涛','2024年6月18日',r2[1])]
    body='';docs=[]
    for k,(tt,spk,dt,b) in enumerate(items):
        br=' style="page-break-before:always"' if k else ''
        body+=f'<p class="t"{br}><b>{tt[0]}</b></p><p class="t"><b>{tt[1]}</b></p><p class="c">{spk}</p><p class="c">（{dt}）</p>'
        body+=''.join(hp(x) for x in b)
        body+=hp('（此件公开发布）')+hp(f'（联系人：{["张丽","杨帆","刘建国"][k]}，电话：0873-{[6123450,6123998,6127731][k]}）')
        docs.append((tt[0]+tt[1],heads(b)))
    d=os.path.join(OUT,'c05'); os.makedirs(d,exist_ok=True)
    src=write('c05','领导讲话选编（WPS）.html','<html><head><meta charset="utf-8">'+CSS+'</head><body>'+body+'</body></html>')
    soffice(src,'rtf',d); os.remove(src)
    rp=os.path.join(d,'领导讲话选编（WPS）.rtf'); s=open(rp,'rb').read()
    s=re.sub(rb'\{\\\*\\generator [^}]*\}',rb'{\\*\\generator WPS Office 12.1.0.17827;}',s); open(rp,'wb').write(s)
    expected('c05','.rtf (generator WPS), each title printed on two centred lines, speaker and date lines, 「（此件公开发布）」「（联系人：…电话：…）」 tails',docs,['「（此件公开发布）」 ×3','「（联系人：…，电话：…）」 ×3 (must not stay at the end of the speeches, nor head the next one)'],
      'Titles must be the two lines joined; the second line must not become a heading or the first body paragraph.')
# ---------- c06: folder of two government-portal pages (.html) with 【字体：大 中 小】 etc.
def portal(title,meta,paras,crumb):
    nav='<div class="nav"><a href="#">首页</a> | <a href="#">政务公开</a> | <a href="#">政务服务</a> | <a href="#">互动交流</a> | <a href="#">走进渑川</a></div>'
    s=f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}_渑川县人民政府门户网站</title></head><body>'
    s+='<div class="top">渑川县人民政府门户网站 &nbsp; 无障碍浏览 &nbsp; 长者模式 &nbsp; 繁體版</div>'+nav
    s+=f'<div class="crumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; {crumb}</div>'
    s+=f'<div class="art"><h1>{title}</h1><div class="info">{meta} &nbsp; 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 &nbsp; 浏览次数：1287</div>'
    s+='<div class="content">'+''.join(hp(x) for x in paras)+'</div>'
    s+='<div class="tools"><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a> <a href="#">【收藏】</a> 分享到：微信 微博</div>'
    s+='<div class="rel">相关链接：<ul><li><a href="#">渑川县2026年重点民生实事项目公示</a></li><li><a href="#">县人民政府关于印发《渑川县防汛应急预案》的通知</a></li></ul></div></div>'
    s+='<div class="foot">主办：渑川县人民政府办公室 &nbsp; 承办：渑川县大数据中心<br>网站标识码：5306990001 &nbsp; 滇ICP备12003456号-1 &nbsp; 滇公网安备 53069902000123号<br>联系电话：0873-6120000 &nbsp; 建议使用1920×1080分辨率</div></body></html>'
    return s
def c06():
    t1='渑川县人民政府办公室关于做好2026年春节期间安全生产工作的通知'
    n=['各乡镇人民政府，县直各部门：','春节将至，为切实做好春节期间安全生产工作，确保全县人民群众度过一个安定祥和的节日，经县人民政府同意，现就有关事项通知如下：',
       '一、提高思想认识','各乡镇、各部门要充分认识做好节日期间安全生产工作的重要性，克服麻痹思想和厌战情绪，切实把安全生产摆在突出位置。',
       '二、突出重点领域','要重点抓好道路交通、烟花爆竹、人员密集场所、建筑施工、城镇燃气等领域的安全隐患排查整治，对发现的隐患要立即整改。',
       '三、严格值班值守','节日期间各乡镇、各部门要严格执行领导带班和24小时值班制度，保持通讯畅通，遇有重大情况及时报告。',
       '渑川县人民政府办公室','2026年1月20日','（此件公开发布）']
    p=promo()
    s1=portal(t1,'发布时间：2026-01-20 16:35 &nbsp; 来源：县政府办公室',n,'通知公告')
    s2=portal('周振华在全县全域无垃圾暨创卫工作推进会上的讲话','发布时间：2026-04-03 09:10 &nbsp; 来源：县创卫办 &nbsp; 作者：县创卫办',p[1],'领导讲话')
    write('c06','content_8812.html',s1); write('c06','content_9034.htm',s2)
    expected('c06','folder with two government-portal pages (UTF-8), 【字体：大 中 小】/打印本页/关闭窗口/相关链接/footer',[(t1,heads(n)),('周振华在全县全域无垃圾暨创卫工作推进会上的讲话',heads(p[1]))],
      ['site banner, 无障碍浏览/长者模式/繁體版, nav bar, 当前位置 breadcrumb','发布时间/来源/作者/浏览次数 line and 【字体：大 中 小】','【打印本页】【关闭窗口】【收藏】 分享到','相关链接 list (two other titles must not become documents or headings)','footer: 主办/承办/网站标识码/ICP/公网安备/联系电话/分辨率'],
      'One document per page. The 通知 is not a speech (genre 通知 expected). Signature/date of the 通知 may stay.')
# ---------- c07: 繁体 .txt mixing 讲话, 会议纪要 and 通知
def c07():
    r1,_=review()
    mins=['渑川縣人民政府第十六次常務會議紀要'.replace('縣','县').replace('務','务').replace('會','会').replace('議','议').replace('紀','纪'),
      '2026年6月11日，县长王立新主持召开县人民政府第十六次常务会议。现将会议议定事项纪要如下：',
      '一、关于全县夏季防汛工作','会议听取了县水务局关于防汛准备工作的汇报，要求各乡镇落实防汛责任人，县应急管理局做好物资调度。',
      '二、关于县城区停车场建设','会议原则同意县住建局提出的城区公共停车场建设方案，由县城投公司负责实施。',
      '三、关于其他事项','会议还研究了其他事项。','出席：王立新、李文涛、周振华、陈晓梅','列席：县政府办、县发改局、县财政局负责同志']
    note=['渑川县人民政府办公室关于开展2026年防汛应急演练的通知','各乡镇人民政府，县直有关部门：','为检验防汛应急预案的可操作性，提高应急处置能力，经县人民政府同意，定于2026年6月25日开展全县防汛应急演练。现将有关事项通知如下：',
      '一、演练时间和地点','2026年6月25日上午9时，地点在溇江渑川段城北防洪堤。','二、参演单位','县应急管理局、县水务局、县消防救援大队、城关镇人民政府等。','三、工作要求','各参演单位要高度重视，认真制定演练方案，确保演练安全有序。','渑川县人民政府办公室','2026年6月15日']
    pieces=[(r1[0],r1[1]),(mins[0],mins[1:]),(note[0],note[1:])]
    simp=''
    for t,b in pieces: simp+='\n\n'+'          '+t+'\n\n'+'\n'.join('　　'+x for x in b)+'\n'
    trad=subprocess.run(['node','-e',"const O=require('/tmp/imp16-npm/node_modules/opencc-js');const c=O.Converter({from:'cn',to:'tw'});let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(c(s)))"],input=simp.encode(),capture_output=True,check=True).stdout.decode()
    write('c07','會議材料彙編（繁體）.txt',trad)
    conv=lambda s: subprocess.run(['node','-e',"const O=require('/tmp/imp16-npm/node_modules/opencc-js');const c=O.Converter({from:'cn',to:'tw'});let s='';process.stdin.on('data',d=>s+=d).on('end',()=>process.stdout.write(c(s)))"],input=s.encode(),capture_output=True,check=True).stdout.decode()
    docs=[(conv(t),[conv(h) for h in heads(b)]) for t,b in pieces]
    expected('c07','繁体 .txt (UTF-8, Taiwan-standard characters) mixing one 讲话, one 常务会议纪要 and one 通知',docs,['nothing obligatory'],
      'Titles centred with spaces; paragraphs indented with 　　. Genres expected: 讲话, 纪要, 通知 (a 通知 should not be taken for a speech). Titles/headings listed in traditional characters as in the file (a simplified rendering counts as right).')
# ---------- c08: ONE long 政府工作报告 with 十 parts 一、…十、 — must NOT be split
def c08():
    L=[l for l in lines(F+'gov-work-report-2000.txt') if l]
    L=[x for x in L if x not in ('Public domain','false','true')][1:]
    rep={'国务院':'县人民政府','全国政协各位委员':'县政协各位委员','全国':'全县','我国':'我县','中华人民共和国':'渑川县'}
    b=[]
    for x in L:
        for a,c in rep.items(): x=x.replace(a,c)
        b.append(x)
    body='<p class="t"><b>政府工作报告</b></p><p class="c">——2026年1月8日在渑川县第十八届人民代表大会第五次会议上</p><p class="c">县长  王立新</p>'+''.join(hp(x) for x in b)
    d=os.path.join(OUT,'c08'); os.makedirs(d,exist_ok=True)
    src=write('c08','2026年渑川县政府工作报告.html','<html><head><meta charset="utf-8">'+CSS+'</head><body>'+body+'</body></html>')
    soffice(src,'doc',d); os.remove(src)
    expected('c08','one long 政府工作报告 (.doc, ~16,000 characters, ten parts 一、…十、, many （一）sub-parts)',[('政府工作报告',heads(b))],['nothing; the 「——2026年1月8日在…会议上」 and 「县长 王立新」 lines may be kept as metadata'],
      'Must stay ONE document: the ten 一、…十、 parts are level-1 headings, not separate pieces.')
if __name__=='__main__':
    import sys
    for f in (sys.argv[1:] or ['c01','c02','c03','c04','c05','c06','c07','c08']): globals()[f](); print(f,'built')
