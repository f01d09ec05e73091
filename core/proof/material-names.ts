// The names a document's own material gives — speaker, host, attendees, units, region — found as
// the fact runs a draft carries (`src` = the input field they came from). 校对 never corrects them:
// 建社村 or 王建社 is what the user typed in the material, not a slip.
import type { Block, DocModel, Run } from '../doc/model.ts';

/** Fields that hold names of people, places and units (the last step of a run's `src`). */
const NAME_FIELD = /(?:^|\.)(?:name|speaker|host|chair|attendees|participants|absent|present|lead|support|units|region|organizer|recorder|unit|department|place|venue)(?:\[\d+\])*(?:\.name)?$/u;

function runsOf(b: Block): Run[] {
  if (b.type === 'table') return b.rows.flat(2);
  return [...b.runs, ...(b.type === 'paragraph' && b.lead ? b.lead.runs : [])];
}

export function materialNames(doc: DocModel): string[] {
  const runs = [doc.title, doc.subtitle, doc.dateLine, doc.speakerLine, doc.salutation, doc.closing, doc.minutesHead?.organizer, ...doc.blocks.map(runsOf)].flatMap((r) => r ?? []);
  const names = new Set<string>();
  for (const r of runs) {
    const text = r.text.trim();
    if (r.src && NAME_FIELD.test(r.src) && text.length >= 2 && text.length <= 40) names.add(text);
  }
  return [...names];
}
