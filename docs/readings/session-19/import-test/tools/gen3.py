from src import *
import os, re, html, zipfile
R='/work/readings/import-test-s19/'
def w(p,s,enc='utf-8'):
    os.makedirs(os.path.dirname(p),exist_ok=True); open(p,'w',encoding=enc,newline='').write(s)
# ---------- c07: 30,000-字 single speech with 10 parts
g25=[l.strip().strip('\u3000') for l in open(F+'gov-work-report-2025.txt',encoding='utf-8').read().split('\n')]
g10=[l.strip().strip('\u3000') for l in open(F+'gov-work-report-2010.txt',encoding='utf-8').read().split('\n')]
def fix(s): return s.replace('国务院','市政府').replace('全国','全市').replace('我国','我市').replace('各位代表','同志们')
starts=[i for i,l in enumerate(g25) if re.match(r'^（[一二三四五六七八九十]）',l)]
parts=[]
g00=[l.strip().strip('\u3000') for l in open(F+'gov-work-report-2000.txt',encoding='utf-8').read().split('\n')]
pad=[l for l in g10[12:600]+g00[12:] if len(l)>60 and not re.match(r'^[一二三四五六七八九十]、|^（',l)]
nums='一二三四五六七八九十'
NP=int(os.environ.get('NP','3'))
pi=0
for k,s in enumerate(starts):
    end=starts[k+1] if k+1<len(starts) else starts[k]+8
    head=g25[s]; h=re.sub(r'^（.）','',head).split('。')[0]
    paras=[l for l in g25[s+1:end] if l and not re.match(r'^[一二三四五六七八九十]、',l)]
    intro=head.split('。',1)[1] if '。' in head else ''
    sub=[]
    for j,p in enumerate(paras):
        first=p.split('。')[0]; rest=p[len(first)+1:]
        sub.append(('（%s）%s'%(nums[j],first),[rest]+pad[pi:pi+NP])); pi+=NP
    parts.append(('%s、%s'%(nums[k],h),intro,sub))
intro=[l for l in g25[10:40] if len(l)>80][:3]
total=0
out=[('title','在汨阳市2025年经济工作会议上的讲话'),('center','中共汨阳市委书记  欧阳澈'),('center','（2025年1月10日）'),('p','同志们：'),('p','今天召开的市委经济工作会议，主要任务是全面贯彻落实中央和省委经济工作会议精神，总结2024年经济工作，部署2025年经济工作。下面，我讲十个方面的问题。')]
out+=[('p',fix(x)) for x in intro]
for k,(h,i,sub) in enumerate(parts):
    out.append(('bold',fix(h)))
    if k==5: out.append(('p','同志们，前面讲的是发展问题，下面我再讲讲改革开放、安全发展和民生保障方面的工作。'))
    if i: out.append(('p',fix(i)))
    for sh,ps in sub:
        out.append(('kai',fix(sh)))
        out+=[('p',fix(x)) for x in ps if x]
out.append(('p','同志们，做好今年经济工作任务艰巨、责任重大。让我们更加紧密地团结在以习近平同志为核心的党中央周围，真抓实干、埋头苦干，奋力谱写中国式现代化汨阳篇章！'))
total=sum(len(t) for s,t in out)
print('c07 chars',total,'parts',len(parts),'subs',[len(p[2]) for p in parts])
css={'title':'text-align:center;font-size:22pt;font-family:方正小标宋简体;','center':'text-align:center;font-family:楷体;','bold':'font-family:黑体;text-indent:2em;','kai':'font-family:楷体;font-weight:bold;text-indent:2em;','p':'text-indent:2em;'}
w(R+'tools/c07-src.html','<html><head><meta charset="utf-8"></head><body>'+''.join('<p style="%s">%s</p>\n'%(css[s],html.escape(t)) for s,t in out)+'</body></html>')
