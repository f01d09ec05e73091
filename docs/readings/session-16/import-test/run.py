# Imports each collection into a fresh /tmp/imp16-<n>, one at a time, and compares with expected.json.
import json, subprocess, time, os, glob, sys, re
OUT=os.path.dirname(os.path.abspath(__file__))
W=['node','bin/wengao.cjs']
DEBRIS={'c01':['抄送','印发'],'c02':['前言','后记','编者','汇编成册','疏漏之处'],'c03':['备忘录','导出时间','最后编辑','同步至云端','━━','星期二','星期四','📝','⭐','🕗'],
 'c04':['扫描全能王'],'c05':['此件公开发布','联系人','0873'],'c06':['字体','打印本页','关闭窗口','收藏','分享到','浏览次数','相关链接','当前位置','主办','ICP','公网安备','无障碍','长者模式','防汛应急预案','重点民生实事','分辨率'],
 'c07':[],'c08':[]}
def run(c):
    n=c[1:].lstrip('0'); dd=f'/tmp/imp16-{n}'; subprocess.run(['rm','-rf',dd])
    files=[f for f in sorted(glob.glob(os.path.join(OUT,c,'*'))) if not f.endswith(('EXPECTED.md','expected.json','RESULT.md'))]
    t=time.time(); r=subprocess.run(W+['import',*files,'--json','--data-dir',dd],capture_output=True,text=True,cwd='/work/main'); el=time.time()-t
    open(f'/tmp/imp16-{c}.json','w').write(r.stdout); open(f'/tmp/imp16-{c}.err','w').write(r.stderr)
    lib=json.loads(subprocess.run(W+['library','--json','--data-dir',dd],capture_output=True,text=True,cwd='/work/main').stdout or '[]')
    ex=json.load(open(os.path.join(OUT,c,'expected.json')))
    out=[f'## {c}  ({el:.1f} s wall, files: {", ".join(os.path.basename(f) for f in files)})',f'expected {len(ex["docs"])} docs, got {len(lib)}']
    try: imp=json.loads(r.stdout)
    except Exception: imp={}; out.append('IMPORT STDOUT NOT JSON: '+r.stdout[:500]+' ERR: '+r.stderr[:500])
    for f in imp.get('files',[]):
        out.append(f'file {os.path.basename(f["file"])}: status={f.get("status")} enc={f.get("encoding")} msg={f.get("message") or f.get("error") or ""}')
        for x in (f.get('report') or {}).get('removed',[]): out.append(f'   removed [{x["reason"]}] {x["text"][:70]}')
    for i,d in enumerate(lib):
        hs=[(h.get('number') or '')+h['heading'] for h in d.get('outline',[]) if h['level']==1]
        out.append(f'DOC {i+1}: 《{d["title"]}》 genre={d["genre"]} year={d.get("year")} passages={d["passages"]} head={d.get("head")}')
        out.append('    got L1: '+' / '.join(hs))
        if i<len(ex['docs']):
            et,eh=ex['docs'][i]
            out.append(f'    title {"OK" if et==d["title"] else "DIFF expected 《"+et+"》"}')
            out.append('    L1 '+('OK' if eh==hs else 'DIFF expected: '+' / '.join(eh)))
    for w in DEBRIS[c]:
        s=subprocess.run(W+['search',w,'--limit','5','--json','--data-dir',dd],capture_output=True,text=True,cwd='/work/main').stdout
        try: hits=json.loads(s)
        except Exception: hits=s
        hl=hits if isinstance(hits,list) else hits.get('results',hits.get('hits',[])) if isinstance(hits,dict) else []
        if hl: out.append(f'  DEBRIS? search「{w}」: {len(hl)} hit(s): '+json.dumps(hl[:2],ensure_ascii=False)[:300])
    txt='\n'.join(out); open(os.path.join(OUT,c,'RESULT.md'),'w').write(txt+'\n'); print(txt)
for c in sys.argv[1:]: run(c)
