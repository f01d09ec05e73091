// Undoing a removal on a real database file: the restored line is searchable, the source's
// documents, passages and patterns are replaced in one transaction, undos add up and show in the
// report, and a bad request or a failing write leaves the library exactly as it was. Also: the
// harvested patterns offered with their role and source.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFiles, LibraryError, libraryCounts, search } from '../../main/services/library/library.ts';
import { libraryPatterns, librarySources, restoreRemoved, sourceReview } from '../../main/services/library/review.ts';
import { Store } from '../../main/services/store/store.ts';
import { SHARED } from '../helpers/examples.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-restore-'));
const RAW = [
  '在全县创卫工作推进会议上的讲话',
  '同志们：',
  '今天召开会议，部署创卫工作。',
  '下面是小编为大家整理的讲话稿，仅供参考。',
  '一、提高认识，切实增强做好创卫工作的紧迫感',
  '各单位要关注公众号“某县发布”，及时通报创卫进展。',
  '创卫工作是民生工程，关系群众切身利益，必须抓紧抓好。',
  '二、压实责任，全力推动创卫工作落地见效',
  '各乡镇要落实属地责任，确保工作不留死角。',
  '原文链接：https://www.example.com/a/1.html',
  '同志们，让我们共同努力！',
].join('\n');
let store: Store;
let sourceId: number;

beforeAll(async () => {
  const file = join(tmp, '创卫讲话.txt');
  writeFileSync(file, RAW);
  store = new Store(join(tmp, 'data', 'wengao.db'));
  const summary = await importFiles(store, [file, join(SHARED, 'genre', 'speech-cw-review-two.txt')]);
  const r = summary.files[0]!;
  if (r.status !== 'imported') throw new Error(JSON.stringify(r));
  sourceId = r.sourceId;
});

afterAll(() => {
  store?.close();
  rmSync(tmp, { recursive: true, force: true });
});

function state(): { counts: Record<string, number>; hash: string } {
  const h = createHash('sha256');
  for (const t of ['library_sources', 'library_documents', 'passages', 'patterns']) h.update(JSON.stringify(store.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
  h.update(JSON.stringify(store.db.prepare(`SELECT rowid FROM passages_fts ORDER BY rowid`).pluck().all()));
  h.update(JSON.stringify(store.db.prepare(`SELECT term, doc, cnt FROM passages_vocab`).all()));
  return { counts: libraryCounts(store), hash: h.digest('hex') };
}

const entry = (text: string) => sourceReview(store, sourceId).removed.find((r) => r.text.includes(text))!.n;

describe('restoreRemoved', () => {
  it('lists the sources with their numbered removals', () => {
    const sources = librarySources(store);
    expect(sources.map((s) => s.name)).toEqual(['创卫讲话.txt', 'speech-cw-review-two.txt']);
    const mine = sources[0]!;
    expect(mine.removed.map((r) => [r.n, r.line, r.reason])).toEqual([
      [1, 4, '网站提示'],
      [2, 6, '广告'],
      [3, 10, '来源'],
    ]);
    expect(mine.restored).toEqual([]);
    expect(mine.documents).toHaveLength(1);
  });

  it('a restored line is back in the passages and found by search (index updated); counts follow', () => {
    expect(search(store, '某县发布').hits).toHaveLength(0);
    const before = libraryCounts(store);
    const r = restoreRemoved(store, sourceId, [entry('公众号')]);
    expect(r.restored.map((x) => [x.line, x.reason])).toEqual([[6, '广告']]);
    const hits = search(store, '某县发布').hits;
    expect(hits).toHaveLength(1);
    expect(hits[0]!.text).toBe('各单位要关注公众号“某县发布”，及时通报创卫进展。');
    expect(hits[0]!.documentId).toBe(r.documents[0]!.id);
    // 1–2 character search (vocabulary) and the rest of the text still work.
    expect(search(store, '死角', { documentId: r.documents[0]!.id }).hits).toHaveLength(1);
    expect(libraryCounts(store)).toEqual({ ...before, passages: before.passages + 1 });
    // The old document is gone, with its passages and index rows: no orphans.
    expect(store.db.prepare(`SELECT count(*) FROM passages_fts`).pluck().get()).toBe(libraryCounts(store).passages);
    const review = sourceReview(store, sourceId);
    expect(review.removed.map((x) => x.line)).toEqual([4, 10]);
    expect(review.restored).toMatchObject([{ line: 6, reason: '广告', text: '各单位要关注公众号“某县发布”，及时通报创卫进展。' }]);
  });

  it('a second undo adds to the first: both lines kept, both listed as restored', () => {
    restoreRemoved(store, sourceId, [entry('原文链接')]);
    const review = sourceReview(store, sourceId);
    expect(review.removed.map((x) => x.line)).toEqual([4]);
    // Numbered as the first report numbered it.
    expect(review.removed.map((x) => x.n)).toEqual([1]);
    expect(review.restored.map((x) => x.line)).toEqual([6, 10]);
    expect(search(store, '某县发布').hits).toHaveLength(1);
    expect(search(store, 'example').hits).toHaveLength(1);
    const report = JSON.parse(store.db.prepare(`SELECT report_json FROM library_sources WHERE id = ?`).pluck().get(sourceId) as string) as { kept: number[] };
    expect(report.kept).toEqual([6, 10]);
  });

  it('the patterns of the source are harvested again', () => {
    const mine = libraryPatterns(store, { limit: 500 }).filter((p) => p.source === '在全县创卫工作推进会议上的讲话');
    // Roles as the outline gave the headings' sections.
    const outline = sourceReview(store, sourceId).documents[0]!;
    expect(mine.map((p) => [p.pattern, p.documentId])).toEqual([
      ['提高认识，切实增强做好X工作的紧迫感', outline.id],
      ['压实责任，全力推动X工作落地见效', outline.id],
    ]);
    expect(mine[0]!.role).toBe('意义');
  });

  it('bad source or entry numbers: a Chinese error, nothing changed', () => {
    const before = state();
    const cases: [number, number[], RegExp][] = [
      [9999, [1], /没有编号为 9999 的来源文件/],
      [sourceId, [4], /没有第 4 条删除记录（来源 \d+ 共有 3 条，编号 1–3）/],
      // Restored already: the numbers stay as the report gave them (2 and 3 are back in the text).
      [sourceId, [2], /第 2 条删除记录已经恢复过了/],
      [sourceId, [0], /没有第 0 条删除记录/],
      [sourceId, [1, 1.5], /没有第 1.5 条删除记录/],
      [sourceId, [], /请指定要恢复的删除记录编号/],
    ];
    for (const [id, entries, message] of cases) {
      expect(() => restoreRemoved(store, id, entries)).toThrow(LibraryError);
      expect(() => restoreRemoved(store, id, entries)).toThrow(message);
    }
    expect(state()).toEqual(before);
  });

  it('a write that fails half-way is rolled back whole', () => {
    const before = state();
    store.db.exec(`CREATE TEMP TRIGGER fail_patterns BEFORE INSERT ON patterns BEGIN SELECT RAISE(ABORT, 'disk trouble'); END`);
    try {
      expect(() => restoreRemoved(store, sourceId, [1])).toThrow();
    } finally {
      store.db.exec(`DROP TRIGGER fail_patterns`);
    }
    expect(state()).toEqual(before);
    expect(sourceReview(store, sourceId).removed).toHaveLength(1);
  });

  it('a collection keeps its two documents when its title mark is restored', () => {
    const two = librarySources(store)[1]!;
    const mark = two.removed.find((r) => r.reason === '合集标记')!;
    const r = restoreRemoved(store, two.id, [mark.n]);
    expect(r.documents).toHaveLength(2);
    expect(r.documents[0]!.title).toContain('（两篇）');
  });
});

describe('libraryPatterns', () => {
  it('offers patterns with their role, level and source title; filters by role and level; drops digits', () => {
    const all = libraryPatterns(store, { limit: 500 });
    expect(all.length).toBeGreaterThan(3);
    for (const p of all) expect(p.pattern).not.toMatch(/[0-9]/);
    const tasks = libraryPatterns(store, { role: '任务', level: 1 });
    expect(tasks.length).toBeGreaterThan(0);
    for (const p of tasks) expect([p.role, p.level]).toEqual(['任务', 1]);
    expect(libraryPatterns(store, { limit: 1 })).toHaveLength(1);
    expect(() => libraryPatterns(store, { role: '杂项' as never })).toThrow(/没有“杂项”这一部分/);
  });
});
