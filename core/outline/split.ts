// A collection into documents: at 「篇一」「第二篇」 markers, and at a repeated salutation
// (「同志们：」) with its title line before it (and any date or speaker line between them).
import type { Para } from './clean.ts';
import type { Removal } from './types.ts';
import { PIECE, SALUTATION, SALUTATION_RUN_ON, headLike, titleLike } from './marks.ts';

export const SPLIT_REASON = { piece: '篇目标记', collection: '合集标题' } as const;

/** How far before a salutation its title may stand (title, subtitle, date line, speaker). */
const HEAD_REACH = 4;

/** `keep`: raw lines whose removal the user undid — a 篇目 marker kept is no cut, a collection title kept opens the first document. */
export function split(paras: readonly Para[], keep: ReadonlySet<number> = new Set()): { docs: Para[][]; removed: Removal[] } {
  const removed: Removal[] = [];
  const starts: number[] = [];
  const body: Para[] = [];
  let pieces = 0;
  let salutations = 0;
  let start = 0;
  for (const p of paras) {
    if (!p.contents) {
      const piece = keep.has(p.line) ? null : PIECE.exec(p.text);
      if (piece) {
        pieces++;
        const rest = p.text.slice(piece[0].length).replace(/^[\s\u3000：:、.．]+/, '');
        removed.push({ line: p.line, text: rest ? p.text.slice(0, p.text.length - rest.length) : p.text, reason: SPLIT_REASON.piece });
        start = body.length;
        starts.push(start);
        salutations = 0;
        if (rest) body.push({ ...p, text: rest });
        continue;
      }
      if (SALUTATION.test(p.text) || SALUTATION_RUN_ON.test(p.text)) {
        if (salutations > 0) {
          const at = titleBefore(body, start);
          if (at !== undefined) {
            start = at;
            starts.push(at);
            salutations = 0;
          }
        }
        salutations++;
      }
    }
    body.push(p);
  }

  const cuts = [...new Set([0, ...starts])].sort((a, b) => a - b);
  const docs: Para[][] = [];
  let carried: Para[] = [];
  cuts.forEach((from, k) => {
    const slice = [...carried, ...body.slice(from, cuts[k + 1] ?? body.length)];
    carried = [];
    if (slice.length === 0) return;
    // Before the first 篇一: the collection's own title (「…讲话稿（三篇）」) is not a document.
    if (k === 0 && pieces > 0 && from === 0 && cuts.length > 1 && slice.every((p) => p.contents || headLike(p.text))) {
      // Kept by the user: it heads the first document rather than standing alone as one.
      if (slice.some((p) => keep.has(p.line))) {
        carried = slice;
        return;
      }
      for (const p of slice) if (!p.contents) removed.push({ line: p.line, text: p.text, reason: SPLIT_REASON.collection });
      return;
    }
    if (slice.every((p) => p.contents)) return;
    docs.push(slice);
  });
  return { docs, removed };
}

/** The title line of a document whose salutation comes next, if there is one. */
function titleBefore(body: readonly Para[], from: number): number | undefined {
  for (let j = body.length - 1; j > from && j >= body.length - HEAD_REACH; j--) {
    const t = body[j]!.text;
    if (titleLike(t)) return j;
    if (!headLike(t) && !/^[（(].*\d{4}年.*[）)]$/.test(t)) return undefined;
  }
  return undefined;
}
