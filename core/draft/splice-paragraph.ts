// 换一种说法 for the one paragraph the cursor is in: the engine words the paragraph's part again, and
// only the new wording of that paragraph replaces it; every other block, the title, the head lines,
// the salutation and the closing stay as the user has them. Pure.
import type { Block, DocModel, ParagraphBlock } from '../doc/model.ts';
import { runsText } from '../doc/text.ts';

export type ParagraphPick = { ok: true; index: number; part: number } | { ok: false; why: 'notParagraph' | 'own' };

/**
 * Whether block `index` of `doc` is a paragraph the engine wrote (it carries its part and role; one
 * the user added has only the part of the block before it), and its part.
 */
export function pickParagraph(doc: DocModel, index: number): ParagraphPick {
  const block = doc.blocks[index];
  if (!block || block.type !== 'paragraph' || block.part === undefined) return { ok: false, why: 'notParagraph' };
  if (block.role === undefined) return { ok: false, why: 'own' };
  return { ok: true, index, part: block.part };
}

/** The engine's paragraphs of `part` with `role`, in order. */
function paragraphsOf(blocks: readonly Block[], part: number, role: string): ParagraphBlock[] {
  return blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph' && b.part === part && b.role === role);
}

function text(b: ParagraphBlock): string {
  return runsText(b.lead?.runs) + runsText(b.runs);
}

/** Dice coefficient of two texts' character pairs: how much of the same facts and words they share. */
function likeness(a: string, b: string): number {
  const pairs = (s: string) => {
    const out = new Map<string, number>();
    for (let i = 0; i + 1 < s.length; i++) out.set(s.slice(i, i + 2), (out.get(s.slice(i, i + 2)) ?? 0) + 1);
    return out;
  };
  const x = pairs(a);
  const y = pairs(b);
  let shared = 0;
  for (const [k, n] of x) shared += Math.min(n, y.get(k) ?? 0);
  const total = Math.max(1, a.length - 1) + Math.max(1, b.length - 1);
  return (2 * shared) / total;
}

/**
 * The paragraph of `fresh` that rewords block `index` of `previous`: among the fresh part's
 * paragraphs of the same role, the one at the same rank, unless another shares clearly more of its
 * words (the user added or removed a paragraph before it). Undefined when the part has none.
 */
export function counterpart(previous: DocModel, fresh: DocModel, index: number): ParagraphBlock | undefined {
  const old = previous.blocks[index];
  if (!old || old.type !== 'paragraph' || old.part === undefined || old.role === undefined) return undefined;
  const rank = paragraphsOf(previous.blocks.slice(0, index), old.part, old.role).length;
  const candidates = paragraphsOf(fresh.blocks, old.part, old.role);
  let best: ParagraphBlock | undefined;
  let score = -1;
  candidates.forEach((c, i) => {
    const s = likeness(text(old), text(c)) + (i === rank ? 0.15 : 0);
    if (s > score) [best, score] = [c, s];
  });
  return best;
}

/** `previous` with block `index` replaced by `paragraph`; the fields of the draft as a whole from `fresh`. */
export function replaceParagraph(previous: DocModel, fresh: DocModel, index: number, paragraph: ParagraphBlock): DocModel {
  const out: DocModel = { ...previous, blocks: previous.blocks.map((b, i) => (i === index ? paragraph : b)) };
  if (fresh.partSeeds) out.partSeeds = fresh.partSeeds;
  return out;
}

/** Characters changed, at most, in a wording that reads as the old one (「牵头协调推进」 → 「牵头推进」). */
const ALIKE = 4;

/**
 * Whether two paragraphs read the same but for a word or two: no other wording to offer (the s18
 * screen tester was offered 「删除 2 字」 as 换一种说法, and the same again when she asked again).
 */
export function readsAlike(a: ParagraphBlock, b: Block): boolean {
  if (b.type !== 'paragraph') return false;
  const [x, y] = [text(a), text(b)];
  let start = 0;
  while (start < x.length && start < y.length && x[start] === y[start]) start++;
  let end = 0;
  while (end < x.length - start && end < y.length - start && x[x.length - 1 - end] === y[y.length - 1 - end]) end++;
  return x.length + y.length - 2 * (start + end) <= ALIKE;
}

/** 1-based rank of block `index` among the paragraphs of its part, as the label says it (「第3段」). */
export function paragraphRank(doc: DocModel, index: number): number {
  const part = (doc.blocks[index] as ParagraphBlock).part;
  return doc.blocks.slice(0, index + 1).filter((b) => b.type === 'paragraph' && b.part === part).length;
}
