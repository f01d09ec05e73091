from src import *
import os, re
R='/work/readings/import-test-s19/'
def w(p,s,enc='utf-8'):
    os.makedirs(os.path.dirname(p),exist_ok=True); open(p,'w',encoding=enc,newline='').write(s)
# ---------- c01: （一）（二） numbered pieces, txt; then v2 with one piece edited
sp=[(P(A),'澜州县委副书记、县长  周文博','（2024年3月12日）'),(P(B),'澜州县委书记  黎 远','（2024年5月8日）'),
    (P(C),'澜州县委副书记、县长  周文博','（2024年9月20日）'),(P(D,dist='澜州县'),'澜州县副县长  郑立群','（2024年11月6日）')]
def c01(edit=False):
    out=['澜州县2024年度领导讲话汇编','','中共澜州县委办公室  编','二〇二五年一月','']
    for i,(s,who,dt) in enumerate(sp):
        s=dict(s)
        if edit and i==1:
            s['intro']=[s['intro'][0]+'这里我再补充强调一点：复审工作时间紧、任务重，各乡镇要在5月底前完成自查自纠，县创卫办要逐项建立问题台账，实行销号管理。']
        out+=['（%s）%s'%('一二三四'[i],s['title']),who,dt,'']+body(s)+['','']
    return '\n'.join(out)+'\n'
w(R+'c01/澜州县2024年度领导讲话汇编.txt',c01())
w(R+'c01/v2/澜州县2024年度领导讲话汇编.txt',c01(True))
# ---------- c05: BOM, mixed CRLF/LF, wrapped at 40 chars, signature blocks, no closings
sigs=[('中共汨阳市澜州区委办公室','2024年4月18日'),('汨阳市澜州区人民政府办公室','2024年6月3日'),('澜州区城市管理局','2024年10月22日')]
c5=[(P(E,dist='澜州区'),sigs[0]),(P(A,county='澜州区'),sigs[1]),(P(D,dist='澜州区'),sigs[2])]
lines=['汨阳市澜州区2024年环境整治讲话材料汇编','']
for s,(u,d) in c5:
    lines+=[s['title'],'']
    for para in body(s,closing=False):
        t='　　'+para if not re.match(r'^[一二三四五六七八九十]、|^同志们',para) else para
        lines+=[t[i:i+40] for i in range(0,len(t),40)]
    lines+=['',u,d,'','']
buf='\ufeff'
for i,l in enumerate(lines): buf+=l+('\r\n' if i%3==0 else '\n')
open(R+'c05/澜州区讲话材料（手机导出）.txt','wb').write(buf.encode('utf-8')) if os.makedirs(R+'c05',exist_ok=True) is None else 0
print('ok')
