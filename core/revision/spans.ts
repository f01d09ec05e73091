// A character diff in reading order, as Word shows revisions: each equal stretch, then what was
// deleted there, then what was inserted. Pure.
import { diffParagraph, type Span } from '../doc/diff.ts';

/**
 * Interleaves the two columns of a paragraph diff. The left column's equal spans are merged across
 * pure insertions (and the right's across pure deletions), so equal text is taken from both sides
 * by length, in code points.
 */
export function interleave(left: readonly Span[], right: readonly Span[]): Span[] {
  const out: Span[] = [];
  const l = left.map((s) => ({ op: s.op, chars: Array.from(s.text) }));
  const r = right.map((s) => ({ op: s.op, chars: Array.from(s.text) }));
  let i = 0;
  let j = 0;
  let li = 0; // code points of l[i] already taken
  let rj = 0;
  while (i < l.length || j < r.length) {
    const a = l[i];
    const b = r[j];
    if (a && a.op === 'delete') {
      out.push({ op: 'delete', text: a.chars.join('') });
      i++;
    } else if (b && b.op === 'insert') {
      out.push({ op: 'insert', text: b.chars.join('') });
      j++;
    } else if (a && b) {
      const n = Math.min(a.chars.length - li, b.chars.length - rj);
      out.push({ op: 'equal', text: b.chars.slice(rj, rj + n).join('') });
      li += n;
      rj += n;
      if (li === a.chars.length) [i, li] = [i + 1, 0];
      if (rj === b.chars.length) [j, rj] = [j + 1, 0];
    } else throw new Error('interleave: the two sides of a diff do not share their equal text');
  }
  return out;
}

/** Letters and digits of a figure or a code: 「15」 edited to 「10」 is one number replaced, not a digit. */
const TOKEN = /[0-9A-Za-z０-９]/;

type Piece = { eq: string[] } | { del: string[]; ins: string[] };

/** Widens each edit to whole numbers and Latin words: the equal letters and digits touching it join it. */
function wholeTokens(spans: readonly Span[]): Span[] {
  const pieces: Piece[] = [];
  for (const s of spans) {
    const chars = Array.from(s.text);
    const last = pieces[pieces.length - 1];
    if (s.op === 'equal') pieces.push({ eq: chars });
    else if (last && !('eq' in last)) (s.op === 'delete' ? last.del : last.ins).push(...chars);
    else pieces.push(s.op === 'delete' ? { del: chars, ins: [] } : { del: [], ins: chars });
  }
  pieces.forEach((p, k) => {
    if ('eq' in p) return;
    const before = pieces[k - 1];
    const after = pieces[k + 1];
    const edge = (xs: string[], end: boolean) => xs.length > 0 && TOKEN.test(end ? xs[xs.length - 1]! : xs[0]!);
    while (before && 'eq' in before && before.eq.length > 0 && TOKEN.test(before.eq[before.eq.length - 1]!) && (edge(p.del, false) || edge(p.ins, false))) {
      const c = before.eq.pop()!;
      p.del.unshift(c);
      p.ins.unshift(c);
    }
    while (after && 'eq' in after && after.eq.length > 0 && TOKEN.test(after.eq[0]!) && (edge(p.del, true) || edge(p.ins, true))) {
      const c = after.eq.shift()!;
      p.del.push(c);
      p.ins.push(c);
    }
  });
  const out: Span[] = [];
  for (const p of pieces) {
    if ('eq' in p) {
      if (p.eq.length) out.push({ op: 'equal', text: p.eq.join('') });
      continue;
    }
    if (p.del.length) out.push({ op: 'delete', text: p.del.join('') });
    if (p.ins.length) out.push({ op: 'insert', text: p.ins.join('') });
  }
  return out;
}

/** The edit of one paragraph into another, in reading order, numbers and Latin words edited whole. */
export function editSpans(a: string, b: string): Span[] {
  const { left, right } = diffParagraph(a, b);
  return wholeTokens(interleave(left, right));
}

/**
 * Where each code point of `a` is in `b` when `b` is `a` edited: its index in `b`, or -1 for a code
 * point that was deleted.
 */
export function charMap(a: string, b: string): Int32Array {
  const map = new Int32Array(Array.from(a).length).fill(-1);
  let i = 0;
  let j = 0;
  for (const s of editSpans(a, b)) {
    const n = Array.from(s.text).length;
    if (s.op === 'equal') for (let k = 0; k < n; k++) map[i++] = j++;
    else if (s.op === 'delete') i += n;
    else j += n;
  }
  return map;
}
