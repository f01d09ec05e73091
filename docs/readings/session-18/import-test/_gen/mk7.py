from mk1 import w,B_
from fodt import *
import shutil
t1='在澜沧湾村“美丽庭院”现场观摩会上的讲话'
s1=['（淞浦镇党委副书记　温若兰　2025年5月22日）','同志们：',
 '今天我们来到澜沧湾村，实地观摩“美丽庭院”创建成果。刚才大家看了三户人家，院子干净、花草整齐、物品摆放有序，这就是我们要的样子。澜沧湾村的做法有三条值得学：一是党员带头，全村41名党员户率先完成庭院整治；二是积分激励，庭院评比结果与村集体分红挂钩；三是妇女主导，村妇联每月组织一次“晒庭院”。',
 '下一步，各村要对照今天看到的标准，6月底前每村至少打造10户示范户，镇里将在7月组织一次交叉检查，检查结果在全镇通报。希望大家回去以后马上行动，把观摩成果转化为工作成效。']
t2='在淞浦镇防汛工作部署会上的讲话'
s2=['（淞浦镇镇长　郁志强　2025年5月28日）','同志们：',
 '入汛在即，防汛工作时间紧、任务重。我强调三点：第一，隐患排查要到底。全镇8座小型水库、36口山塘、12公里河堤，5月31日前全部排查一遍，发现问题当场登记、限期整改。第二，值班值守要到位。汛期实行24小时值班和领导带班制度，村干部手机必须保持畅通，遇到险情第一时间报告。第三，转移避险要提前。地质灾害隐患点和低洼地带的群众，要提前建好转移台账，明确转移路线和安置点。',
 '防汛无小事，责任重于泰山。各村、各部门要以对人民群众高度负责的态度，确保安全度汛。']
body=[p('淞浦镇领导讲话（2025年5月）','Big')]
for i,(t,ps) in enumerate([(t1,s1),(t2,s2)]):
    body.append(p(t,'Big') if i==0 else p(t,'Big').replace('"Big"','"PBBig"'))
    body.append(p(ps[0],'Ctr'))
    body+=[p(x) for x in ps[1:]]
s=doc('\n'.join(body),extra_auto='<style:style style:name="PBBig" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:break-before="page"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold"/></style:style>')
open('/tmp/imp18_c07.fodt','w').write(s); convert('/tmp/imp18_c07.fodt','doc','/tmp/imp18_out')
shutil.copy('/tmp/imp18_out/imp18_c07.doc',B_+'c07/淞浦镇讲话两篇.doc')
print(len(''.join(s1)),len(''.join(s2)))
w(B_+'c07/EXPECTED.md','''# c07 very short collection: Word 97 .doc, a file title line, then TWO short pieces (~300 字 each), the second on
a new page; town (镇) level.
Expected: **2 documents**, genre 讲话.
1. %s — level-1 headings: none (a short speech; 「第一，第二，第三，」 are run-in, not headings)
2. %s — none
Must be removed: the file title line 「淞浦镇领导讲话（2025年5月）」 (not a document, not a title).
The bracketed speaker/date line is the head. The two short pieces must NOT be merged into one just because they are short.
'''%(t1,t2))
