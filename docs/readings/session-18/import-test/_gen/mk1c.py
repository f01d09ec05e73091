from mk1 import w,B_,recs
out=[]
for (t,tm,pl,host,rec,att,lx,qj,topics,turns,dec) in recs[:2]:
    chair=host.split('（')[0]
    s=[t,'时间：'+tm,'地点：'+pl,'主持人：'+host,'记录人：'+rec,'出席：'+att,'列席：'+lx,'请假：'+qj,'议题：']
    s+=['%d. %s'%(i+1,x) for i,x in enumerate(topics)]
    s+=['发言：']+['%s：%s'%tt for tt in turns[:-1]]
    s+=[chair+'作总结讲话：','同志们：','今天的会开得很好，大家发言积极，意见中肯。下面我讲三点意见。','一、统一思想，提高认识','这项工作是今年的重点任务，各位班子成员要把它放在心上、抓在手上。','二、压实责任，抓好落实','各包片领导要靠前指挥，发现问题及时解决，解决不了的及时报告。','三、加强督查，严格考核','党政办要每周督查一次，督查结果与年终考核挂钩。','同志们，任务艰巨，责任重大，希望大家齐心协力，确保各项工作落到实处。']
    s+=['议定事项：']+['%d.%s'%(i+1,x) for i,x in enumerate(dec)]+['（散会）','']
    out.append('\n'.join(s))
w(B_+'c01/会议记录（含主持人总结讲话）.txt','\n\n'.join(out))
open(B_+'c01/EXPECTED.md','a').write('''
## c01 variant c — 「会议记录（含主持人总结讲话）.txt」: the first two records, but inside each the chair's closing remarks are
recorded in full: 「王建华作总结讲话：」 then 「同志们：」, an opening line, 一、二、三、 headings, a closing 「同志们，…」, and then
the record continues with 议定事项 and （散会）.
Expected: **2 documents** (白鹭镇党委会议记录, 青枫街道党工委会议记录). The 「同志们：」 inside a record must NOT start a new document,
and 议定事项 after the closing remarks must stay in the record. (The 一、二、三、 of the remarks may show as headings.)
''')
