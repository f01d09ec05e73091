// The Word round trip through the API, as the versions panel uses it: the user's name set once;
// 修订稿 and 清样 exported with the version's identity; the 修订稿 edited by a reviewer with 修订
// (review-docx.ts marks it as Word does) and imported back: previewed with authors and comments,
// some changes accepted and others rejected, saved as a version whose parent is the exported one;
// comments listed and resolved; bad files refused in Chinese with nothing changed.
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { DocModel, ParagraphBlock } from '../../core/doc/model.ts';
import { docLines, runsText } from '../../core/doc/text.ts';
import { NAME_NEEDED } from '../../main/api/revision.ts';
import { identityOf } from '../../main/services/revision/identity.ts';
import { useApi } from '../helpers/api.ts';
import { loadExamples } from '../helpers/examples.ts';
import { reviewDocx } from '../helpers/review-docx.ts';

const api = useApi('wengao-api-revision-');
const { call, refusal } = api;
const speech = loadExamples().find((e) => e.name === 'speech-sanitation-promotion.json')!;

async function identity(base64: string) {
  const zip = await JSZip.loadAsync(Buffer.from(base64, 'base64'));
  const custom = (await zip.file('docProps/custom.xml')?.async('string')) ?? '';
  return identityOf(new Map([...custom.matchAll(/name="([^"]+)"><vt:lpwstr>([^<]*)</g)].map((m) => [m[1]!, m[2]!])));
}

/** The first body paragraph without a lead (an opening or a plain paragraph), for an edit everyone can see. */
const plainParagraph = (doc: DocModel) => doc.blocks.findIndex((b) => b.type === 'paragraph' && !b.lead && !b.seq && runsText(b.runs).length > 30);

describe('the Word round trip through the API', () => {
  let documentId = 0;
  let v1: DocModel;
  let v2: DocModel;
  let revised = '';

  it('asks for the user’s name once, before the first 修订稿', async () => {
    ({ documentId } = await call('documents.create', { input: speech.input }));
    v1 = (await call('documents.open', { documentId })).doc;
    v2 = structuredClone(v1);
    const k = plainParagraph(v2);
    const p = v2.blocks[k] as ParagraphBlock;
    p.runs = [{ text: runsText(p.runs).replace(/。$/, '，确保各项部署落到实处。') }];
    expect((await call('versions.save', { documentId, doc: v2, kind: 'saved', label: '秘书科修改' })).version).toBe(2);
    expect(await call('settings.get', {})).toEqual({ userName: null });
    expect((await refusal('export.revision', { documentId, from: 1, to: 2 })).message).toBe(NAME_NEEDED);
    expect((await refusal('settings.setUserName', { name: '   ' })).message).toBe('姓名不能为空');
    expect(await call('settings.setUserName', { name: ' 周晓雯 ' })).toEqual({ userName: '周晓雯' });
    expect(await call('settings.get', {})).toEqual({ userName: '周晓雯' });
  });

  it('exports the 修订稿 of versions 1→2 and the 清样, each saying which version it is', async () => {
    const rev = await call('export.revision', { documentId, from: 1, to: 2 });
    expect(rev.name).toMatch(/（修订稿 第1版→第2版）\.docx$/);
    const hashes = (await api.store.history(documentId)).map((v) => v.hash);
    expect(await identity(rev.base64)).toEqual({ documentId, version: 2, hash: hashes[1], base: 1 });
    const xml = await (await JSZip.loadAsync(Buffer.from(rev.base64, 'base64'))).file('word/document.xml')!.async('string');
    expect(xml).toContain('w:author="周晓雯"');
    expect(xml).toContain('，确保各项部署落到实处');
    revised = rev.base64;
    // 清样 of the stored text: version 2's identity, no new version.
    const clean = await call('export.docx', { doc: v2, documentId });
    expect(await identity(clean.base64)).toEqual({ documentId, version: 2, hash: hashes[1] });
    expect(await call('versions.list', { documentId })).toHaveLength(2);
    // 清样 of text no version has yet: saved as a version first, so the file points at one.
    const unsaved = structuredClone(v2);
    unsaved.title = [{ text: runsText(v2.title) + '（送审稿）' }];
    const stamped = await identity((await call('export.docx', { doc: unsaved, documentId })).base64);
    const versions = await call('versions.list', { documentId });
    expect(versions.at(-1)).toMatchObject({ number: 3, kind: 'saved', label: '导出清样' });
    expect(stamped).toMatchObject({ documentId, version: 3 });
    await call('versions.restore', { documentId, version: 2 });
  });

  it('imports the reviewer’s edited 修订稿: changes with their author, a comment beside its paragraph', async () => {
    const k = plainParagraph(v2);
    const target = runsText((v2.blocks[k] as ParagraphBlock).runs);
    const doomed = docLines(v2).find((l, i) => i > 6 && l.length > 20 && !l.includes(target.slice(0, 10)) && /^[^一二三四五六七八九十（0-9]/.test(l))!;
    const edited = await reviewDocx(new Uint8Array(Buffer.from(revised, 'base64')), {
      author: '马局长',
      date: '2026-12-06T10:00:00Z',
      insertAfter: [[target.slice(0, 8), '（经局党组研究）']],
      deleteParagraph: [doomed.slice(0, 12)],
      comment: [[target.slice(2, 8), '这里的提法再斟酌。']],
    });
    const base64 = Buffer.from(edited).toString('base64');
    const preview = await call('documents.importRevision', { documentId, name: '马局长修改.docx', base64 });
    expect(preview.match).toMatchObject({ by: 'identity' });
    expect(preview.base).toBe(2);
    expect(preview.saved).toBeUndefined();
    expect(preview.changes.map((c) => [c.type, c.author, c.text])).toEqual([
      ['insert', '马局长', '（经局党组研究）'],
      ['delete', '马局长', doomed],
    ]);
    expect(preview.comments).toEqual([expect.objectContaining({ author: '马局长', text: '这里的提法再斟酌。', quote: target.slice(2, 8) })]);
    const para = preview.paragraphs[preview.comments[0]!.para]!;
    expect(JSON.stringify(para)).toContain(target.slice(2, 8));
    expect(preview.authors).toEqual(['马局长']);
    expect((await call('versions.list', { documentId })).length).toBe(4);

    // Accept the insertion, reject the deletion.
    const insert = preview.changes.find((c) => c.type === 'insert')!.id;
    const saved = await call('documents.importRevision', { documentId, name: '马局长修改.docx', base64, decisions: { rest: 'reject', accept: [insert] } });
    expect(saved.saved).toEqual({ version: 5, created: true });
    const versions = await call('versions.list', { documentId });
    expect(versions.at(-1)).toMatchObject({ number: 5, kind: 'imported', parentNumber: 2, label: '导入修改稿：马局长修改.docx（马局长）' });
    const diff = await call('versions.diff', { documentId, from: 2, to: 5 });
    expect(diff.stats).toMatchObject({ inserted: 8, deleted: 0, changedParagraphs: 1, deletedParagraphs: 0 });
    const text = docLines((await call('versions.get', { documentId, version: 5 })).doc);
    expect(text).toContain(doomed);
    expect(text.join('\n')).toContain(`${target.slice(0, 8)}（经局党组研究）`);

    const { comments } = await call('comments.list', { documentId });
    expect(comments).toEqual([expect.objectContaining({ author: '马局长', version: 5, source: '马局长修改.docx', quote: target.slice(2, 8) })]);
    expect(text[comments[0]!.line]).toContain(target.slice(2, 8));
    await call('comments.resolve', { id: comments[0]!.id, resolved: true });
    expect((await call('comments.list', { documentId })).comments).toEqual([]);
    expect((await call('comments.list', { documentId, includeResolved: true })).comments).toHaveLength(1);
  });

  it('refuses a corrupt or non-Word file in Chinese, naming it, with nothing changed', async () => {
    const before = await call('versions.list', { documentId });
    const corrupt = Buffer.from(revised, 'base64').subarray(0, 3000).toString('base64');
    expect((await refusal('documents.importRevision', { documentId, name: '坏文件.docx', base64: corrupt, decisions: { rest: 'accept' } })).message).toBe('坏文件.docx：不是有效的 .docx 文件');
    expect((await refusal('documents.importRevision', { documentId, name: '表格.xlsx', base64: corrupt })).message).toContain('导入修改稿只收 Word 的 .docx 文件');
    const wrongChange = await refusal('documents.importRevision', { documentId, name: 'x.docx', base64: revised, decisions: { rest: 'accept', accept: [0] } });
    expect(wrongChange.details.join('\n')).toMatch(/decisions\.accept/);
    expect(await call('versions.list', { documentId })).toEqual(before);
  });
});
