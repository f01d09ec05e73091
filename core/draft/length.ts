// Length control: a speech is read aloud in a slot of N minutes. The body is brought to its target by
// adding elaboration (sentences that state no fact) where a part is short, spread evenly over the
// part's paragraphs, or by dropping optional paragraphs where the material alone runs long.
// Facts are never added or removed here.
import type { Block, DocModel, LengthInfo, ParagraphBlock, Run } from '../doc/model.ts';
import { blockText, runsText } from '../doc/text.ts';
import { numberBlocks } from '../doc/numbering.ts';
import { shuffle, slotRng } from './random.ts';
import { concat, fill, runsLength, type Vars } from './runs.ts';
import type { ElaborationBank } from './template-schema.ts';
import { own } from '../own.ts';

/** Characters read aloud in a minute (GENRE.md: about 200–260). */
export const DEFAULT_RATE = 240;

/** A place where elaboration may go: a paragraph (its runs from `at` on follow the insert) and a pool. */
export interface Anchor {
  block: ParagraphBlock;
  pool: string;
  /** Insert before this run index (default: at the end); moves as sentences are inserted. */
  at?: number;
}

/** Paragraphs longer than this get a continuation paragraph rather than more sentences. */
const MAX_PARAGRAPH = 330;

export interface PartBudget {
  part: number;
  target: number;
  anchors: Anchor[];
  /** The part's seed: elaboration of one part does not depend on another's. */
  seed: number;
}

/** Length of a part as read: its blocks, plus the salutation and closing for the closing part. */
export function partLength(doc: DocModel, part: number): number {
  const { marks } = numberBlocks(doc.blocks);
  let n = 0;
  doc.blocks.forEach((b, i) => {
    if (b.type !== 'table' && 'part' in b && b.part === part) n += blockText(b, marks[i] ?? '').replace(/\s/g, '').length;
  });
  if (part === 0) n += runsText(doc.salutation).length;
  if (doc.parts && part === doc.parts.length - 1) n += runsText(doc.closing).length;
  return n;
}

/**
 * Adds elaboration to each part until it reaches its target (within half a sentence). Sentences are
 * drawn from shuffled pools without repeats in the whole draft, taking the anchors in turn so that
 * every task or measure of a part grows alike. A paragraph that grows too long is continued in a
 * new paragraph of the same role.
 */
export function elaborate(doc: DocModel, budgets: readonly PartBudget[], bank: ElaborationBank, vars: Vars): void {
  const used = new Set<string>();
  for (const budget of budgets) {
    let length = partLength(doc, budget.part);
    const queues = new Map<string, string[]>();
    const queue = (pool: string) => {
      let q = queues.get(pool);
      if (!q) {
        q = shuffle(slotRng(budget.seed, `elaboration:${pool}:${budget.part}`), own(bank.pools, pool) ?? []);
        queues.set(pool, q);
      }
      return q;
    };
    const live = budget.anchors.map((a) => ({ ...a }));
    let turn = 0;
    while (live.length > 0) {
      const anchor = live[turn % live.length]!;
      const q = queue(anchor.pool);
      let sentence: string | undefined;
      while ((sentence = q.shift()) !== undefined && used.has(sentence));
      if (sentence === undefined) {
        live.splice(turn % live.length, 1);
        continue;
      }
      const runs = fill(sentence, vars);
      const add = runsLength(runs);
      // Stop when the sentence would overshoot the target by more than it closes the gap.
      if (length + add / 2 > budget.target) break;
      used.add(sentence);
      insert(doc, anchor, runs);
      length += add;
      turn++;
    }
  }
}

function insert(doc: DocModel, anchor: Anchor, runs: Run[]): void {
  const block = anchor.block;
  const atEnd = anchor.at === undefined;
  if (atEnd && runsLength(block.runs) + (block.lead ? runsLength(block.lead.runs) : 0) > MAX_PARAGRAPH) {
    const next: ParagraphBlock = { type: 'paragraph', runs: [], role: block.role, part: block.part };
    doc.blocks.splice(doc.blocks.indexOf(block) + 1, 0, next);
    anchor.block = next;
  }
  const target = anchor.block;
  if (atEnd) {
    target.runs = concat(target.runs, runs);
  } else {
    target.runs = [...target.runs.slice(0, anchor.at), ...runs, ...target.runs.slice(anchor.at)];
    anchor.at = anchor.at! + runs.length;
  }
}

/**
 * Drops optional paragraphs, least important first, while the body is longer than `max`. Only
 * paragraphs of the phrase bank are optional; facts are never dropped.
 */
export function trim(doc: DocModel, optional: readonly Block[], max: number, length: () => number): void {
  for (const block of optional) {
    if (length() <= max) return;
    const i = doc.blocks.indexOf(block);
    if (i >= 0) doc.blocks.splice(i, 1);
  }
}

/**
 * Where an insert into a closing paragraph goes: after its first full sentence (or after 「同志们，」
 * when it is one sentence). Returns the runs, split there if need be, and the run index of the cut.
 */
export function closingInsertPoint(runs: readonly Run[]): { runs: Run[]; at: number } {
  const text = runsText(runs);
  const stop = text.indexOf('。');
  const cut = stop >= 0 && stop < text.length - 1 ? stop + 1 : text.startsWith('同志们，') ? 4 : 0;
  const out: Run[] = [];
  let pos = 0;
  let at = 0;
  for (const r of runs) {
    const end = pos + r.text.length;
    if (cut > pos && cut < end) {
      out.push({ ...r, text: r.text.slice(0, cut - pos) }, { ...r, text: r.text.slice(cut - pos) });
      at = out.length - 1;
    } else {
      if (cut === pos) at = out.length;
      out.push({ ...r });
    }
    pos = end;
  }
  return { runs: out, at };
}

export function lengthReport(doc: DocModel, rate: number, target?: number): LengthInfo {
  const parts = (doc.parts ?? []).map((name, i) => {
    const chars = partLength(doc, i);
    return { name, chars, minutes: round(chars / rate) };
  });
  const total = parts.reduce((n, p) => n + p.chars, 0);
  return { rate, ...(target ? { target } : {}), total, minutes: round(total / rate), parts };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
