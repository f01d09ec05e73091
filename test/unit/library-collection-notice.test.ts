// A file named or shaped as a collection that gave one document (collection-notice.ts): the user is
// told, in the import's answer and in the 导入清理记录, that it was kept whole and where to split it
// (「拆分有误」, 「从此处拆开」); the notice goes once the user has split it, and comes back if they merge
// it again. Our own text: a speech and a notice of 松岗乡 (invented) with nothing telling where the notice begins.
import { describe, expect, it } from 'vitest';
import { wholeCollectionNotice } from '../../core/outline/collection-notice.ts';
import { analyse, type CleanedDoc, type ImportReport } from '../../core/outline/index.ts';
import { useApi } from '../helpers/api.ts';

const RAW = [
  '在全乡春季植树造林动员大会上的讲话',
  '同志们：',
  '今年全乡计划完成植树造林一千二百亩，各村要把任务落实到山头地块，四月十日前完成栽植。',
  '同志们，植树造林功在当代、利在千秋，希望大家抓紧行动！',
  '春季护林防火工作提示',
  '清明前后祭扫用火增多，各村要在进山路口设卡值守，严防火种进山，发现火情立即报告乡应急办。',
].join('\n');

const doc = (title: string, text: string) => ({ title, text }) as CleanedDoc;
const report = (removed: ImportReport['removed'] = []): ImportReport => ({ removed, joinedLines: 0, documents: 1 });

describe('the notice of a collection kept as one document', () => {
  it('is given for a 汇编 by its name, and points to 「拆分有误」; not for the same text under a plain name', () => {
    const { documents, report: r } = analyse(RAW);
    expect(documents).toHaveLength(1);
    const notice = wholeCollectionNotice('/home/秘书/松岗乡2026年春季讲话汇编.txt', documents, r);
    expect(notice).toMatch(/^这个文件名称中有「汇编」，像是多篇合集，但只分出 1 篇文档，已按一篇整体导入。/);
    expect(notice).toContain('「导入清理记录」');
    expect(notice).toContain('「拆分有误」');
    expect(notice).toContain('「从此处拆开」');
    expect(wholeCollectionNotice('松岗乡植树造林动员大会讲话.txt', documents, r)).toBeUndefined();
    // The folder's name is not the file's.
    expect(wholeCollectionNotice('讲话汇编/松岗乡植树造林动员大会讲话.txt', documents, r)).toBeUndefined();
    for (const name of ['领导讲话选编.docx', '会议记录（通用8篇）.txt', '讲话稿范文3篇.doc', '常务会议纪要合集.pdf', '讲话两篇.txt', '會議材料彙編（繁體）.txt', '領導講話選編.doc']) expect(wholeCollectionNotice(name, documents, r), name).toBeDefined();
  });

  it("is given for a 目录 of pieces and for several titles in the one document; not for a speech's own 目录 of headings", () => {
    const one = [doc('在全乡春季植树造林动员大会上的讲话', '在全乡春季植树造林动员大会上的讲话\n同志们：\n……')];
    const pieces = report([
      { line: 2, text: '在全乡春季植树造林动员大会上的讲话……1', reason: '目录' },
      { line: 3, text: '在全乡护林防火工作会议上的讲话……4', reason: '目录' },
    ]);
    expect(wholeCollectionNotice('a.txt', one, pieces)).toMatch(/^这个文件开头的目录列有 2 篇，/);
    const headings = report([
      { line: 2, text: '一、认清形势，增强造林绿化的责任感', reason: '目录' },
      { line: 3, text: '二、突出重点，抓好春季造林任务落实', reason: '目录' },
    ]);
    expect(wholeCollectionNotice('a.txt', one, headings)).toBeUndefined();
    const two = [doc('在全乡春季植树造林动员大会上的讲话', '同志们：\n……\n在全乡护林防火工作会议上的讲话\n同志们：\n……')];
    expect(wholeCollectionNotice('a.txt', two, report())).toMatch(/^这个文件正文中有 2 个讲话或会议的标题，/);
    // In traditional characters too (a 繁體 file whose pieces the split could not see).
    const traditional = [doc('在松崗鄉春季植樹造林動員大會上的講話', '同志們：\n……\n松崗鄉人民政府第三次常務會議紀要\n……')];
    expect(wholeCollectionNotice('a.txt', traditional, report())).toMatch(/^这个文件正文中有 2 个讲话或会议的标题，/);
    expect(wholeCollectionNotice('讲话汇编.txt', [...one, ...one], report())).toBeUndefined();
  });
});

const api = useApi('wengao-api-collection-notice-');

describe('the notice through the API', () => {
  it('comes with the import and in the 导入清理记录, goes when the file is split, and comes back when merged', async () => {
    const imported = await api.call('library.import', { name: '松岗乡2026年春季讲话汇编.txt', base64: Buffer.from(RAW).toString('base64') });
    expect(imported.documents).toBe(1);
    expect(imported.notices).toHaveLength(1);
    expect(imported.notices![0]).toContain('「拆分有误」');
    const [source] = await api.call('library.sources', {});
    expect(source!.notices).toEqual(imported.notices);
    const split = await api.call('library.split', { sourceId: source!.id, line: 5 });
    expect(split.documents).toBe(2);
    expect(split.source.notices).toEqual([]);
    const restored = await api.call('library.merge', { sourceId: source!.id, documentId: split.source.documents[1]!.id });
    expect(restored.source.notices).toEqual(imported.notices);
  });
});
