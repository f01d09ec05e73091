from src import *
from mk1 import w,B_
tb,pb=B('嵩阳县')
rows=[['类别','序号','任务内容','责任单位','完成时限'],['一、环境卫生整治','1','背街小巷硬化和立面粉刷','县住建局','2025年6月底'],['','2','农贸市场提档升级','县市场监管局','2025年8月底'],['二、病媒生物防制','3','开展春秋两季集中灭鼠灭蟑','县卫健局','2025年10月底'],['三、健康教育','4','创建健康社区10个、健康学校5所','县卫健局、县教育局','2025年12月底']]
lines=[tb,'（2025年4月2日）']+pb+['','附件','嵩阳县迎接国家卫生县城复审重点任务清单']+['\t'.join(r) for r in rows]
w(B_+'c04/县长讲话（附任务清单，制表符）.txt','\n'.join(lines)+'\n')
open(B_+'c04/EXPECTED.md','a').write('''
## c04 variant c — 「县长讲话（附任务清单，制表符）.txt」: the same speech + 附件 as variant b, the table pasted as TAB-separated lines.
Expected: **1 document**, level-1 headings only the speech's three; the tab rows 「一、环境卫生整治\\t1\\t…」 not headings.
''')
