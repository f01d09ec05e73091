import sqlite3,sys,re
from src import *
def norm(s): return re.sub(r'[\s\u3000]|（[热烈]*掌声）|（笑声）','',s)
def check(n,pieces):
    c=sqlite3.connect('/tmp/imp18-%d/wengao.db'%n)
    docs=c.execute('select id,title from library_documents order by id').fetchall()
    for i,(t,ps) in enumerate(pieces):
        if i>=len(docs): print('missing doc',i+1); continue
        did=docs[i][0]
        txt=norm(''.join(r[0] for r in c.execute('select text from passages where document_id=? order by seq',(did,))))
        hs=norm(''.join(r[0] or '' for r in c.execute('select heading from passages where document_id=?',(did,))))
        miss=[]
        for x in ps:
            if x in('同志们：','同志们:') or HEAD.match(x): continue
            x=norm(x)
            # check every 20-char window sampling
            for k in range(0,len(x),25):
                seg=x[k:k+12]
                if len(seg)<6: continue
                if seg not in txt and seg not in hs: miss.append(seg); 
        print('c%02d doc%d'%(n,i+1),'chars',len(txt),'missing segs',len(miss),miss[:5])
