from src import *
from mk1 import w,B_
from fodt import *
from xml.sax.saxutils import escape as E
import shutil
ta,pa=A('栎阳县','栎阳'); tc,pc=C()
def box(name,paras,w_='15.5cm',h='3cm',z=1):
    return '<draw:frame draw:style-name="fr1" draw:name="%s" text:anchor-type="paragraph" svg:width="%s" svg:height="%s" draw:z-index="%d"><draw:text-box>%s</draw:text-box></draw:frame>'%(name,w_,h,z,''.join('<text:p text:style-name="%s">%s</text:p>'%(s,E(t)) for s,t in paras))
body=[]
for i,(t,sp,ps) in enumerate([(ta,'县委书记　郑国华（2025年2月26日）',pa),(tc,'县长　冯立群（2024年10月15日）',pc)]):
    st='PB' if i else 'Standard'
    body.append('<text:p text:style-name="%s">%s%s</text:p>'%(st,box('S%d'%i,[('Ctr','内部资料'),('Ctr','注意保存')],'3.5cm','1.6cm',1),box('T%d'%i,[('Big',t),('Ctr',sp)],'15.5cm','3.5cm',2)))
    body+=[p(x) for x in ps]
s=doc('\n'.join(body))
open('/tmp/imp18_c03b.fodt','w').write(s); convert('/tmp/imp18_c03b.fodt','docx','/tmp/imp18_out')
shutil.copy('/tmp/imp18_out/imp18_c03b.docx',B_+'c03/讲话稿（文本框标题+内部资料章）.docx')
open(B_+'c03/EXPECTED.md','a').write('''
## c03 variant b — 「讲话稿（文本框标题+内部资料章）.docx」: two pieces; at the top of each, TWO text boxes anchored to the same
paragraph: a small stamp box 「内部资料 / 注意保存」 (first in the file) and the title box holding the title AND the speaker/date line.
Expected: **2 documents**: 「%s」 and 「%s」, headings as in the main file; the stamp text must not be a title and should be
removed (it is page furniture); speaker/date line = head.
'''%(ta,tc))
