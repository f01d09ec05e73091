// 换一种说法 of a part rewords only what the engine wrote: a paragraph of that part the user wrote or
// changed (its text is in no generated version, core/revision/own-edits.ts) stays as she left it,
// where the new wording has the paragraph it stood for — the one stating the same items of the
// material (the same task, achievement, problem …), else the one of the same kind in the same place —
// or, when there is none, after the paragraph it followed. Pure.
import type { Block, DocModel } from '../doc/model.ts';
import { numberBlocks } from '../doc/numbering.ts';
import { blockText, runsText } from '../doc/text.ts';

/** Whether a paragraph's text (as own-edits.ts reads it) is the user's, not the engine's. */
export type IsOwn = (text: string) => boolean;

/** The same test from the texts the engine wrote (engineTexts): an empty line is nobody's. */
export function ownOf(engine: ReadonlySet<string>): IsOwn {
  return (text) => text.trim() !== '' && !engine.has(text);
}

function runsOf(b: Block) {
  if (b.type === 'table') return b.rows.flat(2);
  return [...b.runs, ...(b.type === 'paragraph' && b.lead ? b.lead.runs : [])];
}

/** The items of the material a block states facts of (`campaign.tasks[0]` …): a list's items only, not the names every part repeats. */
function items(b: Block): Set<string> {
  const out = new Set<string>();
  for (const r of runsOf(b)) {
    const item = r.src ? /^[a-z]+\.[A-Za-z]+\[\d+\]/.exec(r.src)?.[0] : undefined;
    if (item) out.add(item);
  }
  return out;
}

const kindOf = (b: Block) => `${b.type}:${'role' in b ? (b.role ?? '') : ''}`;

/**
 * Which block of `fresh` each block of `old` stood for (an index, or -1): the one of the same kind
 * sharing the most items; a block without items, the one of its kind and without items in the same
 * place among them. Each fresh block stands for one old block at most.
 */
function counterparts(old: readonly Block[], fresh: readonly Block[]): number[] {
  const taken = new Set<number>();
  const freshItems = fresh.map(items);
  const map = old.map((o) => {
    const mine = items(o);
    if (mine.size === 0) return -1;
    let best = -1;
    let most = 0;
    fresh.forEach((f, j) => {
      if (taken.has(j) || kindOf(f) !== kindOf(o)) return;
      const shared = [...mine].filter((i) => freshItems[j]!.has(i)).length;
      if (shared > most) [best, most] = [j, shared];
    });
    if (best >= 0) taken.add(best);
    return best;
  });
  // Blocks without items (a heading, an argument, a paragraph she added): by place among their kind.
  const plain = (blocks: readonly Block[], k: string, all: Set<string>[]) => blocks.map((b, i) => i).filter((i) => kindOf(blocks[i]!) === k && all[i]!.size === 0);
  const oldItems = old.map(items);
  old.forEach((o, i) => {
    if (map[i]! >= 0 || oldItems[i]!.size > 0) return;
    const k = kindOf(o);
    const place = plain(old, k, oldItems).indexOf(i);
    const j = plain(fresh, k, freshItems)[place];
    if (j !== undefined && !taken.has(j)) {
      taken.add(j);
      map[i] = j;
    }
  });
  return map;
}

/**
 * A paragraph of hers with no counterpart that replaced one of the engine's (session 21: she rewrote
 * 「前段工作中，去年防溺水工作。」 whole): the items of the material that paragraph stated are stated by
 * none of `old` any more, and the new wording has a paragraph stating only such items. Hers stands
 * for the first of those after the place of the block before her — else that new paragraph would
 * bring back beside hers what she replaced. Sets `map` in place.
 */
function standsForReplaced(old: readonly Block[], fresh: readonly Block[], map: number[], mine: readonly boolean[]): void {
  const stated = new Set(old.flatMap((b) => [...items(b)]));
  const freshItems = fresh.map(items);
  const taken = new Set(map.filter((j) => j >= 0));
  const gone = (j: number) => !taken.has(j) && freshItems[j]!.size > 0 && [...freshItems[j]!].every((i) => !stated.has(i));
  old.forEach((b, i) => {
    if (!mine[i] || map[i]! >= 0 || b.type !== 'paragraph') return;
    let k = i - 1;
    while (k >= 0 && map[k]! < 0) k--;
    const from = k >= 0 ? map[k]! + 1 : 0;
    const j = fresh.findIndex((f, at) => at >= from && f.type === 'paragraph' && gone(at));
    if (j < 0) return;
    map[i] = j;
    taken.add(j);
  });
}

/**
 * `fresh` (a part's new wording) with the user's own blocks of `old` (the part as she has it) kept:
 * each in place of the block it stood for, or after the one it followed. `kept` counts them.
 */
export function keepOwnBlocks(old: readonly Block[], fresh: readonly Block[], own: IsOwn): { blocks: Block[]; kept: number } {
  const mine = old.map((b) => own(blockText(b, '')));
  if (!mine.includes(true)) return { blocks: [...fresh], kept: 0 };
  const map = counterparts(old, fresh);
  standsForReplaced(old, fresh, map, mine);
  const slots: Block[][] = fresh.map((b) => [b]);
  const before: Block[] = [];
  let kept = 0;
  old.forEach((b, i) => {
    if (!mine[i]) return;
    kept++;
    const j = map[i]!;
    if (j >= 0) {
      slots[j]![0] = b;
      return;
    }
    // After the nearest block before it that has a place in the new wording.
    let k = i - 1;
    while (k >= 0 && map[k]! < 0 && !mine[k]) k--;
    if (k < 0) before.push(b);
    else if (map[k]! >= 0) slots[map[k]!]!.push(b);
    else (slots.find((s) => s.includes(old[k]!)) ?? before).push(b);
  });
  return { blocks: [...before, ...slots.flat()], kept };
}

/** Every paragraph text of `doc` (salutation, blocks, closing), without number marks. */
function texts(doc: DocModel): Set<string> {
  return new Set([runsText(doc.salutation), ...doc.blocks.map((b) => blockText(b, '')), runsText(doc.closing)]);
}

/**
 * The lines of `next` (a new wording of `previous`) in `part` (all of it without one), as a preview
 * shows them (number marks included, core/doc/text.ts partLines), that are the user's paragraphs
 * of `previous` kept word for word: the preview marks them 「保留您的修改」 apart from the engine's
 * lines that did not change. (The new wording's own lines are in no stored version yet: `own`
 * alone would take them for hers.)
 */
export function keptLines(previous: DocModel, next: DocModel, own: IsOwn, part?: number): string[] {
  const before = texts(previous);
  return ownLines(next, (t) => own(t) && before.has(t), part);
}

/** The lines of `doc` in `part` (all of it without one), as a preview shows them, whose text is `own`. */
export function ownLines(doc: DocModel, own: IsOwn, part?: number): string[] {
  const { marks } = numberBlocks(doc.blocks);
  const last = (doc.parts?.length ?? 1) - 1;
  const out: string[] = [];
  const line = (text: string, shown = text) => own(text) && out.push(shown);
  if ((part === undefined || part === 0) && doc.salutation) line(runsText(doc.salutation));
  doc.blocks.forEach((b, i) => {
    if (part === undefined || ('part' in b && b.part === part)) line(blockText(b, ''), blockText(b, marks[i] ?? ''));
  });
  if ((part === undefined || part === last) && doc.closing) line(runsText(doc.closing));
  return out;
}
