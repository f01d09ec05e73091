from src import *
from mk1 import w,B_
from fodt import *
import shutil,os,zipfile,subprocess
F=B_+'c06/files/'
os.makedirs(F,exist_ok=True)
# 1) plain speech txt (UTF-8)
tb,pb=B('沅江县')
w(F+'县长在创卫复审推进会上的讲话.txt','\n'.join([tb,'（2025年4月8日）']+pb)+'\n')
# 2) docx speech
tc,pc=C()
s=doc('\n'.join([p(tc,'Big'),p('（2024年10月15日）','Ctr')]+[p(x) for x in pc]))
open('/tmp/imp18_c06.fodt','w').write(s); convert('/tmp/imp18_c06.fodt','docx','/tmp/imp18_out')
shutil.copy('/tmp/imp18_out/imp18_c06.docx',F+'创卫推进会讲话（定稿）.docx')
# 3) zip of a folder containing a speech txt and a docx
td,pd=D('桂湾街道'); td='在桂湾街道生活垃圾分类全覆盖工作推进会上的讲话'
zdir='/tmp/imp18_zip/街道材料/'; os.makedirs(zdir,exist_ok=True)
open(zdir+'街道讲话.txt','w').write('\n'.join([td]+pd)+'\n')
with zipfile.ZipFile(F+'街道材料（打包）.zip','w',zipfile.ZIP_DEFLATED) as z:
    z.write(zdir+'街道讲话.txt','街道材料/街道讲话.txt')
from ooxml import xlsx,pptx
xlsx(F+'创卫重点任务台账.xlsx',[['序号','任务','牵头单位','时限'],['1','城中村整治','住建局','2025-06-30'],['2','公厕改造','城管局','2025-09-30']])
pptx(F+'创卫工作情况汇报.pptx',[['沅江县创卫工作情况汇报','一、工作进展','二、存在问题','三、下步打算'],['一、工作进展','完成城中村整治12处，新建改建公厕26座。']])
def hd(ps): return '\n'.join('   - '+h for h in heads(ps))
w(B_+'c06/EXPECTED.md','''# c06 a folder as it sits on the desktop (import the folder `c06/files/`): a .txt speech, a .docx speech, a .zip of a
sub-folder holding one more speech (.txt), a task ledger .xlsx and a slide deck .pptx.
Expected: the .txt and .docx import — **2 documents** (3 if the app opens .zip, which is not in its list of formats):
1. %s  (from the .txt)
%s
2. %s  (from the .docx)
%s
(3. %s — only if .zip is opened)
The .xlsx, .pptx (and .zip if not supported) must be skipped with a CLEAR message naming the file and saying why
(e.g. 「不支持的格式：表格/演示文稿」, ideally suggesting to save as .docx/.txt or to unzip), and must NOT stop the other
files from importing. No garbage documents from binary content.
'''%(tb,hd(pb),tc,hd(pc),td))
