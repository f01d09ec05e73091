from src import *
import os, re, html
R='/work/readings/import-test-s19/'
def w(p,s,enc='utf-8'):
    os.makedirs(os.path.dirname(p),exist_ok=True); open(p,'w',encoding=enc,newline='').write(s)
def H(paras, title='doc'):
    # paras: list of (style, text)  style in p, title, center, bold, pb (page-break title)
    css={'title':'text-align:center;font-size:22pt;font-family:方正小标宋简体;','center':'text-align:center;font-family:楷体;',
         'bold':'font-family:黑体;text-indent:2em;','p':'text-indent:2em;','pbp':'page-break-before:always;text-indent:2em;','pbtitle':'page-break-before:always;text-align:center;font-size:22pt;font-family:方正小标宋简体;'}
    body=''.join('<p style="%s">%s</p>\n'%(css[s],html.escape(t)) for s,t in paras)
    return '<html><head><meta charset="utf-8"><title>%s</title></head><body>\n%s</body></html>'%(html.escape(title),body)
def sp_paras(s, closing=True):
    out=[('p',s['open'])]+[('p',x) for x in s['intro']]
    for h,b in s['parts']: out+=[('bold',h)]+[('p',x) for x in b]
    if closing: out+=[('p',x) for x in s['closing']]
    return out
# ---------- c02: title AFTER 「××同志在…上的讲话」 line; one piece titled only by its last line
a=P(A,county='澜州县'); b=P(B,county='澜州县'); e=P(E,dist='澜州县'); d=P(D,dist='澜州县')
paras=[('title','周文博同志在全县全域无垃圾暨创卫工作推进会上的讲话'),('title','坚定信心 攻坚克难 全力打赢全域无垃圾治理攻坚战'),('center','（2024年3月12日）')]+sp_paras(a)
paras+=[('pbtitle','黎远同志在迎接创建国家卫生县城复审暨城乡环境综合整治推进会议上的讲话'),('title','以更高标准更实举措迎接国家卫生县城复审'),('center','（2024年5月8日）')]+sp_paras(b)
ep=sp_paras(e,False); ep[0]=('pbp',ep[0][1])
paras+=ep+[('p','（本文根据何晓岚同志在全县人居环境整治工作推进会议上的讲话录音整理，未经本人审阅）')]
paras+=[('pbtitle',d['title']),('center','郑立群'),('center','（2024年11月6日）')]+sp_paras(d)
w(R+'c02/src/讲话汇编2024.html',H(paras,'讲话汇编'))
# ---------- c03: village / community level + 纪要 quoting a speech
v1='''沅桥村“两委”会议记录（2024年第3次）
时间：2024年3月15日上午9:00
地点：沅桥村党群服务中心二楼会议室
主持人：龙海波（村党总支书记、村委会主任）
参会人员：龙海波、杨秀兰、吴德明、石光荣、麻玉珍，驻村第一书记田晓峰
记录人：麻玉珍
议题：一、研究春季村庄人居环境整治工作安排；二、讨论村集体经济合作社2023年度分红方案
会议内容：
龙海波：根据泸台镇党委、政府关于春季人居环境整治的通知要求，我村要在4月底前完成房前屋后“三清一改”，重点是清理农村生活垃圾、清理村内塘沟、清理畜禽养殖粪污等农业生产废弃物。请大家讨论一下分工。
杨秀兰：我建议按村民小组包干，每个“两委”成员包两个组，每周五集中检查一次，检查结果在村务公开栏公示。
吴德明：上坝组、下坝组的沟渠淤塞比较严重，光靠群众投工投劳不够，建议申请镇里调一台挖掘机，费用从村级公益事业资金中列支。
田晓峰：我同意。另外可以结合“积分制”管理，把卫生评比结果和积分超市挂钩，调动群众积极性。
石光荣：合作社去年养殖和茶叶两项收入共18.6万元，扣除提取的公积金公益金后，可分配盈余12.4万元，按股分红，每股分红62元。
会议决定：
1.春季人居环境整治实行“两委”成员包组责任制，4月30日前完成，由杨秀兰负责牵头督查；
2.向泸台镇人民政府申请机械清淤支持，由吴德明负责对接；
3.合作社分红方案提交村民代表会议审议通过后公示7天，无异议后发放。'''
v2='''沅桥村“两委”会议记录（2024年第4次）
时间：2024年5月20日下午2:30
地点：沅桥村党群服务中心二楼会议室
主持人：龙海波
参会人员：龙海波、杨秀兰、吴德明、石光荣、麻玉珍，驻村第一书记田晓峰
列席人员：村务监督委员会主任向云开
记录人：麻玉珍
议题：一、部署汛期地质灾害隐患排查；二、评议2024年低保动态调整对象
会议内容：
龙海波：今年汛期来得早，镇里要求各村对地质灾害隐患点实行“一点一策”，落实监测责任人。我村有隐患点3处，分别在岩脚组、坳上组和学校后山。
石光荣：岩脚组隐患点涉及5户19人，建议提前确定转移路线和安置点，安置点设在村小学。
杨秀兰：低保动态调整方面，经入户调查，拟新增2户、退出1户，退出户家庭成员已稳定务工，人均收入超过标准。
向云开：村务监督委员会全程参与了入户调查，程序合规，建议评议结果张榜公示。
会议决定：
1.地质灾害隐患点监测责任落实到人，汛期实行24小时值班，由石光荣负责；
2.低保调整名单报泸台镇民政办审核，公示期间接受群众监督。'''
v3='''枫泾社区居民议事会会议记录
议事时间：2024年7月9日晚7:30
议事地点：枫泾社区居民活动中心
召集人：枫泾社区党委书记  陈素梅
参会人员：居民代表26人，物业公司代表1人，社区“两委”成员5人
议事主题：枫泾小区3栋、5栋老旧住宅加装电梯方案
议事过程：
陈素梅介绍加装电梯政策：按照汨阳市老旧小区改造有关规定，每部电梯财政补助15万元，其余费用由本单元业主按楼层分摊。
居民代表刘建国（3栋）：我们单元住了不少七八十岁的老人，上下楼很困难，我们单元已有10户签字同意。
居民代表孙桂芝（5栋）：一楼、二楼住户担心采光和噪音，希望方案里明确补偿办法。
物业公司代表：电梯建成后的维保费用建议由使用户承担，物业可以协助管理。
表决结果：
同意23票，反对2票，弃权1票。加装电梯方案获得通过。
议定事项：
1.社区在7月底前公示加装电梯方案及费用分摊办法；
2.由居民代表刘建国、孙桂芝牵头，与低层住户协商补偿办法；
3.社区协助办理规划、施工等审批手续。'''
v4head='''泸台镇党委会议纪要
〔2024〕5号
2024年8月16日，镇党委书记向明远主持召开镇党委会议，镇党委委员出席，镇人大主席、镇纪委书记列席。会议传达学习了汨阳市委关于防汛救灾和灾后重建工作的部署要求，听取了镇应急办关于“8·12”强降雨灾情的汇报，研究部署了当前防汛救灾和灾后重建工作。现将会议议定事项纪要如下：
一、关于传达学习上级会议精神
会议指出，当前正值主汛期，全镇防汛形势依然严峻。向明远同志在会上作了讲话，他指出：
“同志们：这次强降雨过程来得急、雨量大，我镇沅桥、岩口两个村受灾较重。下面我讲三点意见。
一、思想上要高度重视。各村、各站所要克服麻痹思想和侥幸心理，把防汛救灾作为当前压倒一切的任务来抓。
二、责任上要层层压实。班子成员要下沉到联系村，村干部要包组到户，地质灾害隐患点要24小时有人值守。
三、措施上要精准有力。该转移的群众要坚决转移，该封闭的道路要及时封闭，确保不死一人、少伤人。
同志们，防汛工作没有完成时，只有进行时，大家要以高度的责任感投入工作。”
二、关于灾后重建工作
会议决定，成立泸台镇灾后重建工作专班，由镇长覃丽华任组长，负责受损道路、水利设施和农房的排查修复，9月底前完成受损房屋鉴定。
三、关于受灾群众生活保障
会议要求，镇民政办要及时发放救灾物资，确保受灾群众有饭吃、有干净水喝、有衣穿、有安全住处。
参加人员：向明远、覃丽华、杨光辉、吴秋月、龙文才、石建军
列席人员：田玉兰、舒海
记录：滕小林'''
def blk(t, first_pb):
    ls=t.split('\n'); out=[('pbtitle' if first_pb else 'title',ls[0])]
    for l in ls[1:]:
        out.append(('center',l) if l.startswith('〔') else ('p',l))
    return out
paras=blk(v1,False)+blk(v2,True)+blk(v3,True)+blk(v4head,True)
w(R+'c03/src/泸台镇村社会议记录汇总.html',H(paras,'会议记录'))
# ---------- c06: article split over 3 saved pages (GBK)
c=P(C,county='汨阳县'); flat=body(c)
chunks=[flat[:7],flat[7:15],flat[15:]]
for n,ch in enumerate(chunks,1):
    pager=' '.join(['<a href="./%d.html">上一页</a>'%(n-1) if n>1 else '']+[('<b>%d</b>'%i if i==n else '<a href="%s.html">%d</a>'%('index' if i==1 else 'index_%d'%i,i)) for i in (1,2,3)]+(['<a href="index_%d.html">下一页</a>'%(n+1)] if n<3 else []))
    pager='<div class="pages">第%d页 %s</div>'%(n,pager) if n==1 else '<div class="pages">%s</div>'%pager
    arts=''.join('<p>%s</p>\n'%html.escape(x) for x in ch)
    page='''<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>%s%s_领导讲话_汨阳范文网</title></head><body>
<div class="top"><a href="/">首页</a> | <a href="/jianghua/">领导讲话</a> | <a href="/zongjie/">工作总结</a> | <a href="/huiyi/">会议纪要</a> | <a href="/shuzhi/">述职报告</a> | 登录 注册</div>
<div class="weizhi">当前位置：<a href="/">汨阳范文网</a> &gt; <a href="/jianghua/">领导讲话</a> &gt; 正文</div>
<h1>%s</h1>
<div class="info">时间：2024-09-21 11:02　作者：佚名　来源：网络整理　阅读：3862次</div>
<div class="ad">VIP会员免费下载全文Word文档，无需积分 ￥9.9/月 立即开通</div>
<div class="content">
%s</div>
%s
<div class="xg"><h3>相关文章</h3><ul><li><a href="/a/1.html">在全县创建省级文明县城推进会上的讲话</a></li><li><a href="/a/2.html">县委书记在城乡环境综合整治大会上的讲话范文（精选3篇）</a></li></ul></div>
<div class="foot">Copyright &copy; 2024 汨阳范文网 版权所有 湘ICP备2024000000号-1　本站部分内容来源于网络，如有侵权请联系删除</div>
</body></html>'''%(c['title'],'' if n==1 else '(%d)'%n,c['title'],arts,pager)
    w(R+'c06/%s%s.html'%(c['title'],'' if n==1 else '_%d'%n),page,enc='gbk')
print('ok')
