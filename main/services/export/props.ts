// docProps/core.xml (title, author, dates) and docProps/custom.xml (which stored version the file is):
// the two small parts besides the body that differ between exports, written as docx wrote them.
import { xmlEscape } from '../../../core/doc/xml-text.ts';

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

/** Core properties; docx's defaults: creator 「Un-named」, revision 1, created = modified = now. */
export function coreXml(title: string, author: string | undefined, now: Date): string {
  const by = xmlEscape(author || 'Un-named');
  const date = now.toISOString();
  return (
    `${DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title ? `<dc:title>${xmlEscape(title)}</dc:title>` : '') +
    `<dc:creator>${by}</dc:creator><cp:lastModifiedBy>${by}</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** Custom properties, numbered from 2 as Word does (pid 0 and 1 are reserved). */
export function customXml(properties: readonly { name: string; value: string }[]): string {
  const open =
    `${DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"';
  if (properties.length === 0) return `${open}/>`;
  const items = properties.map(
    (p, i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${xmlEscape(p.name)}"><vt:lpwstr>${xmlEscape(p.value)}</vt:lpwstr></property>`,
  );
  return `${open}>${items.join('')}</Properties>`;
}
