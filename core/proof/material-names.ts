// The names a document's own material gives — speaker, host, attendees, units, region — found as
// the fact runs a draft carries (`src` = the input field they came from). 校对 never corrects them:
// 建社村 or 王建社 is what the user typed in the material, not a slip. Its other facts (事例, a task's
// title …) are left alone by the guesses of 校对 (materialFacts).
import type { Block, DocModel, Run } from '../doc/model.ts';

/** Fields that hold names of people, places and units (the last step of a run's `src`). */
const NAME_FIELD = /(?:^|\.)(?:name|speaker|host|chair|attendees|participants|absent|present|lead|support|units|region|organizer|recorder|unit|department|place|venue)(?:\[\d+\])*(?:\.name)?$/u;

function runsOf(b: Block): Run[] {
  if (b.type === 'table') return b.rows.flat(2);
  return [...b.runs, ...(b.type === 'paragraph' && b.lead ? b.lead.runs : [])];
}

function factRuns(doc: DocModel): Run[] {
  return [doc.title, doc.subtitle, doc.dateLine, doc.speakerLine, doc.salutation, doc.closing, doc.minutesHead?.organizer, ...doc.blocks.map(runsOf)].flatMap((r) => r ?? []).filter((r) => r.src);
}

export function materialNames(doc: DocModel): string[] {
  const names = new Set<string>();
  for (const r of factRuns(doc)) {
    const text = r.text.trim();
    if (NAME_FIELD.test(r.src!) && text.length >= 2 && text.length <= 40) names.add(text);
  }
  return [...names];
}

/**
 * The other texts the material gives, as the draft carries them (a problem's 事例, a task's title,
 * a figure's label …): the user's facts, which 校对's guesses leave alone (core/proof/index.ts).
 */
export function materialFacts(doc: DocModel): string[] {
  const facts = new Set<string>();
  for (const r of factRuns(doc)) {
    const text = r.text.trim();
    if (!NAME_FIELD.test(r.src!) && text.length >= 2 && text.length <= 200) facts.add(text);
  }
  return [...facts].slice(0, 500);
}
