from src import *
from mk1 import w,B_
import html
ta,pa=A('淞溪县','淞溪'); tb,pb=B('蘅山县'); td,pd=D('青枫街道')
pa=list(pa); pb=list(pb); pd=list(pd)
pa[-1]+='（来源：淞溪县融媒体中心）'
pb[-1]+='本文由公文派整理，仅供参考。'
pd[-1]+='（来源：青枫街道办事处）'
body=[]
for n,(t,ps) in enumerate([(ta,pa),(tb,pb),(td,pd)],1):
    body.append('<h2>【范文%d】%s</h2>'%(n,html.escape(t)))
    body+=['<p>%s</p>'%html.escape(x) for x in ps]
    body.append('<p>更多精彩范文请关注微信公众号“公文派”，回复“创卫”获取全部讲话稿。</p>')
page='<!DOCTYPE html><html><head><meta charset="utf-8"><title>创卫讲话范文</title></head><body><h1>创卫工作推进会讲话范文3篇</h1>%s</body></html>'%'\n'.join(body)
w(B_+'c02/创卫讲话范文（标记与标题同行）.html',page)
open(B_+'c02/EXPECTED.md','a').write('''
## c02 variant c — 「创卫讲话范文（标记与标题同行）.html」: marker and title in ONE <h2> 「【范文1】在…上的讲话」; the source tail glued
to the END of each piece's last paragraph (「…胜利召开！（来源：淞溪县融媒体中心）」, 「…本文由公文派整理，仅供参考。」); a 公众号 plug
paragraph after each piece.
Expected: **3 documents**, titles WITHOUT 【范文N】; the glued tails cut off (the closing sentence itself kept); the plug removed ×3.
''')
