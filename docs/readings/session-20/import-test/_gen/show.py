import json,sys
c=sys.argv[1]
j=json.load(open(f'./{c}.json'))
lib={d['id']:d for d in json.load(open(f'./{c}.lib.json'))}
print({k:v for k,v in j.items() if k!='files'})
for f in j['files']:
    print('FILE',f['file'].split('/')[-1],f.get('status'),f.get('encoding'),{k:v for k,v in f.items() if k not in('file','status','encoding','documents','report','sourceId')})
    for d in f.get('documents',[]):
        L=lib.get(d['id'],{})
        print(f"  DOC {d['id']} [{d['genre']}] {d['title']}  passages={d['passages']} head={L.get('head')}")
        for o in L.get('outline',[]): print(f"     L1 {o['number']}{o['heading']}  (line {o.get('line')})")
    r=f.get('report') or {}
    for x in r.get('removed',[]): print(f"  RM {x['line']} [{x['reason']}] {x['text'][:70]}")
    print('  report other:',{k:v for k,v in r.items() if k!='removed'})
