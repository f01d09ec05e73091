from mk1 import w,B_
import mk7
p3=['尊敬的各位来宾，女士们、先生们：','金秋时节，我们在这里隆重举行淞浦镇第三届枇杷文化旅游节开幕式。首先，我代表镇党委、镇政府，向各位来宾的到来表示热烈欢迎！近年来，淞浦镇坚持“农旅融合、以节促产”，全镇枇杷种植面积达到1.2万亩，年产值突破1.5亿元，带动2300多户农户增收。','本届枇杷节将持续10天，安排采摘体验、农产品展销、乡村音乐会等12项活动。我们将以最好的服务、最优的环境，让各位来宾玩得开心、吃得放心、住得舒心。最后，预祝本届枇杷节圆满成功！']
a=mk7.s1[1:]; a[0]='各位领导、同志们：'
b=mk7.s2[1:]; b[0]='同志们、朋友们：'
txt='\n'.join(a)+'\n＊＊＊\n'+'\n'.join(p3)+'\n＊＊＊\n'+'\n'.join(b)+'\n'
w(B_+'c07/淞浦镇短讲话三篇（无标题）.txt',txt)
open(B_+'c07/EXPECTED.md','a').write('''
## c07 variant c — 「淞浦镇短讲话三篇（无标题）.txt」: three SHORT untitled pieces (~250 字), no speaker lines, separated by 「＊＊＊」,
each opening with a different salutation: 「各位领导、同志们：」, 「尊敬的各位来宾，女士们、先生们：」 (a 枇杷节 opening 致辞), 「同志们、朋友们：」.
Expected: **3 documents** (titles: placeholders / 据正文 guesses), the 致辞 may be genre 致辞/讲话.
''')
