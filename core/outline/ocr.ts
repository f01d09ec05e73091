// What OCR does to a scanned document's lines that hides its shape, mended before the cleaning reads
// them — and the stamp a scanning app prints on every page, removed:
//
//   a title spaced out letter by letter   「关 于 全 县 … 的 讲 话」 → 「关于全县…的讲话」
//   a dash read for 一 in a heading       「—、认清形势」「（—）」「三 、」 → 「一、认清形势」「（一）」「三、」
//   a letter read for a digit in a date   「2O23年」「2023年5月1 2日」 → 「2023年」「2023年5月12日」
//   a scanning app's stamp                「扫描全能王 创建」 (alone on a line, or glued into one)
//
// Each mend is narrow: a line is respaced only when nearly all its characters stand apart, a dash only
// before 「、」 at a line's start or alone in brackets, a date only when the mended one is a real date.
// Pure; every pattern is anchored or bounded, and a line none of them can apply to is tested once.
import type { Removal } from './types.ts';
import { REASON, type Line } from './lines.ts';
import { HOLDS, mayHold } from './line-facts.ts';

/** A Han character, one or two ASCII spaces, a Han character (or a bracket, comma or 、 either side). */
const SPACED_PAIR = /([\u4e00-\u9fa5（）、，：])[ ]{1,2}(?=[\u4e00-\u9fa5（）、，：])/g;
/** A line spaced out has at most this many characters (a paragraph is not respaced). */
const SPACED_MAX = 200;

/** 「关 于 … 的 讲 话」: Han characters nearly all standing apart (OCR of a title set with letter spacing). */
function unspace(text: string): string | undefined {
  if (text.length > SPACED_MAX || !text.includes(' ')) return undefined;
  // Han characters (U+4E00–U+9FA5), counted by code unit: no surrogate falls in that range.
  let han = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fa5) han++;
  }
  if (han < 3) return undefined;
  const pairs = text.match(SPACED_PAIR)?.length ?? 0;
  // Nearly every character is followed by a space (「马 少 川」): a name written 「王\u3000强」 or two words apart are not.
  if (pairs >= 2 && pairs >= (han - 1) * 0.7) return text.replace(SPACED_PAIR, '$1');
  // A name spaced out after its post (「县委副书记\u3000周 立 新」): three characters or more, each standing alone.
  SPACED_RUN.lastIndex = 0;
  if (!SPACED_RUN.test(text)) return undefined;
  return text.replace(SPACED_RUN, (run) => run.replace(/ /g, ''));
}
/** Three single Han characters or more, one space apart, standing between spaces or the line's ends. */
const SPACED_RUN = /(?<=^|[\s\u3000])[\u4e00-\u9fa5](?: [\u4e00-\u9fa5]){2,}(?=$|[\s\u3000])/g;

/** 「—、」「- 、」 at a heading's start; 「（—）」 as a level-2 number. */
const DASH_ONE = /^[—―─－\-–‐][ \u3000]*(?=、)/;
const DASH_ONE_BRACKET = /^([（(])[—―─－\-–‐]([）)])/;
/** 「三 、」: a space OCR put between a heading's numeral and its 、. */
const SPACED_NUMBER = /^[一二三四五六七八九十]{1,3}[ \u3000]+(?=、)/;

function undash(text: string): string | undefined {
  const m = DASH_ONE.exec(text);
  if (m) return `一${text.slice(m[0].length)}`;
  const spaced = SPACED_NUMBER.exec(text);
  if (spaced) return `${spaced[0].trimEnd()}${text.slice(spaced[0].length)}`;
  if (DASH_ONE_BRACKET.test(text)) return text.replace(DASH_ONE_BRACKET, '$1一$2');
  return undefined;
}

/** A year, month and day as OCR may read them: letters O/o/I/l among the digits, spaces between them. */
const OCR_DATE = /(?<![0-9A-Za-z])(?:[12][0-9OoIl ]{2,5}[0-9OoIl][ ]?年(?:[ ]?[0-9OoIl][0-9OoIl ]{0,3}月(?:[ ]?[0-9OoIl][0-9OoIl ]{0,3}日)?)?|[0-9]{1,2}月[ ]?[0-9OoIl][0-9OoIl ]{0,3}日)/g;
const MAY_BE_DATE = /[OoIl ]/;
const YEAR = /^((?:19|20)[0-9]{2})年/;
const MONTH_DAY = /(?:^|年)([0-9]{1,2})月(?:([0-9]{1,2})日)?$/;

function mendDate(span: string): string {
  if (!MAY_BE_DATE.test(span)) return span;
  const mended = span.replace(/ /g, '').replace(/[Oo]/g, '0').replace(/[Il]/g, '1');
  if (mended.includes('年') && !YEAR.test(mended)) return span;
  const md = MONTH_DAY.exec(mended);
  if (md) {
    const month = Number(md[1]);
    const day = md[2] === undefined ? 1 : Number(md[2]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return span;
  } else if (!/年$/.test(mended)) return span;
  return mended;
}

function redate(text: string): string | undefined {
  // A date is mended only where it holds a letter or a space (mendDate): most lines' dates hold none.
  if ((!text.includes('年') && !text.includes('日')) || !MAY_BE_DATE.test(text)) return undefined;
  OCR_DATE.lastIndex = 0;
  if (!OCR_DATE.test(text)) return undefined;
  const out = text.replace(OCR_DATE, mendDate);
  return out === text ? undefined : out;
}

/** A scanning app's stamp, printed on every page it made: 「扫描全能王 创建」「由 CamScanner 扫描创建」. */
const STAMP = /(?:由[ \u3000]?)?(?:扫描全能王|全能扫描王|CamScanner|夸克扫描王)(?:[ \u3000]{0,2}(?:扫描)?(?:创建|生成))?/g;
const STAMP_WORD = /扫描全能王|全能扫描王|CamScanner|夸克扫描王/;

/**
 * A line as OCR left it, mended: a stamp cut out (and reported; the line removed when nothing else is
 * on it), spacing, dashes and dates mended. Returns how many mends were made (the report counts them).
 */
export function mendOcr(line: Line, removed: Removal[]): number {
  let text = line.text;
  if (mayHold(text, line.facts, HOLDS.stamp) && STAMP_WORD.test(text)) {
    const stamps: string[] = [];
    text = text.replace(STAMP, (s) => {
      stamps.push(s);
      return '';
    }).trim();
    if (text === '') {
      line.removed = REASON.stamp;
      return 0;
    }
    for (const s of stamps) removed.push({ line: line.no, text: s, reason: REASON.stamp });
  }
  let mends = 0;
  for (const mend of [unspace, undash, redate]) {
    const out = mend(text);
    if (out !== undefined) {
      text = out;
      mends++;
      if (mend === unspace) line.spaced = true;
    }
  }
  line.text = text;
  return mends;
}
