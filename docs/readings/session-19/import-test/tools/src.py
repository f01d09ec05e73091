import re
G='/work/shared/genre/'; F='/work/shared/fixtures/import/'
def L(p): return [l.rstrip('\r\n') for l in open(p,encoding='utf-8')]
def clean(s): return s.strip().strip('\u3000').strip()
def place(s, county='澜州县', dist='澜州区', city='汨阳市'):
    return s.replace('X县',county).replace('X区',dist).replace('X市',city).replace('X的',county[:2]+'的').replace('X在行动',county[:2]+'在行动').replace('X副县长','郑立群副县长').replace('青海','湘西')
rp=L(G+'speech-cw-promotion.txt'); rv=L(G+'speech-cw-review-two.txt'); ws=L(G+'report-waste-sorting.txt'); le=L(G+'speech-living-environment.txt')
def S(title, lines, intro, parts, closing):
    # parts: list of (heading_line_no, body line nos)
    g=lambda i: clean(lines[i-1])
    return dict(title=title, open='同志们：', intro=[g(i) for i in intro],
        parts=[(g(h),[g(i) for i in b]) for h,b in parts], closing=[g(i) for i in closing])
A=S('在全县全域无垃圾暨创卫工作推进会上的讲话', rp, [2], [(3,[4]),(5,[6]),(7,[8,9,10,11,12])],[13])
B=S('在迎接创建国家卫生县城复审暨城乡环境综合整治推进会议上的讲话', rv, [4], [(5,[6,7,8,9]),(10,[11,12,13,14]),(15,[16,17,18,19])],[20])
C=S('在全县2024年创建国家卫生县城工作推进会议上的讲话', rv, [23], [(24,range(25,32)),(32,range(33,40)),(40,range(41,46))],[46])
D=S('在全区生活垃圾分类全覆盖工作推进会上的讲话', ws, [17], [(18,[19,20,21,22]),(23,[24]),(25,[26,27,28,29,30])],[31])
E_intro=''.join(clean(x) for x in le[25:30])
E=dict(title='在全区人居环境整治工作推进会议上的讲话', open='同志们：', intro=[E_intro],
  parts=[(clean(le[30]),[clean(x) for x in le[31:35]]+[clean(x) for x in le[36:41]]),(clean(le[41]),[clean(x) for x in le[42:48]]),(clean(le[48]),[clean(x) for x in le[49:55]])], closing=[])
def P(sp, **kw):
    d=dict(sp); f=lambda s: place(s,**kw)
    d['title']=f(d['title']); d['intro']=[f(x) for x in d['intro']]; d['parts']=[(f(h),[f(x) for x in b]) for h,b in d['parts']]; d['closing']=[f(x) for x in d['closing']]
    return d
def body(sp, closing=True):
    out=[sp['open']]+sp['intro']
    for h,b in sp['parts']: out+=[h]+b
    if closing: out+=sp['closing']
    return out
def chars(sp): return sum(len(x) for x in body(sp))
E['parts']=[(n+h[2:],b) for n,(h,b) in zip(['一、','二、','三、'],E['parts'])]
