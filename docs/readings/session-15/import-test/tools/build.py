import os, re, html, sys
from pieces import *
OUT='/work/readings/import-test-s15/'
def exp(c, docs, removed, note=''):
    s='# %s EXPECTED\n\n%d documents.\n\n'%(c,len(docs))
    for i,(t,body) in enumerate(docs,1):
        s+='%d. **%s**\n   level-1 headings: %s\n'%(i,t,'；'.join(h1s((t,body))) or '(none)')
    s+='\nMust be removed: '+removed+'\n'
    if note: s+='\n'+note+'\n'
    open(OUT+c+'/EXPECTED.md','w').write(s)
def d(c): os.makedirs(OUT+c,exist_ok=True); return OUT+c+'/'
E=html.escape
# ---------- c01: 范文 site, h2/h3 markers, ad divs
def c01():
    P=pieces('沔川'); docs=[P['B'],P['C'],P['D']]
    h=['<!DOCTYPE html><html><head><meta charset="utf-8"><title>创卫工作推进会讲话范文（精选3篇）_笔杆子范文网</title></head><body>',
     '<div class="top"><a href="/">首页</a> &gt; <a href="/jh/">讲话稿</a> &gt; 领导讲话</div>',
     '<div class="login">登录 | 注册 | 开通VIP</div>',
     '<h1>创卫工作推进会讲话范文（精选3篇）</h1>','<div class="info">时间：2026-03-12 09:21 来源：笔杆子范文网 作者：佚名 浏览：3421次</div>',
     '<div class="ad"><b>【VIP会员】</b>开通会员免费下载全站10万+精品公文材料，每日更新，立即开通&gt;&gt;</div>',
     '<p>以下是小编为大家整理的创卫工作推进会讲话范文（精选3篇），欢迎阅读参考。</p>']
    marks=[('h2','范文1',True),('h2','范文2：',False),('h3','材料3',True)]
    for i,((t,body),(tag,m,sep)) in enumerate(zip(docs,marks)):
        if sep: h.append('<%s>%s</%s>'%(tag,m,tag)); h.append('<h3>%s</h3>'%E(t))
        else: h.append('<%s>%s%s</%s>'%(tag,m,E(t),tag))
        for p in body:
            h.append('<p><strong>%s</strong></p>'%E(p) if is_h1(p) else '<p>%s</p>'%E(p))
        if i==0: h.append('<div class="ad2"><a href="/down/88231.html">点击下载本文完整Word版</a> 本文共计6830字，下载需1个金币</div>')
        if i==1: h.append('<div class="tuijian"><p>相关推荐：</p><ul><li><a>2026年创建文明城市动员大会讲话稿</a></li><li><a>在全市爱国卫生运动大会上的讲话</a></li><li><a>创卫迎检工作表态发言</a></li></ul></div><div class="ad"><img src="ad.gif" alt="广告">公文写作培训班火热报名中 咨询电话：400-800-1234</div>')
    h+=['<div class="page">上一篇：<a>在全县安全生产工作会议上的讲话</a><br>下一篇：<a>创卫工作表态发言范文5篇</a></div>',
        '<div class="copy">版权声明：本站文章均来自网络，如有侵权请联系删除。Copyright © 2026 笔杆子范文网 备案号：X ICP备12345678号</div></body></html>']
    open(d('c01')+'创卫讲话范文3篇_笔杆子范文网.html','w',encoding='utf-8').write('\n'.join(h))
    exp('c01',docs,'breadcrumb/login line, page title 「创卫工作推进会讲话范文（精选3篇）」 and the info line, VIP advert, 「以下是小编为大家整理…」, 「范文1」「范文2：」「材料3」 markers (range 2 has the marker glued to the title in one <h2>), 「点击下载本文完整Word版…」, 相关推荐 list, 公文写作培训班 advert, 上一篇/下一篇, 版权声明.')
# ---------- c02: 文库 copy .txt
def c02():
    P=pieces('滠阳'); docs=[P['D'],P['E']]
    lines=['原创力文档','max.book118.com','知识共享平台','下载文档','收藏 分享 赏','','创卫及人居环境整治讲话汇编（2篇）.docx','VIP免费 | 上传时间：2026-05-10 | 约 11 页 | 8.36 万字','']
    page=[1]; total=11
    def pg():
        s='第 %d 页 共 %d 页'%(page[0],total); page[0]+=1; return s
    for t,body in docs:
        lines.append('　　　　'+t)
        for j,p in enumerate(body):
            if is_h1(p) or p.startswith('同志们'): lines.append('　　'+p); continue
            if j%6==3 and len(p)>80:
                k=len(p)//2; lines+=['　　'+p[:k], pg(), p[k:]]
            elif j%6==5:
                lines+=['　　'+p, '', '原创力文档', 'max.book118.com', '预览与源文档一致,下载高清无水印','']
            else: lines.append('　　'+p)
        lines.append('')
    lines+=['下载文档','该文档为用户出于学习目的上传，如有侵权请联系删除。','相关文档','在全县爱国卫生月活动启动仪式上的讲话.docx','创卫工作总结（3篇）.docx','文档评论（0）']
    open(d('c02')+'创卫及人居环境整治讲话汇编（2篇）.txt','w',encoding='utf-8').write('\n'.join(lines))
    exp('c02',docs,'原创力文档/max.book118.com/知识共享平台/下载文档/收藏 分享 赏 header, file name line and 「VIP免费 | 上传时间…」 line, every 「第 N 页 共 M 页」 (they fall MID-PARAGRAPH: the two halves must be rejoined into one paragraph), repeated 「原创力文档 / max.book118.com / 预览与源文档一致,下载高清无水印」 blocks, the tail (下载文档, 侵权 notice, 相关文档 list, 文档评论).','Indents are full-width spaces 「　　」; titles indented with 4 full-width spaces.')
# ---------- c03: docx with one table row per piece
def c03():
    P=pieces('漳平'); g=gov(2010,[1,2],place='漳平',maxpara=3); docs=[P['A'],g,P['B']]
    h=['<html><head><meta charset="utf-8"></head><body><p align="center"><b>漳平县领导讲话存档登记表（2026年一季度）</b></p>',
       '<table border="1" cellpadding="4"><tr><td>序号</td><td>标题</td><td>日期</td><td>正文</td></tr>']
    for i,(t,body) in enumerate(docs,1):
        h.append('<tr><td>%d</td><td>%s</td><td>2026年%d月%d日</td><td>%s</td></tr>'%(i,E(t),i,10+i,''.join('<p>%s</p>'%E(p) for p in body)))
    h.append('</table><p>登记人：办公室文秘科 周敏</p></body></html>')
    p=d('c03')+'src.html'; open(p,'w',encoding='utf-8').write('\n'.join(h))
    exp('c03',docs,'the table header row (序号/标题/日期/正文), the sheet title 「漳平县领导讲话存档登记表（2026年一季度）」, 序号 and 日期 cells (日期 may be kept as metadata), 「登记人：…」.','Each piece is one table row: 序号 | 标题 | 日期 | 正文 (正文 cell holds all paragraphs).')
# ---------- c05 minutes without titles
MIN=[
 ('滠阳区生活垃圾分类工作领导小组第三次会议纪要', ['时间：2026年3月18日上午9:00','地点：区政府三楼第一会议室','主持人：区委常委、副区长 陈建华','参会人员：区城管执法局、区环卫中心、区住建局、各街道分管负责同志','记录人：区分类办 刘畅',
  '会议听取了区环卫中心关于一季度生活垃圾分类工作进展情况的汇报，研究了下一阶段重点工作。现纪要如下：',
  '一、关于一季度工作进展','一季度，全区新增分类示范小区12个，完成分类投放点改造86处，居民知晓率达到92%，但部分老旧小区投放点设置不规范、混装混运问题仍然存在。',
  '二、关于下一阶段重点工作','会议要求，区环卫中心牵头，4月底前完成全部老旧小区投放点规范化改造；区城管执法局要加大对混装混运行为的查处力度，每月通报一次；各街道要落实“桶长制”，确保每个投放点有人值守。',
  '三、关于经费保障','会议同意从区级环卫专项资金中安排分类设施改造经费300万元，由区财政局按进度拨付，区审计局全程跟踪审计。']),
 ('沔川县创建国家卫生县城复审迎检调度会会议记录', ['时间：2026年4月2日下午3:00','地点：县委常委会议室','主持人：县委副书记、县长 王立新','参会人员：县创卫办全体成员，县直有关部门主要负责同志，各乡镇镇长','记录人：县政府办 赵琳',
  '一、县创卫办汇报迎检准备情况','县创卫办主任汇报：对照9大类196项指标，已完成自查整改173项，尚有23项正在整改，主要集中在农贸市场、城中村和“六小”门店。',
  '二、与会单位发言','县市场监管局：农贸市场改造已完成2个，剩余1个4月20日前完工。县住建局：城中村立面改造已完成80%，雨季前全部完成。各乡镇表示将按照分工抓好集镇环境卫生整治。',
  '三、县长讲话要点','王立新指出，复审迎检已到最关键阶段，各单位要对照问题清单逐项销号，4月25日前全部整改到位；县效能督察组要每周暗访一次，对整改不力的单位进行通报约谈。']),
 ('滠阳区人居环境整治工作调度会议纪要', ['时间：2026年5月9日上午','地点：区农业农村局二楼会议室','主持人：副区长 孙卫东','参会人员：区农业农村局、区生态环境局、区住建局、各镇（街道）分管负责同志',
  '会议通报了全区人居环境整治“百日攻坚”行动进展情况，分析了存在的问题，安排部署了下一步工作。',
  '一、会议认为','“百日攻坚”行动开展以来，全区共清理村庄垃圾1.2万吨，拆除残垣断壁320处，改造农村户厕1860户，村容村貌明显改善。',
  '二、会议指出','当前仍存在部分村庄长效管护机制不健全、污水处理设施运行不正常、群众参与度不高等问题。',
  '三、会议议定','（一）区农业农村局牵头，6月底前建立村庄保洁长效管护机制。（二）区生态环境局负责，对已建成的污水处理设施开展一次全面排查，确保正常运行。（三）各镇（街道）每月开展一次“最美庭院”评选，激发群众参与热情。'])]
def c05():
    h=['<html><head><meta charset="utf-8"></head><body>']
    for i,(t,body) in enumerate(MIN):
        for p in body:
            st=' style="page-break-before: always"' if (i>0 and p is body[0]) else ''
            h.append('<p%s>%s</p>'%(st,E(p)) if not is_h1(p) else '<p%s><b>%s</b></p>'%(st,E(p)))
    h.append('</body></html>')
    open(d('c05')+'src.html','w',encoding='utf-8').write('\n'.join(h))
    docs=[(t,b) for t,b in MIN]
    exp('c05',docs,'nothing (no debris). The 时间/地点/主持人/参会人员/记录人 block is metadata of each piece and must start a NEW document each time.','The pieces have NO title line at all: the titles listed above are what a person would call them (from 主持人/content); acceptable titles are anything naming the meeting (e.g. 「2026年3月18日会议纪要」 / 「生活垃圾分类工作领导小组会议」) — NOT the 时间 line and not the first body sentence. Pieces are separated by page breaks only (Word 97 .doc).')
# ---------- c06 GB18030, 谢谢大家 / 根据录音整理 boundaries
def c06():
    P=pieces('㵲阳'); a=P['A']; b=P['B']; e=P['E']
    b=(b[0], [x.replace('沔川','㵲阳').replace('㵲阳县','㵲阳县') for x in b[1]])
    lines=[]
    lines+=[a[0],'（2026年3月6日）','区委副书记 张䶮']+a[1][:-1]+[a[1][-1]+'谢谢大家！']
    lines+=[b[0],'县长 𬀩立群']+b[1]+['（根据录音整理）']
    lines+=[e[0],'（2026年5月20日）']+e[1]+['谢谢大家！']
    open(d('c06')+'领导讲话（录音整理稿）.txt','w',encoding='gb18030').write('\r\n'.join(lines)+'\r\n')
    exp('c06',[a,b,e],'nothing; 「谢谢大家！」 and 「（根据录音整理）」 belong to the end of the piece before (may stay or go, but must not start or title a piece).','File is GB18030 with characters outside GBK: 㵲 (U+3D72) in the place name 㵲阳, 䶮 (U+4DAE) in 张䶮, 𬀩 (U+2C029) in 𬀩立群 — they must survive import (not �/?). No blank lines between pieces; each next title follows directly after the previous ending line. CRLF line ends. Speaker/date lines are metadata of the piece below them.')
# ---------- c07 md with YAML front matter per piece
def c07():
    P=pieces('沔川'); g=gov(2025,[1,3],maxpara=3); docs=[g,P['C'],P['A']]
    out=[]
    meta=[('2026-01-15','县长 王立新','[政府工作报告, 人代会]'),('2026-04-08','县委书记 周海','[创卫, 讲话]'),('2026-03-06','副区长 孙卫东','[垃圾分类]')]
    for i,((t,body),(dt,sp,tags)) in enumerate(zip(docs,meta)):
        out+=['---','title: "%s"'%t,'date: %s'%dt,'author: %s'%sp,'tags: %s'%tags,'source: 县委办文稿库','---','']
        if i==1: out+=['# '+t,'']
        for p in body:
            out+=[('## '+p) if (is_h1(p) and i!=2) else p,'']
    open(d('c07')+'讲话稿存档.md','w',encoding='utf-8').write('\n'.join(out))
    exp('c07',docs,'the YAML front matter blocks (---/title/date/author/tags/source/---) must not appear as text; title should come from `title:`.','Piece 2 also repeats the title as a `# ` heading (must not become a second document or a heading). Piece 3 has plain-text headings (no ##).')
# ---------- c08 html with br + nbsp runs
def c08():
    P=pieces('滠阳'); g=gov(2000,[2,3],place='滠阳',maxpara=3); docs=[P['D'],g]
    h=['<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>讲话稿两篇 - 公文之家</title></head><body>',
       '<div id="nav">公文之家 &gt;&gt; 讲话致辞 &gt;&gt; 正文</div><div id="content">']
    def wrap(p,n=38): return '<br>'.join(p[i:i+n] for i in range(0,len(p),n))
    for t,body in docs:
        h.append('<p align="center"><font size="4"><b>%s</b></font></p>'%E(t))
        # groups of paragraphs in one <p>, separated with <br><br>, indents with &nbsp; runs, hard-wrapped lines
        grp=[]
        for p in body:
            if is_h1(p):
                if grp: h.append('<p>'+'<br><br>'.join(grp)+'</p>'); grp=[]
                h.append('<p>&nbsp;&nbsp;&nbsp;&nbsp;<b>%s</b></p>'%E(p))
            else:
                grp.append('&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'+wrap(E(p)))
        if grp: h.append('<p>'+'<br><br>'.join(grp)+'</p>')
        h.append('<p>&nbsp;</p><p>&nbsp;</p>')
    h.append('</div><div id="foot">本文来源：公文之家 www.gwzj-demo.cn 转载请注明出处 &nbsp;&nbsp;|&nbsp;&nbsp; 返回顶部</div></body></html>')
    open(d('c08')+'讲话稿两篇.html','w',encoding='utf-8').write('\n'.join(h))
    exp('c08',docs,'nav line 「公文之家 >> 讲话致辞 >> 正文」, footer 「本文来源：公文之家 … 返回顶部」, &nbsp;-only paragraphs.','Paragraph text is hard-wrapped every 38 characters with <br>; paragraphs are separated by <br><br> inside one <p>; indents are runs of &nbsp;. Expected: each wrapped paragraph rejoined into ONE paragraph (no line per 38 characters), headings found.')
def c04():
    P=pieces('滠阳'); docs=[P['C'],P['D'],P['E']]
    sp=[('市委副书记 钱国栋','2026年2月26日'),('副市长 孙卫东','2026年3月15日'),('市委常委 林晓','2026年4月9日')]
    notes=['“四治”指治脏、治乱、治差、治堵，见《滠阳市城乡环境综合整治三年行动方案》（滠办发〔2025〕12号）。',
           '技术评估指全国爱卫办组织的国家卫生县城技术评估，2026年起每三年复审一次。',
           '据滠阳市农业农村局2025年统计，全市行政村共计416个。']
    h=['<html><head><meta charset="utf-8"></head><body>',
       '<div title="header"><p align="center">滠阳市委办公室　内部资料　注意保存</p></div>',
       '<p align="center" style="margin-top:3in"><font size="6"><b>滠阳市领导讲话汇编</b></font></p>','<p align="center">（2026年第一辑）</p>','<p align="center">中共滠阳市委办公室　编</p>',
       '<p align="center" style="page-break-before: always"><b>目　　录</b></p>']
    for i,(t,_) in enumerate(docs):
        h.append('<p>%s……………………………………%d</p>'%(E(t),3+i*4))
    for i,((t,body),(who,dt)) in enumerate(zip(docs,sp)):
        h.append('<p align="center" style="page-break-before: always"><font size="5"><b>%s</b></font></p>'%E(t))
        h.append('<p align="center">%s</p><p align="center">（%s）</p>'%(who,dt))
        for j,p in enumerate(body):
            ref=''
            if j==3 and i<3: ref='<a class="sdfootnoteanc" name="sdfootnote%danc" href="#sdfootnote%dsym"><sup>%d</sup></a>'%(i+1,i+1,i+1)
            h.append(('<p><b>%s</b>%s</p>' if is_h1(p) else '<p>　　%s%s</p>')%(E(p),ref))
    for i,n in enumerate(notes):
        h.append('<div id="sdfootnote%d"><p class="sdfootnote"><a class="sdfootnotesym" name="sdfootnote%dsym" href="#sdfootnote%danc">%d</a>%s</p></div>'%(i+1,i+1,i+1,i+1,E(n)))
    h.append('<div title="footer"><p align="center">— <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> —</p></div></body></html>')
    open(d('c04')+'src.html','w',encoding='utf-8').write('\n'.join(h))
    exp('c04',docs,'cover page (滠阳市领导讲话汇编 / （2026年第一辑） / 中共滠阳市委办公室　编), the 目录 page with its 3 entries and page numbers, the running header 「滠阳市委办公室　内部资料　注意保存」 on every page, the page-number footer 「— N —」 on every page.','Speaker and date lines (centred) are metadata of the piece below. Each piece has one footnote (numbered 1–3, printed at the page foot): its text should not be glued into a body paragraph or become a heading or split a document; ideally kept at the end of its piece or removed as a reported removal. Made: HTML → .docx (LibreOffice) → PDF.')
def c09():
    P=pieces('澧源'); docs=[P['A'],P['B']]
    h=['<html><head><meta charset="utf-8"></head><body>','<div title="footer"><p align="center">第 <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> 页</p></div>']
    for i,(t,body) in enumerate(docs):
        h.append('<p align="center"%s><font size="5"><b>%s</b></font></p>'%(' style="page-break-before: always"' if i else '',E(t)))
        h.append('<p align="center">（2026年%d月%d日）</p>'%(i+3,10+i))
        for p in body: h.append(('<p><b>%s</b></p>' if is_h1(p) else '<p>　　%s</p>')%E(p))
    h.append('</body></html>')
    open(d('c09')+'src.html','w',encoding='utf-8').write('\n'.join(h))
    exp('c09',docs,'page-number footers 「第 N 页」.','Made: HTML → PDF (LibreOffice), then every text object in the PDF got a character spacing of 2.5 pt (`2.5 Tc` after each BT), so the text layer has each glyph spaced apart — like PDFs from some typesetting/OA exporters and letter-spaced print. Expected: titles and paragraphs read as normal words without spaces between characters; nothing else changes.')
def c10():
    P=pieces('汉皋'); docs=[P['C'],P['E']]
    def x(s): return html.escape(s,quote=False)
    body=[]
    body.append('<text:p text:style-name="Title">汉皋县创卫工作会议讲话材料（存档）</text:p>')
    for i,(t,b) in enumerate(docs):
        paras=''.join('<text:p text:style-name="%s">%s</text:p>'%('Bold' if is_h1(p) else 'Standard',x(p)) for p in [t]+b)
        body.append('<text:p text:style-name="Standard"><draw:frame draw:name="文本框%d" text:anchor-type="paragraph" svg:width="16cm" svg:height="20cm" draw:z-index="%d"><draw:text-box fo:min-height="20cm">%s</draw:text-box></draw:frame></text:p>'%(i+1,i,paras))
        body.append('<text:p text:style-name="Standard"/>')
    fodt='''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles><style:style style:name="Standard" style:family="paragraph"/><style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" fo:font-size="16pt"/></style:style><style:style style:name="Bold" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style></office:styles>
<office:body><office:text>%s</office:text></office:body></office:document>'''%''.join(body)
    open(d('c10')+'src.fodt','w',encoding='utf-8').write(fodt)
    exp('c10',docs,'the sheet title 「汉皋县创卫工作会议讲话材料（存档）」 (or keep as a collection title).','Each piece (title + body) sits in its own Word text box (文本框1, 文本框2) anchored to an empty paragraph; the main text flow holds only the sheet title. Made: hand-written .fodt → .docx (LibreOffice).')
for f in sys.argv[1:]: globals()[f]()
