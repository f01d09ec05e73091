from src import *
from mk1 import w,B_
ta,pa=A('淞溪县','淞溪'); tb,pb=B('蘅山县'); td,pd=D('青枫街道')
parts=['【范文1】'+ta]+pa+['（本文共计3127字）','点击下载完整版Word文档（需消耗1下载券）','','【范文2】'+tb]+pb+['本文来源于网络，仅供学习交流，如有侵权请联系删除。','阅读全文 >>','','【范文3】'+td]+pd+['文章来源：青枫街道官网　责任编辑：王丽','您可能还喜欢：','2025年街道工作总结范文','街道党工委书记述职报告','']
w(B_+'c02/创卫讲话范文（更多尾巴）.txt','\n'.join(parts))
open(B_+'c02/EXPECTED.md','a').write('''
## c02 variant d — 「创卫讲话范文（更多尾巴）.txt」: 「【范文1】在…的讲话」 marker glued to the title, and other tail spellings on their own lines:
「（本文共计3127字）」, 「点击下载完整版Word文档（需消耗1下载券）」, 「本文来源于网络，仅供学习交流，如有侵权请联系删除。」, 「阅读全文 >>」,
「文章来源：青枫街道官网　责任编辑：王丽」, 「您可能还喜欢：」 + two related titles.
Expected: **3 documents**, titles without 【范文N】; all those lines removed; the two related titles NOT a 4th document.
''')
