// What a part's new wording replaces: the chosen part of the text the user has now, and nothing
// else. The engine drafts the whole speech again (the other parts in their stored wording), so its
// output carries the engine's text for every part; the user's edits elsewhere must stay. Pure.
import type { Block, DocModel, HeadingBlock } from '../doc/model.ts';
import { runsText } from '../doc/text.ts';
import { keepOwnBlocks, type IsOwn } from './keep-own.ts';

function inPart(block: Block, part: number): boolean {
  return 'part' in block && block.part === part;
}

/** The index where a part the text lacks goes: before the first block of a later part, else at the end. */
function insertionPoint(blocks: readonly Block[], part: number): number {
  const i = blocks.findIndex((b) => 'part' in b && b.part !== undefined && b.part > part);
  return i < 0 ? blocks.length : i;
}

/**
 * `previous`'s blocks with those of `part` replaced by `fresh`'s blocks of that part, where the old
 * ones stood; with `own`, the user's blocks of the part stay (keep-own.ts).
 */
function spliceBlocks(previous: readonly Block[], fresh: readonly Block[], part: number, own: IsOwn = () => false): { blocks: Block[]; kept: number } {
  const { blocks: incoming, kept: n } = keepOwnBlocks(
    previous.filter((b) => inPart(b, part)),
    fresh.filter((b) => inPart(b, part)),
    own,
  );
  const first = previous.findIndex((b) => inPart(b, part));
  const at = first < 0 ? insertionPoint(previous, part) : first;
  const kept = previous.filter((b, i) => i < at && !inPart(b, part));
  const after = previous.filter((b, i) => i >= at && !inPart(b, part));
  return { blocks: [...kept, ...incoming, ...after], kept: n };
}

/** The part's first block when it is its heading (「一、…」). */
function partHeading(blocks: readonly Block[], part: number): HeadingBlock | undefined {
  const first = blocks.find((b) => inPart(b, part));
  return first?.type === 'heading' ? first : undefined;
}

/** The fields of the draft as a whole the engine owns: the parts, their seeds, chosen headings, length. */
function engineFields(fresh: DocModel): Partial<DocModel> {
  const out: Partial<DocModel> = {};
  if (fresh.parts) out.parts = fresh.parts;
  if (fresh.partSeeds) out.partSeeds = fresh.partSeeds;
  if (fresh.headings) out.headings = fresh.headings;
  if (fresh.length) out.length = fresh.length;
  return out;
}

/**
 * `previous` (the text as the user has it) with one part reworded as in `fresh`: that part's blocks,
 * the salutation with the opening (part 0) and the closing paragraph with the last part. Every other
 * block, the title and the head lines stay as the user left them. With `own`, the paragraphs of the
 * part the user wrote or changed stay too (keep-own.ts); `kept` counts them.
 */
export function replacePart(previous: DocModel, fresh: DocModel, part: number, own?: IsOwn): { doc: DocModel; kept: number } {
  const mine = own ?? (() => false);
  const { blocks, kept } = spliceBlocks(previous.blocks, fresh.blocks, part, mine);
  const out: DocModel = { ...previous, ...engineFields(fresh), blocks };
  let lines = 0;
  const line = (was: DocModel['closing'], now: DocModel['closing']) => {
    if (!was || !mine(runsText(was))) return now;
    lines++;
    return was;
  };
  if (part === 0 && fresh.salutation) out.salutation = line(previous.salutation, fresh.salutation);
  const last = (fresh.parts?.length ?? 1) - 1;
  if (part === last) {
    const closing = line(previous.closing, fresh.closing);
    if (closing) out.closing = closing;
    else delete out.closing;
  }
  return { doc: out, kept: kept + lines };
}

/** The key of a block's group for a whole new wording: its part, or -1 (a minutes' blocks have none). */
const groupOf = (b: Block) => ('part' in b && b.part !== undefined ? b.part : -1);

/**
 * `fresh` (a new wording of the whole text) with the user's own paragraphs of `previous` kept, part
 * by part (keep-own.ts): each where the new wording has the paragraph it stood for, or after the
 * one it followed; her salutation and closing too. A part the new wording lacks keeps hers where
 * it stood among the parts. `kept` counts them.
 */
export function replaceWhole(previous: DocModel, fresh: DocModel, own: IsOwn): { doc: DocModel; kept: number } {
  const keys = [...new Set(fresh.blocks.map(groupOf))];
  for (const k of new Set(previous.blocks.map(groupOf))) {
    if (keys.includes(k)) continue;
    const at = keys.findIndex((x) => x > k);
    keys.splice(at < 0 ? keys.length : at, 0, k);
  }
  let kept = 0;
  const blocks = keys.flatMap((k) => {
    const res = keepOwnBlocks(
      previous.blocks.filter((b) => groupOf(b) === k),
      fresh.blocks.filter((b) => groupOf(b) === k),
      own,
    );
    kept += res.kept;
    return res.blocks;
  });
  const out: DocModel = { ...fresh, blocks };
  for (const line of ['salutation', 'closing'] as const) {
    const was = previous[line];
    if (!was || !own(runsText(was))) continue;
    out[line] = was;
    kept++;
  }
  return { doc: out, kept };
}

/**
 * `previous` with the headings of `parts` as in `fresh` (a 范文库 heading chosen): only the heading
 * line changes where the part has one; a part the text lacks (part three left out for want of
 * material) comes in whole.
 */
export function replaceHeadings(previous: DocModel, fresh: DocModel, parts: readonly number[]): DocModel {
  let out: DocModel = { ...previous, ...engineFields(fresh) };
  for (const part of parts) {
    const old = partHeading(out.blocks, part);
    const now = partHeading(fresh.blocks, part);
    if (old && now) out = { ...out, blocks: out.blocks.map((b) => (b === old ? { ...old, runs: now.runs } : b)) };
    else out = { ...out, blocks: spliceBlocks(out.blocks, fresh.blocks, part).blocks };
  }
  return out;
}
