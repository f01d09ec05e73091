// The changes an edited .docx brings to the version it was exported from, each with its author,
// to be accepted or rejected one by one. Pure.
//
// Compared are paragraphs without their typed numbers (「一、」「（二）」 are derived from position
// in Wengao and go stale in a file as soon as a heading is added), so a renumbering is no change
// and a heading whose level changed is one change of type 'level'. The text compared is the file
// with every revision accepted; who made a change is read from the revision marks under it — an
// insertion in the accepted view, a deletion in the rejected view — or, with none, it is put down
// to the file's last editor as untracked.
import { diffParagraphs } from '../doc/diff.ts';
import { numberedLine } from '../doc/from-text.ts';
import { charMap, editSpans } from './spans.ts';
import type { Attribution, Change, FileLine, FileViews, Incoming, PreviewParagraph, PreviewSpan } from './types.ts';

/** A line split into its typed number (mark) and the rest; level 0 for a line without one. */
export interface Unit {
  level: number;
  mark: string;
  text: string;
}

export function unitOf(line: string): Unit {
  const n = numberedLine(line);
  if (!n) return { level: 0, mark: '', text: line };
  return { level: n.level, mark: line.slice(0, line.length - n.rest.length), text: n.rest };
}

const cpLength = (s: string) => Array.from(s).length;

/** The author most of the given marks name, with the date of their first mark; undefined when none is marked. */
export function majority(marks: readonly (Attribution | undefined)[]): Attribution | undefined {
  const counts = new Map<string, { n: number; first: Attribution }>();
  for (const m of marks) {
    if (!m) continue;
    const c = counts.get(m.author);
    if (c) c.n++;
    else counts.set(m.author, { n: 1, first: m });
  }
  let best: { n: number; first: Attribution } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.first;
}

interface Side {
  units: Unit[];
  lines: FileLine[];
}

function side(lines: readonly FileLine[]): Side {
  return { units: lines.map((l) => unitOf(l.text)), lines: [...lines] };
}

/** The marks under a unit's text (after its typed number), from `from` to `to` in code points. */
function textMarks(s: Side, j: number, from: number, to: number): (Attribution | undefined)[] {
  const offset = cpLength(s.units[j]!.mark);
  return s.lines[j]!.marks.slice(offset + from, offset + to);
}

/** For each base line, where it is in the rejected view and where each of its characters is. */
function rejectedPositions(base: readonly Unit[], rejected: Side): Map<number, { j: number; map: Int32Array }> {
  const diff = diffParagraphs(
    base.map((u) => u.text),
    rejected.units.map((u) => u.text),
  );
  const out = new Map<number, { j: number; map: Int32Array }>();
  let i = 0;
  let j = 0;
  for (const p of diff.paragraphs) {
    if (p.kind === 'equal' || p.kind === 'changed') {
      out.set(i, { j, map: charMap(base[i]!.text, rejected.units[j]!.text) });
      i++;
      j++;
    } else if (p.kind === 'deleted') i++;
    else if (p.kind === 'inserted') j++;
    else if (p.side === 'from') {
      out.set(i, { j: p.to, map: charMap(base[i]!.text, base[i]!.text) });
      i++;
    } else j++;
  }
  return out;
}

type Authored = Attribution & { tracked: boolean };

/** Who made a change: the revision marks under it, or (with none) the file's last editor, untracked. */
class Authors {
  private readonly where: Map<number, { j: number; map: Int32Array }>;
  private readonly accepted: Side;
  private readonly rejected: Side;
  private readonly untrackedAuthor: string;

  constructor(base: readonly Unit[], accepted: Side, rejected: Side, untrackedAuthor: string) {
    this.where = rejectedPositions(base, rejected);
    this.accepted = accepted;
    this.rejected = rejected;
    this.untrackedAuthor = untrackedAuthor;
  }

  untracked(): Authored {
    return { author: this.untrackedAuthor, tracked: false };
  }

  tracked(a: Attribution | undefined): Authored {
    return a ? { ...a, tracked: true } : this.untracked();
  }

  /** Who deleted characters from..to of base line i: the deletion marks there in the rejected view. */
  deletedBy(i: number, from: number, to: number): Authored {
    const w = this.where.get(i);
    if (!w) return this.untracked();
    const { lines, units } = this.rejected;
    const marks: (Attribution | undefined)[] = [];
    for (let k = from; k < to; k++) {
      const at = w.map[k]!;
      if (at >= 0) marks.push(lines[w.j]!.marks[cpLength(units[w.j]!.mark) + at]);
    }
    return this.tracked(majority(marks));
  }

  insertedBy(j: number, from: number, to: number): Authored {
    return this.tracked(majority(textMarks(this.accepted, j, from, to)));
  }
}

function attribution(a: Authored) {
  return { author: a.author, ...(a.date ? { date: a.date } : {}), tracked: a.tracked };
}

/** The preview as it is built, paragraph by paragraph, with the changes numbered from 1 as they are met. */
class PreviewBuilder {
  readonly paragraphs: PreviewParagraph[] = [];
  readonly changes: Change[] = [];
  /** The change of each move (by `from:to`), numbered at whichever of its two places comes first. */
  private readonly moves = new Map<string, number>();
  private readonly base: readonly Unit[];
  private readonly accepted: Side;
  private readonly authors: Authors;
  /** The next base line and the next accepted line. */
  private i = 0;
  private j = 0;

  constructor(base: readonly Unit[], accepted: Side, authors: Authors) {
    this.base = base;
    this.accepted = accepted;
    this.authors = authors;
  }

  private add(c: Omit<Change, 'id' | 'para'>): number {
    const id = this.changes.length + 1;
    this.changes.push({ id, para: this.paragraphs.length, ...c });
    return id;
  }

  /** A change of level between base line i and accepted line j, put down to a recorded property change or the edit of the number. */
  private levelChange(i: number, j: number): { levelChange: number } | Record<string, never> {
    const from = this.base[i]!.level;
    const u = this.accepted.units[j]!;
    if (from === u.level) return {};
    const line = this.accepted.lines[j]!;
    const by = line.format ?? majority(line.marks.slice(0, cpLength(u.mark)));
    return { levelChange: this.add({ type: 'level', ...attribution(this.authors.tracked(by)), text: u.text, levels: { from, to: u.level } }) };
  }

  equal(): void {
    const u = this.accepted.units[this.j]!;
    const lc = this.levelChange(this.i, this.j);
    this.paragraphs.push({ kind: 'equal', text: u.text, level: u.level, mark: u.mark, ...lc, base: this.i++, file: this.j++ });
  }

  changed(): void {
    const { i, j } = this;
    const u = this.accepted.units[j]!;
    const spans: PreviewSpan[] = [];
    let bi = 0;
    let aj = 0;
    for (const s of editSpans(this.base[i]!.text, u.text)) {
      const n = cpLength(s.text);
      if (s.op === 'equal') spans.push({ op: 'equal', text: s.text });
      else if (s.op === 'delete') spans.push({ op: 'delete', text: s.text, change: this.add({ type: 'delete', ...attribution(this.authors.deletedBy(i, bi, bi + n)), text: s.text }) });
      else spans.push({ op: 'insert', text: s.text, change: this.add({ type: 'insert', ...attribution(this.authors.insertedBy(j, aj, aj + n)), text: s.text }) });
      if (s.op !== 'insert') bi += n;
      if (s.op !== 'delete') aj += n;
    }
    const lc = this.levelChange(i, j);
    this.paragraphs.push({ kind: 'changed', spans, level: u.level, mark: u.mark, ...lc, base: this.i++, file: this.j++ });
  }

  deleted(): void {
    const u = this.base[this.i]!;
    const change = this.add({ type: 'delete', ...attribution(this.authors.deletedBy(this.i, 0, cpLength(u.text))), text: u.text });
    this.paragraphs.push({ kind: 'deleted', text: u.text, level: u.level, mark: u.mark, change, base: this.i++ });
  }

  inserted(): void {
    const u = this.accepted.units[this.j]!;
    const change = this.add({ type: 'insert', ...attribution(this.authors.insertedBy(this.j, 0, cpLength(u.text))), text: u.text });
    this.paragraphs.push({ kind: 'inserted', text: u.text, level: u.level, mark: u.mark, change, file: this.j++ });
  }

  moved(p: { side: 'from' | 'to'; from: number; to: number }): void {
    const change = this.moveChange(p.from, p.to);
    if (p.side === 'from') {
      const u = this.base[this.i]!;
      this.paragraphs.push({ kind: 'moved', side: 'from', text: u.text, level: u.level, mark: u.mark, change, base: this.i++ });
    } else {
      const u = this.accepted.units[this.j]!;
      const lc = this.levelChange(p.from, this.j);
      this.paragraphs.push({ kind: 'moved', side: 'to', text: u.text, level: u.level, mark: u.mark, change, ...lc, base: p.from, file: this.j++ });
    }
  }

  /** The one change of a move, put down to the marks at its new place, else to those of its deletion. */
  private moveChange(from: number, to: number): number {
    const key = `${from}:${to}`;
    let change = this.moves.get(key);
    if (change === undefined) {
      const moved = majority(textMarks(this.accepted, to, 0, cpLength(this.accepted.units[to]!.text)));
      const by = moved ? this.authors.tracked(moved) : this.authors.deletedBy(from, 0, cpLength(this.base[from]!.text));
      change = this.add({ type: 'move', ...attribution(by), text: this.base[from]!.text });
      this.moves.set(key, change);
    }
    return change;
  }

  finish(): Incoming {
    const { paragraphs, changes } = this;
    // A move's change was numbered when its first side was met; point it at its new place.
    for (const [n, par] of paragraphs.entries()) if (par.kind === 'moved' && par.side === 'to') changes[par.change - 1]!.para = n;
    return { paragraphs, changes };
  }
}

export function incomingChanges(baseLines: readonly string[], file: FileViews): Incoming {
  const base = baseLines.map(unitOf);
  const accepted = side(file.accepted);
  const rejected = side(file.rejected);
  const out = new PreviewBuilder(base, accepted, new Authors(base, accepted, rejected, file.untrackedAuthor));
  const diff = diffParagraphs(
    base.map((u) => u.text),
    accepted.units.map((u) => u.text),
  );
  for (const p of diff.paragraphs) {
    if (p.kind === 'moved') out.moved(p);
    else out[p.kind]();
  }
  return out.finish();
}
