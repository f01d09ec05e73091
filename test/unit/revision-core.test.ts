// The incoming changes of an edited file, decided and rebuilt into a version (core/revision).
// File views are simulated here as a tracked editor writes them: the reviewer's text with the
// insertions marked, and the text they were given with the deletions marked.
import { describe, expect, it } from 'vitest';
import { diffParagraphs } from '../../core/doc/diff.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { docLines } from '../../core/doc/text.ts';
import { draft } from '../../core/draft/index.ts';
import { applyDecisions, decider } from '../../core/revision/apply.ts';
import { incomingChanges, unitOf } from '../../core/revision/incoming.ts';
import { carrySources, rebuildDoc } from '../../core/revision/rebuild.ts';
import { charMap } from '../../core/revision/spans.ts';
import type { Attribution, FileLine, FileViews } from '../../core/revision/types.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { minutesModel, speechModel } from '../fixtures/docmodels.ts';
import { loadExamples } from '../helpers/examples.ts';

const plain = (text: string): FileLine => ({ text, marks: Array.from(text).map(() => undefined) });

/** What a tracked editor leaves when `author` turns `before` into `after` (lines aligned like versions). */
function tracked(before: readonly string[], after: readonly string[], author: string, untrackedAuthor = '办公室'): FileViews {
  const by: Attribution = { author, date: '2026-12-05T08:00:00Z' };
  const accepted = after.map(plain);
  const rejected = before.map(plain);
  const diff = diffParagraphs(before, after);
  let i = 0;
  let j = 0;
  for (const p of diff.paragraphs) {
    if (p.kind === 'equal') {
      i++;
      j++;
    } else if (p.kind === 'changed') {
      const fwd = charMap(before[i]!, after[j]!);
      const back = charMap(after[j]!, before[i]!);
      fwd.forEach((to, k) => to < 0 && (rejected[i]!.marks[k] = by));
      back.forEach((to, k) => to < 0 && (accepted[j]!.marks[k] = by));
      i++;
      j++;
    } else if (p.kind === 'deleted') rejected[i++]!.marks.fill(by);
    else if (p.kind === 'inserted') accepted[j++]!.marks.fill(by);
    else if (p.side === 'from') rejected[i++]!.marks.fill(by);
    else accepted[j++]!.marks.fill(by);
  }
  return { accepted, rejected, untrackedAuthor };
}

const untouched = (lines: readonly string[]): FileViews => ({ accepted: lines.map(plain), rejected: lines.map(plain), untrackedAuthor: '办公室' });

function roundTrip(base: DocModel, views: FileViews, rest: 'accept' | 'reject', accept: number[] = [], reject: number[] = []) {
  const inc = incomingChanges(docLines(base), views);
  return { inc, doc: rebuildDoc(base, applyDecisions(inc, decider(rest, accept, reject))) };
}

describe('an unchanged file', () => {
  const library = loadDraftLibrary();
  const docs: [string, DocModel][] = [
    ['speech model', speechModel()],
    ['minutes model', minutesModel()],
    ...loadExamples().flatMap((e) => [1, 2].map((seed) => [`${e.name} seed ${seed}`, draft(e.input, library, { seed })] as [string, DocModel])),
  ];
  it.each(docs)('%s: no change, and the stored version comes back whole', (_, base) => {
    const { inc, doc } = roundTrip(base, untouched(docLines(base)), 'accept');
    expect(inc.changes).toEqual([]);
    expect(doc).toEqual(base);
  });
  it.each(docs)('%s: the same text with every heading renumbered by hand is still no change', (_, base) => {
    // Typed numbers go stale in a file (a heading added above); numbers are derived, so they do not count.
    const lines = docLines(base).map((l) => {
      const u = unitOf(l);
      return u.level ? `${u.level === 1 ? '九、' : u.level === 2 ? '（九）' : u.level === 3 ? '9.' : '（9）'}${u.text}` : l;
    });
    const { inc, doc } = roundTrip(base, untouched(lines), 'accept');
    expect(inc.changes).toEqual([]);
    expect(doc).toEqual(base);
  });
});

describe('a speech edited with 修订', () => {
  const base = speechModel();
  const before = docLines(base);
  const para = before.findIndex((l) => l.startsWith('今天召开'));
  const after = [...before];
  after[para] = after[para]!.replace('分析当前形势', '总结前段工作').replace('工作会议', '工作推进会议');
  const deleted = after.findIndex((l) => l.startsWith('据县气象局预测'));
  after.splice(deleted, 1);
  after.splice(para + 1, 0, '这次会议是在入冬前召开的一次重要会议。');
  const views = tracked(before, after, '张主任');

  it('lists each insertion and deletion with its author', () => {
    const { inc } = roundTrip(base, views, 'accept');
    const summary = inc.changes.map((c) => `${c.type}:${c.text}:${c.author}:${c.tracked}`);
    expect(summary).toEqual([
      'insert:推进:张主任:true',
      'delete:分析当前形势:张主任:true',
      'insert:总结前段工作:张主任:true',
      'insert:这次会议是在入冬前召开的一次重要会议。:张主任:true',
      `delete:${before[deleted]}:张主任:true`,
    ]);
    for (const c of inc.changes) expect(inc.paragraphs[c.para]).toBeDefined();
  });

  it('accept all gives the edited text, reject all the stored version', () => {
    expect(docLines(roundTrip(base, views, 'accept').doc)).toEqual(after);
    expect(roundTrip(base, views, 'reject').doc).toEqual(base);
  });

  it('some accepted and some rejected', () => {
    // Accept the new paragraph and 推进; reject the rest.
    const { doc } = roundTrip(base, views, 'reject', [1, 4]);
    const lines = docLines(doc);
    expect(lines[para]).toBe(before[para]!.replace('工作会议', '工作推进会议'));
    expect(lines[para + 1]).toBe('这次会议是在入冬前召开的一次重要会议。');
    expect(lines).toContain(before[deleted]);
  });

  it('untouched blocks keep their roles and facts; an edited line keeps the facts it did not touch', () => {
    const { doc } = roundTrip(base, views, 'accept');
    expect(doc.dateLine).toEqual(base.dateLine);
    expect(doc.speakerLine).toEqual([{ text: '县委副书记、县长　李明远', src: 'speaker' }]);
    const task = doc.blocks.find((b) => b.type === 'paragraph' && b.lead?.runs.some((r) => r.text === '源头管控'));
    expect(task).toEqual(base.blocks.find((b) => b.type === 'paragraph' && b.lead?.runs.some((r) => r.text === '源头管控')));
  });
});

describe('changes made without 修订, a move and a level change', () => {
  const base = speechModel();
  const before = docLines(base);
  const after = [...before];
  const moved = after.findIndex((l) => l.startsWith('部分村组护林员'));
  const [line] = after.splice(moved, 1);
  after.splice(after.length - 1, 0, line!);
  const heading = after.findIndex((l) => l === '（二）基层防控能力仍有短板');
  after[heading] = '二、基层防控能力仍有短板';
  const untrackedEdit = after.findIndex((l) => l.startsWith('各乡镇要在主要上山路口'));
  after[untrackedEdit] = after[untrackedEdit]!.replace('设卡值守', '设卡值守、昼夜巡查');

  it('names the move and the level change, and puts the untracked edit down to the file’s last editor', () => {
    const views = tracked(before, after, '王书记');
    // The untracked edit: take its marks away.
    views.accepted[untrackedEdit]!.marks.fill(undefined);
    const { inc } = roundTrip(base, views, 'accept');
    const byType = (t: string) => inc.changes.filter((c) => c.type === t);
    expect(byType('move')).toHaveLength(1);
    expect(byType('move')[0]!.author).toBe('王书记');
    expect(byType('level')).toEqual([expect.objectContaining({ levels: { from: 2, to: 1 }, text: '基层防控能力仍有短板' })]);
    expect(byType('insert')).toEqual([expect.objectContaining({ text: '、昼夜巡查', author: '办公室', tracked: false })]);
  });

  it('accepting all gives the edited text; rejecting the move and the level change keeps them as they were', () => {
    const views = tracked(before, after, '王书记');
    const { inc, doc } = roundTrip(base, views, 'accept');
    // The same paragraphs at the same levels; numbers are derived again (the headings after it renumber).
    const levelled = (lines: readonly string[]) => lines.map(unitOf).map((u) => [u.level, u.text]);
    expect(levelled(docLines(doc))).toEqual(levelled(after));
    expect(docLines(doc)).toContain('二、基层防控能力仍有短板');
    expect(docLines(doc)).toContain('三、全力抓好森林防灭火各项重点工作');
    const move = inc.changes.find((c) => c.type === 'move')!.id;
    const level = inc.changes.find((c) => c.type === 'level')!.id;
    const kept = roundTrip(base, views, 'accept', [], [move, level]).doc;
    const lines = docLines(kept);
    expect(lines.indexOf(line!)).toBe(moved);
    expect(lines).toContain('（二）基层防控能力仍有短板');
  });
});

describe('carrySources', () => {
  it('keeps the src of a fact whose text is untouched, drops it from one that was edited', () => {
    const old = [[{ text: '全县共有' }, { text: '126', src: 'a' }, { text: '个村，' }, { text: '3.5万户', src: 'b' }, { text: '。' }]];
    const next = [[{ text: '全县现有126个村，约3.6万户。' }]];
    carrySources(old, next);
    expect(next[0]).toEqual([{ text: '全县现有' }, { text: '126', src: 'a' }, { text: '个村，约3.6万户。' }]);
  });
});
