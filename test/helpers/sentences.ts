// Sentences of a draft, for measuring how alike two drafts read. Facts (runs with a source) are
// masked, so that two drafts are compared on their wording, not on their material.
import type { DocModel, Run } from '../../core/doc/model.ts';

const MASK = '□';

function masked(runs: readonly Run[] | undefined): string {
  return (runs ?? []).map((r) => (r.src ? MASK : r.text)).join('');
}

/** The masked sentences of the body that carry wording: at least 8 characters besides the masks. */
export function maskedSentences(doc: DocModel): Set<string> {
  const texts = [masked(doc.salutation), masked(doc.closing)];
  for (const b of doc.blocks) {
    if (b.type === 'paragraph') texts.push(masked(b.lead?.runs) + masked(b.runs));
    else if (b.type === 'heading') texts.push(masked(b.runs));
  }
  const out = new Set<string>();
  for (const t of texts) {
    for (const s of t.split(/(?<=[。！？；])/)) {
      const sentence = s.trim();
      if (sentence.replace(new RegExp(MASK, 'g'), '').replace(/[，。！？；：、“”（）]/g, '').length >= 8) out.add(sentence);
    }
  }
  return out;
}

/** Share of the smaller set's sentences that also occur in the other. */
export function sharedShare(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const s of small) if (large.has(s)) shared++;
  return small.size === 0 ? 0 : shared / small.size;
}
