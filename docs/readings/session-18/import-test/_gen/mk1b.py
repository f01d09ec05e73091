from mk1 import w,B_,recs
from fodt import *
from xml.sax.saxutils import escape as E
import shutil
def cell(x,span=1):
    sp=' table:number-columns-spanned="%d"'%span if span>1 else ''
    ps=x if isinstance(x,list) else [x]
    return '<table:table-cell table:style-name="Cell" office:value-type="string"%s>%s</table:table-cell>'%(sp,''.join('<text:p>%s</text:p>'%E(q) for q in ps))+('<table:covered-table-cell/>'*(span-1))
body=[]
for i,(t,tm,pl,host,rec,att,lx,qj,topics,turns,dec) in enumerate(recs[:2]):
    body.append(p(t,'Big' if i==0 else 'PBBig'))
    rows=[[cell('会议时间'),cell(tm),cell('会议地点'),cell(pl)],
          [cell('主 持 人'),cell(host),cell('记 录 人'),cell(rec)],
          [cell('出席人员'),cell(att,3)],[cell('列席人员'),cell(lx,3)],[cell('请假人员'),cell(qj,3)],
          [cell('会议议题'),cell(['%d. %s'%(k+1,x) for k,x in enumerate(topics)],3)],
          [cell('发言记录'),cell(['%s：%s'%tt for tt in turns],3)],
          [cell('议定事项'),cell(['%d.%s'%(k+1,x) for k,x in enumerate(dec)],3)]]
    s='<table:table table:name="R%d" table:style-name="Tbl"><table:table-column table:number-columns-repeated="4"/>'%i
    for r in rows: s+='<table:table-row>'+''.join(r)+'</table:table-row>'
    body.append(s+'</table:table>')
    body.append(p('第 %d 页'%(i+1),'Ctr'))
s=doc('\n'.join(body),extra_auto='<style:style style:name="PBBig" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:break-before="page"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold"/></style:style>')
open('/tmp/imp18_c01b.fodt','w').write(s); convert('/tmp/imp18_c01b.fodt','docx','/tmp/imp18_out')
shutil.copy('/tmp/imp18_out/imp18_c01b.docx',B_+'c01/会议记录本（表格式）.docx')
open(B_+'c01/EXPECTED.md','a').write('''
## c01 variant b — 「会议记录本（表格式）.docx」: the first two records in the printed 会议记录本 FORM: title, then one table per
record (会议时间|…|会议地点|…; 主 持 人|…|记 录 人|…; 出席人员; 列席人员; 请假人员; 会议议题; 发言记录 (all turns in one cell);
议定事项), a typed 「第 N 页」 line after each table, second record on a new page.
Expected: **2 documents** 白鹭镇党委会议记录 / 青枫街道党工委会议记录, genre 纪要/记录; all turns and 议定事项 kept; the form labels
(会议时间, 主 持 人 …) may stay as labels but must not become titles; 「第 N 页」 removed.
''')
