from xml.sax.saxutils import escape as E
import subprocess,os,shutil
NS='''xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'''
def doc(body, masters=None, extra_auto=''):
    # masters: list of (name, header_text, footer_xml)
    masters = masters or [('Standard','','')]
    pls=''.join('<style:page-layout style:name="pl%d"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.8cm" fo:margin-right="2.6cm"/><style:header-style><style:header-footer-properties fo:min-height="0.8cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm"/></style:footer-style></style:page-layout>'%i for i,_ in enumerate(masters))
    mps=''.join('<style:master-page style:name="%s" style:page-layout-name="pl%d">%s%s</style:master-page>'%(n,i,
        ('<style:header><text:p text:style-name="Ctr">%s</text:p></style:header>'%E(h)) if h else '',
        ('<style:footer><text:p text:style-name="Ctr">%s</text:p></style:footer>'%f) if f else '') for i,(n,h,f) in enumerate(masters))
    mstyles=''.join('<style:style style:name="M_%s" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="%s"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="18pt" fo:font-weight="bold"/></style:style>'%(n,n) for n,_,_ in masters)
    return '''<?xml version="1.0" encoding="UTF-8"?>
<office:document %s office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.85cm" fo:line-height="150%%"/><style:text-properties style:font-name-asian="仿宋" fo:font-size="16pt" style:font-size-asian="16pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold" style:font-size-asian="22pt" style:font-weight-asian="bold"/></style:style>
<style:style style:name="Contents_20_1" style:display-name="Contents 1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-indent="0cm"><style:tab-stops><style:tab-stop style:position="15.5cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops></style:paragraph-properties></style:style>
<style:style style:name="Contents_20_Heading" style:display-name="Contents Heading" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Ctr" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/></style:style>
<style:style style:name="Big" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/><style:text-properties fo:font-size="22pt" fo:font-weight="bold" style:font-size-asian="22pt" style:font-weight-asian="bold"/></style:style>
<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" style:horizontal-rel="paragraph" fo:border="0.5pt solid #000000"/></style:style>
<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="15.6cm" table:align="margins"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.1cm"/></style:style>
%s%s%s
</office:automatic-styles>
<office:master-styles>%s</office:master-styles>
<office:body><office:text>
%s
</office:text></office:body></office:document>'''%(NS,pls,mstyles,extra_auto,mps,body)
def p(t,style='Standard'): return '<text:p text:style-name="%s">%s</text:p>'%(style,t if t.startswith('<') or '<text:' in t or '<office:' in t else E(t))
def frame(title,n):
    return '<text:p text:style-name="PB"><draw:frame draw:style-name="fr1" draw:name="TB%d" text:anchor-type="paragraph" svg:width="15.5cm" svg:height="2.6cm" draw:z-index="%d"><draw:text-box><text:p text:style-name="Big">%s</text:p></draw:text-box></draw:frame></text:p>'%(n,n,E(title))
def comment(who,txt): return '<office:annotation><dc:creator>%s</dc:creator><dc:date>2025-04-02T09:30:00</dc:date><text:p>%s</text:p></office:annotation>'%(E(who),E(txt))
def note(n,txt): return '<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation><text:note-body><text:p>%s</text:p></text:note-body></text:note>'%(n,n,E(txt))
def table(rows):
    s='<table:table table:name="T1" table:style-name="Tbl"><table:table-column table:number-columns-repeated="%d"/>'%len(rows[0])
    for r in rows:
        s+='<table:table-row>'+''.join('<table:table-cell table:style-name="Cell" office:value-type="string"><text:p>%s</text:p></table:table-cell>'%E(c) for c in r)+'</table:table-row>'
    return s+'</table:table>'
def convert(src,fmt,outdir):
    subprocess.run(['soffice','-env:UserInstallation=file:///tmp/lo18imp','--headless','--convert-to',fmt,'--outdir',outdir,src],check=True,stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
