// One DocModel, one way to write it: adjacent runs that carry the same attributes (the same source,
// or none) are one run, and no run is empty. The drafting engine returns drafts in this form and the
// editor reads its content back in it, so a draft that goes through the editor untouched comes back
// equal, and saving it makes no new version.
import { own } from '../own.ts';
import type { Block, DocModel, Run } from './model.ts';

function sameAttrs(a: Run, b: Run): boolean {
  const ka = Object.keys(a).filter((k) => k !== 'text');
  const kb = Object.keys(b).filter((k) => k !== 'text');
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  return ka.length === kb.length && ka.every((k) => own(ra, k) === own(rb, k));
}

/** Runs with empty ones dropped and neighbours of the same attributes joined. */
export function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const last = out[out.length - 1];
    if (last && sameAttrs(last, r)) out[out.length - 1] = { ...last, text: last.text + r.text };
    else out.push({ ...r });
  }
  return out;
}

const opt = (runs: Run[] | undefined): Run[] | undefined => (runs ? mergeRuns(runs) : runs);

function canonicalBlock(b: Block): Block {
  switch (b.type) {
    case 'heading':
    case 'labelled':
      return { ...b, runs: mergeRuns(b.runs) };
    case 'paragraph':
      return b.lead ? { ...b, runs: mergeRuns(b.runs), lead: { ...b.lead, runs: mergeRuns(b.lead.runs) } } : { ...b, runs: mergeRuns(b.runs) };
    case 'table':
      return { ...b, rows: b.rows.map((row) => row.map(mergeRuns)) };
  }
}

/** The document in its one written form (see above); keys keep their order. */
export function canonicalDoc(doc: DocModel): DocModel {
  const out: DocModel = { ...doc, title: mergeRuns(doc.title), blocks: doc.blocks.map(canonicalBlock) };
  for (const key of ['subtitle', 'dateLine', 'speakerLine', 'salutation', 'closing'] as const) if (doc[key]) out[key] = opt(doc[key]);
  if (doc.minutesHead) {
    const h = doc.minutesHead;
    out.minutesHead = { ...h, ...(h.issue ? { issue: mergeRuns(h.issue) } : {}), ...(h.organizer ? { organizer: mergeRuns(h.organizer) } : {}), ...(h.date ? { date: mergeRuns(h.date) } : {}) };
  }
  return out;
}
