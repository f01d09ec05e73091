// 导入修改稿 on a real SQLite file: edited .docx files made by LibreOffice (change recording on,
// scripted through UNO) and hand-made in Word's and WPS's dialects, each read with its changes,
// authors and comments, matched to the version it came from, and saved as the right version; a
// file of another document and a corrupt, encrypted or non-Word file are refused with nothing written.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { docLines } from '../../core/doc/text.ts';
import { unitOf } from '../../core/revision/incoming.ts';
import { importRevision, previewRevision } from '../../main/services/revision/import.ts';
import { listComments } from '../../main/services/store/review.ts';
import { Store } from '../../main/services/store/store.ts';
import { floodSpeech, renovationMinutes, renovationMinutesRevised } from '../fixtures/revision/docs.ts';
import { IDS } from '../fixtures/revision/ids.ts';

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'fixtures', 'revision');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(FIXTURES, name)));
const tmp = mkdtempSync(path.join(tmpdir(), 'wengao-revision-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let store: Store;
let n = 0;
beforeEach(() => {
  store = new Store(path.join(tmp, `wengao-${++n}.db`));
  // The order the fixtures' identities were made in (ids.ts): flood 1 (v1), renovation 2 (v1, v2).
  expect(store.createDocument(floodSpeech(), 'generated').documentId).toBe(IDS.flood);
  expect(store.createDocument(renovationMinutes(), 'generated').documentId).toBe(IDS.renovation);
  store.saveVersion(IDS.renovation, renovationMinutesRevised(), 'saved', '秘书科修改');
  return () => store.close();
});

const levelled = (lines: readonly string[]) => lines.map(unitOf).map((u) => `${u.level}|${u.text}`);
const summary = (changes: { type: string; author: string; text: string; tracked: boolean }[]) => changes.map((c) => `${c.type} ${c.author}${c.tracked ? '' : '（未标修订）'}：${c.text}`);

describe('a file LibreOffice edited with change recording on', () => {
  it('lo-flood: every change with its author, the comments beside their paragraphs', async () => {
    const p = await previewRevision(store, IDS.flood, fixture('lo-flood.docx'));
    expect(p.match).toMatchObject({ by: 'identity', version: 1 });
    expect(summary(p.incoming.changes)).toEqual([
      'insert 张主任：主要',
      'insert 张主任：和存在的问题',
      'level 张主任：部分水利设施带病运行',
      'delete 张主任：有的山塘坝体渗漏，有的排涝闸门启闭不灵，这些隐患必须在汛前整改到位。',
      'move 张主任：隐患排查要见底。镇水利站要会同各村，对山塘、河堤、涵闸逐一过筛，5月15日前完成整改。',
      'insert 张主任：各村要在演练后逐户核对转移名单。',
    ]);
    expect(p.incoming.changes.find((c) => c.type === 'level')!.levels).toEqual({ from: 2, to: 1 });
    expect(p.comments.map((c) => [c.author, c.text, c.quote])).toEqual([
      ['张主任', '请核实市气象台的最新预测。', '两到三成'],
      ['王书记', '演练要留影像资料。', '组织一次实地演练'],
    ]);
    for (const c of p.comments) {
      const para = p.incoming.paragraphs[c.para]!;
      expect('text' in para ? para.text : para.spans.map((s) => s.text).join('')).toContain(c.quote);
    }
    expect(p.authors).toEqual(['张主任', '王书记']);
  });

  it('lo-flood accepted: the reviewer’s text as a new version, parent the exported one, comments kept with it', async () => {
    const saved = await importRevision(store, IDS.flood, 'lo-flood.docx', fixture('lo-flood.docx'), { rest: 'accept' });
    expect(saved).toMatchObject({ created: true, version: 2 });
    const row = store.versionRow(IDS.flood, 2);
    expect(row).toMatchObject({ kind: 'imported', parentNumber: 1, label: '导入修改稿：lo-flood.docx（张主任、王书记）' });
    const doc = store.versionDoc(IDS.flood, 2);
    const lines = docLines(doc);
    expect(lines).toContain('主汛期即将到来，今天召开全镇防汛备汛工作部署会，主要目的是把各项防汛措施提前落到村组、落到点位。刚才，镇应急办通报了汛前检查情况和存在的问题，请大家认真对照。');
    expect(lines).toContain('二、部分水利设施带病运行');
    expect(lines).toContain('三、扎实做好汛前各项准备');
    expect(lines.join('\n')).not.toContain('有的山塘坝体渗漏');
    // A fact the edit did not touch keeps its src, in the edited paragraph too.
    const opening = doc.blocks[0]!;
    expect(opening.type === 'paragraph' && opening.runs.find((r) => r.src === 'meeting.name')?.text).toBe('全镇防汛备汛工作部署会');
    expect(doc.dateLine).toEqual(floodSpeech().dateLine);
    const comments = listComments(store, IDS.flood);
    expect(comments.map((c) => [c.author, c.version, c.source])).toEqual([
      ['张主任', 2, 'lo-flood.docx'],
      ['王书记', 2, 'lo-flood.docx'],
    ]);
    for (const c of comments) expect(lines[c.line]).toContain(c.quote);
  });

  it('lo-flood rejected: no new version (the text is the exported one); the comments still come in', async () => {
    const saved = await importRevision(store, IDS.flood, 'lo-flood.docx', fixture('lo-flood.docx'), { rest: 'reject' });
    expect(saved).toMatchObject({ created: false, version: 1 });
    expect(store.history(IDS.flood)).toHaveLength(1);
    expect(listComments(store, IDS.flood)).toHaveLength(2);
  });

  it('lo-flood one by one: the move and the new paragraph accepted, the rest rejected', async () => {
    const p = await previewRevision(store, IDS.flood, fixture('lo-flood.docx'));
    const id = (type: string) => p.incoming.changes.filter((c) => c.type === type).map((c) => c.id);
    await importRevision(store, IDS.flood, 'lo-flood.docx', fixture('lo-flood.docx'), { rest: 'reject', accept: [...id('move'), id('insert').at(-1)!] });
    const lines = docLines(store.versionDoc(IDS.flood, 2));
    const base = docLines(floodSpeech());
    expect(lines).toContain(base[4]); // the opening as it was
    expect(lines).toContain('（二）部分水利设施带病运行');
    expect(lines).toContain('各村要在演练后逐户核对转移名单。');
    expect(lines.findIndex((l) => l.includes('隐患排查要见底'))).toBeGreaterThan(lines.findIndex((l) => l.includes('转移预案要管用')));
  });

  it('lo-renovation: a 修订稿 sent back with the reviewer’s changes on ours (LibreOffice keeps our moves)', async () => {
    const p = await previewRevision(store, IDS.renovation, fixture('lo-renovation.docx'));
    expect(p.match).toMatchObject({ by: 'identity', version: 2 });
    expect(summary(p.incoming.changes)).toEqual([
      'insert 韩主任：、安排专人值守',
      'delete 韩主任：15',
      'insert 韩主任：10',
      'delete 韩主任：由社会事务办牵头，做好施工期间困难群众的帮扶工作。',
    ]);
    await importRevision(store, IDS.renovation, 'lo-renovation.docx', fixture('lo-renovation.docx'), { rest: 'accept' });
    const doc = store.versionDoc(IDS.renovation, 3);
    expect(store.versionRow(IDS.renovation, 3).parentNumber).toBe(2);
    const lines = docLines(doc);
    expect(lines).toContain('二、由各社区牵头，4月10日前完成加装电梯意见征集。');
    expect(lines.join('\n')).not.toContain('社会事务办牵头');
    // The untouched decision keeps its fact and the list its numbering.
    const first = doc.blocks.find((b) => b.type === 'paragraph' && b.seq && b.runs.some((r) => r.src === 'meeting.decisions[0].deadline'));
    expect(first).toBeDefined();
    expect(listComments(store, IDS.renovation)[0]).toMatchObject({ author: '韩主任', quote: '纺织厂宿舍管网改造设计' });
  });
});

describe('files in Word’s and WPS’s dialects', () => {
  it('word-flood: rsids, a comment over three runs, a move with range markers, a level changed with w:pPrChange', async () => {
    const p = await previewRevision(store, IDS.flood, fixture('word-flood.docx'));
    expect(p.match).toMatchObject({ by: 'identity', version: 1 });
    expect(summary(p.incoming.changes)).toEqual([
      'delete 刘秘书长：刚才',
      'insert 刘秘书长：会前',
      'level 刘秘书长：部分水利设施带病运行',
      'delete 刘秘书长：有的山塘坝体渗漏，有的排涝闸门启闭不灵，这些隐患必须在汛前整改到位。',
      'move 刘秘书长：物资储备',
      'insert 刘秘书长：转移时要优先安排老人、儿童和行动不便的群众。',
    ]);
    expect(p.incoming.changes.map((c) => c.date)).toEqual([...Array(4).fill('2027-05-02T09:15:00Z'), ...Array(2).fill('2027-05-02T09:41:00Z')]);
    expect(p.comments).toEqual([expect.objectContaining({ author: '刘秘书长', date: '2027-05-02T09:20:00Z', text: '把“山洪”单列出来，\n后面讲清防范措施。'.replace('\n', ''), quote: '局地强降雨、山洪和地质灾害风险明显上升' })]);
    await importRevision(store, IDS.flood, '刘秘书长改.docx', fixture('word-flood.docx'), { rest: 'accept' });
    const lines = docLines(store.versionDoc(IDS.flood, 2));
    expect(levelled(lines)).toContain('3|部分水利设施带病运行');
    expect(lines.at(-2)).toBe('1.物资储备');
    expect(store.versionRow(IDS.flood, 2).label).toBe('导入修改稿：刘秘书长改.docx（刘秘书长）');
  });

  it('wps-renovation: no rsids, dates without Z, a comment across two paragraphs, a decision numbered by WPS', async () => {
    const p = await previewRevision(store, IDS.renovation, fixture('wps-renovation.docx'));
    expect(p.match).toMatchObject({ by: 'identity', version: 2 });
    expect(summary(p.incoming.changes)).toEqual(['delete 韩雪梅：依法处理', 'insert 韩雪梅：妥善解决', 'insert 韩雪梅：由街道财政所牵头，每月通报一次改造资金拨付情况。', 'insert 韩雪梅：、孙伟']);
    expect(p.comments).toEqual([expect.objectContaining({ author: '韩雪梅', date: '2027-03-10T16:05:12', text: '这两条要写明责任领导。' })]);
    expect(p.comments[0]!.quote).toMatch(/^一、关于加装电梯工作。.*二、关于雨污分流管网改造。$/);
    await importRevision(store, IDS.renovation, 'wps-renovation.docx', fixture('wps-renovation.docx'), { rest: 'accept' });
    const lines = docLines(store.versionDoc(IDS.renovation, 3));
    // WPS numbered the new decision 一、 by its own list; Wengao numbers it in the list it joins.
    expect(lines).toContain('四、由街道财政所牵头，每月通报一次改造资金拨付情况。');
    expect(lines).toContain('出席：韩雪梅、马骏、邓丽华、唐卫东、许晓鸣、孙伟');
    expect(lines[0]).toBe('东关街道老旧小区改造推进会议纪要');
    expect(lines[1]).toBe('东关街道办事处　　2027年3月9日');
  });

  it('wps-renovation without its identity is matched by its text, and says so', async () => {
    const p = await previewRevision(store, IDS.renovation, fixture('wps-renovation-noid.docx'));
    expect(p.match.by).toBe('similarity');
    expect(p.match.version).toBe(2);
    expect(p.match.score).toBeGreaterThan(0.95);
    expect(p.match.candidates.map((c) => c.version)).toEqual([2, 1]);
    // The user may say it came from version 1 instead: then the changes are counted from there.
    const chosen = await previewRevision(store, IDS.renovation, fixture('wps-renovation-noid.docx'), { base: 1 });
    expect(chosen.match.by).toBe('chosen');
    expect(chosen.incoming.changes.length).toBeGreaterThan(p.incoming.changes.length);
  });
});

describe('files that are not an edit of this document', () => {
  const unchanged = () => ({ history: store.history(IDS.flood).map((v) => v.hash), comments: listComments(store, IDS.flood, { includeResolved: true }) });

  it('a file exported from another document is named as such', async () => {
    const before = unchanged();
    await expect(previewRevision(store, IDS.flood, fixture('lo-renovation.docx'))).rejects.toThrow('这份文件导出自另一份文稿《东关街道老旧小区改造推进会议纪要》（第 2 版），不是本文稿的修改稿');
    await expect(importRevision(store, IDS.flood, 'x.docx', fixture('wps-renovation-noid.docx'), { rest: 'accept' })).rejects.toThrow('与另一份文稿《东关街道老旧小区改造推进会议纪要》（第 2 版）相符');
    expect(unchanged()).toEqual(before);
  });

  it.each([
    ['an empty file', () => new Uint8Array(), '文件为空'],
    ['a truncated .docx', () => fixture('word-flood.docx').slice(0, 2000), '不是有效的 .docx 文件'],
    ['an encrypted document (OLE container)', () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(600).fill(0)]), '加密的文档'],
    ['a PNG renamed .docx', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array(100).fill(1)]), '不是有效的 .docx 文件'],
  ])('%s is refused in Chinese and nothing changes', async (_, bytes, message) => {
    const before = unchanged();
    await expect(importRevision(store, IDS.flood, 'x.docx', bytes(), { rest: 'accept' })).rejects.toThrow(message);
    expect(unchanged()).toEqual(before);
  });

  it('a spreadsheet (a zip with no Word body) is refused in Chinese and nothing changes', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
    zip.file('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>');
    const before = unchanged();
    await expect(importRevision(store, IDS.flood, 'x.docx', await zip.generateAsync({ type: 'uint8array' }), { rest: 'accept' })).rejects.toThrow('文件里没有 Word 正文');
    expect(unchanged()).toEqual(before);
  });

  it('a change number that does not exist is refused', async () => {
    await expect(importRevision(store, IDS.flood, 'lo-flood.docx', fixture('lo-flood.docx'), { rest: 'reject', accept: [99] })).rejects.toThrow('没有第 99 处修改（这份文件共有 6 处修改）');
    expect(store.history(IDS.flood)).toHaveLength(1);
  });
});
