from src import *
from mk1 import w,B_
FW='\u3000\u3000'
ta,pa=A('柘塘乡','柘塘')
ta='在柘塘乡全域无垃圾暨人居环境整治推进会上的讲话'
pa=[x.replace('县委、县政府召开全县','乡党委、乡政府召开全乡').replace('全县','全乡').replace('我县','我乡').replace('各乡镇','各村').replace('县城','乡集镇').replace('刘副县长','刘副乡长') for x in pa]
td,pd=D('桂湾街道'); td='在桂湾街道生活垃圾分类全覆盖工作推进会上的讲话'
tc,pc=C(); tc='在全县2024年创建国家卫生县城工作推进会议上的表态发言（龙泉镇）'
pc=[x.replace('我县','我镇') for x in pc]
def block(t,sp,ps):
    s=[FW+t, FW+sp]+[ (x if x=='同志们：' else FW+x) for x in ps]
    return '\n'.join(s)
parts=['蘅山县乡镇（街道）领导讲话选编（2025年上半年）','',
  block(ta,'（柘塘乡党委书记　沈立　2025年3月10日）',pa),'','＊＊＊','',
  block(td,'（桂湾街道党工委书记　贺云　2025年4月16日）',pd),'','——————————','',
  block(tc,'（龙泉镇镇长　顾平　2024年10月15日）',pc),'','＊　＊　＊','','（完）','']
txt='\n'.join(parts)
w(B_+'c05/乡镇街道讲话选编.txt',txt,enc='gbk',nl='\r\n')
def hd(ps): return '\n'.join('   - '+h for h in heads(ps))
w(B_+'c05/EXPECTED.md','''# c05 GBK .txt, CRLF line ends, every paragraph indented with two full-width spaces (　　); township/street/town
speeches (乡、街道、镇); pieces separated ONLY by a line 「＊＊＊」, a line 「——————————」, and a final 「＊　＊　＊」 + 「（完）」.
Expected: **3 documents**, genre 讲话 (the 3rd is a 表态发言 — 讲话 or 发言 both fine).
1. %s
%s
2. %s
%s
3. %s
%s
Must be removed: the collection title line 「蘅山县乡镇（街道）领导讲话选编（2025年上半年）」 (not a document), the separator lines,
「（完）」. Speaker/date lines in brackets: head. Indentation must not stop headings being recognised. No mojibake.
'''%(ta,hd(pa),td,hd(pd),tc,hd(pc)))
