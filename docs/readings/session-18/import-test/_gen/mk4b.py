from src import *
from mk1 import w,B_
from fodt import *
import shutil
tb,pb=B('嵩阳县')
rows=[['类别','序号','任务内容','责任单位','完成时限'],
 ['一、环境卫生整治','1','背街小巷硬化和立面粉刷','县住建局','2025年6月底'],
 ['','2','农贸市场提档升级','县市场监管局','2025年8月底'],
 ['二、病媒生物防制','3','开展春秋两季集中灭鼠灭蟑','县卫健局','2025年10月底'],
 ['三、健康教育','4','创建健康社区10个、健康学校5所','县卫健局、县教育局','2025年12月底'],
 ['四、长效管理','5','建立“门前三包”考核制度','县城管局','2025年7月底']]
body=[p(tb,'Big'),p('县长　冯立群','Ctr'),p('（2025年4月2日）','Ctr')]+[p(x) for x in pb]
body+=[p('附件：嵩阳县迎接国家卫生县城复审重点任务清单'),'<text:p text:style-name="PB">附件</text:p>',p('嵩阳县迎接国家卫生县城复审重点任务清单','Big'),table(rows),p('注：各责任单位每月25日前将进展情况报县创卫办。')]
s=doc('\n'.join(body))
open('/tmp/imp18_c04b.fodt','w').write(s); convert('/tmp/imp18_c04b.fodt','docx','/tmp/imp18_out')
shutil.copy('/tmp/imp18_out/imp18_c04b.docx',B_+'c04/县长讲话（附任务清单）.docx')
open(B_+'c04/EXPECTED.md','a').write('''
## c04 variant b — 「县长讲话（附任务清单）.docx」: ONE speech followed, on a new page, by 「附件」 + a task list TABLE whose first
column holds category cells 「一、环境卫生整治」「二、病媒生物防制」「三、健康教育」「四、长效管理」, then a 「注：…」 line.
Expected: **1 document** 「%s」 with level-1 headings
%s
only. The table's 一、–四、 category cells must NOT become level-1 headings of the speech (nor start a 2nd document);
the attachment title must not become a document title.
'''%(tb,'\n'.join('   - '+h for h in heads(pb))))
