// A 公文's 版头, 附注 and 版记 (GB/T 9704) as red-headed 纪要 and 通知 hold them: the 发文机关标志 over the
// 发文字号 (with 签发人) heads the document and is not its title; the 抄送 line and the 「…印发」 line
// at its end are the print record, not text. Both are removed and reported (restorable). Removed,
// they also end the paragraph before them: a 纪要's 印发 line and the next 纪要's 版头 had been
// run together into one passage.
import { REASON, type Line } from './lines.ts';
import { ISSUER_DATE, titleLike } from './marks.ts';

/** 「某政办纪〔2025〕7号」, with the 签发人 after it on the same line or not. */
const ISSUE_NUMBER = /^[\u4e00-\u9fa5]{1,10}[〔［[][12][0-9]{3}[〕］\]]第?[0-9]{1,4}号(?:[\s\u3000]*签发人[：:][\s\u3000]*[\u4e00-\u9fa5·]{2,6}(?:[、，,\s\u3000]+[\u4e00-\u9fa5·]{2,6}){0,3})?$/;
/** A 纪要's number with no issuer's short name before it (「〔2026〕3号」): a 版头's only under a 纪要's mark (minutesHead). */
const BARE_NUMBER = /^[〔［[][12][0-9]{3}[〕］\]]第?[0-9]{1,4}号$/;
/** The 发文机关标志: the issuing body's name alone, 「某某县人民政府办公室」「中共某某县委办公室文件」. */
const ISSUER = '[\\u4e00-\\u9fa5（）()]{2,28}(?:办公室|办公厅|人民政府|政府|委员会|党委|党组|局|委|厅|部)';
const ISSUER_MARK = new RegExp(`^${ISSUER}(?:文件)?$`);
/**
 * A 纪要's mark (GB/T 9704 10.3) over its 文号: 「某某市人民政府会议纪要」, or 「会议纪要」 under the issuer's name,
 * letter-spaced as printed or not (「会 议 纪 要」).
 */
const MINUTES_MARK = new RegExp(`^(?:${ISSUER})?(?:专题|常务|办公|工作|联席|协调|现场办公)?会议纪要$`);
/** A series' issue in a 纪要's 版头 in place of a 文号: 「第12期」「（第3期）」「总第35期」. */
const PERIOD = /^[（(]?(?:总)?第[0-9一二三四五六七八九十〇零百]{1,5}期[）)]?$/;
/** The 版记's distribution: 「抄送：」, a 纪要's 「分送：」「抄报：」. */
const COPY_TO = /^(?:抄送|分送|抄报)[：:]/;
const MAIN_TO = /^主送(?:机关|单位)?[：:]/;
/**
 * 「某某县人民政府办公室 2025年6月16日印发」, also with the year and month or the year alone
 * (「…办公室 2025年印发」): how precisely the date is printed does not change what the line is.
 */
const PRINTED = /^[\u4e00-\u9fa5（）()]{2,30}[\s\u3000]+(?:19|20)[0-9]{2}年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?印发$/;

/**
 * A 公文's 附注 (GB/T 9704 7.3.7), in brackets under its date: whether it is published
 * (「（此件公开发布）」「（此件不予公开）」) and the contact for it (「（联系人：张某，电话：0871-6123456）」).
 * A note about the document, not its text: it had stayed as the speech's closing passage.
 */
export const ANNOTATION = /^[（(](?:(?:此件|本件)(?:公开发布|主动公开|依申请公开|不予公开|不公开|免予公开)|联系人[：:][^（）()]{1,30}(?:电话|手机)[：:]?[\s\u3000]*[0-9０-９][0-9０-９\-－—（）() ]{4,20}[^（）()]{0,12})[）)]$/;

/** Whether a line is a 发文字号 (「某政办纪〔2025〕7号」, with its 签发人 or not). */
export function issueNumber(text: string): boolean {
  return ISSUE_NUMBER.test(text.trim());
}

/** Marks the 版头 (issuer mark over an issue number) and the 版记 lines of every 公文 in the text. */
export function markIssueBlocks(lines: readonly Line[]): void {
  let prev: Line | undefined;
  let above: Line | undefined;
  for (const [i, l] of lines.entries()) {
    if (l.text === '') continue;
    // A 版头 every piece of a printed 汇编 repeats was taken for the pages' running header (its 文号 alone, digits aside,
    // when the issuers differ): it is the 版头 all the same.
    const before = above;
    if (l.removed === REASON.furniture && before && !before.kept && (!before.removed || before.removed === REASON.furniture) && ISSUE_NUMBER.test(l.text) && ISSUER_MARK.test(before.text)) before.removed = l.removed = REASON.masthead;
    above = l;
    if (l.removed || l.kept) continue;
    // (Each test only where the line can hold it: 抄送 opens its line, 印发 ends its, a bracket opens a 附注.)
    const t = l.text;
    if (((t[0] === '抄' || t[0] === '分') && COPY_TO.test(t)) || (t.endsWith('印发') && PRINTED.test(t))) {
      l.removed = REASON.colophon;
      // A 纪要's 主送 line right over its 抄送 (or 印发) line is of the 版记 too.
      if (before && !before.removed && !before.kept && MAIN_TO.test(before.text)) before.removed = REASON.colophon;
    } else if ((t[0] === '（' || t[0] === '(') && ANNOTATION.test(t)) l.removed = REASON.annotation;
    else if (ISSUE_NUMBER.test(t) || PERIOD.test(t) || BARE_NUMBER.test(t)) {
      const head = prev && !prev.removed && !prev.kept && ISSUE_NUMBER.test(t) && ISSUER_MARK.test(prev.text) ? [prev] : minutesHead(lines, i);
      if (head) for (const h of [...head, l]) h.removed = REASON.masthead;
    } else if (t.endsWith('纪要') && MINUTES_MARK.test(squeezed(t))) {
      const head = unnumberedHead(lines, i);
      if (head) for (const h of head) h.removed = REASON.masthead;
    }
    prev = l;
  }
}

const squeezed = (t: string) => t.replace(/[\s\u3000]+/g, '');

/**
 * The mark lines of a 纪要's 版头 over its 文号 at `i` — 「某某市人民政府会议纪要」, or the issuer's name over
 * 「会议纪要」 — when the 纪要's own title stands under the number; undefined otherwise. Every page of a printed
 * 汇集 repeats the mark, so it may have been taken for a running header: it is the 版头 all the same. A mark with
 * no title under its number is the 纪要's title (「县人民政府常务会议纪要」) and stays.
 */
function minutesHead(lines: readonly Line[], i: number): Line[] | undefined {
  const [mark, issuer] = around(lines, i, -1);
  if (!mark || !MINUTES_MARK.test(squeezed(mark.text))) return undefined;
  // (The issuing office, with the date or alone, may stand between the number and the title: 「某某区人民政府办公室 2026年3月16日」,
  // 「某某县人民政府办公室」 — the 版头's too.)
  const [next, after] = around(lines, i, 1);
  const dated = !!next && !next.removed && ((ISSUER_DATE.test(next.text) && /[\s\u3000]/.test(next.text)) || ISSUER_MARK.test(next.text));
  const title = dated ? after : next;
  if (!title || title.removed || !titleLike(title.text)) return undefined;
  const head = /^(?:专题|常务|办公|工作|联席|协调|现场办公)?会议纪要$/.test(squeezed(mark.text)) && issuer && ISSUER_MARK.test(issuer.text) ? [mark, issuer] : [mark];
  return dated ? [...head, next] : head;
}

/** A 纪要 titled by its rank (「第3次会议纪要」): a book of records' cover names it, no 版头. */
const RANKED = /^第[0-9一二三四五六七八九十百]{1,4}次/;

/**
 * A 纪要's mark with no 文号 under it (「会议纪要」 under the issuer's name, or 「某某市人民政府会议纪要」) right over the
 * 纪要's own title: the 版头 too. Not over a title by rank (a record book's cover over 「第1次会议纪要」) nor over another mark.
 */
function unnumberedHead(lines: readonly Line[], i: number): Line[] | undefined {
  const [title] = around(lines, i, 1);
  if (!title || title.removed || !title.text.endsWith('纪要') || !titleLike(title.text) || RANKED.test(title.text) || MINUTES_MARK.test(squeezed(title.text))) return undefined;
  const mark = lines[i]!;
  const [issuer] = around(lines, i, -1);
  return squeezed(mark.text) === '会议纪要' && issuer && !issuer.removed && ISSUER_MARK.test(issuer.text) ? [mark, issuer] : [mark];
}

/** The two lines with text before (`step` -1) or after (1) line `i`, past blank lines: live, or a page's running header. */
function around(lines: readonly Line[], i: number, step: 1 | -1): Line[] {
  const out: Line[] = [];
  for (let j = i + step; j >= 0 && j < lines.length && out.length < 2; j += step) {
    const l = lines[j]!;
    if (l.text === '' || l.pageBreak) continue;
    if (l.kept || (l.removed && l.removed !== REASON.furniture)) break;
    out.push(l);
  }
  return out;
}
