from src import *
from mk1 import w,B_
import html
def applause(ps):
    ps=list(ps)
    ps[1]=ps[1].replace('再讲三点意见。','再讲三点意见。（掌声）')
    ps[3]=ps[3].replace('。',' 。（笑声）',1).replace(' 。','。')
    ps[-1]=ps[-1]+'（热烈掌声）'
    # inside a paragraph
    i=[k for k,p in enumerate(ps) if p.startswith('三要')][0]
    ps[i]=ps[i].replace('。','。（掌声）',2)
    return ps
ta,pa=A('淞溪县','淞溪'); pa=applause(pa)
tb,pb=B('蘅山县')
td,pd=D('青枫街道')
def P(x): return '<p>'+html.escape(x)+'</p>'
pieces=[('【范文1】',ta,'（2025年3月6日）',pa,'（来源：淞溪县融媒体中心）'),
        ('范文二：',tb,'县委副书记、县长　周明远',pb,'本文由公文派网站整理，仅供学习参考，请勿直接照搬。'),
        ('【范文3】',td,'（2025年5月）',pd,'（来源：青枫街道办事处网站　作者：街道党政办）')]
body=[]
for mk,t,sp,ps,tail in pieces:
    body.append('<div class="fw"><p class="mk"><b>%s</b>%s</p>'%(mk,html.escape(t)))
    body.append('<p class="sp">%s</p>'%html.escape(sp))
    body+= [P(x) for x in ps]
    body.append('<p class="tail">%s</p>'%html.escape(tail))
    body.append('<div class="ad">【VIP专享】开通会员，本站10万篇范文免费下载 <a href="#">立即开通</a></div></div>')
page='''<!DOCTYPE html><html><head><meta charset="utf-8"><title>创卫工作推进会讲话稿范文3篇_领导讲话_公文派</title></head><body>
<div class="top">公文派 — 专业公文写作服务平台 | 首页 | 领导讲话 | 工作总结 | 心得体会 | 会员中心 | 登录 注册</div>
<div class="crumb">当前位置：首页 &gt; 领导讲话 &gt; 会议讲话</div>
<h1>创卫工作推进会讲话稿范文3篇</h1>
<div class="info">发布时间：2025-06-12 09:13　浏览次数：3261　字数：约12000字</div>
<p class="intro">导语：本文是公文派为大家整理的创卫工作推进会讲话稿范文3篇，欢迎大家阅读参考，希望对您有所帮助。</p>
%s
<div class="page"><p>上一篇：2025年防汛工作会议讲话稿范文</p><p>下一篇：乡镇人居环境整治表态发言</p></div>
<div class="rel"><h3>相关推荐</h3><ul><li>创建国家卫生县城动员大会讲话</li><li>爱国卫生运动推进会主持词</li><li>垃圾分类工作汇报材料</li></ul></div>
<div class="foot">Copyright © 2025 公文派 版权所有　客服QQ：88886666　沪ICP备20250001号</div>
</body></html>'''%'\n'.join(body)
w(B_+'c02/创卫工作推进会讲话稿范文3篇_公文派.html',page)
def hd(ps): return '\n'.join('   - '+h for h in heads(ps))
w(B_+'c02/EXPECTED.md','''# c02 公文写作 site page (UTF-8 .html): 【范文1】/范文二：/【范文3】 markers, （来源：…） and 「本文由…整理」 tails,
VIP adverts after each piece, 上一篇/下一篇, 相关推荐, site footer. Piece 1 has （掌声）（笑声）（热烈掌声） inside.
Expected: **3 documents**, genre 讲话.
1. %s
%s
2. %s
%s
3. %s
%s
Must be removed: site nav, 当前位置, 发布时间/浏览次数, 导语, the 【VIP专享】 advert ×3, （来源：…）×2, 「本文由公文派网站整理…」,
上一篇/下一篇, 相关推荐 list, Copyright line. The markers 【范文1】/范文二：/【范文3】 must not stay in the titles.
Must be kept or cleanly removed (not break paragraphs): （掌声）（笑声）（热烈掌声） — ideally removed as stage notes,
but the paragraph text around them must stay intact. Speaker/date lines may be kept as the head.
Page title 「创卫工作推进会讲话稿范文3篇」 must not become a document of its own.
'''%(ta,hd(pa),tb,hd(pb),td,hd(pd)))
