// The 范文库 review and pattern methods through dispatch(), on a real store: library.sources lists
// each import's numbered removals, library.restore undoes them, library.patterns offers headings,
// and a chosen pattern redrafts that heading only (documents.redraft with options.headings).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocModel } from '../../core/doc/model.ts';
import { runsText } from '../../core/doc/text.ts';
import { useApi } from '../helpers/api.ts';
import { loadExamples, SHARED } from '../helpers/examples.ts';

const api = useApi('wengao-api-library-');
const { call, refusal } = api;
const speech = loadExamples().find((e) => e.name === 'speech-living-environment.json')!;


const headings = (doc: DocModel) => doc.blocks.flatMap((b) => (b.type === 'heading' && b.level === 1 ? [runsText(b.runs)] : []));
const notHeadings = (doc: DocModel) => doc.blocks.filter((b: Block) => !(b.type === 'heading' && b.level === 1));

describe('library review and patterns through the API', () => {
  it('library.sources lists the removals; library.restore undoes them, cumulatively', async () => {
    const base64 = readFileSync(join(SHARED, 'genre', 'report-waste-sorting.txt')).toString('base64');
    await call('library.import', { name: 'report-waste-sorting.txt', base64 });
    const [source] = await call('library.sources', {});
    expect(source!.removed.length).toBeGreaterThan(2);
    expect(source!.removed[0]).toMatchObject({ n: 1, line: 1, reason: '网站提示' });
    expect(source!.restored).toEqual([]);

    const first = await call('library.restore', { sourceId: source!.id, entries: [1] });
    expect(first.restored).toBe(1);
    expect(first.source.removed).toHaveLength(source!.removed.length - 1);
    expect(first.source.restored.map((r) => r.text)).toEqual([source!.removed[0]!.text]);
    // Each entry keeps the number the report gave it: the next is still 2, and 1 is restored already.
    expect(first.source.removed.map((r) => r.n)).toEqual(source!.removed.slice(1).map((r) => r.n));
    expect((await refusal('library.restore', { sourceId: source!.id, entries: [1] })).message).toMatch(/第 1 条删除记录已经恢复过了/);
    const second = await call('library.restore', { sourceId: source!.id, entries: [2] });
    expect(second.source.restored.map((r) => r.line)).toEqual([source!.removed[0]!.line, source!.removed[1]!.line]);
    expect((await call('library.sources', {}))[0]).toEqual(second.source);
  });

  it('library.sources names what the reader could not do well (a PDF in three columns), through a restore too', async () => {
    const name = 'three-column-bulletin.pdf';
    const base64 = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'collections', name)).toString('base64');
    await call('library.import', { name, base64 });
    const source = (await call('library.sources', {})).find((s) => s.name === name)!;
    expect(source.notices).toEqual(['第 1 页的文字并排排列（多栏、表格或自由版式），读出的顺序可能前后错乱，请对照原文检查这些页']);
    // A text file has none; the notice stays when the file is analysed again (「拆分有误」: split at a line).
    expect((await call('library.sources', {})).find((s) => s.name === 'report-waste-sorting.txt')!.notices).toEqual([]);
    const lines = await call('library.lines', { sourceId: source.id });
    const split = await call('library.split', { sourceId: source.id, line: lines.at(-3)!.line });
    expect(split.documents).toBe(2);
    expect(split.source.notices).toEqual(source.notices);
  });

  it('library.restore refuses unknown sources and entries in Chinese', async () => {
    expect((await refusal('library.restore', { sourceId: 999, entries: [1] })).message).toMatch(/没有编号为 999 的来源文件/);
    expect((await refusal('library.restore', { sourceId: 1, entries: [500] })).message).toMatch(/没有第 500 条删除记录/);
    expect((await refusal('library.restore', { sourceId: 1, entries: [] })).details.join('\n')).toMatch(/entries/);
  });

  it('library.patterns offers headings by role and level, with their source title', async () => {
    const base64 = readFileSync(join(SHARED, 'genre', 'speech-living-environment.txt')).toString('base64');
    await call('library.import', { name: 'speech-living-environment.txt', base64 });
    const tasks = await call('library.patterns', { role: '任务', level: 1 });
    expect(tasks.length).toBeGreaterThan(0);
    // The speech has 「强化责任担当,全力推动…」 with a half-width comma: offered as 公文 writes it.
    expect(tasks.find((p) => p.pattern === '强化责任担当，全力推动X工作再上新台阶')).toMatchObject({ role: '任务', level: 1, source: '在全区人居环境整治工作推进会议上的讲话' });
    expect(tasks.filter((p) => /[,;:]/.test(p.pattern))).toEqual([]);
    expect((await refusal('library.patterns', { role: '杂项' })).details.join('')).toMatch(/role：应为/);
  });

  it('documents.redraft with options.headings changes that heading only, and keeps it through a part redraft', async () => {
    const { documentId, doc } = await call('documents.create', { input: speech.input, options: { seed: 4 } });
    const before = doc;
    // Typed with a half-width comma: drafted with the full-width one.
    const chosen = await call('documents.redraft', { documentId, options: { headings: { '2': '强化责任担当,全力推动X工作再上新台阶' } } });
    const after = chosen.doc;
    expect(headings(after)[1]).toBe('强化责任担当，全力推动人居环境整治工作再上新台阶');
    expect([headings(after)[0], headings(after)[2]]).toEqual([headings(before)[0], headings(before)[2]]);
    expect(notHeadings(after)).toEqual(notHeadings(before));
    const history = await call('versions.list', { documentId });
    expect(history.at(-1)!.label).toBe('选用范文库标题：第二部分');

    const part3 = await call('documents.redraft', { documentId, part: 3 });
    expect(headings(part3.doc)[1]).toBe(headings(after)[1]);
    // '' goes back to the template's heading.
    const back = await call('documents.redraft', { documentId, options: { headings: { '2': '' } } });
    expect(headings(back.doc)[1]).toBe(headings(before)[1]);

    expect((await refusal('documents.redraft', { documentId, options: { headings: { '5': 'X' } } })).details.join('')).toMatch(/各部分的标题中的“5”：/);
    expect((await refusal('documents.redraft', { documentId, options: { headings: { '1': '确保2025年完成X' } } })).message).toMatch(/含有数字/);
  });
});
