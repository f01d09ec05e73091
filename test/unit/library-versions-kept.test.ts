// A new version of a collection keeps more of the version before (session 20 imp's open items 1–3):
// each piece found again keeps its document id (what names it — a link, a note of its number — still
// does: its text, its headings and its search hits under that id); a piece she deleted for good
// (彻底删除) stays deleted and is named; and a file of the same name from elsewhere whose pieces share
// only their titles (「村两委会议记录」 in two villages' files) is another file, imported beside it.
// Through dispatch() as the app calls it (an upload: matched by the file's name). Fixtures:
// test/fixtures/library-versions21 (沄塘县, 漴阳镇, 筼溪乡, 芑湾村, 蓼坪村, 檀溪村 invented): v2 = v1 with A's
// opening and heading 二 reworded and E added after D; other/a and other/b two villages' records.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchPieces } from '../../core/piece-match.ts';
import { versionSummary } from '../../core/version-summary.ts';
import { useApi } from '../helpers/api.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'library-versions21');
const NAME = '沄塘县讲话汇编.txt';
const upload = (folder: string, name = NAME) => ({ name, base64: readFileSync(join(dir, folder, name)).toString('base64') });
const A = '在沄塘县秋冬季森林防火工作会议上的讲话';
const B = '在漴阳镇农村饮水安全工作会议上的讲话';
const C = '在筼溪乡茶叶产业推进会上的讲话';
const D = '在芑湾村美丽乡村建设现场会上的讲话';
const E = '在沄塘县冬季农田水利建设动员会上的讲话';

describe('a new version keeps the ids of its pieces and leaves out those deleted for good', () => {
  const { call } = useApi('wengao-versions-kept-');
  const ids = async (removed = false) => new Map((await call('library.documents', { removed })).map((d) => [d.title, d.id]));

  it('A, B and D keep their ids; C, deleted for good, is not imported again and is named', async () => {
    expect(await call('library.import', upload('v1'))).toMatchObject({ documents: 4 });
    const before = await ids();
    await call('library.remove', { documentIds: [before.get(C)!, before.get(D)!] });
    await call('library.purge', { documentIds: [before.get(C)!] });

    const again = await call('library.import', upload('v2'));
    const v = again.version!;
    expect(v.changed).toEqual([{ id: before.get(A), title: A }]);
    expect(v.unchanged).toEqual([
      { id: before.get(B), title: B },
      { id: before.get(D), title: D },
    ]);
    expect(v.added.map((d) => d.title)).toEqual([E]);
    expect(v.purged).toEqual([{ title: C }]);
    expect(v.gone).toEqual([]);
    expect(versionSummary(v)).toContain(`上一版中已彻底删除的 1 篇未再导入：《${C}》`);
    expect(again.documents).toBe(4);

    const now = await ids();
    expect([...now.keys()].sort()).toEqual([A, B, E].sort());
    expect(now.get(A)).toBe(before.get(A));
    expect(now.get(B)).toBe(before.get(B));
    // D is still in the 回收站, under its own id; C is nowhere.
    expect([...(await ids(true)).entries()]).toEqual([[D, before.get(D)]]);
    // Under the kept id: the new text, its headings, its search hits.
    const a = await call('library.document', { documentId: before.get(A)! });
    expect(a.text).toContain('总结去年防火工作');
    expect(a.outline.map((n) => n.heading)).toContain('聚焦重点，全面落实火源管控措施');
    expect((await call('library.search', { query: '火源管控措施' })).hits.map((h) => h.documentId)).toContain(before.get(A));
    expect((await call('library.search', { query: '茶叶加工厂建成投产' })).hits).toEqual([]);
  });

  it('a re-analysis of the new version leaves C out; importing that file again brings C back, as for any file', async () => {
    const [source] = (await call('library.sources', {})).filter((s) => s.name === NAME);
    const line = (await call('library.lines', { sourceId: source!.id })).find((l) => l.text.startsWith('二、落实工作责任'))!.line;
    await call('library.split', { sourceId: source!.id, line });
    expect((await call('library.documents', {})).map((d) => d.title)).not.toContain(C);
    expect((await call('library.documents', { removed: true })).map((d) => d.title)).toEqual([D]);
    // The way back for a piece deleted for good (purged-return.ts): the file imported once more.
    const again = await call('library.import', upload('v2'));
    expect(again).toMatchObject({ duplicate: true });
    expect(again.returned?.map((d) => d.title)).toEqual([C]);
  });
});

describe('a file of the same name whose pieces share only their titles', () => {
  const { call } = useApi('wengao-versions-titles-');
  it('is another file: imported beside it, nothing replaced', async () => {
    const NAMED = '村级会议记录.txt';
    expect(await call('library.import', upload('other/a', NAMED))).toMatchObject({ documents: 2 });
    const r = await call('library.import', upload('other/b', NAMED));
    expect(r.version).toBeUndefined();
    expect(r.documents).toBe(2);
    const docs = await call('library.documents', {});
    expect(docs.map((d) => d.title)).toEqual(['村两委会议记录', '村民代表会议记录', '村两委会议记录', '村民代表会议记录']);
    expect((await call('library.search', { query: '秸秆禁烧' })).hits).toHaveLength(1);
  });
  it('matched by title alone, a piece does not share its text', () => {
    const piece = (title: string, text: string) => ({ title, body: null, text: text.repeat(6) });
    const m = matchPieces([piece('会议记录', '研究秸秆禁烧和路灯维修。')], [piece('会议记录', '讨论管网改造和监督委员会。')]);
    expect(m.from).toEqual([0]);
    expect(m.alike).toEqual([false]);
  });
});
