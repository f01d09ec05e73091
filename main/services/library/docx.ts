// A .docx → its paragraphs' text, one paragraph a line, with the numbers Word's automatic lists
// draw (一、 （一） 1. …) written back in front of the paragraphs they belong to: they live in
// word/numbering.xml, not in the text, and without them a speech loses its outline.
//
// Read with jszip. A .docx is a zip, so a hostile one can be a zip bomb: the declared sizes are
// checked before anything is inflated, and the inflation itself is counted and stopped at the
// limit, since declared sizes can lie. Only the parts needed are inflated (the main document,
// numbering and styles); images and the rest are never decompressed.
import JSZip from 'jszip';
import { crc32 } from 'node:zlib';
import { chineseNumber } from '../../../core/doc/grammar.ts';
import { LibraryError, MAX_FILE_BYTES, tooLarge } from './errors.ts';
import { child, children, descendants, parseXmlTree, scanXml, type XmlElement } from './xml.ts';

export const NOT_DOCX = '不是有效的 .docx 文件';
export const ZIP_BOMB = '.docx 文件异常（解压后过大，可能是压缩炸弹）';

/** The parts read, inflated, may total at most this. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
/** A part larger than 1 MB may inflate at most this many times its compressed size. */
export const MAX_RATIO = 100;
/** All entries of the archive together may declare at most this (they are not all inflated). */
const MAX_DECLARED_TOTAL = 1024 * 1024 * 1024;

// jszip 3.10 (pinned) keeps the sizes from the central directory on `_data` and offers a
// pausable stream of the inflated bytes as `internalStream`; neither is in its type definitions.
interface ZipEntry extends JSZip.JSZipObject {
  _data?: { compressedSize?: number; uncompressedSize?: number; crc32?: number };
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const docx = await openDocx(bytes);
  const documentXml = await docx.parts.text(docx.documentPath);
  if (documentXml === undefined) throw new LibraryError(`${NOT_DOCX}（缺少正文 ${docx.documentPath}）`);
  return paragraphs(documentXml, await docx.numberer()).join('\n');
}

/** An opened .docx: its parts read under the zip-bomb limits, where the main document is, and what it names. */
export interface OpenedDocx {
  parts: PartReader;
  /** The main document part, e.g. word/document.xml. */
  documentPath: string;
  /** A part the main document names by relationship type (numbering, styles, comments), with a fallback path. */
  target(type: string, fallback: string): string;
  /** Word's list counters for the paragraphs in document order (numbering.xml and styles.xml read once). */
  numberer(): Promise<Numberer>;
}

/** Checks the bytes are a .docx (not empty, not too large, not an old .doc or encrypted file, a zip) and opens it. */
export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  if (bytes.length === 0) throw new LibraryError('文件为空');
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new LibraryError(`${NOT_DOCX}（这是旧版 Word 的 .doc 文件或加密的文档：请在 Word 中另存为 .docx 后再导入）`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new LibraryError(NOT_DOCX);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new LibraryError(NOT_DOCX);
  }
  let declaredTotal = 0;
  for (const entry of Object.values(zip.files) as ZipEntry[]) declaredTotal += entry._data?.uncompressedSize ?? 0;
  if (declaredTotal > MAX_DECLARED_TOTAL) throw new LibraryError(ZIP_BOMB);

  const parts = new PartReader(zip);
  const documentPath = await mainDocumentPath(parts);
  const rels = await parts.tree(relsPath(documentPath));
  const target = (type: string, fallback: string) => {
    const rel = rels && descendants(rels, 'Relationship').find((r) => (r.attrs.Type ?? '').endsWith(`/${type}`));
    return rel?.attrs.Target ? resolve(documentPath, rel.attrs.Target) : fallback;
  };
  const numberer = async () =>
    new Numberer(parseNumbering(await parts.tree(target('numbering', 'word/numbering.xml'))), parseStyles(await parts.tree(target('styles', 'word/styles.xml'))));
  return { parts, documentPath, target, numberer };
}

/** Inflates parts under the size, ratio and total limits. */
export class PartReader {
  private inflated = 0;
  constructor(private readonly zip: JSZip) {}

  async text(path: string): Promise<string | undefined> {
    const entry = this.zip.file(path) as ZipEntry | null;
    if (!entry || entry.dir) return undefined;
    const declared = entry._data?.uncompressedSize ?? 0;
    const compressed = entry._data?.compressedSize ?? 0;
    if (this.inflated + declared > MAX_INFLATED_BYTES) throw new LibraryError(ZIP_BOMB);
    if (declared > 1024 * 1024 && declared > compressed * MAX_RATIO) throw new LibraryError(ZIP_BOMB);
    // The declared size may lie: the inflation is counted and stopped at the declared size (or the
    // remaining budget, whichever is smaller).
    const limit = Math.min(declared, MAX_INFLATED_BYTES - this.inflated);
    const data = await inflateLimited(entry, limit);
    this.inflated += data.length;
    // Checked here, on the parts read, rather than by jszip at load (checkCRC32), which would
    // inflate every entry — images and whatever a zip bomb holds — before any limit applies.
    if (entry._data?.crc32 !== undefined && crc32(data) !== entry._data.crc32 >>> 0) throw new LibraryError(`${NOT_DOCX}（文件已损坏：校验不符）`);
    return new TextDecoder('utf-8').decode(data);
  }

  async tree(path: string): Promise<XmlElement | undefined> {
    const xml = await this.text(path);
    return xml === undefined ? undefined : parseXmlTree(xml);
  }
}

function inflateLimited(entry: ZipEntry, limit: number): Promise<Uint8Array> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    let stream: JSZip.JSZipStreamHelper<Uint8Array>;
    try {
      stream = entry.internalStream('uint8array');
    } catch {
      reject(new LibraryError(NOT_DOCX));
      return;
    }
    stream
      .on('data', (chunk) => {
        if (done) return;
        total += chunk.length;
        if (total > limit) {
          done = true;
          stream.pause();
          chunks.length = 0;
          reject(new LibraryError(ZIP_BOMB));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => {
        if (done) return;
        done = true;
        reject(new LibraryError(NOT_DOCX));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(total);
        let offset = 0;
        for (const c of chunks) {
          out.set(c, offset);
          offset += c.length;
        }
        resolvePromise(out);
      })
      .resume();
  });
}

async function mainDocumentPath(reader: PartReader): Promise<string> {
  const rels = await reader.tree('_rels/.rels');
  const rel = rels && descendants(rels, 'Relationship').find((r) => /\/officeDocument$/.test(r.attrs.Type ?? ''));
  return rel?.attrs.Target ? resolve('', rel.attrs.Target) : 'word/document.xml';
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that names it ('/word/x.xml' is absolute). */
function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

// ── numbering.xml and styles.xml ───────────────────────────────────────────────────────────────

interface Level {
  start: number;
  format: string;
  text: string;
  /** lvlRestart: restart after a use of this (1-based) level or a higher one; 0 never. */
  restart?: number;
  legal: boolean;
  suffix: 'tab' | 'space' | 'nothing';
  style?: string;
}

interface AbstractNum {
  levels: Map<number, Level>;
  numStyleLink?: string;
}

interface Num {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: Level }>;
}

interface Numbering {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, Num>;
}

interface Style {
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  /** Paragraph alignment (w:jc): 'center' for titles. */
  jc?: string;
}

interface Styles {
  byId: Map<string, Style>;
  defaultParagraph?: string;
}

const val = (el: XmlElement | undefined): string | undefined => el?.attrs['w:val'];
const int = (s: string | undefined): number | undefined => (s !== undefined && /^-?\d+$/.test(s) ? Number(s) : undefined);

/**
 * Word's own limit for a list's start value (its 起始编号 box stops here). A file may declare any
 * integer — 260,000,000 as lowerLetter would be a label of ten million letters — so starts are
 * clamped to this, and a label is never longer than MAX_LABEL.
 */
export const MAX_START = 32767;
/** Labels are short (一、 （三） 12.3.4); one longer than this is cut: it is a hostile file's, not a list's. */
export const MAX_LABEL = 32;

const startValue = (s: string | undefined): number | undefined => {
  const n = int(s);
  return n === undefined ? undefined : Math.max(0, Math.min(MAX_START, n));
};

function parseLevel(el: XmlElement): Level {
  const suff = val(child(el, 'w:suff'));
  return {
    start: startValue(val(child(el, 'w:start'))) ?? 0,
    format: val(child(el, 'w:numFmt')) ?? 'decimal',
    text: val(child(el, 'w:lvlText')) ?? '',
    restart: int(val(child(el, 'w:lvlRestart'))),
    legal: child(el, 'w:isLgl') !== undefined && val(child(el, 'w:isLgl')) !== '0' && val(child(el, 'w:isLgl')) !== 'false',
    suffix: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    style: val(child(el, 'w:pStyle')),
  };
}

function parseNumbering(root: XmlElement | undefined): Numbering {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, Num>();
  const top = root && child(root, 'w:numbering');
  for (const a of children(top, 'w:abstractNum')) {
    const levels = new Map<number, Level>();
    for (const l of children(a, 'w:lvl')) levels.set(int(l.attrs['w:ilvl']) ?? 0, parseLevel(l));
    abstracts.set(a.attrs['w:abstractNumId'] ?? '', { levels, numStyleLink: val(child(a, 'w:numStyleLink')) });
  }
  for (const n of children(top, 'w:num')) {
    const overrides = new Map<number, { start?: number; level?: Level }>();
    for (const o of children(n, 'w:lvlOverride')) {
      const lvl = child(o, 'w:lvl');
      overrides.set(int(o.attrs['w:ilvl']) ?? 0, { start: startValue(val(child(o, 'w:startOverride'))), level: lvl ? parseLevel(lvl) : undefined });
    }
    nums.set(n.attrs['w:numId'] ?? '', { abstractId: val(child(n, 'w:abstractNumId')) ?? '', overrides });
  }
  return { abstracts, nums };
}

function parseStyles(root: XmlElement | undefined): Styles {
  const byId = new Map<string, Style>();
  let defaultParagraph: string | undefined;
  for (const s of children(root && child(root, 'w:styles'), 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const pPr = child(s, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    byId.set(id, { basedOn: val(child(s, 'w:basedOn')), numId: val(child(numPr, 'w:numId')), ilvl: int(val(child(numPr, 'w:ilvl'))), jc: val(child(pPr, 'w:jc')) });
    if (s.attrs['w:type'] === 'paragraph' && (s.attrs['w:default'] === '1' || s.attrs['w:default'] === 'true')) defaultParagraph = id;
  }
  return { byId, defaultParagraph };
}

// ── counting ───────────────────────────────────────────────────────────────────────────────────

/**
 * Word's list counters. Paragraphs of lists that share an abstract definition continue one count
 * (as Word draws them) unless their w:num restarts a level with a startOverride; using a level
 * restarts the deeper ones (or those whose lvlRestart says so).
 */
export class Numberer {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly seen = new Set<string>();
  private readonly resolvedStyles = new Map<string, ResolvedStyle>();

  constructor(
    private readonly numbering: Numbering,
    private readonly styles: Styles,
  ) {}

  /** The label Word draws before a paragraph ('' when it has none), counting the paragraph. */
  label(direct: { numId?: string; ilvl?: number }, styleId: string | undefined): string {
    const fromStyle = this.styleNumbering(styleId ?? this.styles.defaultParagraph);
    const numId = direct.numId ?? fromStyle.numId;
    if (numId === undefined || numId === '0') return '';
    const num = this.numbering.nums.get(numId);
    if (!num) return '';
    const abstractId = this.abstractId(num);
    const abstract = this.numbering.abstracts.get(abstractId);
    if (!abstract) return '';
    let ilvl = direct.ilvl ?? (direct.numId === undefined ? fromStyle.ilvl : undefined);
    if (ilvl === undefined && styleId) {
      for (const [k, l] of abstract.levels) if (l.style === styleId) ilvl = k;
    }
    ilvl = Math.max(0, Math.min(8, ilvl ?? 0));
    const levelOf = (k: number) => num.overrides.get(k)?.level ?? abstract.levels.get(k);
    const startOf = (k: number) => num.overrides.get(k)?.start ?? levelOf(k)?.start ?? 0;
    const level = levelOf(ilvl);
    if (!level) return '';

    let values = this.counters.get(abstractId);
    if (!values) this.counters.set(abstractId, (values = []));
    if (!this.seen.has(numId)) {
      this.seen.add(numId);
      for (const [k, o] of num.overrides) if (o.start !== undefined) values[k] = undefined;
    }
    const current = values[ilvl];
    values[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let j = ilvl + 1; j < 9; j++) {
      const restart = levelOf(j)?.restart;
      if (restart === 0) continue;
      if (ilvl <= (restart ?? j) - 1) values[j] = undefined;
    }
    if (level.format === 'bullet') return '';
    const text = level.text
      .replace(/%([1-9])/g, (_, d: string) => {
        const k = Number(d) - 1;
        const l = levelOf(k);
        const format = level.legal && k !== ilvl ? 'decimal' : (l?.format ?? 'decimal');
        return formatNumber(values[k] ?? startOf(k), format);
      })
      .slice(0, MAX_LABEL);
    if (text === '' || level.suffix === 'nothing') return text;
    return /[\p{P}\s]$/u.test(text) ? text : text + (level.suffix === 'space' || /[0-9A-Za-z]$/.test(text) ? ' ' : '');
  }

  /** The alignment a paragraph style gives (through its basedOn chain). */
  styleAlignment(styleId: string | undefined): string | undefined {
    return this.resolved(styleId ?? this.styles.defaultParagraph).jc;
  }

  private abstractId(num: Num): string {
    // numStyleLink: the definition lives with the list style's own w:num.
    let id = num.abstractId;
    for (let hops = 0; hops < 5; hops++) {
      const link = this.numbering.abstracts.get(id)?.numStyleLink;
      if (!link) break;
      const numId = this.styleNumbering(link).numId;
      const linked = numId ? this.numbering.nums.get(numId) : undefined;
      if (!linked) break;
      id = linked.abstractId;
    }
    return id;
  }

  private styleNumbering(styleId: string | undefined): { numId?: string; ilvl?: number } {
    return this.resolved(styleId);
  }

  /**
   * A style with what its basedOn chain gives it, resolved once per style: walking the chain for
   * every paragraph was quadratic (8,000 styles each based on the previous: 25 s). The walk stops
   * after MAX_STYLE_DEPTH steps or at a cycle.
   */
  private resolved(styleId: string | undefined): ResolvedStyle {
    if (styleId === undefined) return {};
    const known = this.resolvedStyles.get(styleId);
    if (known) return known;
    const out: ResolvedStyle = {};
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id && !seen.has(id) && seen.size < MAX_STYLE_DEPTH; ) {
      seen.add(id);
      const s = this.styles.byId.get(id);
      if (!s) break;
      out.numId ??= s.numId;
      out.ilvl ??= s.ilvl;
      out.jc ??= s.jc;
      id = s.basedOn;
    }
    this.resolvedStyles.set(styleId, out);
    return out;
  }
}

/** Word's own styles are a few levels deep; a chain longer than this is a hostile file's. */
export const MAX_STYLE_DEPTH = 64;

interface ResolvedStyle {
  numId?: string;
  ilvl?: number;
  jc?: string;
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';

/** Word's letter lists: a … z, aa … zz, aaa …; past that (a list of more than 78 items) the number. */
function letters(n: number, base: string): string {
  const times = Math.floor((n - 1) / 26) + 1;
  return times > 3 ? String(n) : base[(n - 1) % 26]!.repeat(times);
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

export { chineseNumber } from '../../../core/doc/grammar.ts';

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseNumber(n);
    case 'chineseLegalSimplified':
      return chineseNumber(n, CN_LEGAL, ['', '拾', '佰', '仟']);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return String(n)
        .split('')
        .map((d) => CN_DIGITS[Number(d)])
        .join('');
    case 'ideographTraditional':
      return n >= 1 ? '甲乙丙丁戊己庚辛壬癸'[(n - 1) % 10]! : String(n);
    case 'ideographZodiac':
      return n >= 1 ? '子丑寅卯辰巳午未申酉戌亥'[(n - 1) % 12]! : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2488 + n - 1) : `${n}.`;
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'lowerLetter':
      return n >= 1 ? letters(n, 'abcdefghijklmnopqrstuvwxyz') : String(n);
    case 'upperLetter':
      return n >= 1 ? letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ') : String(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

// ── document.xml ───────────────────────────────────────────────────────────────────────────────

/** Elements whose content is not the document's visible text: tracked deletions, old properties, fallbacks. */
const SKIP = new Set(['w:del', 'w:moveFrom', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'mc:Fallback', 'w:instrText', 'w:delText']);

/** A w:br or w:cr inside a paragraph, until the paragraph's alignment is known. */
const SOFT_BREAK = '\u2028';

interface Para {
  text: string;
  numId?: string;
  ilvl?: number;
  style?: string;
  jc?: string;
  /** Depth of w:pPr open inside this paragraph (its own properties, not a nested paragraph's). */
  inPPr: number;
  inNumPr: boolean;
}

/** The non-empty paragraphs of document.xml, in order, each with its list label in front. */
function paragraphs(xml: string, numberer: Numberer): string[] {
  const out: string[] = [];
  const stack: Para[] = [];
  let skip = 0;
  let inText = 0;
  let inRun = 0;
  scanXml(xml, {
    // scanXml reports a self-closing element as an open followed by a close: counts stay balanced.
    open(name, attrs) {
      if (skip > 0 || SKIP.has(name)) {
        if (SKIP.has(name)) skip++;
        return;
      }
      const p = stack[stack.length - 1];
      switch (name) {
        case 'w:p':
          stack.push({ text: '', inPPr: 0, inNumPr: false });
          return;
        case 'w:pPr':
          if (p) p.inPPr++;
          return;
        case 'w:numPr':
          if (p && p.inPPr > 0) p.inNumPr = true;
          return;
        case 'w:numId':
          if (p?.inNumPr) p.numId = attrs['w:val'];
          return;
        case 'w:ilvl':
          if (p?.inNumPr) p.ilvl = int(attrs['w:val']);
          return;
        case 'w:pStyle':
          if (p && p.inPPr > 0) p.style = attrs['w:val'];
          return;
        case 'w:jc':
          if (p && p.inPPr > 0) p.jc = attrs['w:val'];
          return;
        case 'w:r':
          inRun++;
          return;
        case 'w:t':
          inText++;
          return;
        case 'w:tab':
          if (p && inRun > 0 && p.inPPr === 0) p.text += '\t';
          return;
        case 'w:br':
          // A page or column break ends a line; a line break is marked and decided at the paragraph's end.
          if (p && inRun > 0) p.text += attrs['w:type'] === 'page' || attrs['w:type'] === 'column' ? '\n' : SOFT_BREAK;
          return;
        case 'w:cr':
          if (p && inRun > 0) p.text += SOFT_BREAK;
          return;
        case 'w:noBreakHyphen':
          if (p && inRun > 0) p.text += '-';
          return;
      }
    },
    close(name) {
      if (skip > 0) {
        if (SKIP.has(name)) skip--;
        return;
      }
      const p = stack[stack.length - 1];
      switch (name) {
        case 'w:p': {
          const para = stack.pop();
          if (!para) return;
          const label = numberer.label({ numId: para.numId, ilvl: para.ilvl }, para.style);
          // In a centred paragraph (a title) a line break is layout: 「保障中央生态环境保护↵督察工作
          // 动员推进会纪要」 is one title. Elsewhere, and before a subtitle or date line, it ends a line.
          const centred = (para.jc ?? numberer.styleAlignment(para.style)) === 'center';
          const text = para.text
            .replace(/\u2028(?=(.?))/gsu, (_, next: string) => (centred && next !== '' && !/[—－\-（(〔\n\u2028]/.test(next) ? '' : '\n'))
            .replace(/\n+$/, '');
          if (text.trim() !== '') out.push(label + text);
          return;
        }
        case 'w:pPr':
          if (p && p.inPPr > 0) p.inPPr--;
          return;
        case 'w:numPr':
          if (p) p.inNumPr = false;
          return;
        case 'w:r':
          if (inRun > 0) inRun--;
          return;
        case 'w:t':
          if (inText > 0) inText--;
          return;
      }
    },
    text(text) {
      if (skip === 0 && inText > 0) {
        const p = stack[stack.length - 1];
        if (p) p.text += text;
      }
    },
  });
  return out;
}
