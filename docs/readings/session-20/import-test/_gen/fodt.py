from xml.sax.saxutils import escape as X
HEAD='''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:text-indent="0.74cm" fo:line-height="150%"/><style:text-properties style:font-name-asian="SimSun" fo:font-size="14pt" style:font-size-asian="14pt"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1"><style:paragraph-properties fo:text-indent="0cm" fo:text-align="center"/><style:text-properties fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="C" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/></style:style>
<style:style style:name="T" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm"/><style:text-properties fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="B" style:family="paragraph" style:parent-style-name="Standard"><style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>
<style:style style:name="HL" style:family="paragraph"><style:paragraph-properties><style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops></style:paragraph-properties><style:text-properties fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
<style:style style:name="WM" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:color="#c0c0c0" fo:font-size="9pt" style:font-size-asian="9pt"/></style:style>
{AUTO}
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>{MASTERS}</office:master-styles>
<office:body><office:text>
'''
TAIL='</office:text></office:body></office:document>\n'
def master(name,header_xml,footer_xml):
    return f'<style:master-page style:name="{name}" style:page-layout-name="pm1"><style:header>{header_xml}</style:header><style:footer>{footer_xml}</style:footer></style:master-page>'
def brk_style(name,master_name):
    # a paragraph style that starts a new page with the given master page
    return f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Standard" style:master-page-name="{master_name}"><style:paragraph-properties fo:text-align="center" fo:text-indent="0cm" fo:break-before="page"/><style:text-properties fo:font-size="20pt" style:font-size-asian="20pt" fo:font-weight="bold" style:font-weight-asian="bold"/></style:style>'
def p(t,s='Standard'): return f'<text:p text:style-name="{s}">{X(t)}</text:p>\n'
def doc(auto,masters,body): return HEAD.replace('{AUTO}',auto).replace('{MASTERS}',masters)+body+TAIL
