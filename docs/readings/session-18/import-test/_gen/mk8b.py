from src import *
from mk1 import w,B_
ta,pa=A('澄溪县','澄溪')
pa=list(pa)
i=pa.index([x for x in pa if x.startswith('今天')][0])
lst=['刚才，刘副县长解读了以下四个文件：','《关于开展“全域无垃圾、澄溪在行动”环境清洁示范带动行动的通知》','《澄溪县全域无垃圾长效整治实施方案》','《澄溪县公共厕所长效管理方案》','关于印发《澄溪县创建省级卫生县城实施方案》的通知','这四个文件，进一步明确了各乡镇、各部门、各单位工作职责和目标任务，大家要认真抓好落实。']
pa=pa[:i+1]+lst+pa[i+1:]
j=[k for k,x in enumerate(pa) if x.startswith('三、')][0]
pa=pa[:j]+['在全县环境卫生整治暨创卫工作会议上的讲话要求，我们要一体落实。','澄溪县人民政府办公室关于全域无垃圾工作的情况通报','上面这个通报大家会后都要认真学习。']+pa[j:]
w(B_+'c08/县委书记讲话（含文件名行）.txt','\n'.join([ta,'（2025年3月6日）']+pa)+'\n')
open(B_+'c08/EXPECTED.md','a').write('''
## c08 variant b — 「县委书记讲话（含文件名行）.txt」: ONE speech that contains lines looking like titles: four document names each on
its own line (《…的通知》, 《…实施方案》, 「关于印发《…》的通知」), a line 「在全县环境卫生整治暨创卫工作会议上的讲话要求，我们要一体落实。」,
and a line 「澄溪县人民政府办公室关于全域无垃圾工作的情况通报」.
Expected: **1 document** 「%s」, level-1 headings
%s
The document-name lines must NOT start new documents, must not be removed as debris (they are content).
'''%(ta,'\n'.join('   - '+h for h in heads(pa))))
