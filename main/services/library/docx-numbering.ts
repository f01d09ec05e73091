// Word's automatic list numbers (一、 （一） 1. …): numbering.xml and styles.xml read into the
// counters a .docx's paragraphs are numbered with, in document order, and the number formats.
import { chineseNumber } from '../../../core/doc/grammar.ts';
import { child, children, type XmlElement } from './xml.ts';

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
  /** The outline level a heading style gives (w:outlineLvl, or 「heading N」/「标题 N」 by name): 0 for 标题 1. */
  outline?: number;
  /** Type size in half-points (w:sz of the style's run properties). */
  sz?: number;
}

interface Styles {
  byId: Map<string, Style>;
  defaultParagraph?: string;
  /** The document's default type size in half-points (w:docDefaults). */
  defaultSize?: number;
}

const val = (el: XmlElement | undefined): string | undefined => el?.attrs['w:val'];
export const int = (s: string | undefined): number | undefined => (s !== undefined && /^-?\d+$/.test(s) ? Number(s) : undefined);

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

export function parseNumbering(root: XmlElement | undefined): Numbering {
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

export function parseStyles(root: XmlElement | undefined): Styles {
  const byId = new Map<string, Style>();
  let defaultParagraph: string | undefined;
  const top = root && child(root, 'w:styles');
  const defaultSize = int(val(child(child(child(child(top, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr'), 'w:sz')));
  for (const s of children(top, 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const pPr = child(s, 'w:pPr');
    const numPr = child(pPr, 'w:numPr');
    const outline = int(val(child(pPr, 'w:outlineLvl'))) ?? headingByName(val(child(s, 'w:name')));
    const sz = int(val(child(child(s, 'w:rPr'), 'w:sz')));
    byId.set(id, { basedOn: val(child(s, 'w:basedOn')), numId: val(child(numPr, 'w:numId')), ilvl: int(val(child(numPr, 'w:ilvl'))), jc: val(child(pPr, 'w:jc')), outline, sz });
    if (s.attrs['w:type'] === 'paragraph' && (s.attrs['w:default'] === '1' || s.attrs['w:default'] === 'true')) defaultParagraph = id;
  }
  return { byId, defaultParagraph, defaultSize };
}

/** Word's built-in heading styles by name: 「heading 2」, 「标题 2」 → 1 (outline levels count from 0). */
function headingByName(name: string | undefined): number | undefined {
  const m = name ? /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim()) : null;
  return m ? Number(m[1]) - 1 : undefined;
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

  /** The outline level (0–8) a paragraph style gives through its basedOn chain; 9 and over is body text. */
  styleOutline(styleId: string | undefined): number | undefined {
    const level = this.resolved(styleId ?? this.styles.defaultParagraph).outline;
    return level !== undefined && level >= 0 && level <= 8 ? level : undefined;
  }

  /** The type size (half-points) a paragraph style gives its text, through its basedOn chain; else the document's default (Word's 10 pt when none is set). */
  styleSize(styleId: string | undefined): number {
    return this.resolved(styleId ?? this.styles.defaultParagraph).sz ?? this.styles.defaultSize ?? 20;
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
      out.outline ??= s.outline;
      out.sz ??= s.sz;
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
  outline?: number;
  sz?: number;
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

