// Numbered lines that mark a collection's pieces rather than head a speech's parts, and what only a
// document's head holds under a title (split.ts asks both):
//   · 「一、在全县防汛工作会议上的讲话」「二、…」: a run of numbered titles, in a collection without other marks;
//   · 「三、创卫工作推进会讲话稿 在全县…的讲话」: the number and the collection's theme before the piece's own
//     title, among pieces marked otherwise (「范文1：」「【第二篇】」), as 范文 sites paste them.
import {
  ADDRESSEES,
  CLOSING_START,
  DATED_OPENING,
  DATE_LINE,
  DOC_NUMBER,
  FIELD,
  ISSUER_DATE,
  SALUTATION,
  SALUTATION_RUN_ON,
  charLength,
  headLike,
  numbered,
  titleLike,
} from './marks.ts';
import type { Para } from './clean.ts';
import { ordinal } from './parts.ts';
import { speakerAndDate } from './speaker-date.ts';
import { convenes } from './separators.ts';

/** How many lines after a title its head (subtitle, date line, speaker, fields, salutation) may take. */
export const HEAD_REACH = 4;
/** The fields that open a meeting record: 时间：… 地点：… 主持人：… 参加人员：… 记录人：…, or a table's row 「时间 | …」. */
export const MEETING_FIELD = /^(?:会议)?(?:时间|日期|地点|主持人?|主\s*持|参加人员|参会人员|出席人员|出席|列席|缺席|记录人?|记\s*录|议题|会议主题|主题)(?:[：:]| \| )/;
const SPEAKER = /^[\u4e00-\u9fa5]{2,12}(?:书记|县长|区长|市长|镇长|乡长|主任|局长|部长|主席|同志)[\s\u3000]*[\u4e00-\u9fa5]{0,4}$/;
/** Who gives a 述职报告 or a 汇报, under its title: 「述职人：…」「汇报人：…」. */
const REPORTER = /^(?:述职|述廉|汇报|报告|发言|讲话|主讲)人[：:]/;
/** A 纪要's opening with the day but not the year (the year is in the date under its title): 「9月20日，镇长…主持召开…会议」. */
const CONVENED = /^[0-9]{1,2}月[0-9]{1,2}日[上下]?午?[，,][^。！？]{0,40}(?:主持召开|召开)/;

/**
 * 「一、在全县防汛工作会议上的讲话」「二、在全镇…上的讲话」: numbered lines whose text is a title
 * naming its kind, numbered from one on without a gap, all of the same kind, each opening a
 * document (a head follows it) or sharing the theme of the collection's title above them. A
 * speech's own parts are headings, not titles, so they are never taken.
 */
export function numberedTitles(paras: readonly Para[]): Map<number, { mark: string; title: string }> {
  const found: { i: number; n: number; number: string; title: string }[] = [];
  paras.forEach((p, i) => {
    if (p.contents) return;
    const n = numbered(p.text);
    if (!n || n.level === 4 || !titleLike(n.rest)) return;
    found.push({ i, n: ordinal(n.number), number: n.number, title: n.rest });
  });
  const out = new Map<number, { mark: string; title: string }>();
  if (found.length < 2 || found.some((f, k) => f.n !== k + 1)) return out;
  const kind = (t: string) => /(.{2})$/.exec(t.replace(/[（(][^（）()]{1,10}[）)]$/, ''))![1];
  const oneKind = new Set(found.map((f) => kind(f.title))).size === 1;
  const collection = paras.slice(0, found[0]!.i).find((p) => !p.contents && headLike(p.text))?.text ?? '';
  const opens = found.filter((f) => headFollows(paras, f.i + 1) || convenedAfterClosing(paras, f.i)).length;
  const themed = collection !== '' && found.every((f) => sharesTheme(f.title, collection));
  // Titles of several kinds (a 述职报告, then a 讲话) are pieces only when each opens its document.
  if (opens < found.length && !(oneKind && themed)) return out;
  // A lead before each title that the collection's title, or the other titles, repeat: the theme, part of the mark.
  const themes = [collection, ...found.map((f) => f.title)].filter((t) => t !== '');
  for (const f of found) out.set(f.i, themes.filter((t) => t !== f.title).map((t) => withLead(f.number, f.title, t)).find((m) => m) ?? { mark: f.number, title: f.title });
  return out;
}

/** Four characters in a row in common (「防汛工作」, 「环境整治」): the same theme. */
function sharesTheme(a: string, b: string): boolean {
  const chars = [...a];
  for (let i = 0; i + 4 <= chars.length; i++) if (b.includes(chars.slice(i, i + 4).join(''))) return true;
  return false;
}

/**
 * What only a document's head holds, within reach after `from`: a salutation, date line, speaker,
 * meeting field, a 公文's 主送 line or a minutes' dated opening (with its year, or with the day only). A 公文's 文号 and its issuer-and-date
 * line stand between a title and its head (「〔2022〕12号」「县人民政府办公室（spaces）2022年6月8日」): passed
 * over, not counted against the reach.
 */
export function headFollows(paras: readonly Para[], from: number): boolean {
  let reach = from + HEAD_REACH;
  for (let j = from; j < paras.length && j < reach; j++) {
    const t = paras[j]!.text;
    if (SALUTATION.test(t) || SALUTATION_RUN_ON.test(t) || DATE_LINE.test(t) || MEETING_FIELD.test(t) || SPEAKER.test(t) || REPORTER.test(t) || DATED_OPENING.test(t) || CONVENED.test(t) || ADDRESSEES.test(t) || speakerAndDate(t)) return true;
    if (DOC_NUMBER.test(t) || ISSUER_DATE.test(t)) {
      reach++;
      continue;
    }
    if (!(headLike(t) || FIELD.test(t)) || charLength(t) > 60) return false;
  }
  return false;
}


/** 「三、创卫工作推进会讲话稿 在全县…的讲话」: the number, a short lead (the theme), a space, the piece's title. */
const LEAD_AND_TITLE = /^(\S{2,30}?)[\s\u3000]+(\S.*)$/;

/** A speech's closing: 「同志们，…」, or a line ending in 「！」. */
const closing = (t: string): boolean => CLOSING_START.test(t) || /[！!]$/.test(t);

/** A title right after the closing of the speech before, over the meeting named (「今天，我们在这里召开…」): it opens its speech, no salutation under it. */
function convenedAfterClosing(paras: readonly Para[], i: number): boolean {
  return i > 0 && closing(paras[i - 1]!.text) && convenes(paras[i + 1]?.text ?? '');
}

/** 「三、」 then a lead repeating `theme` and the piece's own title (「创卫工作推进会讲话稿 在全县…的讲话」): the number and lead are the mark. */
function withLead(number: string, rest: string, theme: string): { mark: string; title: string } | undefined {
  const lead = LEAD_AND_TITLE.exec(rest);
  if (!lead || !titleLike(lead[2]!) || !headLike(lead[1]!) || !sharesTheme(lead[1]!, theme)) return undefined;
  return { mark: `${number}${lead[1]!}`, title: lead[2]! };
}

/**
 * Among pieces marked otherwise (「范文1：」「【第二篇】」), a numbered line that is a piece's mark: its
 * text a title of its own that repeats the collection's theme (the collection's title, or another
 * piece's title), after a lead of that theme (「三、创卫工作推进会讲话稿 在全县…的讲话」), or alone with a
 * head under it, numbered as the next piece or right after the closing of the piece before (「三、在全县…的讲话」
 * over 「同志们：」). The mark is the
 * number and the lead; the title stays. A speech's own part is a heading, never a title naming its
 * kind after the theme, so none is taken.
 */
export function themedNumbers(paras: readonly Para[], marks: ReadonlyMap<number, { title: string }>): Map<number, { mark: string; title: string }> {
  const out = new Map<number, { mark: string; title: string }>();
  const first = Math.min(...marks.keys());
  const collection = paras.slice(0, first).find((p) => !p.contents && headLike(p.text))?.text ?? '';
  const themes = [collection, ...[...marks.values()].map((m) => m.title)].filter((t) => t !== '');
  const themed = (t: string) => themes.some((theme) => sharesTheme(t, theme));
  paras.forEach((p, i) => {
    const n = p.contents || marks.has(i) ? undefined : numbered(p.text);
    if (!n || n.level === 4 || !titleLike(n.rest)) return;
    const led = themes.map((theme) => withLead(p.text.slice(0, p.text.length - n.rest.length), n.rest, theme)).find((m) => m);
    if (led) {
      out.set(i, led);
      return;
    }
    const before = [...marks.keys()].filter((k) => k < i).length;
    // Numbered as the next piece, or (a piece before it marked no way) right after the closing of the one before.
    const after = ordinal(n.number) === before + 1 || closing(paras[i - 1]?.text ?? '');
    if (after && themed(n.rest) && headFollows(paras, i + 1)) out.set(i, { mark: n.number, title: n.rest });
  });
  return out;
}
