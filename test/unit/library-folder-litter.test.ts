// What a secretary's folder holds beside her documents (the s22 outside screen test: 「~$创卫推进会讲话.docx：不是有效的
// .docx 文件」 read as if her document were broken; 「讲话(1).txt」 imported and the original 「讲话.txt」 reported as
// the one already in the library). Word's lock files are named for what they are and passed over quietly in a folder;
// a copy comes after its original in one import. Our own names (沔溪镇 invented).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { folderLitter, libraryFile, originalsFirst, unsupportedReason } from '../../core/library-formats.ts';
import { collectFiles } from '../../main/services/library/files.ts';
import { importFiles } from '../../main/services/library/library.ts';
import { Store } from '../../main/services/store/store.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-litter-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const speech = '在沔溪镇秋季防火工作会议上的讲话\n同志们：\n今天召开会议，部署秋季防火工作。\n一、压实责任\n各村要落实护林员，做到守土有责。\n';

describe('a folder\'s litter and copies', () => {
  it('a lock file is named for what it is, never taken for a broken document', () => {
    expect(libraryFile('~$沔溪镇防火会讲话.docx')).toBe(false);
    expect(unsupportedReason('~$沔溪镇防火会讲话.docx')).toMatch(/^这是 Word 或 WPS 打开文档时生成的临时锁定文件，不是文档本身/);
    expect(['~$讲话.docx', '.DS_Store', 'Thumbs.db', 'desktop.ini', '沔溪/~$讲话.doc'].map(folderLitter)).toEqual([true, true, true, true, true]);
    expect(folderLitter('讲话~$.docx')).toBe(false);
  });

  it('copies after their originals, the rest in the order given', () => {
    const names = ['防火会讲话(1).txt', '防火会讲话.txt', '春耕讲话 - 副本.docx', '春耕讲话.docx', '汛期讲话（2）.txt', '资料/防火会讲话(2).txt'];
    expect(originalsFirst(names, (n) => n)).toEqual(['防火会讲话.txt', '春耕讲话.docx', '汛期讲话（2）.txt', '资料/防火会讲话(2).txt', '防火会讲话(1).txt', '春耕讲话 - 副本.docx']);
  });

  it('an import of a folder: the original imported, its copy the duplicate; a lock file given by name is skipped with its reason', async () => {
    const dir = join(tmp, '沔溪镇');
    mkdirSync(dir);
    writeFileSync(join(dir, '防火会讲话(1).txt'), speech);
    writeFileSync(join(dir, '防火会讲话.txt'), speech);
    writeFileSync(join(dir, '~$防火会讲话.docx'), Buffer.alloc(162, 1));
    expect(collectFiles([dir]).files.map((f) => f.slice(dir.length + 1))).toEqual(['防火会讲话.txt', '防火会讲话(1).txt']);
    expect(collectFiles([join(dir, '~$防火会讲话.docx')]).others).toEqual([{ file: join(dir, '~$防火会讲话.docx'), status: 'skipped', reason: unsupportedReason('~$防火会讲话.docx') }]);
    const store = new Store(join(tmp, 'wengao.db'));
    try {
      const results = (await importFiles(store, [dir])).files;
      expect(results.map((r) => [r.file.slice(dir.length + 1), r.status])).toEqual([
        ['防火会讲话.txt', 'imported'],
        ['防火会讲话(1).txt', 'duplicate'],
      ]);
    } finally {
      store.close();
    }
  });
});
