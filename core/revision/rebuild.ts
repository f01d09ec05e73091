// The lines of a new version back into a DocModel, keeping what the stored version knew: the text is
// read as any imported text is (docFromText: title, head lines, headings, leads, lists, tables), then
// every line that came unchanged from the stored version takes that version's block or head field
// back whole (roles, parts, run-in leads, facts with their `src`), and an edited line keeps the
// `src` of each fact whose text it did not touch. Pure.
import { docFromText } from '../doc/from-text.ts';
import type { Block, DocModel, Run } from '../doc/model.ts';
import { headingMark } from '../doc/numbering.ts';
import { docLines, runsText } from '../doc/text.ts';
import { unitOf } from './incoming.ts';
import { charMap } from './spans.ts';
import type { ResultLine } from './types.ts';

type HeadField = 'title' | 'subtitle' | 'issue' | 'minutesLine' | 'dateLine' | 'speakerLine' | 'salutation' | 'closing';
export type Slot = { kind: HeadField } | { kind: 'block'; index: number };

/** What each line of `docLines(doc)` is, in the same order. */
export function slotsOf(doc: DocModel): Slot[] {
  const slots: Slot[] = [{ kind: 'title' }];
  if (doc.subtitle) slots.push({ kind: 'subtitle' });
  if (doc.minutesHead) {
    const h = doc.minutesHead;
    if (h.issue) slots.push({ kind: 'issue' });
    if ([runsText(h.organizer), runsText(h.date)].some(Boolean)) slots.push({ kind: 'minutesLine' });
  }
  if (doc.dateLine) slots.push({ kind: 'dateLine' });
  if (doc.speakerLine) slots.push({ kind: 'speakerLine' });
  if (doc.salutation) slots.push({ kind: 'salutation' });
  doc.blocks.forEach((_, index) => slots.push({ kind: 'block', index }));
  if (doc.closing) slots.push({ kind: 'closing' });
  return slots;
}

/** The head and closing fields a text may or may not have. */
const OPTIONAL_TEXT = ['subtitle', 'minutesHead', 'dateLine', 'speakerLine', 'salutation', 'closing'] as const;

/** The text of a result line as a typed line: a placeholder number for its level (docFromText derives the real one). */
function typed(line: ResultLine): string {
  return line.level >= 1 && line.level <= 4 ? headingMark(line.level as 1 | 2 | 3 | 4, 1) + line.text : line.text;
}

/** The run lists of a slot, in reading order (a lead's before its paragraph's). */
function fieldsOf(doc: DocModel, slot: Slot): Run[][] {
  switch (slot.kind) {
    case 'block': {
      const b = doc.blocks[slot.index]!;
      if (b.type === 'paragraph') return b.lead ? [b.lead.runs, b.runs] : [b.runs];
      if (b.type === 'table') return b.rows.flat();
      return [b.runs];
    }
    case 'issue':
      return [doc.minutesHead?.issue ?? []];
    case 'minutesLine':
      return [doc.minutesHead?.organizer ?? [], doc.minutesHead?.date ?? []];
    default:
      return [doc[slot.kind] ?? []];
  }
}

/** Same kind of slot, and for blocks the same kind of block at the same level. */
function sameShape(a: DocModel, sa: Slot, b: DocModel, sb: Slot): boolean {
  if (sa.kind !== sb.kind) return false;
  if (sa.kind !== 'block' || sb.kind !== 'block') return true;
  const x = a.blocks[sa.index]!;
  const y = b.blocks[sb.index]!;
  if (x.type !== y.type) return false;
  if (x.type === 'heading' && y.type === 'heading') return x.level === y.level;
  if (x.type === 'paragraph' && y.type === 'paragraph') return !!x.lead === !!y.lead && x.lead?.level === y.lead?.level && !!x.seq === !!y.seq;
  if (x.type === 'labelled' && y.type === 'labelled') return x.style === y.style && x.label === y.label;
  return x.type === 'table';
}

function copySlot(from: DocModel, sf: Slot, to: DocModel, st: Slot): void {
  const clone = <T>(v: T): T => structuredClone(v);
  if (sf.kind === 'block' && st.kind === 'block') to.blocks[st.index] = clone(from.blocks[sf.index]!);
  else if (sf.kind === 'issue' || sf.kind === 'minutesLine') {
    const keys = sf.kind === 'issue' ? (['issue'] as const) : (['organizer', 'date'] as const);
    const head = { ...to.minutesHead };
    for (const key of keys) {
      const runs = from.minutesHead?.[key];
      if (runs) head[key] = clone(runs);
      else delete head[key];
    }
    to.minutesHead = head;
  } else if (sf.kind !== 'block') (to as unknown as Record<string, unknown>)[sf.kind] = clone(from[sf.kind]);
}

/**
 * Facts (runs with `src`) of the old run lists whose text is untouched in the new ones get their
 * `src` back there: the new runs are split around them.
 */
export function carrySources(oldFields: readonly Run[][], newFields: Run[][]): void {
  const map = charMap(oldFields.map(runsText).join(''), newFields.map(runsText).join(''));
  const facts: { from: number; to: number; src: string }[] = [];
  let pos = 0;
  for (const run of oldFields.flat()) {
    const n = Array.from(run.text).length;
    const start = map[pos] ?? -1;
    let whole = run.src !== undefined && n > 0 && start >= 0;
    for (let k = 1; whole && k < n; k++) whole = map[pos + k] === start + k;
    if (whole) facts.push({ from: start, to: start + n, src: run.src! });
    pos += n;
  }
  if (facts.length === 0) return;
  let at = 0;
  for (const field of newFields) {
    const pieces: { text: string; src?: string; fact?: object }[] = [];
    for (const r of field) {
      const chars = Array.from(r.text);
      let k = 0;
      while (k < chars.length) {
        const fact = facts.find((f) => f.from <= at && at < f.to);
        const next = Math.min(...facts.filter((f) => f.from > at).map((f) => f.from), Infinity);
        const n = Math.min(chars.length - k, (fact ? fact.to : next) - at);
        const text = chars.slice(k, k + n).join('');
        const last = pieces[pieces.length - 1];
        if (fact && last?.fact === fact) last.text += text;
        else pieces.push({ text, ...(fact ? { src: fact.src, fact } : r.src ? { src: r.src } : {}) });
        k += n;
        at += n;
      }
    }
    field.splice(0, field.length, ...pieces.map((p) => (p.src ? { text: p.text, src: p.src } : { text: p.text })));
  }
}

/** The new version: `lines` read as text, then given back what the stored version `base` knew of them. */
export function rebuildDoc(base: DocModel, lines: readonly ResultLine[]): DocModel {
  const baseUnits = docLines(base).map(unitOf);
  const unchanged = (l: ResultLine) => l.base !== undefined && baseUnits[l.base]?.text === l.text && baseUnits[l.base]?.level === l.level;
  // Nothing changed: the stored version itself.
  if (lines.length === baseUnits.length && lines.every((l, k) => l.base === k && unchanged(l))) return structuredClone(base);

  // The text as read; everything else (kind, template, seeds, parts, length) as the stored version has it.
  const parsed = docFromText(lines.map(typed).join('\n'), base.kind);
  const doc: DocModel = { ...base, title: parsed.title, blocks: parsed.blocks };
  for (const field of OPTIONAL_TEXT) {
    if (parsed[field]) (doc as unknown as Record<string, unknown>)[field] = parsed[field];
    else delete doc[field];
  }

  const slots = slotsOf(doc);
  const baseSlots = slotsOf(base);
  if (slots.length === lines.length) {
    lines.forEach((line, k) => {
      const slot = slots[k]!;
      const from = line.base !== undefined ? baseSlots[line.base] : undefined;
      if (!from || !sameShape(base, from, doc, slot)) return;
      if (unchanged(line)) return copySlot(base, from, doc, slot);
      carrySources(fieldsOf(base, from), fieldsOf(doc, slot));
      if (from.kind === 'block' && slot.kind === 'block') {
        const was = base.blocks[from.index]!;
        const block = doc.blocks[slot.index]!;
        if (was.role) block.role = was.role;
        if ('part' in was && was.part !== undefined && block.type !== 'labelled' && block.type !== 'table') block.part = was.part;
      }
    });
  }
  inheritParts(doc.blocks);
  return doc;
}

/** A new block belongs to the part of the block before it (per-part lengths stay whole). */
function inheritParts(blocks: Block[]): void {
  let part: number | undefined;
  for (const b of blocks) {
    if (b.type !== 'heading' && b.type !== 'paragraph') continue;
    if (b.part !== undefined) part = b.part;
    else if (part !== undefined) b.part = part;
  }
}
