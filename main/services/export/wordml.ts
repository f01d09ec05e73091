// The body of word/document.xml written as text. docx's object model built, formatted and serialised
// every run of a 10,000-character speech (most of an export); these few shapes are all the body
// uses, so they are written directly, byte for byte what docx wrote (element and attribute order
// as the schema and docx have them), and docx builds only the parts that never change (docx.ts).
// Text arrives XML-safe (xmlSafeDeep at the export boundary); xmlEscape turns it into XML.
import { xmlEscape } from '../../../core/doc/xml-text.ts';

export type Align = 'both' | 'center' | 'left' | 'right';

/** w:ind, in twips (and hundredths of a character for firstLineChars). */
export interface Indent {
  left?: number;
  right?: number;
  hanging?: number;
  firstLine?: number;
  firstLineChars?: number;
}

export interface Border {
  style: 'single' | 'none';
  /** Eighths of a point. */
  size: number;
  color: string;
  /** Points between the text and the line. */
  space?: number;
}

export interface TabStop {
  type: 'left' | 'right';
  position: number;
}

/** Run formatting: the faces (eastAsia and the Latin slots), size in half-points, bold, colour. */
export interface RunFormat {
  eastAsia: string;
  latin: string;
  size: number;
  /** Character spacing in twips (negative condenses). */
  spacing?: number;
  bold?: boolean;
  color?: string;
}

const formats = new Map<string, string>();

/** w:rPr of a format; the same few formats recur thousands of times, so each is written once. */
function runProperties(f: RunFormat): string {
  const key = `${f.eastAsia}|${f.latin}|${f.size}|${f.spacing}|${f.bold}|${f.color}`;
  let xml = formats.get(key);
  if (xml === undefined) {
    xml =
      `<w:rPr><w:rFonts w:ascii="${f.latin}" w:cs="${f.latin}" w:eastAsia="${f.eastAsia}" w:hAnsi="${f.latin}" w:hint="eastAsia"/>` +
      (f.bold ? '<w:b/><w:bCs/>' : '') +
      (f.color ? `<w:color w:val="${f.color}"/>` : '') +
      (f.spacing !== undefined ? `<w:spacing w:val="${f.spacing}"/>` : '') +
      `<w:sz w:val="${f.size}"/><w:szCs w:val="${f.size}"/></w:rPr>`;
    formats.set(key, xml);
  }
  return xml;
}

/** One run: text (or a tab), after a line break when `lineBreakBefore`. */
export function runXml(content: { text: string } | 'tab', f: RunFormat, lineBreakBefore = false): string {
  const body = content === 'tab' ? '<w:tab/>' : `<w:t xml:space="preserve">${xmlEscape(content.text)}</w:t>`;
  return `<w:r>${runProperties(f)}${lineBreakBefore ? '<w:br/>' : ''}${body}</w:r>`;
}

function indentXml(i: Indent): string {
  let a = '';
  if (i.left !== undefined) a += ` w:left="${i.left}"`;
  if (i.right !== undefined) a += ` w:right="${i.right}"`;
  if (i.hanging !== undefined) a += ` w:hanging="${i.hanging}"`;
  if (i.firstLine !== undefined) a += ` w:firstLine="${i.firstLine}"`;
  if (i.firstLineChars !== undefined) a += ` w:firstLineChars="${i.firstLineChars}"`;
  return `<w:ind${a}/>`;
}

/** A border element (w:bottom, w:top …) of a paragraph or a table. */
export function borderXml(side: string, b: Border): string {
  return `<w:${side} w:val="${b.style}" w:color="${b.color}" w:sz="${b.size}"${b.space !== undefined ? ` w:space="${b.space}"` : ''}/>`;
}

export interface ParagraphFormat {
  style?: string;
  keepNext?: boolean;
  /** The paragraph's lines on one page (a heading that wraps). */
  keepLines?: boolean;
  bottomBorder?: Border;
  tabStops?: readonly TabStop[];
  before: number;
  /** Exact line height in twips. */
  line: number;
  indent: Indent;
  align: Align;
}

/**
 * A paragraph with its runs (already written). Widow control is on (since session 21): a paragraph's
 * last line never stands alone at the top of a page, nor its first line alone at the foot — the
 * lines keep their exact 579 pitch and 28 characters; a page that gives a line away ends a line short.
 */
export function paragraphXml(runs: string, p: ParagraphFormat): string {
  const tabs = p.tabStops?.length ? `<w:tabs>${p.tabStops.map((t) => `<w:tab w:val="${t.type}" w:pos="${t.position}"/>`).join('')}</w:tabs>` : '';
  return (
    '<w:p><w:pPr>' +
    (p.style ? `<w:pStyle w:val="${p.style}"/>` : '') +
    (p.keepNext ? KEEP_NEXT : '') +
    (p.keepLines ? '<w:keepLines/>' : '') +
    WIDOW_CONTROL +
    (p.bottomBorder ? `<w:pBdr>${borderXml('bottom', p.bottomBorder)}</w:pBdr>` : '') +
    tabs +
    `<w:spacing w:after="0" w:before="${p.before}" w:line="${p.line}" w:lineRule="exact"/>` +
    indentXml(p.indent) +
    `<w:jc w:val="${p.align}"/></w:pPr>${runs}</w:p>`
  );
}

const KEEP_NEXT = '<w:keepNext/>';
const WIDOW_CONTROL = '<w:widowControl/>';

/** A paragraph already written, kept on the page of the one after it (its place in w:pPr: before keepLines and widowControl). */
export function keptWithNext(xml: string): string {
  if (!xml.startsWith('<w:p>') || xml.includes(KEEP_NEXT)) return xml;
  const at = xml.indexOf('<w:keepLines/>') >= 0 ? xml.indexOf('<w:keepLines/>') : xml.indexOf(WIDOW_CONTROL);
  return at < 0 ? xml : xml.slice(0, at) + KEEP_NEXT + xml.slice(at);
}

const dxa = (name: string, w: number) => `<w:${name} w:type="dxa" w:w="${w}"/>`;

export interface TableFormat {
  width: number;
  columns: readonly number[];
  /** Cell margins in twips. */
  margins: { top: number; bottom: number; left: number; right: number };
  borders: { top: Border; left: Border; bottom: Border; right: Border; insideH: Border; insideV: Border };
  /** A table floating at the foot of the type area, anchored to the page at this distance from its left edge. */
  floatAtFootFromLeft?: number;
}

export interface CellXml {
  width: number;
  centred?: boolean;
  /** The cell's paragraphs, written. */
  content: string;
}

export interface RowXml {
  /** Repeated at the top of each page (implies cantSplit). */
  header?: boolean;
  cantSplit?: boolean;
  cells: readonly CellXml[];
}

function rowXml(r: RowXml): string {
  const props = r.header ? '<w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>' : r.cantSplit ? '<w:trPr><w:cantSplit/></w:trPr>' : '';
  const cells = r.cells.map((c) => `<w:tc><w:tcPr>${dxa('tcW', c.width)}${c.centred ? '<w:vAlign w:val="center"/>' : ''}</w:tcPr>${c.content}</w:tc>`);
  return `<w:tr>${props}${cells.join('')}</w:tr>`;
}

/** A table: fixed layout, no indent, the given grid, borders and cell margins. */
export function tableXml(t: TableFormat, rows: readonly RowXml[]): string {
  const b = t.borders;
  const m = t.margins;
  const float =
    t.floatAtFootFromLeft !== undefined ? `<w:tblpPr w:tblpX="${t.floatAtFootFromLeft}" w:horzAnchor="page" w:tblpYSpec="bottom" w:vertAnchor="margin"/>` : '';
  return (
    `<w:tbl><w:tblPr>${float}${dxa('tblW', t.width)}${dxa('tblInd', 0)}` +
    `<w:tblBorders>${borderXml('top', b.top)}${borderXml('left', b.left)}${borderXml('bottom', b.bottom)}${borderXml('right', b.right)}` +
    `${borderXml('insideH', b.insideH)}${borderXml('insideV', b.insideV)}</w:tblBorders><w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar>${dxa('top', m.top)}${dxa('left', m.left)}${dxa('bottom', m.bottom)}${dxa('right', m.right)}</w:tblCellMar></w:tblPr>` +
    `<w:tblGrid>${t.columns.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${rows.map(rowXml).join('')}</w:tbl>`
  );
}

/** The faces the text of a part is set in: its runs' rFonts (every run names its faces, fonts.ts). */
export function facesOf(xml: string, into: Set<string>): void {
  for (const m of xml.matchAll(/<w:rFonts [^>]*>/g)) for (const f of m[0].matchAll(/w:(?:ascii|eastAsia)="([^"]+)"/g)) into.add(f[1]!);
}
