from mk1 import w,B_
from fodt import *
import shutil, mk7
body=[]
for t,ps in [(mk7.t1,mk7.s1),(mk7.t2,mk7.s2)]:
    body.append(p(t,'Big')); body.append(p(ps[0],'Ctr')); body+=[p(x) for x in ps[1:]]
s=doc('\n'.join(body))
open('/tmp/imp18_c07b.fodt','w').write(s); convert('/tmp/imp18_c07b.fodt','docx','/tmp/imp18_out')
shutil.copy('/tmp/imp18_out/imp18_c07b.docx',B_+'c07/淞浦镇讲话两篇（同一页）.docx')
open(B_+'c07/EXPECTED.md','a').write('''
## c07 variant b — 「淞浦镇讲话两篇（同一页）.docx」: the same two short speeches in a .docx, NO file title, NO page break
between them (piece 2's centred bold title follows piece 1's last paragraph on the same page).
Expected: **2 documents**, same titles and heads as above.
''')
