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

export function incomingChanges(baseLines: readonly string[], file: FileViews): Incoming {
  const base = baseLines.map(unitOf);
  const accepted = side(file.accepted);
  const rejected = side(file.rejected);
  const where = rejectedPositions(base, rejected);
  const untracked = (): Attribution & { tracked: boolean } => ({ author: file.untrackedAuthor, tracked: false });
  const tracked = (a: Attribution | undefined) => (a ? { ...a, tracked: true } : untracked());

  /** Who deleted characters from..to of base line i: the deletion marks there in the rejected view. */
  const deletedBy = (i: number, from: number, to: number) => {
    const w = where.get(i);
    if (!w) return untracked();
    const marks: (Attribution | undefined)[] = [];
    for (let k = from; k < to; k++) {
      const at = w.map[k]!;
      if (at >= 0) marks.push(rejected.lines[w.j]!.marks[cpLength(rejected.units[w.j]!.mark) + at]);
    }
    return tracked(majority(marks));
  };
  const insertedBy = (j: number, from: number, to: number) => tracked(majority(textMarks(accepted, j, from, to)));

  const paragraphs: PreviewParagraph[] = [];
  const changes: Change[] = [];
  const add = (c: Omit<Change, 'id' | 'para'>): number => {
    const id = changes.length + 1;
    changes.push({ id, para: paragraphs.length, ...c });
    return id;
  };
  const attribution = (a: Attribution & { tracked: boolean }) => ({ author: a.author, ...(a.date ? { date: a.date } : {}), tracked: a.tracked });

  /** A change of level between base line i and accepted line j, put down to a recorded property change or the edit of the number. */
  const levelChange = (i: number, j: number): number | undefined => {
    const from = base[i]!.level;
    const to = accepted.units[j]!.level;
    if (from === to) return undefined;
    const markLength = cpLength(accepted.units[j]!.mark);
    const by = accepted.lines[j]!.format ?? majority(accepted.lines[j]!.marks.slice(0, markLength));
    return add({ type: 'level', ...attribution(tracked(by)), text: accepted.units[j]!.text, levels: { from, to } });
  };

  const diff = diffParagraphs(
    base.map((u) => u.text),
    accepted.units.map((u) => u.text),
  );
  const moves = new Map<string, number>();
  let i = 0;
  let j = 0;
  for (const p of diff.paragraphs) {
    switch (p.kind) {
      case 'equal': {
        const u = accepted.units[j]!;
        const lc = levelChange(i, j);
        paragraphs.push({ kind: 'equal', text: u.text, level: u.level, mark: u.mark, ...(lc ? { levelChange: lc } : {}), base: i++, file: j++ });
        break;
      }
      case 'changed': {
        const u = accepted.units[j]!;
        const spans: PreviewSpan[] = [];
        let bi = 0;
        let aj = 0;
        for (const s of editSpans(base[i]!.text, u.text)) {
          const n = cpLength(s.text);
          if (s.op === 'equal') spans.push({ op: 'equal', text: s.text });
          else if (s.op === 'delete') spans.push({ op: 'delete', text: s.text, change: add({ type: 'delete', ...attribution(deletedBy(i, bi, bi + n)), text: s.text }) });
          else spans.push({ op: 'insert', text: s.text, change: add({ type: 'insert', ...attribution(insertedBy(j, aj, aj + n)), text: s.text }) });
          if (s.op !== 'insert') bi += n;
          if (s.op !== 'delete') aj += n;
        }
        const lc = levelChange(i, j);
        paragraphs.push({ kind: 'changed', spans, level: u.level, mark: u.mark, ...(lc ? { levelChange: lc } : {}), base: i++, file: j++ });
        break;
      }
      case 'deleted': {
        const u = base[i]!;
        const change = add({ type: 'delete', ...attribution(deletedBy(i, 0, cpLength(u.text))), text: u.text });
        paragraphs.push({ kind: 'deleted', text: u.text, level: u.level, mark: u.mark, change, base: i++ });
        break;
      }
      case 'inserted': {
        const u = accepted.units[j]!;
        const change = add({ type: 'insert', ...attribution(insertedBy(j, 0, cpLength(u.text))), text: u.text });
        paragraphs.push({ kind: 'inserted', text: u.text, level: u.level, mark: u.mark, change, file: j++ });
        break;
      }
      case 'moved': {
        const key = `${p.from}:${p.to}`;
        let change = moves.get(key);
        if (change === undefined) {
          const moved = majority(textMarks(accepted, p.to, 0, cpLength(accepted.units[p.to]!.text)));
          const by = moved ? tracked(moved) : deletedBy(p.from, 0, cpLength(base[p.from]!.text));
          change = add({ type: 'move', ...attribution(by), text: base[p.from]!.text });
          moves.set(key, change);
        }
        if (p.side === 'from') {
          const u = base[i]!;
          paragraphs.push({ kind: 'moved', side: 'from', text: u.text, level: u.level, mark: u.mark, change, base: i++ });
        } else {
          const u = accepted.units[j]!;
          const lc = levelChange(p.from, j);
          paragraphs.push({ kind: 'moved', side: 'to', text: u.text, level: u.level, mark: u.mark, change, ...(lc ? { levelChange: lc } : {}), base: p.from, file: j++ });
        }
        break;
      }
    }
  }
  // A move's change was numbered when its first side was met; point it at its new place.
  for (const [n, par] of paragraphs.entries()) if (par.kind === 'moved' && par.side === 'to') changes[par.change - 1]!.para = n;
  return { paragraphs, changes };
}
