from src import *
from mk1 import w,B_
ta,pa=A('栎阳县','栎阳'); tb,pb=B('沅江县')
t=[ta+'*']+pa+['','* 这是栎阳县委书记郑国华2025年2月26日在全县全域无垃圾暨创卫工作推进会上的讲话。','',tb+'*']+pb+['','* 这是沅江县县长周明远2025年4月8日在全县创卫复审推进会议上的讲话。','']
w(B_+'c03/讲话选（标题星号脚注）.txt','\n'.join(t))
open(B_+'c03/EXPECTED.md','a').write('''
## c03 variant d — 「讲话选（标题星号脚注）.txt」: the same book-like pieces copied into .txt: titles end with 「*」, and the footnote line
「* 这是…2025年2月26日在…上的讲话。」 sits at the end of each piece. Expected as variant c: 2 documents, titles without 「*」.
''')
