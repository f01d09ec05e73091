// RTF (.rtf: Word, WPS and 写字板 save it; OA systems export it) → text, read here: one pass over the
// file, no LibreOffice to start (which took half a minute a file). Paragraphs one a line, table cells
// joined by 「 | 」, a page break as a form feed; hidden text (\v) and what is no text — the font,
// colour and style tables, the document's info, pictures, objects, field instructions, headers and
// footers, footnotes, any 「\*」 destination this reader does not know — left out. Characters come
// as \uN (with their fallback skipped) or as \'hh bytes in the document's code page (\ansicpg936:
// GBK) or the current font's charset (\fcharset134).
import { CELL_SEPARATOR } from '../../../core/outline/marks.ts';
import { decodeCharset } from './mime.ts';
import type { Heading, ReadText } from './read-text.ts';

/** Destinations whose text is not the document's. */
const SKIP = new Set([
  'fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'objdata', 'fldinst', 'header', 'headerl', 'headerr', 'headerf',
  'footer', 'footerl', 'footerr', 'footerf', 'footnote', 'annotation', 'atnid', 'atnauthor', 'xmlnstbl', 'listtable',
  'listoverridetable', 'rsidtbl', 'generator', 'themedata', 'colorschememapping', 'latentstyles', 'datastore', 'pgdsctbl',
  'revtbl', 'filetbl', 'bkmkstart', 'bkmkend', 'template', 'userprops', 'docvar', 'nonshppict', 'shpinst', 'sp', 'sv', 'sn', 'falt',
  'panose', 'mmathPr', 'wgrffmtfilter', 'protusertbl', 'ftnsep', 'ftnsepc', 'aftnsep', 'aftnsepc', 'xe', 'tc', 'background',
]);

/** Windows code page of an \fcharsetN. */
const CHARSET_CODEPAGE = new Map([[0, 1252], [128, 932], [129, 949], [134, 936], [136, 950], [161, 1253], [162, 1254], [177, 1255], [178, 1256], [186, 1257], [204, 1251], [238, 1250]]);
const CODEPAGE_NAME = (cp: number): string => (cp === 936 ? 'gb18030' : cp === 950 ? 'big5' : cp === 932 ? 'shift_jis' : cp === 949 ? 'euc-kr' : `windows-${cp}`);

interface State {
  skip: boolean;
  hidden: boolean;
  /** Characters to skip after \uN. */
  uc: number;
  /** The current font (\fN); undefined: the document's default (\deffN). */
  font?: number;
  /** In the font table: the font being defined. */
  fontDef?: number;
}

export const NOT_RTF = '不是有效的 RTF 文件';

/** Control words that stand for a character. */
const CHAR_WORDS = new Map([
  ['cell', CELL_SEPARATOR], ['tab', '\t'], ['emdash', '—'], ['endash', '–'], ['lquote', '‘'], ['rquote', '’'],
  ['ldblquote', '“'], ['rdblquote', '”'], ['bullet', '•'],
]);
/** Starred destinations that do hold the document's text. */
const TEXT_DESTINATIONS = ['fldrslt', 'listtext', 'pntext', 'shptxt'];

export function rtfToText(bytes: Uint8Array): ReadText {
  const src = Buffer.from(bytes).toString('latin1');
  if (!src.startsWith('{\\rtf')) throw new Error(NOT_RTF);
  return new RtfReader(src).read();
}

/** One pass over an RTF file's characters; the reader's state lives in its fields. */
class RtfReader {
  private readonly out: string[] = [];
  private line = '';
  private readonly headings: Heading[] = [];
  /** Pending \'hh bytes, decoded together (a GBK character is two). */
  private pending: number[] = [];
  private pendingCp = 1252;
  private docCp = 1252;
  private readonly fonts = new Map<number, number>();
  private readonly styleLevels = new Map<number, number>();
  private styleName = '';
  private styleNo: number | undefined;
  private level: number | undefined;
  private st: State = { skip: false, hidden: false, uc: 1 };
  private deff: number | undefined;
  private readonly stack: State[] = [];
  private skipChars = 0;
  /** The group just opened: a \* makes it a destination to skip when its word is unknown. */
  private starred = false;
  private groupStart = false;

  constructor(private readonly src: string) {}

  read(): ReadText {
    const src = this.src;
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (c === '{') this.open();
      else if (c === '}') this.close();
      else if (c === '\r' || c === '\n') continue;
      else if (c !== '\\') this.char(c);
      else {
        // A control symbol or word.
        const next = src[i + 1];
        if (next === undefined) break;
        if (next === "'") {
          this.hexByte(src.slice(i + 2, i + 4));
          i += 3;
        } else if (!/[A-Za-z]/.test(next)) {
          i++;
          this.symbol(next);
        } else {
          const m = /^([A-Za-z]{1,32})(-?[0-9]{1,10})? ?/.exec(src.slice(i + 1, i + 45))!;
          i += m[0].length;
          i += this.word(m[1]!, m[2] === undefined ? undefined : Number(m[2]));
        }
      }
    }
    this.endLine();
    // Paragraphs: trailing spaces off; a row's cells joined (a table row is a paragraph of its own).
    const text = this.out.map((l) => l.replace(/[ \t]+$/, '')).join('\n');
    return this.headings.length ? { text, encoding: 'rtf', headings: this.headings } : { text, encoding: 'rtf' };
  }

  /** Code page of \'hh bytes: the current font's charset, else the document's code page. */
  private codepage(): number {
    return this.fonts.get(this.st.font ?? this.deff ?? -1) ?? this.docCp;
  }

  private flush(): void {
    if (this.pending.length) {
      this.line += decodeCharset(new Uint8Array(this.pending), CODEPAGE_NAME(this.pendingCp));
      this.pending = [];
    }
  }

  private emit(s: string): void {
    if (this.st.skip || this.st.hidden) return;
    if (this.st.fontDef !== undefined) return;
    this.flush();
    this.line += s;
  }

  private endLine(): void {
    this.flush();
    if (this.level !== undefined && this.line.trim()) this.headings.push({ line: this.out.length + 1, level: this.level });
    this.out.push(this.line);
    this.line = '';
  }

  private open(): void {
    this.flush();
    this.stack.push(this.st);
    this.st = { ...this.st, fontDef: this.st.fontDef };
    this.groupStart = true;
    this.starred = false;
  }

  private close(): void {
    this.flush();
    // A style's name ends with its group: 「heading 1;」「标题 2;」.
    if (this.styleNo !== undefined && this.stack.length >= 2) {
      const m = /(?:heading|标题)\s*([1-9])/i.exec(this.styleName);
      if (m) this.styleLevels.set(this.styleNo, Number(m[1]));
      this.styleNo = undefined;
      this.styleName = '';
    }
    this.st = this.stack.pop() ?? this.st;
    this.groupStart = false;
  }

  private char(c: string): void {
    this.groupStart = false;
    if (this.skipChars > 0) {
      this.skipChars--;
      return;
    }
    if (this.st.skip && this.styleNo !== undefined) {
      if (c !== ';') this.styleName += c;
      return;
    }
    if (this.st.fontDef !== undefined) return;
    this.emit(c);
  }

  private hexByte(hex: string): void {
    if (this.skipChars > 0) {
      this.skipChars--;
      return;
    }
    if (this.st.skip || this.st.hidden || this.st.fontDef !== undefined) return;
    const cp = this.codepage();
    if (this.pending.length && this.pendingCp !== cp) this.flush();
    this.pendingCp = cp;
    this.pending.push(parseInt(hex, 16));
  }

  private symbol(next: string): void {
    // 「{\*\fldinst …}」: the group still starts with its word after the star.
    if (next !== '*') this.groupStart = false;
    if (this.skipChars > 0) {
      this.skipChars--;
      return;
    }
    if (next === '*') this.starred = true;
    else if (next === '~') this.emit('\u00a0');
    else if (next === '_') this.emit('-');
    else if (next === '\\' || next === '{' || next === '}') this.emit(next);
    else if (next === '\n' || next === '\r') {
      if (!this.st.skip) this.endLine();
    }
    // (\- is an optional hyphen, \| and \: formula marks: nothing.)
  }

  /** A control word; returns how many more characters to pass over (\binN's data). */
  private word(word: string, arg: number | undefined): number {
    const first = this.groupStart;
    this.groupStart = false;
    if (this.skipChars > 0 && word !== 'par') {
      this.skipChars--;
      return 0;
    }
    if (first && (SKIP.has(word) || (this.starred && !TEXT_DESTINATIONS.includes(word)))) {
      // Not text until the group closes (the style sheet's entries are still read for their heading names).
      this.st.skip = true;
      if (word === 'fonttbl') this.st.fontDef = -1;
      return 0;
    }
    const ch = CHAR_WORDS.get(word);
    if (ch !== undefined) this.emit(ch);
    // Binary data (a picture's bytes) follows: passed over whole, braces in it included.
    else if (word === 'bin') return Math.max(0, arg ?? 0);
    else this.stateWord(word, arg);
    return 0;
  }

  /** Words that change the state: code pages, fonts, styles, hidden text, paragraphs, rows, pages. */
  private stateWord(word: string, arg: number | undefined): void {
    const st = this.st;
    switch (word) {
      case 'ansicpg':
        if (arg) this.docCp = arg;
        break;
      case 'deff':
        this.deff = arg;
        break;
      case 'f':
        if (arg === undefined) break;
        if (st.fontDef !== undefined) st.fontDef = arg;
        else st.font = arg;
        break;
      case 'fcharset':
        if (st.fontDef !== undefined && st.fontDef >= 0 && arg !== undefined) this.fonts.set(st.fontDef, CHARSET_CODEPAGE.get(arg) ?? this.docCp);
        break;
      case 's':
        if (st.skip && arg !== undefined && this.stack.some((s) => s.skip)) this.styleNo = arg;
        else if (!st.skip && arg !== undefined) this.level = this.styleLevels.get(arg) ?? this.level;
        break;
      case 'outlinelevel':
        if (!st.skip && arg !== undefined && arg >= 0 && arg <= 8) this.level = arg + 1;
        break;
      case 'pard':
        this.level = undefined;
        break;
      case 'plain':
        st.hidden = false;
        st.font = undefined;
        break;
      case 'v':
        st.hidden = arg !== 0;
        break;
      case 'uc':
        st.uc = arg ?? 1;
        break;
      case 'u':
        if (arg !== undefined) {
          this.emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg));
          this.skipChars = st.uc;
        }
        break;
      case 'par':
      case 'line':
      case 'sect':
        if (!st.skip && !st.hidden) this.endLine();
        break;
      case 'row':
        if (!st.skip && !st.hidden) {
          this.line = this.line.endsWith(CELL_SEPARATOR) ? this.line.slice(0, -CELL_SEPARATOR.length) : this.line;
          this.endLine();
        }
        break;
      case 'page':
        if (!st.skip && !st.hidden) {
          this.endLine();
          this.out.push('\f');
        }
        break;
      default:
        break;
    }
  }
}
