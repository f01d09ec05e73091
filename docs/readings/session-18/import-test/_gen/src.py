import re
G='/work/shared/genre/'
def lines(f): return open(G+f,encoding='utf-8').read().split('\n')
P=lines('speech-cw-promotion.txt'); R=lines('speech-cw-review-two.txt'); W=lines('report-waste-sorting.txt')
def clean(ls,rep):
    out=[]
    for l in ls:
        l=l.strip().strip('\u3000').strip()
        if not l: continue
        for a,b in rep: l=l.replace(a,b)
        out.append(l)
    return out
HEAD=re.compile(r'^[一二三四五六七八九十]+、')
def heads(ps): return [p for p in ps if HEAD.match(p) and len(p)<70]
def A(place='榆洲县',short='榆洲'):
    ps=clean(P[0:13],[('X县',place),('X的',short+'的'),('X副县长','刘副县长'),('X在行动',short+'在行动'),('青海','全省'),('X',short)])
    return '在%s全域无垃圾暨创卫工作推进会上的讲话'%place, ps
def B(place='蘅山县'):
    ps=clean(R[2:20],[('X县',place),('X',place)])
    return '在%s迎接创建国家卫生县城复审暨城乡环境综合整治推进会议上的讲话'%place, ps
def C():
    ps=clean(R[21:46],[('X县','蘅山县'),('X','蘅山')])
    return '在全县2024年创建国家卫生县城工作推进会议上的讲话', ps
def D(place='青枫街道'):
    ps=clean(W[16:31],[('X区',place),('全区','全街道'),('我区','我街道'),('X','青枫')])
    return '在%s生活垃圾分类全覆盖工作推进会上的讲话'%place, ps
