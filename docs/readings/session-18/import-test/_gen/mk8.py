from src import *
from mk1 import w,B_
from fodt import *
from xml.sax.saxutils import escape as E
import shutil
ta,pa=A('澄溪县','澄溪'); tb,pb=B('澄溪县'); tc,pc=C()
pcs=[(ta,pa),(tb,pb),(tc,pc)]
ft='澄溪县人民政府办公室　　第 <text:page-number text:select-page="current">1</text:page-number> 页'
masters=[('MP%d'%(i+1),t,ft) for i,(t,_) in enumerate(pcs)]
auto=''.join('<style:style style:name="S_MP%d" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="MP%d"/>'%(i+1,i+1) for i in range(len(pcs)))
body=[]
for i,(t,ps) in enumerate(pcs):
    body.append(p(ps[0],'S_MP%d'%(i+1)))  # 同志们：
    body+=[p(x) for x in ps[1:]]
s=doc('\n'.join(body),masters,auto)
open('/tmp/imp18_c08.fodt','w').write(s); convert('/tmp/imp18_c08.fodt','docx','/tmp/imp18_out')
shutil.copy('/tmp/imp18_out/imp18_c08.docx',B_+'c08/县领导讲话（页眉标题）.docx')
def hd(ps): return '\n'.join('   - '+h for h in heads(ps))
w(B_+'c08/EXPECTED.md','''# c08 .docx where each piece's TITLE is only in the PAGE HEADER (页眉) of its own section; the body of each piece starts
directly with 「同志们：」 on a new section/page; footer 「澄溪县人民政府办公室　　第 N 页」.
Expected: **3 documents**, genre 讲话.
1. %s
%s
2. %s
%s
3. %s
%s
Ideal: titles taken from the section headers. Acceptable: split into 3 at the section breaks / 「同志们：」 with a clear
「（无标题）」-style placeholder — but NOT one merged document, and NOT the footer text as a title or body line.
Footer 「澄溪县人民政府办公室　第 N 页」 must not appear in the text.
'''%(ta,hd(pa),tb,hd(pb),tc,hd(pc)))
