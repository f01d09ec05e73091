// The 回收站 seen from the rest of the 范文库, through dispatch() on a real SQLite file (session 16):
// - importing again a file whose documents are in the bin says so (all, or which), not 「已在范文库中」;
// - the 导入清理记录 marks a binned document, and 拆分有误 neither brings it back nor takes another's
//   text into the bin: merging or splitting it is refused with what to do;
// - a heading harvested from a binned document no longer hides the same heading of another document
//   (patterns per document, migration 0012): offered, searched and in the outline from the other one.
// Fixtures: test/fixtures/library-bin16/ (岚溪镇, three talks in one file; 岚溪镇 and 青陂乡, one heading).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.ts';

const api = useApi('wengao-api-library-bin16-');
const { call, refusal } = api;
const file = (name: string) => ({ name, base64: readFileSync(join(import.meta.dirname, '..', 'fixtures', 'library-bin16', name)).toString('base64') });
const THREE = file('three-talks.txt');
const FISH = '在岚溪镇秋季禁渔工作会议上的讲话';
const TEA = '在岚溪镇茶园冬管工作推进会上的讲话';
const STREET = '在岚溪镇集镇环境整治动员会上的讲话';
const A = file('heading-twins-a.txt');
const B = file('heading-twins-b.txt');
const TITLE_A = '在岚溪镇汛前准备工作会议上的讲话';
const TITLE_B = '在青陂乡汛前准备工作会议上的讲话';
const HEADING = '提高认识，压实防汛责任';

const idOf = async (title: string, removed = false) => (await call('library.documents', { removed })).find((d) => d.title === title)!.id;
const sourceOf = async (name: string) => (await call('library.sources', {})).find((s) => s.name === name)!;

describe('the 回收站 and importing again', () => {
  it('a file imported again with its documents live is 「已在范文库中」, with none binned', async () => {
    expect(await call('library.import', THREE)).toMatchObject({ documents: 3 });
    expect(await call('library.import', THREE)).toEqual({ documents: 0, removed: 0, duplicate: true, inLibrary: 3, binned: [] });
  });

  it('with some of its documents in the bin: says which, and they can be restored from there', async () => {
    const tea = await idOf(TEA);
    await call('library.remove', { documentIds: [tea] });
    expect(await call('library.import', THREE)).toEqual({ documents: 0, removed: 0, duplicate: true, inLibrary: 3, binned: [{ id: tea, title: TEA }] });
    // Not imported a second time: the library still has the file's three documents, one of them binned.
    expect((await call('library.documents', {})).map((d) => d.title)).toEqual([FISH, STREET]);
    expect((await call('library.documents', { removed: true })).map((d) => d.title)).toEqual([TEA]);
  });

  it('with all of them in the bin: says so, and 恢复 brings them back', async () => {
    const ids = [await idOf(FISH), await idOf(STREET)];
    await call('library.remove', { documentIds: ids });
    const again = await call('library.import', THREE);
    expect(again.duplicate).toBe(true);
    expect(again.binned!.map((d) => d.title).sort()).toEqual([FISH, STREET, TEA].sort());
    expect(again.inLibrary).toBe(3);
    await call('library.recover', { documentIds: again.binned!.map((d) => d.id) });
    expect((await call('library.documents', {})).map((d) => d.title)).toEqual([FISH, TEA, STREET]);
    expect((await call('library.search', { query: '茶树修剪' })).hits.map((h) => h.title)).toEqual([TEA]);
  });
});

describe('the 导入清理记录 and 拆分有误 with a document in the bin', () => {
  it('marks the binned document under its file', async () => {
    const tea = await idOf(TEA);
    await call('library.remove', { documentIds: [tea] });
    const s = await sourceOf('three-talks.txt');
    expect(s.documents.map((d) => [d.title, d.removedAt !== undefined])).toEqual([
      [FISH, false],
      [TEA, true],
      [STREET, false],
    ]);
  });

  it('refuses to merge a binned document into the one before, or the next one into it, and changes nothing', async () => {
    const before = await sourceOf('three-talks.txt');
    const [fish, tea, street] = before.documents;
    const into = await refusal('library.merge', { sourceId: before.id, documentId: tea!.id });
    expect(into.message).toContain(`《${TEA}》在回收站中`);
    expect(into.message).toContain('请先在回收站恢复它');
    const next = await refusal('library.merge', { sourceId: before.id, documentId: street!.id });
    expect(next.message).toContain(`《${TEA}》在回收站中`);
    expect(await sourceOf('three-talks.txt')).toEqual(before);
    expect((await call('library.documents', {})).map((d) => d.id)).toEqual([fish!.id, street!.id]);
    // The binned text did not come back to search; the live one did not go.
    expect((await call('library.search', { query: '茶树修剪' })).hits).toEqual([]);
    expect((await call('library.search', { query: '违章搭建' })).hits.map((h) => h.title)).toEqual([STREET]);
  });

  it('refuses to split a binned document (its second half would come back), and splits a live one', async () => {
    const s = await sourceOf('three-talks.txt');
    const lines = await call('library.lines', { sourceId: s.id });
    const inTea = lines.find((l) => l.document === 2 && l.text.startsWith('二、'))!;
    const refused = await refusal('library.split', { sourceId: s.id, line: inTea.line });
    expect(refused.message).toContain(`《${TEA}》在回收站中，不能在第 ${inTea.line} 行拆开`);
    expect(await sourceOf('three-talks.txt')).toEqual(s);
    expect((await call('library.search', { query: '有机肥' })).hits).toEqual([]);

    const inStreet = lines.find((l) => l.document === 3 && l.text.startsWith('二、'))!;
    const split = await call('library.split', { sourceId: s.id, line: inStreet.line });
    expect(split.documents).toBe(4);
    // The binned one is still in the bin, as it was.
    expect((await call('library.documents', { removed: true })).map((d) => d.title)).toEqual([TEA]);
  });
});

describe('a heading shared by two documents, one of them binned', () => {
  it('is still offered, searched and in the outline from the other one', async () => {
    await call('library.import', A);
    await call('library.import', B);
    const offered = async () => (await call('library.patterns', { limit: 500 })).filter((p) => p.pattern.includes('压实') && p.pattern.includes('责任') && p.pattern.startsWith('提高认识'));
    const both = await offered();
    // Offered once (the first document's), not twice.
    expect(both.map((p) => p.source)).toEqual([TITLE_A]);

    await call('library.remove', { documentIds: [await idOf(TITLE_A)] });
    const after = await offered();
    expect(after.map((p) => [p.pattern, p.source])).toEqual([[both[0]!.pattern, TITLE_B]]);
    const hits = (await call('library.search', { query: HEADING })).hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.title))).toEqual(new Set([TITLE_B]));
    const b = await call('library.document', { documentId: await idOf(TITLE_B) });
    expect(b.outline.map((h) => h.heading)).toContain(HEADING);

    // Back from the bin: the first document's again.
    await call('library.recover', { documentIds: [await idOf(TITLE_A, true)] });
    expect((await offered()).map((p) => p.source)).toEqual([TITLE_A]);
  });
});
