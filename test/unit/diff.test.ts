// Version comparison: paragraphs aligned by LCS, similar ones diffed by code point, moves found.
// Every case is checked against the invariants: each column rebuilds its version exactly, spans are
// never empty, no surrogate is ever split, and the stats count code points.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  diffParagraph,
  diffDocs,
  diffTexts,
  lcsLength,
  sideLines,
  similarity,
  splitLines,
  SIMILARITY_THRESHOLD,
  type DocDiff,
  type ParagraphDiff,
  type Span,
} from '../../core/doc/diff.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { docLines, toPlainText } from '../../core/doc/text.ts';
import { draft } from '../../core/draft/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { repoRoot } from '../fixtures/bad-inputs.ts';
import { loadExamples } from '../helpers/examples.ts';

const SPEECH_10K = path.resolve(repoRoot, '..', 'shared', 'fixtures', 'bench', 'speech-10k.txt');
const JI = '𠮷'; // U+20BB7, two UTF-16 units
const JI2 = '𠮾'; // U+20BBE: the same high surrogate as 𠮷

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const cp = (s: string) => Array.from(s).length;
const join = (spans: readonly Span[]) => spans.map((s) => s.text).join('');

/** Checks every invariant of a diff of `a` against `b` (texts or line arrays); returns the diff. */
function check(diff: DocDiff, a: string | readonly string[], b: string | readonly string[]): DocDiff {
  const la = typeof a === 'string' ? splitLines(a) : [...a];
  const lb = typeof b === 'string' ? splitLines(b) : [...b];
  expect(sideLines(diff, 'left')).toEqual(la);
  expect(sideLines(diff, 'right')).toEqual(lb);

  let inserted = 0;
  let deleted = 0;
  let changed = 0;
  const froms = new Map<string, ParagraphDiff>();
  const tos = new Map<string, ParagraphDiff>();
  for (const p of diff.paragraphs) {
    for (const t of texts(p)) expect(LONE_SURROGATE.test(t), `lone surrogate in ${JSON.stringify(t)}`).toBe(false);
    switch (p.kind) {
      case 'equal':
        expect(p.left).toBe(p.right);
        break;
      case 'changed': {
        changed++;
        for (const [side, spans, edit] of [['left', p.left, 'delete'], ['right', p.right, 'insert']] as const) {
          for (const s of spans) {
            expect(s.text, `empty span on the ${side}`).not.toBe('');
            expect(['equal', edit]).toContain(s.op);
          }
          for (let k = 1; k < spans.length; k++) expect(spans[k]!.op, 'adjacent spans of one op are merged').not.toBe(spans[k - 1]!.op);
        }
        // Both columns show the same unchanged text (a pure deletion splits it on the left only).
        expect(join(p.left.filter((s) => s.op === 'equal'))).toBe(join(p.right.filter((s) => s.op === 'equal')));
        expect(p.left.some((s) => s.op === 'delete') || p.right.some((s) => s.op === 'insert')).toBe(true);
        // Never a garbled diff of two unrelated paragraphs.
        expect(similarity(join(p.left), join(p.right))).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
        for (const s of p.left) if (s.op === 'delete') deleted += cp(s.text);
        for (const s of p.right) if (s.op === 'insert') inserted += cp(s.text);
        break;
      }
      case 'deleted':
        deleted += cp(p.left);
        break;
      case 'inserted':
        inserted += cp(p.right);
        break;
      case 'moved': {
        const key = `${p.from}→${p.to}`;
        expect(p.left).toBe(p.right);
        if (p.side === 'from') {
          expect(p.left).toBe(la[p.from]);
          froms.set(key, p);
        } else {
          expect(p.right).toBe(lb[p.to]);
          tos.set(key, p);
        }
        break;
      }
    }
  }
  expect([...froms.keys()].sort()).toEqual([...tos.keys()].sort());
  expect(diff.stats.movedParagraphs).toBe(froms.size);
  expect(diff.stats.inserted).toBe(inserted);
  expect(diff.stats.deleted).toBe(deleted);
  expect(diff.stats.changedParagraphs).toBe(changed);
  expect(diff.stats.insertedParagraphs).toBe(diff.paragraphs.filter((p) => p.kind === 'inserted').length);
  expect(diff.stats.deletedParagraphs).toBe(diff.paragraphs.filter((p) => p.kind === 'deleted').length);
  return diff;
}

function texts(p: ParagraphDiff): string[] {
  switch (p.kind) {
    case 'equal':
      return [p.left, p.right];
    case 'changed':
      return [...p.left, ...p.right].map((s) => s.text);
    case 'deleted':
      return [p.left];
    case 'inserted':
      return [p.right];
    case 'moved':
      return [p.left, p.right];
  }
}

const kinds = (d: DocDiff) => d.paragraphs.map((p) => p.kind);
const lines = (ls: readonly string[]) => ls.join('\n') + '\n';

const library = loadDraftLibrary();
const drafts: DocModel[] = loadExamples().map((ex) => draft(ex.input, library));
const speech = drafts.find((d) => d.kind === 'speech')!;
const speechLines = docLines(speech);

describe('diffTexts / diffDocs', () => {
  it('finds nothing between identical documents', () => {
    for (const d of drafts) {
      const diff = check(diffDocs(d, structuredClone(d)), toPlainText(d), toPlainText(d));
      expect(kinds(diff).every((k) => k === 'equal')).toBe(true);
      expect(diff.paragraphs).toHaveLength(docLines(d).length);
      expect(diff.stats).toEqual({ inserted: 0, deleted: 0, changedParagraphs: 0, insertedParagraphs: 0, deletedParagraphs: 0, movedParagraphs: 0 });
    }
  });

  it('shows one changed character as one delete and one insert of that character', () => {
    const i = speechLines.findIndex((l) => cp(l) > 100);
    const line = speechLines[i]!;
    const chars = Array.from(line);
    const at = 37;
    const old = chars[at]!;
    chars[at] = old === '县' ? '区' : '县';
    const b = [...speechLines];
    b[i] = chars.join('');
    const diff = check(diffTexts(lines(speechLines), lines(b)), speechLines, b);
    expect(kinds(diff).filter((k) => k !== 'equal')).toEqual(['changed']);
    const p = diff.paragraphs[i]!;
    expect(p.kind).toBe('changed');
    if (p.kind !== 'changed') return;
    expect(p.left).toEqual([
      { op: 'equal', text: Array.from(line).slice(0, at).join('') },
      { op: 'delete', text: old },
      { op: 'equal', text: Array.from(line).slice(at + 1).join('') },
    ]);
    expect(p.right.filter((s) => s.op === 'insert')).toEqual([{ op: 'insert', text: chars[at] }]);
    expect(diff.stats).toMatchObject({ inserted: 1, deleted: 1, changedParagraphs: 1 });
  });

  it('diffs DocModels through their plain text', () => {
    const b = structuredClone(speech);
    const block = b.blocks.find((x) => x.type === 'paragraph')!;
    if (block.type === 'paragraph') block.runs = [...block.runs, { text: '这是补充的一句话。' }];
    const diff = check(diffDocs(speech, b), toPlainText(speech), toPlainText(b));
    expect(diff.stats).toMatchObject({ inserted: 9, deleted: 0, changedParagraphs: 1 });
    const changed = diff.paragraphs.find((p) => p.kind === 'changed');
    expect(changed?.kind === 'changed' && changed.right.at(-1)).toEqual({ op: 'insert', text: '这是补充的一句话。' });
  });

  it('shows an inserted paragraph', () => {
    const added = '会议强调，要把这项工作作为一项政治任务抓紧抓好。';
    const b = [...speechLines.slice(0, 6), added, ...speechLines.slice(6)];
    const diff = check(diffTexts(lines(speechLines), lines(b)), speechLines, b);
    expect(kinds(diff).filter((k) => k !== 'equal')).toEqual(['inserted']);
    expect(diff.paragraphs[6]).toEqual({ kind: 'inserted', right: added });
    expect(diff.stats).toMatchObject({ inserted: cp(added), deleted: 0, changedParagraphs: 0, insertedParagraphs: 1 });
  });

  it('shows a deleted paragraph', () => {
    const b = speechLines.filter((_, i) => i !== 5);
    const diff = check(diffTexts(lines(speechLines), lines(b)), speechLines, b);
    expect(kinds(diff).filter((k) => k !== 'equal')).toEqual(['deleted']);
    expect(diff.paragraphs[5]).toEqual({ kind: 'deleted', left: speechLines[5] });
    expect(diff.stats).toMatchObject({ inserted: 0, deleted: cp(speechLines[5]!), deletedParagraphs: 1 });
  });

  it('shows two swapped paragraphs as a move, never as a character diff', () => {
    const b = [...speechLines];
    [b[5], b[6]] = [b[6]!, b[5]!];
    const diff = check(diffTexts(lines(speechLines), lines(b)), speechLines, b);
    expect(kinds(diff).filter((k) => k !== 'equal')).toEqual(['moved', 'moved']);
    expect(diff.stats).toMatchObject({ inserted: 0, deleted: 0, changedParagraphs: 0, movedParagraphs: 1 });
    const [from, to] = diff.paragraphs.filter((p) => p.kind === 'moved');
    expect(from).toMatchObject({ side: 'from', from: expect.any(Number), to: expect.any(Number) });
    expect(to).toMatchObject({ side: 'to', from: (from as { from: number }).from, to: (from as { to: number }).to });
  });

  it('shows a paragraph moved far as a move, with where it came from and went to', () => {
    const b = [...speechLines.slice(0, 4), ...speechLines.slice(5, 15), speechLines[4]!, ...speechLines.slice(15)];
    const diff = check(diffTexts(lines(speechLines), lines(b)), speechLines, b);
    const moved = diff.paragraphs.filter((p) => p.kind === 'moved');
    expect(moved).toEqual([
      { kind: 'moved', side: 'from', left: speechLines[4], right: speechLines[4], from: 4, to: 14 },
      { kind: 'moved', side: 'to', left: speechLines[4], right: speechLines[4], from: 4, to: 14 },
    ]);
    expect(kinds(diff).filter((k) => k !== 'equal' && k !== 'moved')).toEqual([]);
  });

  it('keeps an unrelated replacement as a deletion and an insertion', () => {
    const a = ['标题', '今天我们召开全县创卫工作推进会，主要任务是总结工作、部署任务。', '结尾'];
    const b = ['标题', '下雨天道路湿滑，请注意出行安全并提前规划路线。', '结尾'];
    const diff = check(diffTexts(lines(a), lines(b)), a, b);
    expect(kinds(diff)).toEqual(['equal', 'deleted', 'inserted', 'equal']);
  });

  it('pairs the similar paragraphs of a run of changes in order', () => {
    const a = ['一、加强组织领导', '各乡镇要把创卫工作摆上重要议事日程。', '完全无关的一句。'];
    const b = ['新增的段落内容在此处。', '一、强化组织领导', '各乡镇要把创卫工作摆上更加重要的议事日程。'];
    const diff = check(diffTexts(lines(a), lines(b)), a, b);
    expect(kinds(diff)).toEqual(['inserted', 'changed', 'changed', 'deleted']);
    const heading = diff.paragraphs[1]!;
    expect(heading.kind === 'changed' && heading.left).toEqual([
      { op: 'equal', text: '一、' },
      { op: 'delete', text: '加强' },
      { op: 'equal', text: '组织领导' },
    ]);
  });

  it('treats a split paragraph as an edit of its first half plus a new paragraph', () => {
    const line = speechLines.find((l) => cp(l) > 100)!;
    const cut = line.indexOf('。') + 1;
    const a = [line];
    const b = [line.slice(0, cut), line.slice(cut)];
    const diff = check(diffTexts(lines(a), lines(b)), a, b);
    expect(kinds(diff).sort()).toEqual(['changed', 'inserted']);
  });
});

describe('characters outside the BMP', () => {
  it(`replaces ${JI} by 吉 and back as whole characters`, () => {
    for (const [x, y] of [
      [JI, '吉'],
      ['吉', JI],
      [JI, JI2],
      [JI2, JI],
    ]) {
      const a = [`${x}祥如意，${x}人天相。`];
      const b = [`${x}祥如意，${y}人天相。`];
      const diff = check(diffTexts(lines(a), lines(b)), a, b);
      expect(diff.paragraphs).toEqual([
        {
          kind: 'changed',
          left: [
            { op: 'equal', text: `${x}祥如意，` },
            { op: 'delete', text: x },
            { op: 'equal', text: '人天相。' },
          ],
          right: [
            { op: 'equal', text: `${x}祥如意，` },
            { op: 'insert', text: y },
            { op: 'equal', text: '人天相。' },
          ],
        },
      ]);
      expect(diff.stats).toMatchObject({ inserted: 1, deleted: 1, changedParagraphs: 1 });
    }
  });

  it(`never splits a surrogate pair in text full of ${JI}`, () => {
    const a = [JI.repeat(40), `${JI}${JI2}`.repeat(20), `吉${JI}吉${JI2}`.repeat(10)];
    const b = [JI.repeat(38) + JI2 + JI, `${JI2}${JI}`.repeat(20), `${JI}吉${JI2}吉`.repeat(10) + JI];
    const diff = check(diffTexts(lines(a), lines(b)), a, b);
    for (const p of diff.paragraphs) expect(p.kind).not.toBe('equal');
    // A UTF-16 diff would keep the shared high surrogate of 𠮷/𠮾 as "equal" and count units.
    const first = diff.paragraphs[0]!;
    expect(first.kind === 'changed' && first.left).toEqual([
      { op: 'equal', text: JI.repeat(38) },
      { op: 'delete', text: JI },
      { op: 'equal', text: JI },
    ]);
    expect(diffParagraph(JI, JI2)).toEqual({ left: [{ op: 'delete', text: JI }], right: [{ op: 'insert', text: JI2 }] });
    expect(similarity(JI, JI2)).toBe(0);
  });

  it('counts code points, not UTF-16 units', () => {
    const diff = check(diffTexts(`${JI}${JI}${JI}\n`, ''), `${JI}${JI}${JI}\n`, '');
    expect(diff.stats).toMatchObject({ deleted: 3, inserted: 0, deletedParagraphs: 1 });
  });
});

describe('edge cases', () => {
  it('diffs empty documents', () => {
    expect(check(diffTexts('', ''), '', '')).toEqual({
      paragraphs: [],
      stats: { inserted: 0, deleted: 0, changedParagraphs: 0, insertedParagraphs: 0, deletedParagraphs: 0, movedParagraphs: 0 },
    });
    const added = check(diffTexts('', '标题\n正文。\n'), '', '标题\n正文。\n');
    expect(kinds(added)).toEqual(['inserted', 'inserted']);
    expect(added.stats.inserted).toBe(5);
    const removed = check(diffTexts('标题\n正文。\n', ''), '标题\n正文。\n', '');
    expect(kinds(removed)).toEqual(['deleted', 'deleted']);
    const empty: DocModel = { kind: 'speech', template: 'x', seed: 0, title: [], blocks: [] };
    expect(kinds(check(diffDocs(empty, empty), toPlainText(empty), toPlainText(empty)))).toEqual(['equal']);
  });

  it('splits lines at any line break, and a final break ends the last line', () => {
    expect(splitLines('')).toEqual([]);
    expect(splitLines('\n')).toEqual(['']);
    expect(splitLines('a\r\nb\rc\n')).toEqual(['a', 'b', 'c']);
    expect(splitLines('\uFEFFa\n\nb')).toEqual(['a', '', 'b']);
    check(diffTexts('a\r\n\r\nb', 'a\n\nb\n'), 'a\r\n\r\nb', 'a\n\nb\n');
  });

  it('never moves blank lines', () => {
    const a = ['甲', '', '乙', '丙'];
    const b = ['甲', '乙', '丙', ''];
    const diff = check(diffTexts(lines(a), lines(b)), a, b);
    expect(kinds(diff)).toEqual(['equal', 'deleted', 'equal', 'equal', 'inserted']);
  });

  it('computes the LCS length exactly (bit-parallel against dynamic programming)', () => {
    const rand = lcg(11);
    const alphabet = ['的', '要', JI, JI2, '，', 'a', '。'];
    const dp = (a: string[], b: string[]) => {
      const row = new Array<number>(b.length + 1).fill(0);
      for (const x of a) {
        let diag = 0;
        for (let j = 1; j <= b.length; j++) {
          const up = row[j]!;
          row[j] = x === b[j - 1] ? diag + 1 : Math.max(row[j]!, row[j - 1]!);
          diag = up;
        }
      }
      return row[b.length]!;
    };
    for (let t = 0; t < 300; t++) {
      const make = () => Array.from({ length: Math.floor(rand() * 120) }, () => alphabet[Math.floor(rand() * alphabet.length)]!);
      const a = make();
      const b = make();
      expect(lcsLength(a, b)).toBe(dp(a, b));
    }
  });
});

/** A seeded generator (LCG), so a failing case can be replayed. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('random edits of a 10,000-character speech', () => {
  const base = splitLines(readFileSync(SPEECH_10K, 'utf8'));
  const INSERTS = ['𠮷', '吉', '县', '区', '，', '。', '全面', '𠮷𠮾', '进一步加强', '同志们'];

  function edit(lines: string[], rand: () => number): string[] {
    const out = [...lines];
    const pick = (n: number) => Math.floor(rand() * n);
    const ops = 1 + pick(5);
    for (let k = 0; k < ops && out.length > 0; k++) {
      const i = pick(out.length);
      const chars = Array.from(out[i]!);
      const at = pick(chars.length + 1);
      switch (pick(8)) {
        case 0: // insert characters
          chars.splice(at, 0, ...Array.from(INSERTS[pick(INSERTS.length)]!));
          out[i] = chars.join('');
          break;
        case 1: // delete characters
          chars.splice(at, 1 + pick(12));
          out[i] = chars.join('');
          break;
        case 2: // replace characters
          chars.splice(at, 1 + pick(3), ...Array.from(INSERTS[pick(INSERTS.length)]!));
          out[i] = chars.join('');
          break;
        case 3: // split a paragraph
          out.splice(i, 1, chars.slice(0, at).join(''), chars.slice(at).join(''));
          break;
        case 4: // merge with the next paragraph
          if (i + 1 < out.length) out.splice(i, 2, out[i]! + out[i + 1]!);
          break;
        case 5: {
          // move a paragraph
          const [p] = out.splice(i, 1);
          out.splice(pick(out.length + 1), 0, p!);
          break;
        }
        case 6: // delete a paragraph
          out.splice(i, 1);
          break;
        case 7: // insert a paragraph
          out.splice(i, 0, `新增段落${JI}：${INSERTS.slice(0, 1 + pick(INSERTS.length)).join('')}。`);
          break;
      }
    }
    return out;
  }

  it('keeps every invariant over 200 seeded random edits', () => {
    expect(base.join('').length).toBeGreaterThan(10_000);
    const rand = lcg(20261120);
    for (let n = 0; n < 200; n++) {
      const b = edit(base, rand);
      check(diffTexts(lines(base), lines(b)), base, b);
      check(diffTexts(lines(b), lines(base)), b, base);
    }
  });

  it('finds a lone move of a unique paragraph as a move', () => {
    const counts = new Map<string, number>();
    for (const l of base) counts.set(l, (counts.get(l) ?? 0) + 1);
    const i = base.findIndex((l, k) => k > 3 && counts.get(l) === 1 && cp(l) > 200);
    const b = [...base];
    const [p] = b.splice(i, 1);
    b.splice(b.length - 2, 0, p!);
    const diff = check(diffTexts(lines(base), lines(b)), base, b);
    expect(diff.stats).toMatchObject({ inserted: 0, deleted: 0, changedParagraphs: 0, movedParagraphs: 1 });
  });
});
