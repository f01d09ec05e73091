// What an import says, and what a refused 「拆分有误」 says (the s21 outside tester's c06): the same speech
// from a second file is kept with a notice 「…正文相同」, and the import's summary counts those notices
// (`copies`) beside the files already in the library (`duplicates`) — the JSON and the words agree; a
// split that changes nothing says why in the user's terms. Our own texts (涞溪镇, 澄江镇 invented).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles } from '../../main/services/library/library.ts';
import { splitAt, whyNotSplit } from '../../main/services/library/resplit.ts';
import { Store } from '../../main/services/store/store.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-import-summary-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const SPEECH = [
  '在涞溪镇秋季防火工作会议上的讲话',
  '同志们：',
  '秋冬季节天干物燥，野外用火增多，森林防火形势严峻。今天召开这个会议，就是要把防火的各项措施落到实处，确保不发生森林火灾，保护好全镇群众的生命财产安全。',
  '一、压实责任',
  '各村要把防火责任落实到山头地块，护林员每天巡山不少于一次，发现火情要第一时间报告镇应急办，并组织扑火队伍赶赴现场。',
  '二、严管火源',
  '进山路口要设卡检查，严禁携带火种进山，坟头祭扫一律文明祭祀。',
  '同志们，森林防火责任重大，大家务必抓紧抓实！',
].join('\n');

describe('the import summary', () => {
  it('counts the documents that are copies of one already in the library, and the files already in it, apart', async () => {
    const dir = join(tmp, 'folder');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, '2025'), { recursive: true });
    writeFileSync(join(dir, '2025', '防火讲话.txt'), SPEECH);
    // The same speech saved again with another head (the speaker's name), so its bytes differ: kept, marked as a copy.
    writeFileSync(join(dir, '防火讲话（定稿）.txt'), SPEECH.replace('同志们：', '镇长　冯立新\n同志们：'));
    const store = new Store(join(tmp, 'summary.db'));
    try {
      const first = await importFiles(store, [dir]);
      expect([first.imported, first.documents, first.duplicates, first.copies]).toEqual([2, 2, 0, 1]);
      const copies = first.files.flatMap((f) => (f.status === 'imported' ? f.documents.filter((d) => d.sameAs) : []));
      expect(copies).toHaveLength(first.copies);
      // The same file again: already in the library (not imported), no new copy.
      const again = await importFiles(store, [join(dir, '2025', '防火讲话.txt')]);
      expect([again.imported, again.duplicates, again.copies]).toEqual([0, 1, 0]);
    } finally {
      store.close();
    }
  });
});

describe('a split that changes nothing says why', () => {
  const RAW = ['澄江镇防汛材料汇编', '', '领导讲话', '', '在全镇防汛工作会议上的讲话', '', '镇长　黎国华', '', '同志们：', '', '今年汛期来得早，各村要立即行动起来。', '', '一、压实责任', '', '各村党支部书记是本村防汛第一责任人。', '', '本文由网友投稿，如有侵权请联系删除。'].join('\n');
  const was = {
    documents: [{ id: 7, title: '领导讲话', line: 3 }],
    removed: [{ n: 1, line: 17, text: '本文由网友投稿，如有侵权请联系删除。', reason: '网站提示' }],
  };

  it('only a title above the line in its document: it cannot stand alone, it stays the title', () => {
    expect(whyNotSplit(5, was, RAW)).toBe('第 1 篇在这一行之前只有「领导讲话」，没有正文，不能单独成为一篇（拆开后仍是这一篇的标题）；标题有误，可直接更正这一篇的标题');
  });

  it('a line removed at import, a line before the first document, a line past the end', () => {
    expect(whyNotSplit(17, was, RAW)).toBe('这一行是导入时删去的内容（导入清理记录中可见），不在任何文档之中');
    expect(whyNotSplit(2, was, RAW)).toBe('这一行在文件第一篇的开头之前，不在任何文档之中');
    expect(whyNotSplit(99, was, RAW)).toBe('文件只有 17 行');
  });

  it('through the library: the refusal names the cause, and the library is unchanged', async () => {
    const file = join(tmp, '澄江镇防汛材料汇编.txt');
    writeFileSync(file, RAW);
    const store = new Store(join(tmp, 'split.db'));
    try {
      const { files } = await importFiles(store, [file]);
      const source = files[0]!.status === 'imported' ? files[0]!.sourceId : -1;
      const at = (files[0]!.status === 'imported' ? files[0]!.documents : []).map((d) => d.title);
      expect(() => splitAt(store, source, 999)).toThrow(/^无法在第 999 行拆开：文件只有 17 行$/);
      expect(() => splitAt(store, source, 17)).toThrow(/^无法在第 17 行拆开：这一行是导入时删去的内容/);
      const titles = store.db.prepare('SELECT title FROM library_documents WHERE source_id = ? ORDER BY id').pluck().all(source);
      expect(titles).toEqual(at);
    } finally {
      store.close();
    }
  });
});
