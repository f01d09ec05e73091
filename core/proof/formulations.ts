// 规范提法: the canonical names of theories, sessions and institutions, dated, and their near misses.
//
// An outdated or wrong form listed with the formulation is 错误. Anything else within a small edit
// distance of a canonical form is 疑似 — but only where precision is high:
//  - the canonical form must be long enough for a near miss to mean something: distance 1 from eight
//    characters, 2 from twelve (「中国式现代化」 has innocent neighbours: 「中国现代化建设」);
//  - the window must begin and end with the canonical form's first and last characters, so a mention
//    cut short at either end — 「新时代中国特色社会主义」 for 「习近平新时代中国特色社会主义思想」 —
//    is taken as the legitimate shorter reference it usually is;
//  - a window that differs only in numerals is another session (「二十届二中全会」), not a slip;
//  - exact canonical forms and their listed variants, and any other canonical form, are never flagged.
// Windows are only tried where they share a three-character anchor with a canonical form, so the cost
// is proportional to the anchors found, not to text × formulations.
import type { Formulation } from './types.ts';
import { compileMatcher, type Matcher } from './lexicon.ts';
import { finding, q, type ParaFinding } from './util.ts';

export interface CompiledFormulations {
  outdated: Matcher;
  near: NearMiss[];
  anchors: Map<string, { f: number; k: number }[]>;
  /** 1 at the `anchorHash` of each anchor: almost every other position is passed over without building a key. */
  anchorAt: Uint8Array;
  /** Every exact form that is right (canonical forms and variants): never a near miss. */
  known: Set<string>;
}

interface NearMiss {
  canonical: string;
  max: number;
  norm: string;
  message: (w: string) => string;
}

const NUMERALS = /[一二三四五六七八九十百〇零0-9]/g;
const norm = (s: string) => s.replace(NUMERALS, '#');

/** A 16-bit hash of the three UTF-16 units of `text` from `i`: the index of `anchorAt`. */
const anchorHash = (text: string, i: number): number =>
  (Math.imul(text.charCodeAt(i), 0x9e3779b1) ^ Math.imul(text.charCodeAt(i + 1), 0x85ebca77) ^ Math.imul(text.charCodeAt(i + 2), 0xc2b2ae3d)) >>> 16;

export function dated(iso: string): string {
  const [y, m] = iso.split('-');
  return `${y}年${Number(m)}月`;
}

export function compileFormulations(list: readonly Formulation[]): CompiledFormulations {
  const outdated = compileMatcher(
    list.flatMap((f) =>
      [...f.outdated.map((form) => ({ form })), ...(f.outdatedIn ?? [])].map(({ form, ...when }) => ({
        ...when,
        wrong: form,
        right: f.canonical,
        kind: '规范提法',
        reason: f.source,
        category: 'formulation' as const,
        rule: `formulation:${form}`,
        message: `提法不规范：${q(form)}应为${q(f.canonical)}（${dated(f.since)}起，${f.source}）`,
      })),
    ),
  );
  const known = new Set(list.flatMap((f) => [f.canonical, ...(f.variants ?? [])]));
  const near: NearMiss[] = [];
  const anchors = new Map<string, { f: number; k: number }[]>();
  const anchorAt = new Uint8Array(65536);
  for (const f of list) {
    const c = f.canonical;
    const max = c.length >= 12 ? 2 : c.length >= 8 ? 1 : 0;
    if (max === 0) continue;
    const index = near.length;
    near.push({
      canonical: c,
      max,
      norm: norm(c),
      message: (w) => `疑似提法有误：${q(w)}与规范提法${q(c)}不一致（${f.source}）`,
    });
    for (let k = 0; k + 3 <= c.length; k++) {
      const key = c.slice(k, k + 3);
      anchorAt[anchorHash(key, 0)] = 1;
      const l = anchors.get(key);
      if (l) l.push({ f: index, k });
      else anchors.set(key, [{ f: index, k }]);
    }
  }
  return { outdated, near, anchors, anchorAt, known };
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

export function nearMisses(text: string, fl: CompiledFormulations): ParaFinding[] {
  const found: { f: number; at: number; len: number; d: number }[] = [];
  const tried = new Set<string>();
  for (let i = 0; i + 3 <= text.length; i++) {
    if (!fl.anchorAt[anchorHash(text, i)]) continue;
    const hits = fl.anchors.get(text.slice(i, i + 3));
    if (!hits) continue;
    for (const { f, k } of hits) {
      const nm = fl.near[f]!;
      const c = nm.canonical;
      const L = c.length;
      for (let s = i - k - nm.max; s <= i - k + nm.max; s++) {
        if (s < 0 || text[s] !== c[0]) continue;
        for (let len = L - nm.max; len <= L + nm.max; len++) {
          const end = s + len;
          if (end > text.length || text[end - 1] !== c[L - 1]) continue;
          const key = `${f}:${s}:${len}`;
          if (tried.has(key)) continue;
          tried.add(key);
          const w = text.slice(s, end);
          if (w === c || fl.known.has(w) || c.includes(w) || norm(w) === nm.norm) continue;
          const d = editDistance(w, c, nm.max);
          if (d >= 1 && d <= nm.max) found.push({ f, at: s, len, d });
        }
      }
    }
  }
  if (found.length === 0) return [];
  // One finding per place: the closest window; none where the exact form (or a variant) is present.
  found.sort((a, b) => a.d - b.d || b.len - a.len);
  const out: ParaFinding[] = [];
  const taken: [number, number][] = [];
  for (const x of found) {
    const nm = fl.near[x.f]!;
    const a = x.at;
    const b = x.at + x.len;
    if (taken.some(([p, r]) => a < r && p < b)) continue;
    if (exactNear(text, fl.known, a, b)) continue;
    taken.push([a, b]);
    const w = text.slice(a, b);
    out.push(finding('formulation', '疑似', a, x.len, `formulation:near:${nm.canonical}`, nm.message(w), nm.canonical));
  }
  return out;
}

/** Whether a correct form occurs overlapping [a, b): the window is then a slice of right text. */
function exactNear(text: string, known: Set<string>, a: number, b: number): boolean {
  const from = Math.max(0, a - 40);
  const around = text.slice(from, b + 40);
  for (const k of known) {
    for (let at = around.indexOf(k); at >= 0; at = around.indexOf(k, at + 1)) {
      if (from + at < b && from + at + k.length > a) return true;
    }
  }
  return false;
}
