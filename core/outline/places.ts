// Place names a document is about: 「苕岭县人民政府…纪要」「在溇阳市湄江区…会上的讲话」「柏岗街道…」 name a
// county, a city's district, a street office. A heading harvested from one document must not carry
// them into another's draft: neither as the campaign's slot (「关于X—枫亭快速通道征地拆迁工作」 had the
// county's name cut out, and the user's campaign was pasted into another county's road project) nor
// left in its words (「推动苕岭X工作再上新台阶」). They are read from the title and the lines under it,
// where a document names its place in full. Pure.

/** The words that end the name of an administrative place (市场, 乡村 … are no such ends). */
const SUFFIX = '(?:省|自治区|市(?![场民容政])|县|区|镇|乡(?![村镇亲])|街道)';
/** A name starts after punctuation, a line's start, 在/于, or the suffix of the place it lies in (市 in 溇阳市湄江区). */
const NAMED = new RegExp(`(?:^|[^\\p{Script=Han}]|[在于省市县区])(?![在于])(\\p{Script=Han}{2,3}?)(?=${SUFFIX})`, 'gmu');
const SUFFIX_AT_START = new RegExp(`^${SUFFIX}`, 'u');
/** Words that open a phrase, not a name (全县, 各乡镇, 本区, 我市 …). */
const NOT_NAME = /[全各本我该每所辖此其这两]/u;
/** Lines read for places: the title and the head lines under it (date, speaker, issuing office). */
const HEAD_LINES = 6;

/** The names of the administrative places in `head` (a title and its head lines), suffix left off: 苕岭, 溇阳, 湄江. */
export function placeNames(head: string): Set<string> {
  const out = new Set<string>();
  // (Cut at the HEAD_LINES-th line break: the head is a whole document's text, not split for six lines.)
  let end = -1;
  for (let k = 0; k < HEAD_LINES && (end = head.indexOf('\n', end + 1)) >= 0; k++);
  const lines = end < 0 ? head : head.slice(0, end);
  for (const m of lines.matchAll(NAMED)) {
    const name = m[1]!;
    if (!NOT_NAME.test(name)) out.add(name);
  }
  return out;
}

/** Whether `text` holds one of `places`. */
export function namesPlace(text: string, places: ReadonlySet<string>): boolean {
  for (const p of places) if (text.includes(p)) return true;
  return false;
}

/** Whether `subject` is a place and nothing more (「苕岭」「苕岭县」): no campaign's name. */
export function onlyPlace(subject: string, places: ReadonlySet<string>): boolean {
  let rest = subject;
  for (const p of places) rest = rest.split(p).join('\n');
  const left = rest
    .split('\n')
    .map((piece) => piece.replace(SUFFIX_AT_START, ''))
    .join('');
  return left !== subject && [...left].length < 2;
}

/** The place (with its suffix, if written) that ends `before`: 「推动苕岭」 → 「苕岭」; none → ''. */
export function placeBefore(before: string, places: ReadonlySet<string>): string {
  for (const p of places) {
    const m = new RegExp(`${p}${SUFFIX}?$`, 'u').exec(before);
    if (m) return m[0];
  }
  return '';
}
