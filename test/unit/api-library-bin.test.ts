// The 范文库's list and 回收站 through dispatch(), on a real SQLite file: a removed document is no
// longer listed, searched (by its text, a 1–2 character word, its title) nor offered to drafting
// (its headings), and 恢复 brings it back exactly — text, outline, review choices and search hits.
// A re-analysis of its file (an undo of a cleaning removal) keeps it in the bin; a document removed
// for good does not come back that way; the file's last one takes the file with it (importable again).
// Fixture: test/fixtures/library-bin/two-speeches.txt (枫岭县, two speeches in one file).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.ts';

const api = useApi('wengao-api-library-bin-');
const { call, refusal } = api;
const NAME = 'two-speeches.txt';
const base64 = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'library-bin', NAME)).toString('base64');
const FIRE = '在枫岭县秋冬季森林防火工作会议上的讲话';
const WATER = '在枫岭县冬季农田水利建设推进会上的讲话';

const titles = async (removed = false) => (await call('library.documents', { removed })).map((d) => d.title);
const hits = async (query: string) => (await call('library.search', { query, limit: 50 })).hits;
const idOf = async (title: string, removed = false) => (await call('library.documents', { removed })).find((d) => d.title === title)!.id;
const patternsFrom = async (title: string) => (await call('library.patterns', { limit: 500 })).filter((p) => p.source === title);

describe('the 范文库 list and its 回收站', () => {
  it('lists the imported documents with their file, date and length', async () => {
    const before = Date.now();
    await call('library.import', { name: NAME, base64 });
    const docs = await call('library.documents', {});
    expect(docs.map((d) => d.title)).toEqual([FIRE, WATER]);
    for (const d of docs) {
      expect(d).toMatchObject({ genre: 'speech', sourceName: NAME, removedAt: null });
      expect(d.importedAt).toBeGreaterThanOrEqual(before - 1000);
      expect(d.chars).toBeGreaterThan(80);
    }
    const read = await call('library.document', { documentId: docs[0]!.id });
    expect(read.text).toContain('扑火演练');
    expect(read.outline.map((h) => h.heading)).toEqual(['认清形势，压实护林防火责任', '突出重点，严控野外用火', '强化保障，提升扑救能力']);
    expect(await call('library.documents', { removed: true })).toEqual([]);
  });

  it('a removed document is not listed, searched nor offered; 恢复 brings it back exactly', async () => {
    const fire = await idOf(FIRE);
    const words = ['扑火演练', '扑火', '森林防火', '护林'];
    const found = Object.fromEntries(await Promise.all(words.map(async (w) => [w, await hits(w)] as const)));
    for (const w of words) expect(found[w]!.some((h) => h.title === FIRE), w).toBe(true);
    const text = await call('library.document', { documentId: fire });
    const sources = await call('library.sources', {});
    const patterns = await patternsFrom(FIRE);
    expect(patterns.length).toBeGreaterThan(0);

    const t0 = Date.now();
    expect(await call('library.remove', { documentIds: [fire] })).toEqual({ removed: 1 });
    expect(await titles()).toEqual([WATER]);
    const binned = await call('library.documents', { removed: true });
    expect(binned.map((d) => d.title)).toEqual([FIRE]);
    expect(binned[0]!.removedAt).toBeGreaterThanOrEqual(t0);
    for (const w of words) expect((await hits(w)).some((h) => h.title === FIRE), w).toBe(false);
    expect(await patternsFrom(FIRE)).toEqual([]);
    // Still readable in the bin, and removing again changes nothing.
    expect((await call('library.document', { documentId: fire })).text).toBe(text.text);
    expect(await call('library.remove', { documentIds: [fire] })).toEqual({ removed: 0 });

    expect(await call('library.recover', { documentIds: [fire] })).toEqual({ recovered: 1 });
    expect(await titles()).toEqual([FIRE, WATER]);
    expect(await call('library.documents', { removed: true })).toEqual([]);
    expect(await call('library.document', { documentId: fire })).toEqual(text);
    expect(await call('library.sources', {})).toEqual(sources);
    expect(await patternsFrom(FIRE)).toEqual(patterns);
    for (const w of words) expect(await hits(w), w).toEqual(found[w]);
  });

  it('an undo of a cleaning removal (the file analysed again) keeps a removed document in the bin', async () => {
    await call('library.remove', { documentIds: [await idOf(FIRE)] });
    const [source] = await call('library.sources', {});
    const undone = await call('library.restore', { sourceId: source!.id, entries: [1] });
    expect(undone.documents).toBe(2);
    expect(await titles()).toEqual([WATER]);
    expect(await titles(true)).toEqual([FIRE]);
    expect((await hits('扑火演练')).length).toBe(0);
    await call('library.recover', { documentIds: [await idOf(FIRE, true)] });
    expect((await hits('扑火演练')).map((h) => h.title)).toEqual([FIRE]);
  });

  it('removes for good only from the bin; the file goes with its last document and can be imported again', async () => {
    const water = await idOf(WATER);
    expect((await refusal('library.purge', { documentIds: [water] })).message).toMatch(/不在回收站中/);
    expect((await refusal('library.remove', { documentIds: [9999] })).message).toMatch(/没有编号为 9999 的文档/);
    await call('library.remove', { documentIds: [water] });
    expect(await call('library.purge', { documentIds: [water] })).toEqual({ purged: 1 });
    expect(await titles(true)).toEqual([]);
    expect((await refusal('library.document', { documentId: water })).message).toMatch(/没有编号为/);
    // Another undo analyses the file again: the document removed for good stays out.
    const [source] = await call('library.sources', {});
    await call('library.restore', { sourceId: source!.id, entries: [source!.removed[0]!.n] });
    expect(await titles()).toEqual([FIRE]);
    expect((await hits('泵站检修')).length).toBe(0);

    const fire = await idOf(FIRE);
    await call('library.remove', { documentIds: [fire] });
    await call('library.purge', { documentIds: [fire] });
    expect(await call('library.sources', {})).toEqual([]);
    expect(await call('library.import', { name: NAME, base64 })).toMatchObject({ documents: 2 });
    expect(await titles()).toEqual([FIRE, WATER]);
  });
});
