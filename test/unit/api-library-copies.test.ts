// One speech imported from several files (s16 screen tester, defect 5): a Word file, a Markdown note
// and the portal's saved page of one 荻川县 speech (test/fixtures/library-copies, built by its
// build.ts). Each copy after the first is kept and marked 「与《…》（来自…）正文相同」 — in the import's
// answer, the 导入清理记录, the 范文库's list — and a search lists each passage once, naming the copies.
// Binning the first makes the next one the first; a different speech, or a short one, is no copy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'library-copies');
const FILES = ['居家养老服务推进会讲话.docx', '养老服务讲话（笔记）.md', 'content_20261024.html'];
const TITLE = '在全县居家养老服务工作推进会上的讲话';
const api = useApi('wengao-api-library-copies-');
const upload = (name: string, text?: string) => api.call('library.import', { name, base64: (text === undefined ? readFileSync(join(DIR, name)) : Buffer.from(text)).toString('base64') });

describe('the same speech from three files', () => {
  it('imports all three; the second and third are said to be copies of the first', async () => {
    const first = await upload(FILES[0]!);
    expect(first.documents).toBe(1);
    expect(first.notices ?? []).toEqual([]);
    expect(first.copies).toBeUndefined();
    // Counted, not said one by one (the s18 screen tester's defect 5: an import of many copies was a wall of them);
    // which document is the same as which is in the list and the 导入清理记录 (below).
    const second = await upload(FILES[1]!);
    expect(second.copies).toBe(1);
    expect(second.notices ?? []).toEqual([]);
    const third = await upload(FILES[2]!);
    expect(third.copies).toBe(1);
    expect(third.notices ?? []).toEqual([]);
  });

  it('the list and the 导入清理记录 mark the copies, not the first', async () => {
    const docs = await api.call('library.documents', {});
    expect(docs.map((d) => [d.sourceName, d.sameAs?.sourceName ?? null])).toEqual([
      [FILES[0], null],
      [FILES[1], FILES[0]],
      [FILES[2], FILES[0]],
    ]);
    const sources = await api.call('library.sources', {});
    expect(sources.map((s) => s.notices.length)).toEqual([0, 1, 1]);
    expect(sources[1]!.notices).toEqual([`《${TITLE}》与同名的一篇（来自 ${FILES[0]}）正文相同：两篇都保留了，搜索时同一段只列一次；不需要的一篇可移到回收站`]);
    expect(sources[2]!.notices[0]).toMatch(new RegExp(`^《韦春兰${TITLE}》与《${TITLE}》（来自 ${FILES[0]}）正文相同：`));
  });

  it('a search lists each passage once, with the copies named', async () => {
    const { hits } = await api.call('library.search', { query: '互助养老点' });
    expect(hits.length).toBeGreaterThan(0);
    const texts = hits.map((h) => h.text);
    expect(new Set(texts).size).toBe(texts.length);
    for (const h of hits) {
      expect(h.title).toBe(TITLE);
      expect(h.copies?.map((c) => c.sourceName)).toEqual([FILES[1], FILES[2]]);
    }
  });

  it('with the first in the 回收站, the second is the one listed and the third its copy', async () => {
    const docs = await api.call('library.documents', {});
    await api.call('library.remove', { documentIds: [docs[0]!.id] });
    const after = await api.call('library.documents', {});
    expect(after.map((d) => [d.sourceName, d.sameAs?.sourceName ?? null])).toEqual([
      [FILES[1], null],
      [FILES[2], FILES[1]],
    ]);
    const { hits } = await api.call('library.search', { query: '护理员' });
    expect(hits.every((h) => h.copies?.length === 1 && h.copies[0]!.sourceName === FILES[2])).toBe(true);
    await api.call('library.recover', { documentIds: [docs[0]!.id] });
  });

  it('another speech sharing a paragraph, or a short note repeated, is no copy', async () => {
    const speech = readFileSync(join(DIR, 'speech.txt'), 'utf8').split('\n');
    // The same opening and closing, another body: a speech of the next year.
    const next = [...speech.slice(0, 5), '一、今年以来的工作', '全县新建村级互助养老点31个，老年助餐点覆盖率达到八成。', ...speech.slice(-1)].join('\n');
    expect((await upload('明年讲话.txt', next)).notices ?? []).toEqual([]);
    const note = '关于召开养老服务工作会议的通知\n各乡镇：\n定于11月3日召开会议，请准时参加。\n';
    await upload('通知.txt', note);
    expect((await upload('通知（副本）.txt', note + '\n')).notices ?? []).toEqual([]);
  });

  // (s18 screen tester, defect 9: one paragraph listed twice, from two files of one speech whose bodies differ a little.)
  it('a near copy (a sentence added) is no copy by its body, but a search lists a passage it shares once, naming it', async () => {
    const speech = readFileSync(join(DIR, 'speech.txt'), 'utf8').split('\n');
    const edited = speech.map((l, k) => (k === 4 ? `${l}会前，大家实地察看了城东社区的互助养老点。` : l)).join('\n');
    expect((await upload('讲话（改过一句）.txt', edited)).notices ?? []).toEqual([]);
    const { hits } = await api.call('library.search', { query: '互助养老点' });
    const texts = hits.map((h) => h.text);
    expect(new Set(texts).size).toBe(texts.length);
    // (The passages of the speech other than the one edited; 明年讲话.txt, a speech of its own, has one of its own here.)
    const shared = hits.filter((h) => speech.slice(5).includes(h.text));
    expect(shared.length).toBeGreaterThan(0);
    for (const h of shared) expect(h.copies?.map((c) => c.sourceName)).toEqual([FILES[1], FILES[2], '讲话（改过一句）.txt']);
    // Another speech sharing its opening paragraph (明年讲话.txt, above) is listed apart.
    const opening = (await api.call('library.search', { query: '居家养老服务工作推进会，主要是通报' })).hits.filter((h) => h.text === speech[4]);
    expect(opening).toHaveLength(2);
  });
});
