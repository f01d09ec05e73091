// Two exports of one document, old and new, merged into one body in which every difference is a
// Word revision: the new text in w:ins, the old in w:del, moved paragraphs as w:moveFrom/w:moveTo,
// changed paragraph and run properties as w:pPrChange/w:rPrChange, inserted and deleted paragraph
// marks and table rows marked too. Accepting every revision leaves exactly the new export's body,
// rejecting every one exactly the old export's.
//
// Paragraphs (and tables, as one item each) are aligned by core/doc/diff.ts, the same comparison
// the versions panel shows; paired paragraphs are diffed character by character.
import { diffParagraphs } from '../../../core/doc/diff.ts';
import { editSpans } from '../../../core/revision/spans.ts';
import { childEl, el, elements, type XmlNode } from './xml-tree.ts';
import { paraText, propsKey, readPara, runOf, type Atom, type Para } from './wordml.ts';

export interface Stamp {
  author: string;
  /** ISO 8601 without fractions, as Word writes it: 2026-12-03T09:30:00Z. */
  date: string;
}

/** Hands out revision ids (unique in the document) with the author and date. */
export class Marker {
  private next = 1;
  private moves = 0;
  constructor(readonly stamp: Stamp) {}
  attrs(): Record<string, string> {
    return { 'w:id': String(this.next++), 'w:author': this.stamp.author, 'w:date': this.stamp.date };
  }
  moveName(): string {
    return `move${++this.moves}`;
  }
}

type State = 'eq' | 'ins' | 'del' | 'moveFrom' | 'moveTo';

interface Cell {
  state: State;
  atom: Atom;
  /** For 'eq': the run properties the old text had, when they differ. */
  old?: XmlNode | null;
}

const WRAPPER: Record<Exclude<State, 'eq'>, string> = { ins: 'w:ins', del: 'w:del', moveFrom: 'w:moveFrom', moveTo: 'w:moveTo' };

function cellsOfPair(a: Para, b: Para): Cell[] {
  const cells: Cell[] = [];
  let ia = 0;
  let ib = 0;
  for (const span of editSpans(paraText(a), paraText(b))) {
    const n = Array.from(span.text).length;
    for (let k = 0; k < n; k++) {
      if (span.op === 'delete') cells.push({ state: 'del', atom: a.atoms[ia++]! });
      else if (span.op === 'insert') cells.push({ state: 'ins', atom: b.atoms[ib++]! });
      else {
        const oldAtom = a.atoms[ia++]!;
        const atom = b.atoms[ib++]!;
        const changed = propsKey(oldAtom.rPr) !== propsKey(atom.rPr);
        cells.push({ state: 'eq', atom, ...(changed ? { old: oldAtom.rPr ?? null } : {}) });
      }
    }
  }
  return cells;
}

/** Run properties recording the old ones (w:rPrChange, last in w:rPr). */
function withRPrChange(rPr: XmlNode | undefined, old: XmlNode | null, m: Marker): XmlNode {
  const previous = el('w:rPr', {}, old ? elements(old).filter((c) => c.name !== 'w:rPrChange') : []);
  return el('w:rPr', {}, [...elements(rPr), el('w:rPrChange', m.attrs(), [previous])]);
}

function groupKey(c: Cell): string {
  return `${c.state}|${propsKey(c.atom.rPr)}|${c.old === undefined ? '-' : propsKey(c.old ?? undefined)}`;
}

/** The runs of a paragraph's cells, consecutive cells of one state and one formatting in one run. */
function runsOf(cells: readonly Cell[], m: Marker): XmlNode[] {
  const out: XmlNode[] = [];
  let k = 0;
  while (k < cells.length) {
    const first = cells[k]!;
    if (first.atom.bare) {
      out.push(first.atom.node!);
      k++;
      continue;
    }
    const key = groupKey(first);
    const group: Atom[] = [];
    while (k < cells.length && !cells[k]!.atom.bare && groupKey(cells[k]!) === key) group.push(cells[k++]!.atom);
    if (first.state === 'eq') {
      const rPr = first.old !== undefined ? withRPrChange(first.atom.rPr, first.old, m) : first.atom.rPr;
      out.push(runOf(group, rPr, 'w:t'));
    } else {
      out.push(el(WRAPPER[first.state], m.attrs(), [runOf(group, first.atom.rPr, first.state === 'del' ? 'w:delText' : 'w:t')]));
    }
  }
  return out;
}

/** Paragraph properties with a revision on the paragraph mark (w:rPr inside w:pPr). */
function markPPr(pPr: XmlNode | undefined, mark: Exclude<State, 'eq'>, m: Marker): XmlNode {
  const kids = elements(pPr);
  const rPr = childEl(pPr, 'w:rPr');
  const revised = el('w:rPr', {}, [...elements(rPr).filter((c) => c.name !== 'w:rPrChange'), el(WRAPPER[mark], m.attrs())]);
  const at = kids.findIndex((c) => c.name === 'w:sectPr' || c.name === 'w:pPrChange');
  const rest = kids.filter((c) => c !== rPr);
  const pos = at < 0 ? rest.length : rest.indexOf(kids[at]!);
  return el('w:pPr', {}, [...rest.slice(0, pos), revised, ...rest.slice(pos)]);
}

/** Paragraph properties recording the old ones (w:pPrChange, last in w:pPr) when they differ. */
function withPPrChange(pPr: XmlNode | undefined, old: XmlNode | undefined, m: Marker): XmlNode | undefined {
  const strip = (p: XmlNode | undefined) => el('w:pPr', {}, elements(p).filter((c) => !['w:rPr', 'w:sectPr', 'w:pPrChange'].includes(c.name)));
  if (propsKey(strip(pPr)) === propsKey(strip(old))) return pPr;
  return el('w:pPr', {}, [...elements(pPr), el('w:pPrChange', m.attrs(), [strip(old)])]);
}

/** A paragraph of the merged body: a pair (old, new), or one side wholly inserted, deleted or moved. */
export function mergeParagraph(a: Para | undefined, b: Para | undefined, m: Marker, whole?: Exclude<State, 'eq'>, markParagraph = true): XmlNode {
  if (whole) {
    const p = (whole === 'del' || whole === 'moveFrom' ? a : b)!;
    const cells = p.atoms.map((atom) => ({ state: whole, atom }));
    const pPr = markParagraph ? markPPr(p.pPr, whole, m) : p.pPr;
    return el('w:p', {}, [...(pPr ? [pPr] : []), ...runsOf(cells, m)]);
  }
  const pPr = withPPrChange(b!.pPr, a!.pPr, m);
  return el('w:p', {}, [...(pPr ? [pPr] : []), ...runsOf(cellsOfPair(a!, b!), m)]);
}

// ── bodies and tables ──────────────────────────────────────────────────────────────────────────

const isItem = (n: XmlNode) => n.name === 'w:p' || n.name === 'w:tbl';

function itemText(n: XmlNode): string {
  if (n.name === 'w:p') return paraText(readPara(n));
  return rowsOf(n).map(rowText).join('\n');
}

const rowsOf = (tbl: XmlNode) => elements(tbl).filter((c) => c.name === 'w:tr');
const cellsOf = (tr: XmlNode) => elements(tr).filter((c) => c.name === 'w:tc');
const rowText = (tr: XmlNode) =>
  cellsOf(tr)
    .map((tc) => elements(tc).filter(isItem).map(itemText).join(' '))
    .join('\t');

/** The items (paragraphs and tables) of two bodies or cells merged; other elements come from the new side. */
export function mergeItems(from: readonly XmlNode[], to: readonly XmlNode[], m: Marker, inCell = false): XmlNode[] {
  const a = from.filter(isItem);
  const b = to.filter(isItem);
  // A table cell holds one paragraph on each side: it is the same cell, however different its text.
  if (inCell && a.length === 1 && b.length === 1 && a[0]!.name === 'w:p' && b[0]!.name === 'w:p') return [mergeParagraph(readPara(a[0]!), readPara(b[0]!), m)];
  const diff = diffParagraphs(a.map(itemText), b.map(itemText));
  const out: XmlNode[] = [];
  const moves = new Map<string, string>();
  let i = 0;
  let j = 0;
  const whole = (n: XmlNode, state: Exclude<State, 'eq'>): XmlNode =>
    n.name === 'w:p' ? mergeParagraph(state === 'del' || state === 'moveFrom' ? readPara(n) : undefined, state === 'ins' || state === 'moveTo' ? readPara(n) : undefined, m, state, !inCell) : wholeTable(n, state === 'del' || state === 'moveFrom' ? 'del' : 'ins', m);
  for (const p of diff.paragraphs) {
    switch (p.kind) {
      case 'equal':
      case 'changed': {
        const x = a[i++]!;
        const y = b[j++]!;
        if (x.name === 'w:p' && y.name === 'w:p') out.push(mergeParagraph(readPara(x), readPara(y), m));
        else if (x.name === 'w:tbl' && y.name === 'w:tbl') out.push(...mergeTable(x, y, m));
        else out.push(whole(x, 'del'), whole(y, 'ins'));
        break;
      }
      case 'deleted':
        out.push(whole(a[i++]!, 'del'));
        break;
      case 'inserted':
        out.push(whole(b[j++]!, 'ins'));
        break;
      case 'moved': {
        const n = p.side === 'from' ? a[i++]! : b[j++]!;
        if (n.name !== 'w:p' || inCell) {
          out.push(whole(n, p.side === 'from' ? 'del' : 'ins'));
          break;
        }
        const key = `${p.from}:${p.to}`;
        const name = moves.get(key) ?? m.moveName();
        moves.set(key, name);
        out.push(...movedParagraph(n, p.side === 'from' ? 'moveFrom' : 'moveTo', name, m));
        break;
      }
    }
  }
  return out;
}

const markOf = (p: XmlNode): string | undefined =>
  elements(childEl(childEl(p, 'w:pPr'), 'w:rPr')).find((c) => c.name === 'w:ins' || c.name === 'w:del' || c.name === 'w:moveFrom' || c.name === 'w:moveTo')?.name;

/**
 * The last paragraph mark of a body cannot be deleted: Word and LibreOffice keep it, and accepting
 * would leave an empty paragraph where the deleted last paragraphs were. So when the body ends in
 * deleted paragraphs, the mark of the last paragraph that stays (K) is deleted instead, and the last
 * paragraph keeps its mark, dressed in K's properties (its own recorded in w:pPrChange): accepting
 * joins K to that empty last paragraph, which gives K; rejecting restores both.
 */
export function fixTrailingDeletion(items: XmlNode[], m: Marker): void {
  const paras = items.filter((n) => n.name === 'w:p');
  const last = paras[paras.length - 1];
  if (!last || (markOf(last) !== 'w:del' && markOf(last) !== 'w:moveFrom')) return;
  const kept = [...paras].reverse().find((p) => markOf(p) === undefined);
  if (!kept) return;
  const keptPPr = childEl(kept, 'w:pPr');
  const lastPPr = childEl(last, 'w:pPr');
  const plain = (pPr: XmlNode | undefined) =>
    el(
      'w:pPr',
      {},
      elements(pPr)
        .filter((c) => c.name !== 'w:pPrChange')
        .map((c) => (c.name === 'w:rPr' ? el('w:rPr', {}, elements(c).filter((x) => !['w:ins', 'w:del', 'w:moveFrom', 'w:moveTo'].includes(x.name))) : c))
        .filter((c) => c.name !== 'w:rPr' || c.children.length > 0),
    );
  const dressed = withPPrChange(plain(keptPPr), plain(lastPPr), m) ?? plain(keptPPr);
  last.children = [dressed, ...elements(last).filter((c) => c.name !== 'w:pPr')];
  kept.children = [markPPr(keptPPr, 'del', m), ...elements(kept).filter((c) => c.name !== 'w:pPr')];
}

/** A moved paragraph between its range markers (w:moveFromRangeStart … w:moveFromRangeEnd). */
function movedParagraph(p: XmlNode, state: 'moveFrom' | 'moveTo', name: string, m: Marker): XmlNode[] {
  const start = m.attrs();
  const para = readPara(p);
  return [
    el(`w:${state}RangeStart`, { ...start, 'w:name': name }),
    mergeParagraph(state === 'moveFrom' ? para : undefined, state === 'moveTo' ? para : undefined, m, state),
    el(`w:${state}RangeEnd`, { 'w:id': start['w:id']! }),
  ];
}

function rowWith(tr: XmlNode, state: 'ins' | 'del', m: Marker): XmlNode {
  const trPr = childEl(tr, 'w:trPr');
  const marked = el('w:trPr', {}, [...elements(trPr), el(WRAPPER[state], m.attrs())]);
  const cells = cellsOf(tr).map((tc) => el('w:tc', tc.attrs, elements(tc).map((c) => (c.name === 'w:p' ? mergeParagraph(state === 'del' ? readPara(c) : undefined, state === 'ins' ? readPara(c) : undefined, m, state, false) : c))));
  return el('w:tr', tr.attrs, [...elements(tr).filter((c) => c.name === 'w:tblPrEx'), marked, ...cells]);
}

function wholeTable(tbl: XmlNode, state: 'ins' | 'del', m: Marker): XmlNode {
  return el('w:tbl', tbl.attrs, elements(tbl).map((c) => (c.name === 'w:tr' ? rowWith(c, state, m) : c)));
}

/** Two versions of a table: rows aligned like paragraphs, paired rows merged cell by cell. */
function mergeTable(a: XmlNode, b: XmlNode, m: Marker): XmlNode[] {
  const grid = (t: XmlNode) => propsKey(childEl(t, 'w:tblGrid'));
  if (grid(a) !== grid(b)) return [wholeTable(a, 'del', m), wholeTable(b, 'ins', m)];
  const ra = rowsOf(a);
  const rb = rowsOf(b);
  const diff = diffParagraphs(ra.map(rowText), rb.map(rowText));
  const rows: XmlNode[] = [];
  let i = 0;
  let j = 0;
  for (const p of diff.paragraphs) {
    if (p.kind === 'equal' || p.kind === 'changed') {
      const x = ra[i++]!;
      const y = rb[j++]!;
      const cx = cellsOf(x);
      const cy = cellsOf(y);
      if (cx.length !== cy.length) {
        rows.push(rowWith(x, 'del', m), rowWith(y, 'ins', m));
        continue;
      }
      const cells = cy.map((tc, k) => el('w:tc', tc.attrs, [...elements(tc).filter((c) => !isItem(c)), ...mergeItems(elements(cx[k]!), elements(tc), m, true)]));
      rows.push(el('w:tr', y.attrs, [...elements(y).filter((c) => c.name !== 'w:tc'), ...cells]));
    } else if (p.kind === 'deleted' || (p.kind === 'moved' && p.side === 'from')) rows.push(rowWith(ra[i++]!, 'del', m));
    else rows.push(rowWith(rb[j++]!, 'ins', m));
  }
  return [el('w:tbl', b.attrs, [...elements(b).filter((c) => c.name !== 'w:tr'), ...rows])];
}
