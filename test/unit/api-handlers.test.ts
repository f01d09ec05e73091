// The API handlers through dispatch(), on a real store in a temp folder: what the UI does, method
// by method, with the contract's schemas checking every input and output.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocModel } from '../../core/doc/model.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { dispatch, InternalError } from '../../main/api/dispatch.ts';
import { fileName, type Handlers } from '../../main/api/handlers.ts';
import { useApi } from '../helpers/api.ts';
import { loadExamples, SHARED } from '../helpers/examples.ts';

const api = useApi('wengao-api-');
const { call, refusal } = api;
const examples = loadExamples();
const speech = examples.find((e) => e.name === 'speech-living-environment.json')!;
const minutes = examples.find((e) => e.name.startsWith('minutes-'))!;


/** A speech's blocks cut at its level-1 headings: [opening, part 1, part 2, part 3]. */
function sections(doc: DocModel): string[] {
  const out: Block[][] = [[]];
  for (const b of doc.blocks) {
    if (b.type === 'heading' && b.level === 1) out.push([]);
    out[out.length - 1]!.push(b);
  }
  return out.map((blocks) => JSON.stringify(blocks));
}

describe('API handlers', () => {
  let id = 0;
  let first: DocModel;

  it('templates.list and input.validate', async () => {
    const templates = await call('templates.list', {});
    expect(templates.map((t) => t.id)).toEqual(expect.arrayContaining(['speech-deploy', 'speech-report', 'minutes', 'ledger']));
    // The frames a draft gets when nothing names one: what 新建's unchosen option names.
    expect(templates.filter((t) => t.default).map((t) => t.id).sort()).toEqual(['minutes', 'speech-deploy']);
    expect(await call('input.validate', { text: readFileSync(speech.path, 'utf8') })).toEqual({ ok: true, errors: [], issues: [] });
    const bad = await call('input.validate', { text: '{"kind":"speech"' });
    expect(bad.ok).toBe(false);
    expect(bad.errors[0]).toMatch(/不是有效的 JSON/);
  });

  it('documents.create stores the material and the first version; documents.open returns both', async () => {
    const created = await call('documents.create', { input: speech.raw, options: { seed: 3 } });
    id = created.documentId;
    first = created.doc;
    expect(first.kind).toBe('speech');
    expect(first.template).toBe('speech-deploy');

    const opened = await call('documents.open', { documentId: id });
    expect(opened.version).toBe(1);
    expect(opened.doc).toEqual(created.doc);
    expect(opened.input).toEqual(speech.input);
    expect(opened.document).toMatchObject({ id, kind: 'speech', template: 'speech-deploy', versions: 1, deletedAt: null });
    expect((await call('versions.list', { documentId: id }))[0]).toMatchObject({ number: 1, kind: 'generated', parentNumber: null });
  });

  it('documents.redraft with another frame keeps the older text as a version', async () => {
    const r = await call('documents.redraft', { documentId: id, options: { template: 'speech-report' } });
    expect(r.version).toBe(2);
    expect(r.doc.template).toBe('speech-report');
    const versions = await call('versions.list', { documentId: id });
    expect(versions.map((v) => [v.number, v.kind, v.label])).toEqual([
      [1, 'generated', '生成：认识—重点—保障'],
      [2, 'generated', '改用框架：成绩—问题—任务'],
    ]);
    expect((await call('versions.get', { documentId: id, version: 1 })).doc).toEqual(first);
    const opened = await call('documents.open', { documentId: id });
    expect(opened.version).toBe(2);
    expect(opened.document.template).toBe('speech-report');
  });

  it('documents.redraft of part 2 changes that part only', async () => {
    const before = (await call('documents.open', { documentId: id })).doc;
    const r = await call('documents.redraft', { documentId: id, part: 2 });
    const after = r.doc;
    expect(r.version).toBe(3);
    const [a, b] = [sections(before), sections(after)];
    expect(a).toHaveLength(4);
    expect(b[0]).toBe(a[0]);
    expect(b[1]).toBe(a[1]);
    expect(b[2]).not.toBe(a[2]);
    expect(b[3]).toBe(a[3]);
    expect(after.closing).toEqual(before.closing);
    expect(after.partSeeds?.[2]).not.toBe(before.partSeeds?.[2]);
    const versions = await call('versions.list', { documentId: id });
    expect(versions.at(-1)).toMatchObject({ number: 3, kind: 'generated', label: '换一种说法：第二部分' });
    expect((await call('versions.get', { documentId: id, version: 2 })).doc).toEqual(before);
  });

  it('versions: save, diff, restore', async () => {
    const current = (await call('documents.open', { documentId: id })).doc;
    const edited: DocModel = { ...current, title: [{ text: '在全县人居环境整治推进会上的讲话（修改稿）' }] };
    const saved = await call('versions.save', { documentId: id, doc: edited, kind: 'saved', label: '修改标题' });
    expect(saved).toEqual({ version: 4, created: true });
    const again = await call('versions.save', { documentId: id, doc: edited, kind: 'saved' });
    expect(again).toEqual({ version: 4, created: false });

    const diff = await call('versions.diff', { documentId: id, from: 3, to: 4 });
    expect(diff.stats.inserted).toBeGreaterThanOrEqual([...'（修改稿）'].length);
    expect(JSON.stringify(diff.paragraphs)).toContain('修改稿');

    const restored = await call('versions.restore', { documentId: id, version: 3 });
    expect(restored).toMatchObject({ version: 5, created: true });
    expect(restored.doc).toEqual(current);
    const list = await call('documents.list', {});
    expect(list.find((d) => d.id === id)).toMatchObject({ versions: 5, title: toPlainText(current).split('\n')[0] });
  });

  it('documents.delete to the recycle bin and back; list with query', async () => {
    const other = await call('documents.create', { input: minutes.raw });
    expect((await call('documents.list', {})).map((d) => d.id).sort()).toEqual([id, other.documentId].sort());
    expect(await call('documents.delete', { documentId: id })).toEqual({ ok: true });
    expect((await call('documents.list', {})).map((d) => d.id)).toEqual([other.documentId]);
    const all = await call('documents.list', { includeDeleted: true });
    expect(all.find((d) => d.id === id)?.deletedAt).toEqual(expect.any(Number));
    expect((await refusal('documents.redraft', { documentId: id })).message).toMatch(/回收站/);
    expect(await call('documents.undelete', { documentId: id })).toEqual({ ok: true });
    expect((await call('documents.list', {})).map((d) => d.id).sort()).toEqual([id, other.documentId].sort());
    const title = (await call('documents.open', { documentId: other.documentId })).document.title;
    expect((await call('documents.list', { query: title.slice(2, 6) })).map((d) => d.id)).toContain(other.documentId);
    expect(await call('documents.list', { query: '不存在的标题词' })).toEqual([]);
  });

  it('documents.redraft with new material saves it as a new campaign version', async () => {
    const raw = structuredClone(speech.raw) as { campaign: { name: string } };
    raw.campaign.name = '农村人居环境整治提升';
    const r = await call('documents.redraft', { documentId: id, input: raw });
    expect((await call('documents.open', { documentId: id })).input).toMatchObject({ campaign: { name: '农村人居环境整治提升' } });
    // The campaign name is not in this draft's text: the same text makes no new version.
    expect(r.version).toBe((await call('versions.list', { documentId: id })).at(-1)!.number);
  });

  it('library.import of a genre file (base64) and library.search', async () => {
    const bytes = readFileSync(join(SHARED, 'genre', 'speech-living-environment.txt'));
    const r = await call('library.import', { name: 'speech-living-environment.txt', base64: bytes.toString('base64') });
    expect(r.documents).toBe(1);
    expect(r.removed).toBeGreaterThanOrEqual(0);
    expect(await call('library.import', { name: '再次.txt', base64: bytes.toString('base64') })).toEqual({ documents: 0, removed: 0, duplicate: true, inLibrary: 1, binned: [] });
    const hits = (await call('library.search', { query: '人居环境', limit: 5 })).hits;
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.snippet).toContain('【人居环境】');
    expect((await refusal('library.import', { name: 'a.jpg', base64: '/9j/' })).message).toMatch(/^a\.jpg：这是图片：/);
    expect((await refusal('library.import', { name: 'a.pdf', base64: 'JVBERi0=' })).message).toBe('a.pdf：不是有效的 PDF 文件');
    expect((await refusal('library.search', { query: '环境', role: '闲话' })).details[0]).toMatch(/^role：应为 开场、/);
  });

  it('documents.import stores a text or .docx written elsewhere as a document, its text whole', async () => {
    const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');
    const before = (await call('documents.list', {})).length;
    const speech = '在全县某项工作推进会上的讲话\n同志们：\n一、提高认识\n希望大家再接再励。';
    const { documentId } = await call('documents.import', { name: '讲话.txt', base64: base64(speech) });
    const opened = await call('documents.open', { documentId });
    expect(opened.document.title).toBe('在全县某项工作推进会上的讲话');
    expect(toPlainText(opened.doc)).toContain('希望大家再接再励。');
    expect((await call('versions.list', { documentId }))[0]).toMatchObject({ kind: 'imported', label: '导入：讲话.txt' });
    // A web page's summary line is no title: the file's name is, and the line stays in the body.
    const scraped = readFileSync(join(SHARED, 'genre', 'speech-cw-review-two.txt'));
    const second = await call('documents.import', { name: 'speech-cw-review-two.txt', base64: scraped.toString('base64') });
    const doc = (await call('documents.open', { documentId: second.documentId })).doc;
    expect(doc.title.map((r) => r.text).join('')).toBe('speech-cw-review-two');
    expect(toPlainText(doc).replace(/\s/g, '')).toContain(scraped.toString('utf8').split('\n')[0]!.trim().replace(/\s/g, ''));
    // A .docx (our own export) comes back with its headings.
    const exported = await call('export.docx', { doc: opened.doc });
    const third = await call('documents.import', { name: '讲话.docx', base64: exported.base64 });
    expect(toPlainText((await call('documents.open', { documentId: third.documentId })).doc)).toContain('一、提高认识');
    expect((await call('documents.list', {})).length).toBe(before + 3);
    // Refused in Chinese, nothing stored: empty, unsupported, not base64.
    expect((await refusal('documents.import', { name: '空.txt', base64: '' })).message).toMatch(/^空\.txt：/);
    expect((await refusal('documents.import', { name: 'a.pdf', base64: 'JVBERi0=' })).message).toMatch(/不支持的文件类型/);
    expect((await refusal('documents.import', { name: 'a.txt', base64: '不是base64' })).message).toBe('文件内容有误');
    expect((await call('documents.list', {})).length).toBe(before + 3);
  });

  it('export.docx returns a real .docx with the title; export.csv only for a ledger', async () => {
    const doc = (await call('documents.open', { documentId: id })).doc;
    const out = await call('export.docx', { doc });
    const bytes = Buffer.from(out.base64, 'base64');
    expect(bytes.subarray(0, 4)).toEqual(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    const title = (doc.title as { text: string }[]).map((r) => r.text).join('');
    expect(xml.replace(/<[^>]+>/g, '')).toContain(title);
    expect(out.name).toBe(fileName(title, 'docx'));

    expect((await refusal('export.csv', { doc })).message).toBe('只有督办台账可以导出为 CSV');
    const ledger = (await call('draft.generate', { input: speech.raw, options: { template: 'ledger' } })).doc;
    const csv = await call('export.csv', { doc: ledger });
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    expect(csv.text.split('\r\n').length).toBeGreaterThan(2);
  });

  it('fileName is safe for Windows', () => {
    expect(fileName('关于"A/B"的:讲话*?<>|\\', 'docx')).toBe('关于AB的讲话.docx');
    expect(Array.from(fileName('长'.repeat(200), 'docx'))).toHaveLength(85);
    expect(fileName('  ', 'csv')).toBe('文稿.csv');
    expect(fileName('CON', 'docx')).toBe('文稿.docx');
  });
});

describe('API errors', () => {
  it('an unknown method is refused', async () => {
    const e = await refusal('documents.destroy', {});
    expect(e.message).toBe('未知的操作：documents.destroy');
    expect((await refusal('__proto__', {})).message).toBe('未知的操作：__proto__');
    expect((await refusal('constructor', {})).message).toBe('未知的操作：constructor');
  });

  it('bad inputs give Chinese ApiErrors with paths', async () => {
    const a = await refusal('documents.open', { documentId: -1 });
    expect(a.message).toBe('请求参数有误');
    expect(a.details).toEqual([expect.stringMatching(/^documentId：/)]);
    const b = await refusal('documents.open', { documentId: 1, extra: true });
    expect(b.details[0]).toMatch(/^extra：未知字段/);
    const c = await refusal('library.search', { query: '' });
    expect(c.details[0]).toMatch(/^query：/);
    expect(c.details[0]).toMatch(/[\u4e00-\u9fff]/);
    const doc = { kind: 'speech', template: 'speech-deploy', seed: 1, title: [{ text: '标题' }], blocks: [{ type: 'heading', level: 7, runs: [] }, { type: 'paragraph' }] };
    const bad = await refusal('export.docx', { doc });
    expect(bad.message).toBe('文稿内容有误');
    expect(bad.details).toEqual([expect.stringMatching(/^doc\.blocks\[0\]\.level：/), expect.stringMatching(/^doc\.blocks\[1\]\.runs：/)]);
    const d = await refusal('documents.create', { input: speech.raw, options: { minutes: 500 } });
    expect(d.details[0]).toMatch(/^讲话时长（分钟）：/);
  });

  it('bad material gives its Chinese errors as details', async () => {
    const raw = structuredClone(speech.raw) as { campaign: { tasks: { deadline?: string }[] } };
    raw.campaign.tasks[0]!.deadline = '2026-02-30';
    const e = await refusal('documents.create', { input: raw });
    expect(e.message).toMatch(/材料有误/);
    expect(e.details).toContain('第1项任务的完成时限：不是有效日期：2026年2月没有30日（该月只有 28 天）');
  });

  it('store and drafting errors become ApiErrors; a bug becomes an internal error', async () => {
    expect((await refusal('documents.open', { documentId: 9999 })).message).toMatch(/没有编号为 9999 的文稿/);
    expect((await refusal('versions.get', { documentId: 1, version: 99 })).message).toMatch(/没有第 99 版/);
    expect((await refusal('draft.generate', { input: speech.raw, options: { template: 'no-such' } })).message).toMatch(/未知模板：no-such/);
    const broken = { ...api.handlers, 'templates.list': async () => [{ id: 1 }] } as unknown as Handlers;
    await expect(dispatch(broken, 'templates.list', {})).rejects.toBeInstanceOf(InternalError);
    const throwing = { ...api.handlers, 'templates.list': async () => { throw new TypeError('x is undefined'); } } as unknown as Handlers;
    await expect(dispatch(throwing, 'templates.list', {})).rejects.toBeInstanceOf(InternalError);
  });
});
