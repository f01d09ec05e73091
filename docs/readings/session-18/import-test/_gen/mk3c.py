from src import *
from mk1 import w,B_
from fodt import *
from xml.sax.saxutils import escape as E
import shutil
ta,pa=A('栎阳县','栎阳'); tb,pb=B('沅江县')
def starnote(n,txt): return '<text:note text:id="fs%d" text:note-class="footnote"><text:note-citation text:label="*">*</text:note-citation><text:note-body><text:p>%s</text:p></text:note-body></text:note>'%(n,E(txt))
body=[]
for i,(t,ps,fn) in enumerate([(ta,pa,'这是栎阳县委书记郑国华2025年2月26日在全县全域无垃圾暨创卫工作推进会上的讲话，收入本书时有删节。'),(tb,pb,'这是沅江县县长周明远2025年4月8日在全县创卫复审推进会议上的讲话。')]):
    body.append('<text:p text:style-name="%s">%s%s</text:p>'%('Big' if i==0 else 'PBBig',E(t),starnote(i+1,fn)))
    body+=[p(x) for x in ps]
s=doc('\n'.join(body),extra_auto='<style:style style:name="PBBig" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:break-before="page"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold"/></style:style>')
open('/tmp/imp18_c03c.fodt','w').write(s); convert('/tmp/imp18_c03c.fodt','docx','/tmp/imp18_out')
shutil.copy('/tmp/imp18_out/imp18_c03c.docx',B_+'c03/讲话选（标题星号脚注）.docx')
open(B_+'c03/EXPECTED.md','a').write('''
## c03 variant c — 「讲话选（标题星号脚注）.docx」: two pieces as printed in a book-like 汇编: each title carries a footnote marked 「*」
whose text says who gave it, when and where (「这是栎阳县委书记郑国华2025年2月26日在…上的讲话，收入本书时有删节。」); no date line.
Expected: **2 documents**, titles WITHOUT the 「*」; the footnote removed from the body or — better — used as the head (speaker, date);
the year 2025 should be found.
''')
