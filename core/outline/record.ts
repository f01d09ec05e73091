// A 会议记录's own structure. Its labels on lines of their own — 「议题：」, 「发言：」/「会议内容：」,
// 「议定事项：」/「会议决定：」 — open its groups: the topics, the talk, and what was decided, each apart
// (numbered 1,2 and 1,2,3 under one another they could not be told apart), and the decisions' label
// ends whatever came before it (a chair's remarks with their own 一、二、三、). And a record typed from a
// handwritten 记录本 puts a speaker's name (「王某某：」) or a roll's label (「出席：」) on a line over the
// words: the two are one passage, so that a turn found in a search says who spoke.
import type { Para } from './join.ts';
import { ISSUER_DATE, ROLL, SALUTATION, cellsRow, numbered } from './marks.ts';
import type { DocGenre, PassageRole } from './types.ts';

/** The groups of a record, by what their label says. */
const GROUPS: readonly (readonly [RegExp, PassageRole])[] = [
  [/^(?:会议|研究)?(?:议题|议程)$/, '其他'],
  [/^(?:会议)?(?:发言(?:记录|情况)?|讨论(?:情况|发言)?|内容|记录内容)$/, '其他'],
  [/^(?:会议)?(?:议定事项|决定事项|议决事项|议定|决定|决议|研究决定|商定事项)$/, '任务'],
];

/** A label alone on its line: a few words and a colon. */
const LABEL = /^([\u4e00-\u9fa5]{1,8})\s*[：:]$/;

/** The group a record's label line opens (its label as written, without the colon), if it is one. */
function recordGroup(text: string): { heading: string; role: PassageRole } | undefined {
  const m = LABEL.exec(text);
  if (!m) return undefined;
  for (const [re, role] of GROUPS) if (re.test(m[1]!)) return { heading: m[1]!, role };
  return undefined;
}

/**
 * The record's group labels by paragraph index. A label over a part 「一、…」 opens no group: the parts
 * under it are the groups (「会议内容：」 over 一、传达… 二、部署…).
 */
export function recordGroups(texts: readonly string[]): Map<number, { heading: string; role: PassageRole }> {
  const out = new Map<number, { heading: string; role: PassageRole }>();
  texts.forEach((t, k) => {
    const group = t.length <= 12 ? recordGroup(t) : undefined;
    if (group && numbered(texts[k + 1] ?? '')?.level !== 1) out.set(k, group);
  });
  return out;
}

/** The role of a record's group heading, if the heading is one (an unnumbered root the label made). */
export function recordGroupRole(heading: string): PassageRole | undefined {
  for (const [re, role] of GROUPS) if (re.test(heading)) return role;
  return undefined;
}

/** A record's field with its value: 「时间：…」「出席：…」 (never the words under a label). */
const FIELD_LINE = /^(?:会议)?(?:时间|日期|地点|主持人?|记录人?|出席|列席|请假|缺席|参加|参会)(?:人员)?[：:]/;

/** A line that is the words under a label: not a label, field, heading, table row or salutation of its own. */
function wordsLine(text: string): boolean {
  return !LABEL.test(text) && !FIELD_LINE.test(text) && !SALUTATION.test(text) && numbered(text) === undefined && !cellsRow(text);
}

/**
 * The record's paragraphs with each label alone on its line (「王某某：」「出席：」「主持人：」, not a group's
 * label nor a salutation) joined to the words on the line under it, as one paragraph of both lines.
 * The same array when there is none.
 */
export function joinLabels(body: readonly Para[]): readonly Para[] {
  let out: Para[] | undefined;
  for (let k = 0; k < body.length; k++) {
    const p = body[k]!;
    const next = body[k + 1];
    if (next && LABEL.test(p.text) && !recordGroup(p.text) && !SALUTATION.test(p.text) && p.heading === undefined && !next.contents && wordsLine(next.text)) {
      out ??= body.slice(0, k);
      out.push({ ...p, text: p.text + next.text, raw: [...p.raw, ...next.raw], gapAfter: next.gapAfter });
      k++;
    } else out?.push(p);
  }
  return out ?? body;
}

/** 「（散会）」: the record's end. */
const ADJOURNED = /^[（(]?散会[）)。]?$/;

/** What ends a 纪要 or a record under its last decision: its roll (出席/列席/请假), an issuer and a date, 「（散会）」. */
export function recordTail(text: string): boolean {
  return ROLL.test(text) || ISSUER_DATE.test(text) || ADJOURNED.test(text);
}

/** A meeting's own paper: a 纪要 (what was decided) or a 会议记录 (who said what). */
export const ofMeeting = (genre: DocGenre): boolean => genre === 'minutes' || genre === 'record';
