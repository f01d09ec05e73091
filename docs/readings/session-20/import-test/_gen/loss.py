import sys,subprocess,re
sys.path.insert(0,'.')
from pieces import *
from minutes import *
c=sys.argv[1]; src=int(sys.argv[2]) if len(sys.argv)>2 else 1
ps={'c02':[P4,P5],'c04':[P4,P5,P1],'c05':[P6,P2,P5],'c03':[P2,P3,P1],'c01':[P1,P2,P3],'c06':[P3]}.get(c)
if c=='c07': paras=[l for M in MS for l in mtext(M)]
else: paras=[l for P in ps for l in text(P)]
out=subprocess.run(['node','bin/wengao.cjs','library','lines',str(src),'--data-dir','/tmp/imp20-'+c],cwd='/work/main',capture_output=True,text=True).stdout
lines=[re.sub(r'^第 \d+ 行（第 \d+ 篇）：','',l).rstrip('…') for l in out.split('\n')]
norm=lambda s: re.sub(r'\s','',s)
L=[norm(l) for l in lines]
miss=[p for p in paras if not any(norm(p)[:15]==l[:15] for l in L if l)]
print(c,'paras',len(paras),'not found as line starts:',len(miss))
for m in miss: print('  ',m[:50])
