import os, html, copy, subprocess, sys
from pieces import *
R='/work/readings/import-test-s20/'
def d(n): p=R+n+'/'; os.makedirs(p,exist_ok=True); return p
def expected(n, docs, removed, notes=''):
    s=f'# {n} — expected\n\n{notes}\n\nDocuments: **{len(docs)}**\n\n'
    for i,(t,hs,g) in enumerate(docs,1):
        s+=f'{i}. **{t}** ({g})\n'+''.join(f'   - {h}\n' for h in hs)
    s+='\nMust be removed (not in any document):\n'+''.join(f'- {r}\n' for r in removed)
    open(R+n+'/EXPECTED.md','w').write(s)
def hs(P): return [h for h,_ in P['secs']]
E=html.escape
def soffice(src,fmt,outdir):
    subprocess.run(['soffice','--headless','--convert-to',fmt,'--outdir',outdir,src],check=True,capture_output=True)

# ---------- c01: 范文 site html, UTF-8, 范文1：/【第二篇】/三、 markers, 相关推荐 + adverts between pieces
p=d('c01'); ps=[P1,P2,P3]
ad=['<div class="ad"><a href="https://vip.fanwenw.example/pay">开通VIP会员，全站范文免费复制下载！限时5折</a></div>',
    '<div class="ad"><img src="ad.gif" alt="广告">写材料没思路？点击获取10万篇公文范文 立即领取</div>']
rel='<div class="rel"><h3>相关推荐</h3><ul><li><a href="/a/101.html">2025年创卫工作总结范文5篇</a></li><li><a href="/a/102.html">卫生县城复审迎检工作方案</a></li><li><a href="/a/103.html">城乡环境综合整治表态发言</a></li></ul><h3>热门文章</h3><ol><li><a href="/a/9.html">主题教育专题民主生活会对照检查材料</a></li><li><a href="/a/8.html">2025年个人述职报告（通用）</a></li></ol></div>'
marks=['范文1：','【第二篇】','三、创卫工作推进会讲话稿 ']
body=''
for i,P in enumerate(ps):
    body+=f'<p><strong>{marks[i]}{E(P["title"])}</strong></p>\n'
    for l in P['intro']: body+=f'<p>{E(l)}</p>\n'
    for h,pp in P['secs']:
        body+=f'<p><strong>{E(h)}</strong></p>\n'+''.join(f'<p>{E(x)}</p>\n' for x in pp)
    for l in P['outro']: body+=f'<p>{E(l)}</p>\n'
    if i<2: body+=ad[i]+'\n'+(rel if i==0 else '')+'\n'
page=f'''<!DOCTYPE html><html><head><meta charset="utf-8"><title>创卫工作推进会讲话稿范文（精选3篇）_范文网</title></head><body>
<div class="top"><a href="/">范文网</a> | <a href="/jianghua/">领导讲话</a> | <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/jianghua/">领导讲话</a> &gt; 正文</div>
<h1>创卫工作推进会讲话稿范文（精选3篇）</h1>
<div class="info">时间：2025-09-18 10:23:41 作者：文秘小编 阅读：3862次</div>
<p>创卫工作推进会讲话稿范文（精选3篇）。下面是小编为大家整理的创卫工作推进会讲话稿，供大家参考。</p>
{body}
<div class="pn">上一篇：<a href="/a/200.html">在全县秋冬季爱国卫生运动动员会上的讲话</a><br>下一篇：<a href="/a/202.html">创卫工作表态发言稿</a></div>
{rel}
<div class="foot">Copyright © 2025 范文网 版权所有 备案号：京ICP备00000000号-1 本站内容来源于网友投稿，如有侵权请联系删除</div>
</body></html>'''
open(p+'创卫工作推进会讲话稿范文（精选3篇）.html','w',encoding='utf-8').write(page)
expected('c01',[(P['title'],hs(P),'讲话') for P in ps],
 ['markers 「范文1：」「【第二篇】」「三、创卫工作推进会讲话稿」 (not part of titles; the third piece must not be taken as a level-1 heading of piece 2)',
  'site nav/crumb, page h1 「创卫工作推进会讲话稿范文（精选3篇）」, 「时间：… 作者：… 阅读：…」, 小编 intro line',
  'adverts 「开通VIP会员…」「写材料没思路？…」 between pieces','相关推荐/热门文章 lists (appear after piece 1 and at the end)','上一篇/下一篇, copyright/ICP footer'],
 'A 范文 site page (UTF-8 .html) with 3 speeches marked inconsistently (范文1： / 【第二篇】 / 三、+theme), with adverts and 相关推荐/热门文章 between pieces.')

# ---------- c02: 文库 .txt with 展开全文/下载文档/VIP debris
p=d('c02'); ps=[P4,P5]
deb0=['2025年垃圾分类及人居环境整治讲话稿2篇 - 百科文库','VIP专享文档  4.6分  1.3万阅读  62人下载','文档格式：.docx  文档页数：6页  文档大小：28.5K','下载文档  收藏  分享  打印','']
out=deb0[:]
for i,P in enumerate(ps):
    lines=text(P)
    for j,l in enumerate(lines):
        out.append(l)
        if i==0 and j==len(lines)//2:
            out+=['','展开全文','还剩4页未读，继续阅读','开通VIP，免费下载本文档',' VIP ','']
        if i==1 and j==3:
            out+=['本文档由用户上传，如有侵权请联系删除。','下载文档到电脑，查找使用更方便','5 积分  下载文档','']
    out.append('')
out+=['','相关文档','垃圾分类工作推进会讲话稿 4页','人居环境整治现场会讲话 3页','猜你喜欢','点击下载完整版文档','VIP免费下载 全文已阅读完毕，如需下载请开通VIP','©2025 Baike文库 | 网站地图']
open(p+'垃圾分类及人居环境讲话稿2篇.txt','w',encoding='utf-8').write('\n'.join(out))
expected('c02',[(P['title'],hs(P),'讲话') for P in ps],
 ['文库 head lines (title 「… - 百科文库」, 「VIP专享文档 4.6分 1.3万阅读」, 文档格式/页数, 「下载文档 收藏 分享 打印」)',
  '「展开全文」「还剩4页未读，继续阅读」「开通VIP，免费下载本文档」 and a lone 「VIP」 line in the middle of piece 1',
  '「本文档由用户上传…」「下载文档到电脑…」「5 积分 下载文档」 inside piece 2','相关文档/猜你喜欢/点击下载完整版文档/VIP免费下载…/© footer'],
 'A .txt copied from a 文库 page: two speeches, 文库 buttons and VIP nags copied in the middle of the text.')

# ---------- c03: .docx 汇编 with cover + 目录 page listing the pieces (via fodt -> docx)
from fodt import *
if 'c03' in sys.argv:
 o=d('c03'); ps=[P2,P3,P1]
 spk=['泠川县委书记 孙振华','泠川县人民政府县长 周启明','泠川县委副书记 韩立群']
 dates=['（2025年3月12日）','（2025年5月20日）','（2025年8月6日）']
 auto=''.join(brk_style(f'PB{i}','Standard') for i in range(5))
 body=p('2025年泠川县爱国卫生与创卫工作','T')+p('领导讲话汇编','T')+p('','C')*6+p('中共泠川县委办公室','C')+p('泠川县人民政府办公室','C')+p('二〇二五年十二月','C')
 body+=p('目  录','PB0')
 for i,P in enumerate(ps):
     body+=p(f'{P["title"]}……{spk[i]}（{3+i*4}）','Standard')
 body+=p('后  记','Standard')
 for i,P in enumerate(ps):
     body+=p(P['title'],f'PB{i+1}')+p(spk[i].split(' ')[1]+'（'+spk[i].split(' ')[0]+'）','C')+p(dates[i],'C')
     for l in P['intro']: body+=p(l)
     for h,pp in P['secs']:
         body+=p(h,'B')+''.join(p(x) for x in pp)
     for l in P['outro']: body+=p(l)
 body+=p('后  记','PB4')+p('为便于全县各级各部门学习贯彻县委、县政府关于爱国卫生和创卫工作的部署要求，县委办公室、县政府办公室将2025年县领导在有关会议上的讲话汇编成册，供工作中参阅。因时间仓促，疏漏之处在所难免，敬请批评指正。')+p('编  者','C')+p('2025年12月','C')
 open('./c03.fodt','w').write(doc(auto,master('Standard','',''),body))
 soffice('./c03.fodt','docx',o)
 os.rename(o+'c03.docx',o+'2025年泠川县创卫工作领导讲话汇编.docx')
 expected('c03',[(P['title'],hs(P),'讲话') for P in ps],
  ['cover page (「2025年泠川县爱国卫生与创卫工作」「领导讲话汇编」, 编印单位, 「二〇二五年十二月」) — not a document',
   '目录 page listing the three titles 「……speaker（page）」 and 「后  记」 — must NOT become a document nor be glued to piece 1',
   'speaker line 「孙振华（泠川县委书记）」 and date line under each title (may stay as head/attribution, must not be the title)',
   '后记 (editor\'s note) — not a speech; either dropped or a separate non-speech document, never glued to piece 3'],
  'A Word 汇编 (.docx written by LibreOffice): cover, a 目录 page listing the pieces, three speeches each on a new page with centred title / speaker / date, 后记 at the end. Titles on the 目录 page are the same words as the piece titles (plus speaker and page).')

# ---------- c04: .docx, each piece its own section (page style) with its own header; titles 「姓名：在…上的讲话」
if 'c04' in sys.argv:
 o=d('c04'); ps=[P4,P5,P1]
 names=['郭晓峰','潘文静','戴明远']; roles=['区委书记','区长','副区长']
 ms=''; auto=''
 for i in range(3):
    hdr=p(f'雩山区2025年领导讲话选编\t{names[i]}同志讲话','HL')
    ftr='<text:p text:style-name="WM">— <text:page-number text:select-page="current">1</text:page-number> —</text:p>'
    ms+=master(f'M{i}',hdr,ftr)
    auto+=f'<style:style style:name="S{i}" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="M{i}"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"'+(' fo:break-before="page"' if i else '')+'/><style:text-properties fo:font-size="18pt" style:font-size-asian="18pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
 body=''
 for i,P in enumerate(ps):
    body+=p(f'{names[i]}：{P["title"]}',f'S{i}')+p(f'（{roles[i]}  2025年{4+i*2}月{10+i}日）','C')
    for l in P['intro']: body+=p(l)
    for h,pp in P['secs']: body+=p(h,'B')+''.join(p(x) for x in pp)
    for l in P['outro']: body+=p(l)
 open('./c04.fodt','w').write(doc(auto,ms,body))
 soffice('./c04.fodt','docx',o); os.rename(o+'c04.docx',o+'雩山区领导讲话选编（2025）.docx')
 expected('c04',[(P['title'],hs(P),'讲话') for P in ps],
 ['page headers 「雩山区2025年领导讲话选编<tab>郭晓峰同志讲话」 (different in each section) and footers 「— N —」',
  'the speaker prefix 「郭晓峰：」 must not be part of the title (speaker may be kept as attribution/head); the line 「（区委书记  2025年4月10日）」 is head, not a title or body'],
 'A .docx where each speech is its own section with its own page style and header naming the speaker; each title line carries the speaker before it on the same line: 「郭晓峰：在全区生活垃圾分类全覆盖工作推进会上的讲话」. Acceptable titles: without 「郭晓峰：」.')

# ---------- c05: .pdf made from a Word file, header left/right, footer left + 「第N页/共M页」 right
if 'c05' in sys.argv:
 o=d('c05'); ps=[P6,P2,P5]
 spk=['县长 周启明','县委书记 孙振华','副县长 赵德林']; dates=['2025年1月8日','2025年3月12日','2025年10月15日']
 hdr=p('澈阳市泠川县人民政府办公室\t内部资料 注意保存','HL')
 ftr='<text:p text:style-name="HL">2025年度重要会议材料汇编\t第<text:page-number text:select-page="current">1</text:page-number>页/共<text:page-count>9</text:page-count>页</text:p>'
 auto=brk_style('PB','Standard')
 body=''
 for i,P in enumerate(ps):
    body+=p(P['title'],'PB' if i==1 else 'T')+p(spk[i],'C')+p(f'（{dates[i]}）','C')
    for l in P['intro']: body+=p(l)
    for h,pp in P['secs']: body+=p(h,'B')+''.join(p(x) for x in pp)
    for l in P['outro']: body+=p(l)
    if i==0: body+=p('')
 open('./c05.fodt','w').write(doc(auto,master('Standard',hdr,ftr),body))
 soffice('./c05.fodt','pdf',o); os.rename(o+'c05.pdf',o+'2025年度重要会议材料汇编.pdf')
 expected('c05',[(P6['title'],hs(P6),'报告'),(P2['title'],hs(P2),'讲话'),(P5['title'],hs(P5),'讲话')],
 ['header on every page: left 「澈阳市泠川县人民政府办公室」, right 「内部资料 注意保存」 (in the PDF text layer they come out on one line or two)',
  'footer on every page: left 「2025年度重要会议材料汇编」, right 「第N页/共M页」',
  'speaker 「县长 周启明」 and date lines under each centred title: head, not title or body'],
 'A .pdf exported from a Word file: centred title / speaker / date blocks; piece 1 (a 政府工作报告) runs straight into piece 3 on the same page (no page break), piece 2 starts on a new page; two-column header and footer with 第N页/共M页 on every page; paragraphs broken across pages.')

# ---------- c06: 「网页，全部」 save: .htm (GB2312, <table> layout) + _files folder
if 'c06' in sys.argv:
 o=d('c06'); sd=o+'saved-page/'; os.makedirs(sd+'泠川县人民政府-领导讲话_files',exist_ok=True)
 P=P3
 nav=''.join(f'<tr><td class="nav" height="28"><img src="泠川县人民政府-领导讲话_files/dot.gif" width="5">&nbsp;<a href="/col/{k}">{t}</a></td></tr>' for k,t in enumerate(['县情概况','政务公开','领导之窗','政策文件','领导讲话','人事信息','互动交流','办事服务']))
 hot=''.join(f'<tr><td class="list"><a href="/art/{k}.html">{t}</a></td><td class="date">{dd}</td></tr>' for k,(t,dd) in enumerate([('泠川县召开2025年创卫工作推进会','2025-04-03'),('县领导督导城乡环境综合整治','2025-03-28'),('我县通过省级卫生县城暗访检查','2025-03-15')]))
 art=''.join(f'<tr><td class="content" style="text-indent:2em">{E(l)}</td></tr>' for l in P['intro'])
 for h,pp in P['secs']:
    art+=f'<tr><td class="content"><b>{E(h)}</b></td></tr>'+''.join(f'<tr><td class="content" style="text-indent:2em">{E(x)}</td></tr>' for x in pp)
 art+=''.join(f'<tr><td class="content" style="text-indent:2em">{E(l)}</td></tr>' for l in P['outro'])
 page=f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<!-- saved from url=(0058)http://www.lingchuan.gov.example/art/2025/4/3/art_1207_88.html -->
<HTML><HEAD><META http-equiv="Content-Type" content="text/html; charset=gb2312">
<TITLE>{E(P['title'])}_泠川县人民政府</TITLE>
<LINK href="泠川县人民政府-领导讲话_files/style.css" rel="stylesheet" type="text/css">
<SCRIPT src="泠川县人民政府-领导讲话_files/jquery.min.js"></SCRIPT></HEAD>
<BODY topmargin="0" leftmargin="0">
<TABLE width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><TR><TD><IMG src="泠川县人民政府-领导讲话_files/banner.jpg" width="1000" height="150" alt="泠川县人民政府"></TD></TR>
<TR><TD class="topnav">首页 | 政务公开 | 政务服务 | 互动交流 | 走进泠川 &nbsp;&nbsp; 2025年4月3日 星期四</TD></TR></TABLE>
<TABLE width="1000" border="0" align="center" cellpadding="0" cellspacing="0"><TR>
<TD width="220" valign="top"><TABLE width="100%" border="0">{nav}</TABLE>
<TABLE width="100%"><TR><TD class="title2">相关信息</TD></TR>{hot}</TABLE></TD>
<TD width="10"></TD>
<TD width="770" valign="top">
<TABLE width="100%" border="0"><TR><TD class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/2">政务公开</a> &gt; <a href="/col/4">领导讲话</a></TD></TR></TABLE>
<TABLE width="100%" border="0" cellpadding="6">
<TR><TD align="center" class="arttitle"><b>{E(P['title'])}</b></TD></TR>
<TR><TD align="center" class="artinfo">发布日期：2025-04-03 &nbsp; 信息来源：县政府办公室 &nbsp; 浏览次数：<script>document.write(1523)</script>1523</TD></TR>
<TR><TD align="center">县长 周启明</TD></TR>
<TR><TD><TABLE width="100%">{art}</TABLE></TD></TR>
<TR><TD align="right">[ <a href="javascript:window.print()">打印</a> ] [ <a href="javascript:window.close()">关闭</a> ] [ <a href="#">返回顶部</a> ]</TD></TR>
</TABLE></TD></TR></TABLE>
<TABLE width="1000" align="center"><TR><TD class="foot" align="center">主办：泠川县人民政府办公室 &nbsp; 承办：泠川县大数据中心<br>网站标识码：3301000099 &nbsp; 湘ICP备00000000号 &nbsp; 湘公网安备 43000000000000号<br>联系电话：0731-00000000 &nbsp; 建议使用1024×768分辨率浏览</TD></TR></TABLE>
</BODY></HTML>'''
 page=page.replace('湘','澈')
 open(sd+'泠川县人民政府-领导讲话.htm','wb').write(page.encode('gb2312'))
 fd=sd+'泠川县人民政府-领导讲话_files/'
 open(fd+'style.css','w').write('body{font-size:12px}.content{font-size:16px;line-height:30px}\n')
 open(fd+'jquery.min.js','w').write('/*! jQuery v1.8.3 */ (function(){var a="首页";})();\n')
 open(fd+'dot.gif','wb').write(b'GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;')
 open(fd+'banner.jpg','wb').write(b'\xff\xd8\xff\xe0'+b'\x00'*64)
 open(fd+'saved_resource.html','w',encoding='utf-8').write('<html><body><script>var share=1;</script>分享到：微信 微博</body></html>')
 expected('c06',[(P['title'],hs(P),'讲话')],
 ['everything outside the article: banner alt text, top nav + date 「2025年4月3日 星期四」, left nav column (县情概况…办事服务), 「相关信息」 list, breadcrumb 「您现在的位置：…」',
  '「发布日期：… 信息来源：… 浏览次数：1523」, [ 打印 ] [ 关闭 ] [ 返回顶部 ], footer 主办/承办/网站标识码/ICP/公网安备/联系电话/分辨率',
  'the _files folder: style.css, jquery.min.js, dot.gif, banner.jpg must be skipped quietly (not imported, not errors); saved_resource.html (a share widget) should not become a document (at most skipped)',
  '「县长 周启明」 line under the title: head'],
 'A portal page saved with 「网页，全部」: saved-page/泠川县人民政府-领导讲话.htm (GB2312, nested <table> layout, article paragraphs each in its own <td>) plus the 泠川县人民政府-领导讲话_files/ folder. Import the folder saved-page/.')

# ---------- c07: .odt of 会议纪要 (出席/列席/请假, numbered 议定事项), pieces separated only by a 「- - -」 or 「……」 line
if 'c07' in sys.argv:
 from minutes import *
 o=d('c07'); seps=['- - - - - - - - - - - - - - - -','……………………………………']
 body=''
 for i,M in enumerate(MS):
    body+=p(M['title'],'T')
    for l in M['head']: body+=p(l)
    for l in M['att']: body+=p(l)
    for h,pp in M['secs']: body+=p(h,'B')+''.join(p(x) for x in pp)
    for l in M['tail']: body+=p(l)
    if i<2: body+=p(seps[i],'C')
 open('./c07.fodt','w').write(doc('',master('Standard','',''),body))
 soffice('./c07.fodt','odt',o); os.rename(o+'c07.odt',o+'2025年县政府专题会议纪要.odt')
 expected('c07',[(M['title'],[h for h,_ in M['secs']],'纪要') for M in MS],
 ['the separator lines 「- - - - …」 and 「…………」 (must not be body text of either neighbour nor a document)',
  '出席/列席/请假/记录 lines: part of each 纪要 (head or body), never a title or a separate document',
  '版记 lines 「抄送：…」「泠川县人民政府办公室  2025年4月18日印发」: may stay as the end of the 纪要 or be removed; must not start a new document'],
 'An .odt (LibreOffice) with three 会议纪要 of one office, not numbered 「第X次」; each has a date/place/主持 paragraph, 出席：/列席：/请假：(/记录：) lines, numbered 议定事项 一、二、三、 in bold; pieces separated only by a centred line of 「- - -」 or 「……」. Level-1 headings = the 议定事项.')

# ---------- c08: the same .txt collection imported twice (v2: one edited, one removed, one added)
if 'c08' in sys.argv:
 o=d('c08'); os.makedirs(o+'v1',exist_ok=True); os.makedirs(o+'v2',exist_ok=True)
 def w(ps,path):
    out=['泠川县2025年创卫工作会议讲话材料','']
    for P in ps: out+=text(P)+['','']
    open(path,'w',encoding='utf-8').write('\n'.join(out))
 w([P1,P2,P3,P5],o+'v1/创卫讲话材料.txt')
 P1e=copy.deepcopy(P1); old=P1e['secs'][1][1][0]
 P1e['secs'][1][1][0]='各乡镇、各部门、各单位要以创建省级卫生县城为统揽，把城乡结合部、背街小巷、农贸市场作为整治重点，逐一建立台账、限期销号。'+old[old.index('。')+1:]
 P1e['secs'][1][0]='二、突出重点，补齐短板，全力推动全域无垃圾治理和创建省级卫生县城工作落实落细'
 w([P1e,P3,P4,P5],o+'v2/创卫讲话材料.txt')
 expected('c08',[(P['title'],hs(P),'讲话') for P in [P1e,P3,P4,P5]],
 ['the collection title line 「泠川县2025年创卫工作会议讲话材料」'],
 '''The same file name imported twice into ONE data dir: first v1/创卫讲话材料.txt (4 speeches: A 全域无垃圾, B 迎接复审, C 2024年创建, D 人居环境),
then v2/创卫讲话材料.txt, the secretary's revised file: A edited (heading 二 「明确重点」→「突出重点」 and the first sentence of its first paragraph rewritten),
B removed, C and D unchanged, E 「在全区生活垃圾分类全覆盖工作推进会上的讲话」 added between C and D.
Expected after v1: 4 documents. Expected on importing v2: the import says which pieces are unchanged (C, D), which changed (A), which is new (E)
and that B is no longer in the file (and asks / tells what happens to B); the library then does not hold two copies of C and D.
The list below is the v2 content.''')
