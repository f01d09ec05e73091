from src import *
from mk1 import w,B_
FW='\u3000\u3000'
import mk5
pa,pd,pc=mk5.pa,mk5.pd,mk5.pc
def block(ps): return '\n'.join([(x if x=='同志们：' else FW+x) for x in ps])
parts=['蘅山县乡镇（街道）领导讲话选编（二）','',block(pa),'','＊＊＊','',block(pd),'','＊＊＊','',block(pc),'']
w(B_+'c05/乡镇街道讲话选编（二）无标题.txt','\n'.join(parts),enc='gbk',nl='\r\n')
open(B_+'c05/EXPECTED.md','a').write('''
## c05 variant b — 「乡镇街道讲话选编（二）无标题.txt」: the same three speeches, GBK/CRLF/　　, but with NO title lines and
no speaker lines at all: collection title, then each piece starts with 「同志们：」, pieces separated only by 「＊＊＊」.
Expected: **3 documents** (titles: placeholders or 据正文 guesses are fine — there is nothing better), the same level-1
headings as above; separators and the collection title removed; the collection title must NOT become piece 1's title.
''')
