import re
G='/work/shared/genre/'; F='/work/shared/fixtures/import/'
def L(f): return open(f,encoding='utf-8',errors='replace').read().split('\n')
def clean(s): return s.strip().strip('\u3000').strip()
def sub(s, place):
    s=s.replace('X区',place+'区').replace('X县',place+'县').replace('X同志','王立新同志').replace('X副县长','李东副县长')
    s=s.replace('“四个X”','“四个'+place+'”').replace('X的山水',place+'的山水').replace('X在行动',place+'在行动')
    s=re.sub(r'(\d*)X(余|万)', lambda m:(m.group(1) or '12')+m.group(2), s)
    s=s.replace('本溪县',place+'县').replace('X','若干').replace('*%','95%').replace('*','某').replace('_总书记','习近平总书记')
    return s
def rng(lines,a,b,place,skip=()):
    return [sub(clean(x),place) for i,x in enumerate(lines[a-1:b],start=a) if clean(x) and i not in skip]
def is_h1(p): return bool(re.match(r'^[一二三四五六七八九十]+、',p))
def pieces(place='滠阳'):
    P={}
    w=L(G+'report-waste-sorting.txt')
    P['A']=('在全区生活垃圾分类全覆盖工作推进会上的讲话', rng(w,17,31,place))
    c=L(G+'speech-cw-promotion.txt')
    P['B']=('在全县全域无垃圾暨创卫工作推进会上的讲话', rng(c,1,15,place))
    r=L(G+'speech-cw-review-two.txt')
    P['C']=('在迎接创建国家卫生县城复审暨城乡环境综合整治推进会议上的讲话', rng(r,3,20,place))
    P['D']=(clean(r[20]), rng(r,22,46,place))
    e=L(G+'speech-living-environment.txt')
    body=rng(e,25,35,place)+rng(e,42,54,place)
    body=[('二、'+p[2:]) if p.startswith('三、') else (('三、'+p[2:]) if p.startswith('四、') else p) for p in body]
    body[-1]='同志们，人居环境整治功在当代、利在千秋。全区上下要以更加坚定的决心、更加务实的作风，推动人居环境整治工作再上新台阶！'
    P['E']=('在全区人居环境整治工作推进会议上的讲话', body)
    return P
def gov(year, secs, place='沔川', maxpara=4):
    lines=L(F+'gov-work-report-%d.txt'%year)
    out=[]; cur=None; n=0
    for x in lines:
        s=clean(x)
        if not s: continue
        if s.startswith('本作品') or s.startswith('注：') or s=='Public domain': break
        if is_h1(s):
            n+=1; cur=n
            if n in secs: out.append(s); cnt=0
            continue
        if cur in secs and cnt<maxpara and len(s)>30:
            out.append(s.replace('国务院',place+'县人民政府').replace('全国政协各位委员','县政协委员').replace('全国政协委员','县政协委员')); cnt+=1
    # renumber h1
    nums='一二三四五六七八九十'; k=0; res=[]
    for p in out:
        if is_h1(p): res.append(nums[k]+'、'+p.split('、',1)[1]); k+=1
        else: res.append(p)
    return ('%s县%d年政府工作报告'%(place,year), ['各位代表：','现在，我代表县人民政府，向大会报告政府工作，请予审议，并请县政协委员提出意见。']+res)
def h1s(P): return [p for p in P[1] if is_h1(p)]
