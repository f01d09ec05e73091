from src import *
from mk1 import w,B_
from fodt import *
from xml.sax.saxutils import escape as E
ta,pa=A('栎阳县','栎阳'); tc,pc=C(); tb,pb=B('沅江县')
pieces=[(ta,'（2025年2月26日）',pa),(tc,'（2024年10月15日）',pc),(tb,'（2025年4月8日）',pb)]
body=[];n=0
for i,(t,d,ps) in enumerate(pieces):
    body.append(frame(t,i+1) if i else frame(t,i+1).replace('text:style-name="PB"','text:style-name="Standard"'))
    body.append(p(d,'Ctr'))
    for k,x in enumerate(ps):
        x2=E(x)
        if k==1: x2=x2.replace('。',comment('县委办 张科长','这段开场请再压缩，领导说不要超过200字。')+'。',1)
        if '省级卫生县城' in x and n<1 and i==0:
            n+=1; x2=x2.replace('省级卫生县城',  '省级卫生县城'+note(n,'省级卫生县城：由省爱国卫生运动委员会命名，每三年复审一次。'),1)
        if '9大类196项指标' in x:
            n+=1; x2=x2.replace('9大类196项指标','9大类196项指标'+note(n,'见《国家卫生城镇评审管理办法》附件2。'),1)
        if HEAD.match(x) and i==2 and x.startswith('二、'):
            x2=x2+comment('分管副县长 李','标题改为“聚焦突出问题，补齐短板弱项”？')
        body.append('<text:p text:style-name="Standard">%s</text:p>'%x2)
s=doc('\n'.join(body),[('Standard','','<text:page-number text:select-page="current">1</text:page-number>')])
open('/tmp/imp18_c03.fodt','w').write(s)
import shutil,os
convert('/tmp/imp18_c03.fodt','docx','/tmp/imp18_out')
shutil.copy('/tmp/imp18_out/imp18_c03.docx',B_+'c03/领导讲话稿（批注稿）.docx')
def hd(ps): return '\n'.join('   - '+h for h in heads(ps))
w(B_+'c03/EXPECTED.md','''# c03 .docx (made in LibreOffice): each piece's TITLE sits in a TEXT BOX (bordered frame), pieces separated by page
breaks; Word comments (批注) by 「县委办 张科长」 in each piece's 2nd paragraph and one on a heading in piece 3;
two footnotes (脚注); page numbers in the footer.
Expected: **3 documents**, genre 讲话.
1. %s
%s
2. %s
%s
3. %s
%s
Titles must come from the text boxes (not be lost, not be glued to the date line or the first paragraph).
Comment text (「这段开场请再压缩…」, 「标题改为…」) must NOT appear in the body or in a heading.
Footnote text must not be spliced into the middle of a paragraph (at the end of the piece or dropped is fine); the
footnote mark 「1」「2」 should not stay glued to the words. Page numbers must not be in the text.
'''%(ta,hd(pa),tc,hd(pc),tb,hd(pb)))
