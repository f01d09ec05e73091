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
  /** Code page of \'hh bytes (the current font's, else the document's). */
  codepage: number;
  /** In the font table: the font being defined. */
  fontDef?: number;
}

export const NOT_RTF = '不是有效的 RTF 文件';

export function rtfToText(bytes: Uint8Array): ReadText {
  const src = Buffer.from(bytes).toString('latin1');
  if (!src.startsWith('{\\rtf')) throw new Error(NOT_RTF);
  const out: string[] = [];
  let line = '';
  const headings: Heading[] = [];
  /** Pending \'hh bytes, decoded together (a GBK character is two). */
  let pending: number[] = [];
  let pendingCp = 1252;
  let docCp = 1252;
  const fonts = new Map<number, number>();
  const styleLevels = new Map<number, number>();
  let styleName = '';
  let styleNo: number | undefined;
  let level: number | undefined;
  let st: State = { skip: false, hidden: false, uc: 1, codepage: 1252 };
  const stack: State[] = [];
  let skipChars = 0;
  /** The group just opened: a \* makes it a destination to skip when its word is unknown. */
  let starred = false;
  let groupStart = false;

  const flush = () => {
    if (pending.length) {
      line += decodeCharset(new Uint8Array(pending), CODEPAGE_NAME(pendingCp));
      pending = [];
    }
  };
  const emit = (s: string) => {
    if (st.skip || st.hidden) return;
    if (st.fontDef !== undefined) return;
    flush();
    line += s;
  };
  const endLine = () => {
    flush();
    if (level !== undefined && line.trim()) headings.push({ line: out.length + 1, level });
    out.push(line);
    line = '';
  };

  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '{') {
      flush();
      stack.push(st);
      st = { ...st, fontDef: st.fontDef };
      groupStart = true;
      starred = false;
      continue;
    }
    if (c === '}') {
      flush();
      // A style's name ends with its group: 「heading 1;」「标题 2;」.
      if (styleNo !== undefined && stack.length >= 2) {
        const m = /(?:heading|标题)\s*([1-9])/i.exec(styleName);
        if (m) styleLevels.set(styleNo, Number(m[1]));
        styleNo = undefined;
        styleName = '';
      }
      st = stack.pop() ?? st;
      groupStart = false;
      continue;
    }
    if (c === '\r' || c === '\n') continue;
    if (c !== '\\') {
      groupStart = false;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      if (st.skip && styleNo !== undefined) {
        if (c !== ';') styleName += c;
        continue;
      }
      if (st.fontDef !== undefined) continue;
      emit(c);
      continue;
    }
    // A control symbol or word.
    const next = src[i + 1];
    if (next === undefined) break;
    if (next === "'") {
      const hex = src.slice(i + 2, i + 4);
      i += 3;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      if (st.skip || st.hidden || st.fontDef !== undefined) continue;
      if (pending.length && pendingCp !== st.codepage) flush();
      pendingCp = st.codepage;
      pending.push(parseInt(hex, 16));
      continue;
    }
    if (!/[A-Za-z]/.test(next)) {
      i++;
      // 「{\*\fldinst …}」: the group still starts with its word after the star.
      if (next !== '*') groupStart = false;
      if (skipChars > 0) {
        skipChars--;
        continue;
      }
      if (next === '*') starred = true;
      else if (next === '~') emit('\u00a0');
      else if (next === '_') emit('-');
      else if (next === '\\' || next === '{' || next === '}') emit(next);
      else if (next === '\n' || next === '\r') {
        if (!st.skip) endLine();
      }
      // (\- is an optional hyphen, \| and \: formula marks: nothing.)
      continue;
    }
    const m = /^([A-Za-z]{1,32})(-?[0-9]{1,10})? ?/.exec(src.slice(i + 1, i + 45))!;
    i += m[0].length;
    const word = m[1]!;
    const arg = m[2] === undefined ? undefined : Number(m[2]);
    const first = groupStart;
    groupStart = false;
    if (skipChars > 0 && word !== 'par') {
      skipChars--;
      continue;
    }
    if (first && (SKIP.has(word) || (starred && !['fldrslt', 'listtext', 'pntext', 'shptxt'].includes(word)))) {
      // Not text until the group closes (the style sheet's entries are still read for their heading names).
      st.skip = true;
      if (word === 'fonttbl') st.fontDef = -1;
      continue;
    }
    switch (word) {
      case 'ansicpg':
        if (arg) docCp = arg;
        st.codepage = docCp;
        break;
      case 'f':
        if (arg === undefined) break;
        if (st.fontDef !== undefined) st.fontDef = arg;
        else st.codepage = fonts.get(arg) ?? docCp;
        break;
      case 'fcharset':
        if (st.fontDef !== undefined && st.fontDef >= 0 && arg !== undefined) fonts.set(st.fontDef, CHARSET_CODEPAGE.get(arg) ?? docCp);
        break;
      case 's':
        if (st.skip && arg !== undefined && stack.some((s) => s.skip)) styleNo = arg;
        else if (!st.skip && arg !== undefined) level = styleLevels.get(arg) ?? level;
        break;
      case 'outlinelevel':
        if (!st.skip && arg !== undefined && arg >= 0 && arg <= 8) level = arg + 1;
        break;
      case 'pard':
        level = undefined;
        break;
      case 'plain':
        st.hidden = false;
        break;
      case 'v':
        st.hidden = arg !== 0;
        break;
      case 'uc':
        st.uc = arg ?? 1;
        break;
      case 'u':
        if (arg !== undefined) {
          emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg));
          skipChars = st.uc;
        }
        break;
      case 'par':
      case 'line':
      case 'sect':
        if (!st.skip && !st.hidden) endLine();
        break;
      case 'row':
        if (!st.skip && !st.hidden) {
          line = line.endsWith(CELL_SEPARATOR) ? line.slice(0, -CELL_SEPARATOR.length) : line;
          endLine();
        }
        break;
      case 'cell':
        emit(CELL_SEPARATOR);
        break;
      case 'tab':
        emit('\t');
        break;
      case 'page':
        if (!st.skip && !st.hidden) {
          endLine();
          out.push('\f');
        }
        break;
      case 'emdash':
        emit('—');
        break;
      case 'endash':
        emit('–');
        break;
      case 'lquote':
        emit('‘');
        break;
      case 'rquote':
        emit('’');
        break;
      case 'ldblquote':
        emit('“');
        break;
      case 'rdblquote':
        emit('”');
        break;
      case 'bullet':
        emit('•');
        break;
      default:
        break;
    }
  }
  endLine();
  // Paragraphs: trailing spaces off; a row's cells joined (a table row is a paragraph of its own).
  const text = out.map((l) => l.replace(/[ \t]+$/, '')).join('\n');
  return headings.length ? { text, encoding: 'rtf', headings } : { text, encoding: 'rtf' };
}
