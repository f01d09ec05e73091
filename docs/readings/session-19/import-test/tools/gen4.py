from src import *
import os, re, zipfile
from xml.sax.saxutils import escape
R='/work/readings/import-test-s19/'
sz1='''泸台镇党委书记2024年度抓基层党建工作述职报告
述职人：向明远
2024年，在汨阳市委、澜州县委的坚强领导下，我认真履行基层党建工作第一责任人职责，坚持把抓好党建作为最大政绩，推动全镇基层党建工作取得新成效。现将有关情况报告如下：
一、履行抓基层党建工作职责情况
一是坚持以上率下，压紧压实责任。全年主持召开党委会研究党建工作14次，带头落实“四下基层”制度，走访联系村23次，为联系村协调解决道路硬化、饮水安全等实际问题9个。二是夯实基层组织，筑牢战斗堡垒。对沅桥、岩口两个软弱涣散村党组织逐一制定整顿方案，选派2名年轻干部担任驻村第一书记，年底前两个村均已摘帽。三是抓实队伍建设，激发干事活力。全年发展党员11名，其中35岁以下9名；举办村干部培训班3期，培训220人次。
二、存在的问题和不足
一是抓党建促发展的办法还不够多，部分村集体经济收入仍在5万元以下；二是党员教育管理方式比较传统，对外出务工流动党员管理还有薄弱环节；三是个人深入基层调研的深度还不够，解决群众急难愁盼问题的主动性还需增强。
三、下一步工作打算
一是聚焦产业发展，推广“党支部+合作社+农户”模式，力争2025年全镇村集体经济收入全部达到10万元以上。二是加强流动党员管理，建立流动党员“线上党支部”。三是严格落实党建工作责任制，把述职评议结果与干部考核、评先评优挂钩。
以上述职，请予评议。'''
sz2='''泸台镇镇长2024年度述职述廉报告
述职人：覃丽华
按照县委统一安排，现将本人2024年度履职尽责和廉洁自律情况报告如下，请予评议。
一、主要工作完成情况
一是经济发展稳中有进。全年完成地区生产总值12.8亿元，同比增长6.1%；固定资产投资4.3亿元，同比增长8.5%。二是乡村振兴扎实推进。新建高标准农田3200亩，茶叶基地扩大到1.1万亩，带动农户1460户。三是民生保障持续加强。完成农村危房改造56户，新建村级养老服务站2个，城乡居民医保参保率达到98.6%。四是防汛救灾有力有序。“8·12”强降雨期间，提前转移群众312人，实现了不死一人、少伤人的目标。
二、廉洁自律情况
严格执行中央八项规定及其实施细则精神，认真落实“一岗双责”，带头遵守廉洁从政各项规定，本人及配偶、子女无违规经商办企业等情况，全年未发生违反廉洁纪律的问题。
三、存在的不足和今后打算
一是招商引资成效不够明显，新引进项目体量偏小；二是集镇管理还存在脏乱差现象。下一步，我将坚持问题导向，着力抓好项目建设和集镇提质，推动泸台镇各项工作再上新台阶。
以上报告，请审议。'''
def lines_of(t): return t.split('\n')
b=P(B,county='泸台镇'); d=P(D,dist='泸台镇')
pieces=[('述职',lines_of(sz1)),('讲话',[b['title'].replace('县城','乡镇'),'泸台镇党委书记  向明远','（2024年5月8日）']+body(b)),
        ('述职',lines_of(sz2)),('讲话',[d['title'],'泸台镇副镇长  杨光辉','（2024年11月6日）']+body(d))]
NS='xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
def run(t,font='仿宋_GB2312',sz=32,bold=False):
    return '<w:r><w:rPr><w:rFonts w:ascii="%s" w:eastAsia="%s" w:hAnsi="%s"/>%s<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'%(font,font,font,'<w:b/>' if bold else '',sz,sz,escape(t))
def para(t,jc=None,font='仿宋_GB2312',sz=32,bold=False,ind=True,sect=False):
    ppr=''
    if jc: ppr+='<w:jc w:val="%s"/>'%jc
    if ind and not jc: ppr+='<w:ind w:firstLineChars="200" w:firstLine="640"/>'
    if sect: ppr+='<w:sectPr><w:type w:val="nextPage"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    return '<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/>%s</w:pPr>%s</w:p>'%(ppr,run(t,font,sz,bold) if t else '')
ps=[]; page=1; TOTAL=14; cnt=0
for k,(kind,ls) in enumerate(pieces):
    ps.append(para('%d.%s'%(k+1,ls[0]),jc='center',font='方正小标宋简体',sz=44))
    for l in ls[1:]:
        if l.startswith('述职人') or re.match(r'^（\d{4}年',l) or re.match(r'^泸台镇.*  ',l): ps.append(para(l,jc='center',font='楷体_GB2312'))
        elif re.match(r'^[一二三四五六七八九十]、',l): ps.append(para(l,font='黑体'))
        else: ps.append(para(l))
        cnt+=1
        if cnt%6==0:
            ps.append(para('第 %d 页 共 %d 页'%(page,TOTAL),jc='center',sz=18)); page+=1
    ps.append(para('第 %d 页 共 %d 页'%(page,TOTAL),jc='center',sz=18)); page+=1
    if k<len(pieces)-1: ps.append(para('',sect=True))
TOTAL=page-1
xml=('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>'%(NS,''.join(ps))).replace('共 14 页','共 %d 页'%TOTAL)
ct='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'''
rels='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'''
app='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>Normal.dotm</Template><Pages>%d</Pages><Application>WPS Office_12.1.0.18608_F1E327BC-269C-435d-A152-05C5408002CA</Application></Properties>'''%TOTAL
core='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Administrator</dc:creator><cp:lastModifiedBy>泸台镇党政办</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2024-12-20T08:00:00Z</dcterms:created></cp:coreProperties>'''
custom='''<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.18608</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="ICV"><vt:lpwstr>8A1F2B3C4D5E6F708192A3B4C5D6E7F8_13</vt:lpwstr></property></Properties>'''
os.makedirs(R+'c04',exist_ok=True)
with zipfile.ZipFile(R+'c04/泸台镇2024年度述职报告及领导讲话.docx','w',zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml',ct); z.writestr('_rels/.rels',rels); z.writestr('word/document.xml',xml)
    z.writestr('docProps/app.xml',app); z.writestr('docProps/core.xml',core); z.writestr('docProps/custom.xml',custom)
print('pages',TOTAL, [p[1][0] for p in pieces])
