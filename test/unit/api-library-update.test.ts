// Correcting a 范文库 document's 体裁 and title (the outside screen test's defect 4, session 18: a
// 会议记录 typed 纪要, and nothing could be corrected). Through dispatch(), on a real SQLite file: a
// 会议记录 (the analysis types it 记录 since session 19's s19-imp) the user calls a 纪要 becomes one and
// is renamed; the list, the reader and search follow; an
// undo of a cleaning removal (the file analysed again) keeps her choice; null takes a field back to
// what the analysis found; a bad title or 体裁 is refused in Chinese naming the field, changing nothing.
// Fixture: test/fixtures/library-ui19/two-records.txt (澜沧乡: a 党委会会议记录 and a speech).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.ts';

const { call, refusal } = useApi('wengao-api-library-update-');
const NAME = 'two-records.txt';
const base64 = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'library-ui19', NAME)).toString('base64');
const RECORD = '澜沧乡党委会会议记录';
const RENAMED = '澜沧乡党委会2027年第3次会议记录';
const SPEECH = '在澜沧乡春季农业生产工作会议上的讲话';

const docs = () => call('library.documents', {});
const recordId = async () => (await docs()).find((d) => d.title === RECORD || d.title === RENAMED)!.id;

describe('library.update: 体裁 and title corrected, kept by a re-analysis, undone', () => {
  it('a 会议记录 the analysis typed 记录 becomes the 纪要 she says it is and is renamed; list and reader follow', async () => {
    await call('library.import', { name: NAME, base64 });
    expect((await docs()).map((d) => [d.title, d.genre])).toEqual([
      [RECORD, 'record'],
      [SPEECH, 'speech'],
    ]);
    const id = await recordId();
    const typed = await call('library.update', { documentId: id, genre: 'minutes' });
    expect(typed).toMatchObject({ id, title: RECORD, genre: 'minutes', corrected: { genre: 'record' } });
    // By its name, as a user types it.
    const renamed = await call('library.update', { documentId: id, title: `  ${RENAMED} ` });
    expect(renamed).toMatchObject({ title: RENAMED, genre: 'minutes', corrected: { genre: 'record', title: RECORD } });
    expect((await docs()).map((d) => [d.title, d.genre])).toEqual([
      [RENAMED, 'minutes'],
      [SPEECH, 'speech'],
    ]);
    expect(await call('library.document', { documentId: id })).toMatchObject({ title: RENAMED, genre: 'minutes', corrected: { genre: 'record', title: RECORD } });
    // Search names it by its new title.
    const hits = (await call('library.search', { query: '春耕', limit: 50 })).hits;
    expect(hits.some((h) => h.title === RENAMED)).toBe(true);
    expect(hits.some((h) => h.title === RECORD)).toBe(false);
    // The speech is untouched.
    expect((await docs())[1]!.corrected).toBeUndefined();
  });

  it('an undo of a cleaning removal (the file analysed again) keeps her title and 体裁', async () => {
    const [source] = await call('library.sources', {});
    const entry = source!.removed.find((r) => r.text.startsWith('来源：'))!;
    const undone = await call('library.restore', { sourceId: source!.id, entries: [entry.n] });
    expect(undone.documents).toBe(2);
    expect((await docs()).map((d) => [d.title, d.genre, d.corrected])).toEqual([
      [RENAMED, 'minutes', { genre: 'record', title: RECORD }],
      [SPEECH, 'speech', undefined],
    ]);
  });

  it('null takes a field back to what the analysis found; the same value as found is no correction', async () => {
    const id = await recordId();
    expect(await call('library.update', { documentId: id, genre: null })).toMatchObject({ title: RENAMED, genre: 'record', corrected: { title: RECORD } });
    const back = await call('library.update', { documentId: id, title: null });
    expect(back).toMatchObject({ title: RECORD, genre: 'record' });
    expect(back.corrected).toBeUndefined();
    expect((await call('library.update', { documentId: id, genre: '会议记录' })).corrected).toBeUndefined();
    expect((await call('library.update', { documentId: id, genre: '会议纪要' })).genre).toBe('minutes');
  });

  it('refuses a bad title or 体裁 in Chinese, naming the field, and changes nothing', async () => {
    const id = await recordId();
    const before = await docs();
    expect((await refusal('library.update', { documentId: id, title: '   ' })).message).toBe('标题：不能为空');
    expect((await refusal('library.update', { documentId: id, title: '第一行\n第二行' })).message).toBe('标题：只能有一行');
    expect((await refusal('library.update', { documentId: id, title: '长'.repeat(201) })).message).toBe('标题：最多 200 个字，实际为 201 个字');
    expect((await refusal('library.update', { documentId: id, genre: '公告' })).message).toBe('体裁：应为 讲话、纪要、记录、报告、其他 之一，实际为“公告”');
    expect((await refusal('library.update', { documentId: id })).message).toBe('请给出要更正的标题或体裁');
    expect((await refusal('library.update', { documentId: 99_999, genre: 'record' })).message).toContain('范文库中没有编号为 99999 的文档');
    expect(await docs()).toEqual(before);
  });

  it('the headings offered for a genre take 记录', async () => {
    expect(Array.isArray(await call('library.patterns', { genres: ['record'] }))).toBe(true);
  });
});
