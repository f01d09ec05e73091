from src import *
from mk1 import w,B_
from fodt import *
from xml.sax.saxutils import escape as E
import shutil
ta,pa=A('嵩阳县','嵩阳'); tb,pb=B('嵩阳县'); td,pd=D('嵩阳县城关街道')
pieces=[(ta,'县委书记　郑国华','（2025年3月18日）',pa,None),(tb,'县长　冯立群','（2025年4月2日）',pb,None),(td,'县委常委、城关街道党工委书记　韩梅','（2025年5月9日）',pd,'T')]
rows=[['序号','重点任务','牵头单位','责任单位','完成时限'],
 ['1','完成城关街道12个小区垃圾分类设施改造','城关街道办','县住建局、县城管局','2025年6月30日'],
 ['2','建成厨余垃圾就地处理站1座','县城管局','县发改局、县财政局','2025年9月30日'],
 ['3','开展“垃圾分类进校园”活动不少于20场','县教育局','城关街道办','2025年12月31日'],
 ['4','建立分类投放督导员队伍，每个小区不少于2名','城关街道办','各社区居委会','2025年7月31日']]
body=['<text:p text:style-name="Big">嵩阳县2025年领导讲话汇编</text:p>','<text:p text:style-name="Ctr">中共嵩阳县委办公室　编印</text:p>','<text:p text:style-name="Ctr">2025年6月</text:p>']
toc='<text:table-of-content text:style-name="Sect1" text:protected="true" text:name="目录1"><text:table-of-content-source text:outline-level="1"><text:index-title-template text:style-name="Contents_20_Heading">目　录</text:index-title-template><text:table-of-content-entry-template text:outline-level="1" text:style-name="Contents_20_1"><text:index-entry-link-start/><text:index-entry-chapter/><text:index-entry-text/><text:index-entry-tab-stop style:type="right" style:leader-char="."/><text:index-entry-page-number/><text:index-entry-link-end/></text:table-of-content-entry-template></text:table-of-content-source><text:index-body><text:index-title text:name="目录1_Head"><text:p text:style-name="Contents_20_Heading">目　录</text:p></text:index-title>'
for i,(t,_,_,_,_) in enumerate(pieces):
    toc+='<text:p text:style-name="Contents_20_1">%s<text:tab/>%d</text:p>'%(E(t),[1,5,9][i])
toc+='</text:index-body></text:table-of-content>'
body.append('<text:p text:style-name="PB"/>'); body.append(toc)
for i,(t,sp,d,ps,tab) in enumerate(pieces):
    body.append('<text:h text:style-name="Heading_20_1" text:outline-level="1"%s>%s</text:h>'%('',E(t)))
    body.append(p(sp,'Ctr')); body.append(p(d,'Ctr'))
    for x in ps: body.append(p(x))
    if tab:
        body.append(p('附件：嵩阳县2025年生活垃圾分类重点任务分工表'))
        body.append(p('附件','Standard'))
        body.append(p('嵩阳县2025年生活垃圾分类重点任务分工表','Big'))
        body.append(table(rows))
# page break before each Heading: add via separate empty PB paragraphs
out=[]
for b in body:
    if b.startswith('<text:h'): out.append('<text:p text:style-name="PB"/>')
    out.append(b)
s=doc('\n'.join(out),[('Standard','','<text:page-number text:select-page="current">1</text:page-number>')],
  '<style:style style:name="Sect1" style:family="section"><style:section-properties style:editable="false"/></style:style>')
open('/tmp/imp18_c04.fodt','w').write(s)
convert('/tmp/imp18_c04.fodt','docx','/tmp/imp18_out')
shutil.copy('/tmp/imp18_out/imp18_c04.docx',B_+'c04/嵩阳县2025年领导讲话汇编.docx')
def hd(ps): return '\n'.join('   - '+h for h in heads(ps))
w(B_+'c04/EXPECTED.md','''# c04 .docx 汇编 with a cover (title, 编印 unit, date), a real Word TOC field (目录, dotted leaders, page numbers),
pieces' titles in Heading 1 with centred speaker and date lines; piece 3 ends with a 附件 that is a TABLE of tasks.
Expected: **3 documents**, genre 讲话.
1. %s
%s
2. %s
%s
3. %s
%s
Must be removed (or at least not become a document or a heading): cover lines 「嵩阳县2025年领导讲话汇编」「中共嵩阳县委办公室　编印」
「2025年6月」, the 目录 heading and its three entries with page numbers (1, 5, 9).
The TOC entries must NOT create extra (empty) documents or duplicate titles.
Piece 3's 附件 (「附件：…分工表」 line, 「附件」, table title and the 5-row table) must stay with piece 3 (kept as its tail or
cleanly dropped and reported) — it must NOT become a 4th document, and the table rows must not become headings.
Speaker/date lines: head of each document.
'''%(ta,hd(pa),tb,hd(pb),td,hd(pd)))
