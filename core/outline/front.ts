// What comes before a document's body: its title (a collection's mark and an editor's note cut from it)
// and the head lines under it — subtitle, date line, issuer, speaker, salutation (outline.ts builds the rest).
import type { Para } from './clean.ts';
import type { Removal } from './types.ts';
import { cutTail } from './head-text.ts';
import { speakerAndDate } from './speaker-date.ts';
import { REASON } from './lines.ts';
import {
  CLOSING_START, COLLECTION_MARK, DATE_LINE, FIELD, PART_WORD,
  SALUTATION, SALUTATION_RUN_ON, SPEAKER_LINE, charLength, headLike, titleLike, ISSUER_LINE, isDateLine,
} from './marks.ts';

export const TITLE_REASON = '合集标记';
/** An editor's note on how the text was made, after a title or a speaker: 「（根据录音整理）」「（录音整理稿，未经本人审阅）」. */
const EDITING_NOTE = /[（(][^（）()]{0,4}(?:录音整理|记录整理|未经本人审阅)[^（）()]{0,10}[）)]$/;

/** What comes before the body: the title and the head lines under it. */
export interface Front {
  title: string;
  /** The title's line as the file has it, when the title is less than it (「郭晓峰：在…上的讲话」: a name before it). */
  titleLine?: string;
  subtitle?: string;
  dateLine?: string;
  speaker?: string;
  /** 「县人民政府办公室」 over a 纪要's date. */
  issuer?: string;
  /** The subtitle, date line, speaker and issuer in the order the file has them (a speaker over the date, or under it). */
  head: string[];
  salutation?: string;
  /** The rest, starting with what follows a salutation on its own line (「同志们：今天…」). */
  body: Para[];
}

/** A name and a colon before a speech's title, as a 选编 heads its pieces: 「郭晓峰：在全区…推进会上的讲话」. */
const NAMED_TITLE = /^(\p{Script=Han}{2,4}?)(?:同志)?[：:][\s\u3000]*(在\p{Script=Han}[^：:]*(?:上|时)的(?:讲话|发言|致辞|讲稿|总结讲话|主持词|工作报告|报告)(?:[（(][^（）()]{1,12}[）)])?)$/u;
/** What stands before a colon and is no one's name: 「题目：」「附件：」「范文：」. */
const NOT_NAME = /^(?:题目|标题|主题|附件|材料|范文|篇目|讲话|发言|文章|原文|全文|正文|附录|例文|样文|会议|议题)$/;

const TITLE_TAILS: readonly (readonly [RegExp, string])[] = [
  [COLLECTION_MARK, TITLE_REASON],
  [EDITING_NOTE, REASON.editing],
];

/** Whether the first paragraph is the title: not a salutation or part word, and title-like or a short heading-like line. */
function isTitle(text: string): boolean {
  if (SALUTATION.test(text) || SALUTATION_RUN_ON.test(text) || PART_WORD.test(text)) return false;
  return titleLike(text) || (headLike(text) && !FIELD.test(text) && !CLOSING_START.test(text) && !DATE_LINE.test(text));
}

/** The title (a collection's mark cut from it, unless kept) and up to four head lines: subtitle, date line, speaker, salutation. */
export function readFront(all: readonly Para[], removed: Removal[], keep: ReadonlySet<number>): Front {
  // Lines the user brought back ahead of the title (a piece's mark 「篇一」, a page's navigation) are
  // text of the body, not the title: the title is looked for after them.
  let lead = 0;
  while (lead < all.length && all[lead]!.keptWhole) lead++;
  const text = all.slice(lead);
  let i = 0;
  let title = '';
  const first = text[0];
  if (first && isTitle(first.text)) {
    title = first.text;
    // A collection's mark, then an editor's note, cut from the title and reported (restorable).
    for (const [pattern, reason] of keep.has(first.line) ? [] : TITLE_TAILS) title = cutTail(title, first.line, pattern, reason, removed);
    i = 1;
  }
  const front: Omit<Front, 'body'> = { title, head: [] };
  let runOn: Para | undefined;
  for (let k = 0; k < 4 && i < text.length; k++) {
    const t = text[i]!.text;
    if (SALUTATION.test(t)) {
      front.salutation = t;
      i++;
      break;
    }
    const run = SALUTATION_RUN_ON.exec(t);
    if (run) {
      front.salutation = run[0];
      runOn = { ...text[i]!, text: t.slice(run[0].length).trimStart() };
      i++;
      break;
    }
    if (!title) break;
    // 「县水利局局长 马骏（2024年5月8日）」: who and when on one line — apart, the line kept as written.
    const glued = front.speaker || front.dateLine ? undefined : speakerAndDate(t);
    if (glued) {
      front.head.push(t);
      Object.assign(front, { speaker: glued.speaker, dateLine: glued.date });
    } else if (!front.subtitle && !front.dateLine && /^——/.test(t)) front.head.push((front.subtitle = t));
    else if (!front.dateLine && isDateLine(t)) front.head.push((front.dateLine = t));
    // A 纪要's issuing office over (or under) its date: 「县人民政府办公室」 then 「2026年3月5日」.
    else if (!front.issuer && !front.speaker && ISSUER_LINE.test(t) && (front.dateLine !== undefined || isDateLine(text[i + 1]?.text ?? ''))) front.head.push((front.issuer = t));
    else if (!front.speaker && headLike(t) && charLength(t) <= 30 && (opensSpeech(text[i + 1]?.text ?? '') || SPEAKER_LINE.test(t)))
      front.head.push((front.speaker = keep.has(text[i]!.line) ? t : cutTail(t, text[i]!.line, EDITING_NOTE, REASON.editing, removed)));
    // A speech's meeting fields over its salutation (「时间：…」「地点：…」「讲话人：…」, a knowledge base's folding box): head
    // lines, not counted against the four — a 纪要's or a record's fields have no salutation under them, and stay its text.
    else if (infoFields(text, i)) {
      front.head.push(t);
      k--;
    } else break;
    i++;
  }
  // 「郭晓峰：在…上的讲话」: the name before the colon is who spoke, the rest the title; the line stays as the file has it.
  const named = NAMED_TITLE.exec(front.title);
  if (named && !NOT_NAME.test(named[1]!) && titleLike(named[2]!)) Object.assign(front, { titleLine: front.title, title: named[2]!, speaker: front.speaker ?? named[1]! });
  return Object.assign(front, { body: lead === 0 && !runOn ? text.slice(i) : [...all.slice(0, lead), ...(runOn ? [runOn, ...text.slice(i)] : text.slice(i))] });
}

/** A meeting's field on a speech's head: its time, place or speaker. */
const INFO_FIELD = /^(?:会议)?(?:时间|地点|日期)[：:]|^(?:讲话人|主讲人|发言人|讲话领导)[：:]/;
/** How many such fields a speech's head holds at most. */
const INFO_MAX = 4;

/** Whether `text[i]` starts (or goes on) a run of meeting fields that a salutation follows. */
function infoFields(text: readonly Para[], i: number): boolean {
  let j = i;
  while (j < text.length && j - i < INFO_MAX && INFO_FIELD.test(text[j]!.text) && charLength(text[j]!.text) <= 40) j++;
  const next = text[j]?.text ?? '';
  return j > i && (SALUTATION.test(next) || SALUTATION_RUN_ON.test(next));
}

/** What may follow a speaker's line: a date line, or the salutation (「同志们：」「老师们、同志们：」「尊敬的…：」). */
function opensSpeech(next: string): boolean {
  return /^(?:同志们|各位)/.test(next) || SALUTATION.test(next) || SALUTATION_RUN_ON.test(next) || DATE_LINE.test(next);
}

