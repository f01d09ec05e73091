from src import *
import os
R='/work/readings/import-test-s19/c08/'
os.makedirs(R,exist_ok=True)
def w(n,s): open(R+n,'w',encoding='utf-8').write(s)
a=P(A,county='澜州县'); b=P(B,county='澜州县'); e=P(E,dist='泸台镇'); d=P(D,dist='泸台镇')
def md(sp, hmark='## ', tagline_every=None):
    out=[sp['open']]+sp['intro']
    for i,(h,bb) in enumerate(sp['parts']):
        out.append(hmark+h)
        bb=list(bb)
        if i==0 and tagline_every: bb[0]=bb[0]+' '+tagline_every
        out+=bb
    out+=sp['closing']
    return '\n\n'.join(out)
n1='''---
title: 创卫推进会讲话（周县长）
tags: [讲话稿, 创卫, 2024]
created: 2024-03-12 09:41
updated: 2024-03-13 22:10
---
#讲话稿 #创卫 #已定稿

# %s

**周文博**（2024年3月12日）

%s

> 备注：此稿已按县长意见修改第三部分，定稿发县融媒体中心。 #待归档
'''%(a['title'],md(a,tagline_every='#重点 #督察反馈'))
w('2024-03-12 创卫推进会讲话.md',n1)
n2='''---
tags:
  - 讲话稿
  - 复审
aliases: [复审讲话]
date: 2024-05-08
---

%s

#讲话稿/2024 #复审 #黎书记
'''%md(b,hmark='')
w('复审推进会讲话 黎书记.md',n2)
n3='''---
tags: [调研, 沅桥村]
created: 2024-04-02 16:20
---
# 沅桥村人居环境整治调研记录

#调研 #人居环境

**时间**：2024年4月2日下午
**地点**：泸台镇沅桥村上坝组、下坝组
**陪同**：村党总支书记龙海波、驻村第一书记田晓峰

## 看到的情况

- 上坝组主干道两侧垃圾已清理，但沟渠淤塞约300米
- 下坝组有3户畜禽散养，粪污直排
- 积分超市已运行，兑换商品种类少

## 需要协调的事项

- [x] 联系镇城建办调挖掘机清淤
- [ ] 与县农业农村局对接畜禽粪污资源化利用项目
- [ ] 积分超市增加兑换品种，下周五前反馈

#待办 #泸台镇
'''
w('沅桥村调研记录.md',n3)
n4='''---
tags: [讲话稿, 汇编, 泸台镇]
---
# %s

%s

---

# %s

%s

#汇编草稿 #泸台镇
'''%(e['title'],md(e,hmark='## '),d['title'],md(d,hmark='## '))
w('泸台镇讲话两篇（草稿）.md',n4)
