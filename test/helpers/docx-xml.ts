// Reading a .docx back for assertions: its parts parsed (see xml.ts), and the paragraph and run
// properties a reader of the file would see in Word's dialogs.
import JSZip from 'jszip';
import { ancestor, child, elements, findAll, parseXml } from './xml.ts';
import type { XmlElement } from './xml.ts';

export interface DocxParts {
  document: XmlElement;
  styles: XmlElement;
  settings: XmlElement;
  /** The footers the section refers to, by type (default = odd pages once evenAndOddHeaders is on). */
  footers: Partial<Record<'default' | 'even' | 'first', XmlElement>>;
  /** Every XML part as text, by path. */
  xml: Record<string, string>;
}

export async function readDocx(data: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(data);
  const xml: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (name.endsWith('.xml') || name.endsWith('.rels')) xml[name] = await zip.file(name)!.async('string');
  }
  const part = (name: string) => {
    const text = xml[name];
    if (text === undefined) throw new Error(`docx: no ${name}`);
    return parseXml(text);
  };
  const document = part('word/document.xml');
  const rels = elements(part('word/_rels/document.xml.rels'));
  const footers: DocxParts['footers'] = {};
  for (const ref of findAll(document, 'w:footerReference')) {
    const rel = rels.find((r) => r.attrs.Id === ref.attrs['r:id']);
    if (!rel) throw new Error(`docx: footer relationship ${ref.attrs['r:id']} missing`);
    footers[ref.attrs['w:type'] as 'default' | 'even' | 'first'] = part(`word/${rel.attrs.Target}`);
  }
  return { document, styles: part('word/styles.xml'), settings: part('word/settings.xml'), footers, xml };
}

export function body(doc: XmlElement): XmlElement {
  const b = child(doc, 'w:body');
  if (!b) throw new Error('docx: no w:body');
  return b;
}

/** Paragraphs directly in the body (not in tables). */
export function bodyParagraphs(doc: XmlElement): XmlElement[] {
  return elements(body(doc)).filter((e) => e.name === 'w:p');
}

/** Paragraphs inside table cells. */
export function cellParagraphs(doc: XmlElement): XmlElement[] {
  return findAll(body(doc), 'w:p').filter((p) => ancestor(p, 'w:tc'));
}

export function runs(p: XmlElement): XmlElement[] {
  return findAll(p, 'w:r');
}

/** The text of a run or paragraph as printed: w:t text, w:tab as a tab. */
export function text(el: XmlElement): string {
  return collect(el);
}

function collect(el: XmlElement): string {
  let out = '';
  for (const c of elements(el)) {
    if (c.name === 'w:t') out += c.children.filter((x): x is string => typeof x === 'string').join('');
    else if (c.name === 'w:tab' && el.name === 'w:r') out += '\t';
    else if (c.name !== 'w:pPr' && c.name !== 'w:rPr') out += collect(c);
  }
  return out;
}

export function pPr(p: XmlElement, name: string): XmlElement | undefined {
  return child(child(p, 'w:pPr'), name);
}

export function rPr(r: XmlElement, name: string): XmlElement | undefined {
  return child(child(r, 'w:rPr'), name);
}

/** An attribute as a number, or undefined when missing. */
export function num(el: XmlElement | undefined, attr: string): number | undefined {
  const v = el?.attrs[attr];
  return v === undefined ? undefined : Number(v);
}

/** CT_OnOff: present and not 0/false/off. */
export function isOn(el: XmlElement | undefined): boolean {
  if (!el) return false;
  const v = el.attrs['w:val'];
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

/** CT_OnOff explicitly switched off. */
export function isOff(el: XmlElement | undefined): boolean {
  return !!el && ['0', 'false', 'off'].includes(el.attrs['w:val'] ?? '');
}

export interface Fonts {
  eastAsia?: string;
  ascii?: string;
  hAnsi?: string;
  cs?: string;
  hint?: string;
}

export function fontsOf(rPrOrRun: XmlElement): Fonts {
  const rFonts = rPrOrRun.name === 'w:r' ? rPr(rPrOrRun, 'w:rFonts') : child(rPrOrRun, 'w:rFonts');
  const a = rFonts?.attrs ?? {};
  return { eastAsia: a['w:eastAsia'], ascii: a['w:ascii'], hAnsi: a['w:hAnsi'], cs: a['w:cs'], hint: a['w:hint'] };
}

/** A run's East Asian face, size in half-points, bold, colour and character spacing. */
export function runProps(r: XmlElement) {
  return {
    font: fontsOf(r).eastAsia,
    size: num(rPr(r, 'w:sz'), 'w:val'),
    sizeCs: num(rPr(r, 'w:szCs'), 'w:val'),
    bold: isOn(rPr(r, 'w:b')),
    color: rPr(r, 'w:color')?.attrs['w:val'],
    spacing: num(rPr(r, 'w:spacing'), 'w:val'),
  };
}

export function styleOf(p: XmlElement): string | undefined {
  return pPr(p, 'w:pStyle')?.attrs['w:val'];
}

/** A style element of styles.xml by its id. */
export function styleById(styles: XmlElement, id: string): XmlElement | undefined {
  return elements(styles).find((s) => s.name === 'w:style' && s.attrs['w:styleId'] === id);
}

/** The text of runs grouped by East Asian face, in order: [['黑体', '一、关于…。'], ['仿宋_GB2312', '会议…']]. */
export function fontSpans(p: XmlElement): [string | undefined, string][] {
  const spans: [string | undefined, string][] = [];
  for (const r of runs(p)) {
    const font = fontsOf(r).eastAsia;
    const last = spans[spans.length - 1];
    if (last && last[0] === font) last[1] += text(r);
    else spans.push([font, text(r)]);
  }
  return spans;
}

// XML 1.0's Char production, written out here independently of core/doc/xml-text.ts, so that a test
// of the sanitiser does not check it against itself.
// eslint-disable-next-line no-control-regex -- the control characters are what is looked for
const BAD_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const legal = (c: number) => c === 9 || c === 10 || c === 13 || (c >= 0x20 && c < 0xd800) || (c > 0xdfff && c < 0xfffe) || (c >= 0x10000 && c <= 0x10ffff);

/** Why the .docx's XML parts would make Word or LibreOffice refuse the file; empty when none. */
export async function docxXmlProblems(data: Uint8Array): Promise<string[]> {
  const problems: string[] = [];
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data, { checkCRC32: true });
  } catch (err) {
    return [`not a zip: ${(err as Error).message}`];
  }
  for (const name of Object.keys(zip.files)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    const text = await zip.file(name)!.async('string');
    const bad = BAD_CHAR.exec(text);
    if (bad) problems.push(`${name}: character U+${bad[0].charCodeAt(0).toString(16).toUpperCase()} at ${bad.index}`);
    for (const m of text.matchAll(/&#(x[0-9a-fA-F]+|\d+);/g)) {
      const code = m[1]!.startsWith('x') ? parseInt(m[1]!.slice(1), 16) : Number(m[1]);
      if (!legal(code)) problems.push(`${name}: reference ${m[0]} to a character XML cannot hold`);
    }
    try {
      parseXml(text);
    } catch (err) {
      problems.push(`${name}: ${(err as Error).message}`);
    }
  }
  return problems;
}
