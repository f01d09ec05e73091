from src import *
from mk1 import w,B_
ta,pa=A('淞溪县','淞溪'); tb,pb=B('蘅山县'); td,pd=D('青枫街道')
pa=list(pa); pb=list(pb)
pa[1]=pa[1].replace('再讲三点意见。','再讲三点意见。（鼓掌）')
pa[3]=pa[3].replace('。','（全场热烈鼓掌）。',1)
pa[-1]=pa[-1]+'(掌声)'
pb[1]=pb[1]+'【掌声】'
pb[-1]=pb[-1]+'（会场响起热烈掌声）'
pd=list(pd); pd[0]=pd[0].replace('推进会议','推进会议（以下简称“推进会”）',1)
pd[-1]=pd[-1].replace('。','（2025—2027年）。',1)
parts=['创卫工作推进会讲话范文三篇（公文派整理）','']
for mk,t,ps,tail in [('范文一：',ta,pa,'（来源：淞溪县融媒体中心）'),('范文二：',tb,pb,'本文由公文派整理，转载请注明出处。'),('范文三：',td,pd,'（来源：青枫街道办事处　编辑：王丽）')]:
    parts+=[mk,t]+ps+[tail,'']
w(B_+'c02/创卫讲话范文三篇（复制自网站）.txt','\n'.join(parts))
open(B_+'c02/EXPECTED.md','a').write('''
## c02 variant b — 「创卫讲话范文三篇（复制自网站）.txt」: the same three pieces pasted from the site into a UTF-8 .txt:
a page-title line, 「范文一：」「范文二：」「范文三：」 on their own lines before each title, （来源：…） / 「本文由公文派整理，转载请注明出处。」
tails, and stage notes in other spellings: （鼓掌）, （全场热烈鼓掌） inside a sentence, half-width (掌声), 【掌声】,
（会场响起热烈掌声）. Piece 3 carries two LEGITIMATE brackets that must NOT be removed: 「（以下简称“推进会”）」 and 「（2025—2027年）」.
Expected: **3 documents**, same titles/headings as above; markers, tails and all five stage notes removed; legit brackets kept.
''')
