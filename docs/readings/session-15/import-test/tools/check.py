import sys, json, sqlite3, re, os
sys.argv=[sys.argv[0]]+sys.argv[1:]
args=sys.argv[1:]; sys.argv=[sys.argv[0]]
import build
EXP={}
def fake(c, docs, removed, note=''): EXP[c]=docs
build.exp=fake; build.OUT='/tmp/imp15/scratch/'
os.makedirs(build.OUT,exist_ok=True)
def norm(s): return re.sub(r'[\s\u3000\xa0]','',s).replace(',', '，').replace(':','：').replace('(','（').replace(')','）')
for c in args:
    getattr(build,c)(); n=c[1:]
    db=sqlite3.connect('/tmp/imp15-%s/wengao.db'%n)
    rows=db.execute('select id,title,genre,year,outline_json,cleaned_text,meta_json,salutation,closing from library_documents order by source_id,seq').fetchall()
    print('=== %s: expected %d docs, got %d'%(c,len(EXP[c]),len(rows)))
    allexp=[norm(p) for t,b in EXP[c] for p in b]
    for i,r in enumerate(rows):
        id_,title,genre,year,oj,text,meta,sal,clo=r
        h1=[o.get('number','')+o['heading'] for o in json.loads(oj) if o['level']==1]
        lines=[l for l in text.split('\n') if l.strip()]
        print(' got %d: 「%s」 %s %s lines=%d meta=%s'%(i+1,title,genre,year,len(lines),meta[:150]))
        print('    h1:',h1)
        ntext=norm(text)
        if i<len(EXP[c]):
            t,b=EXP[c][i]
            miss=[p for p in b if norm(p) not in ntext]
            print('    expected「%s」 title %s; h1 %s; paras %d/%d present'%(t,'OK' if norm(title)==norm(t) else 'DIFF','OK' if [norm(x) for x in h1]==[norm(x) for x in [p for p in b if build.is_h1(p)]] else 'DIFF',len(b)-len(miss),len(b)))
            for p in miss[:4]: print('      missing:',p[:60])
        exps=sorted(allexp,key=len,reverse=True); extra=[]
        for l in lines:
            nl=norm(l)
            if any(nl in e for e in allexp) or nl==norm(title): continue
            for e in exps:
                if len(e)>8 and e in nl: nl=nl.replace(e,'⟪¶⟫')
            if nl.replace('⟪¶⟫',''): extra.append(nl)
        for l in extra[:8]: print('    extra:',l if len(l)<160 else l[:160]+'…')
        if len(extra)>8: print('    ... %d extra lines'%len(extra))
