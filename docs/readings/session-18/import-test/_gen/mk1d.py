from mk1 import w,B_,recs
out=[]
for (t,tm,pl,host,rec,att,lx,qj,topics,turns,dec) in recs:
    s=[t,'','时间：'+tm,'地点：'+pl,'主持人：'+host,'记录人：'+rec,'出席：','　　'+att,'列席：','　　'+lx,'请假：'+qj,'','会议内容：','']
    for who,said in turns:
        s+=[who+'：',said,'']
    s+=['会议决定：']+['　　%d.%s'%(i+1,x) for i,x in enumerate(dec)]+['','']
    out.append('\n'.join(s))
w(B_+'c01/会议记录（发言人单独一行）.txt','\n'.join(out))
open(B_+'c01/EXPECTED.md','a').write('''
## c01 variant d — 「会议记录（发言人单独一行）.txt」: the three records as typed from a handwritten 记录本: blank lines between
blocks, 「出席：」「列席：」 with the names on the NEXT line, no 议题 list, 「会议内容：」, each speaker's name alone on a line
(「王建华：」) with the words on the next line, 「会议决定：」 with indented items.
Expected: **3 documents**, same titles as the main file; the speaker-name lines must not become titles/headings or start
documents; every turn kept with its speaker.
''')
