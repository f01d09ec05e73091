import re
G='/work/shared/genre/'; F='/work/shared/fixtures/import/'
def L(p): return [l.strip().strip('\u3000').strip() for l in open(p,encoding='utf-8').read().split('\n')]
H=re.compile(r'^[一二三四五六七八九十]、')
NUM='一二三四五六七八九十'
def sub(t):
    for a,b in [('X在行动','泠川在行动'),('X的山水','泠川的山水'),('X副县长','赵德林副县长'),('X同志','钱卫东同志'),
                ('X县','泠川县'),('X区','雩山区'),('X市','澈阳市'),('X州','澜州'),('_总书记','习近平总书记')]:
        t=t.replace(a,b)
    n=[0]
    def r(m):
        n[0]+=1; return str([36,12,85,4,260,17,9,530][n[0]%8])
    return re.sub(r'X',r,t)
def build(title,lines,maxp=3):
    # returns dict(title, intro[], secs[(h,[p])], outro[])
    intro=[];secs=[];outro=[]
    for l in lines:
        if not l: continue
        l=sub(l)
        if H.match(l): secs.append([l,[]]); continue
        if secs and l.startswith('同志们，'): outro.append(l); continue
        if secs: secs[-1][1].append(l)
        else: intro.append(l)
    for s in secs:
        s[1]=s[1][:maxp]
    # closing: last para of last section if it starts with 同志们
    for i,s in enumerate(secs): s[0]=NUM[i]+'、'+H.sub('',s[0])
    return dict(title=title,intro=intro,secs=secs,outro=outro)
pro=L(G+'speech-cw-promotion.txt'); rv=L(G+'speech-cw-review-two.txt'); ws=L(G+'report-waste-sorting.txt'); le=L(G+'speech-living-environment.txt'); gr=L(F+'gov-work-report-2025.txt')
P1=build('在全县全域无垃圾暨创卫工作推进会上的讲话',pro)
P2=build('在迎接创建国家卫生县城复审暨城乡环境综合整治推进会议上的讲话',rv[2:20])
P3=build(sub(rv[20]),rv[21:47])
P4=build(sub(ws[15]),ws[16:38])
lec=[l for l in le[30:56] if 'wm114' not in l and '未完' not in l and '收藏《' not in l and not l.startswith('3.大力')]
P5=build('在全区人居环境整治工作推进会议上的讲话',['同志们：',''.join(le[25:30])]+lec)
P6=build('在泠川县第十八届人民代表大会第五次会议上的政府工作报告',[l.replace('国务院','县人民政府').replace('全国政协委员','县政协委员') for l in gr[3:120]],2)
ALL=dict(P1=P1,P2=P2,P3=P3,P4=P4,P5=P5,P6=P6)
def text(P, title=True):
    out=[P['title']] if title else []
    out+=P['intro']
    for h,ps in P['secs']: out.append(h); out+=ps
    out+=P['outro']; return out
if __name__=='__main__':
    for k,P in ALL.items():
        print(k,P['title'],len(''.join(text(P))),'|',[h for h,_ in P['secs']],'| intro',[i[:20] for i in P['intro']],'| outro',[o[:20] for o in P['outro']])
