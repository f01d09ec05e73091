// The Word round trip from the command line, on a real database: the name set once, a 修订稿
// exported, a file LibreOffice edited listed and then decided, comments listed and resolved, a 清样
// that says which version it is, and bad input refused in Chinese (exit 2) with nothing written.
import JSZip from 'jszip';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databasePath } from '../../main/services/store/paths.ts';
import { Store } from '../../main/services/store/store.ts';
import { floodSpeech, renovationMinutes, renovationMinutesRevised } from '../fixtures/revision/docs.ts';
import { wengao } from '../helpers/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'wengao-revision-cli-'));
const data = join(root, 'data');
const env = { WENGAO_DATA_DIR: data };
const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'revision', name);
afterAll(() => rmSync(root, { recursive: true, force: true }));

beforeAll(() => {
  // The fixtures' identities: flood is document 1 (version 1), renovation document 2 (versions 1, 2).
  const store = new Store(databasePath(data));
  store.createDocument(floodSpeech(), 'generated');
  store.createDocument(renovationMinutes(), 'generated');
  store.saveVersion(2, renovationMinutesRevised(), 'saved', '秘书科修改');
  store.close();
});

/** A document's versions, read from the database file directly (one process start less per check). */
function history(id: string) {
  const store = new Store(databasePath(data));
  try {
    return store.history(Number(id)).map((v) => ({ number: v.number, kind: v.kind, parentNumber: v.parentNumber, label: v.label, hash: v.hash }));
  } finally {
    store.close();
  }
}

describe('wengao export-diff, import-revision, comments', () => {
  it('asks for the name before the first 修订稿, then exports it', async () => {
    const out = join(root, '修订稿.docx');
    const refused = wengao(['export-diff', '2', '1', '2', '-o', out], env);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('请先设置修订稿的署名：wengao user-name 姓名');
    expect(existsSync(out)).toBe(false);
    expect(wengao(['user-name', '李秘书'], env).stdout).toBe('修订稿署名：李秘书\n');
    const r = wengao(['export-diff', '2', '1', '2', '-o', out], env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`已导出修订稿（第 1 版 → 第 2 版）：${out}\n`);
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:moveFrom ');
    expect(xml).toContain('w:author="李秘书"');
  });

  it('lists the changes of a file LibreOffice edited, and changes nothing', () => {
    const r = wengao(['import-revision', '2', fixture('lo-renovation.docx')], env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('修改稿：lo-renovation.docx　依据第 2 版（按文件中的标识）');
    expect(r.stdout).toContain('[2] 删　韩主任');
    expect(r.stdout).toContain('「15」');
    expect(r.stdout).toContain('韩主任：设计方案报街道党工委审定。（批在「纺织厂宿舍管网改造设计」）');
    expect(r.stdout).toContain('未作改动');
    expect(history('2')).toHaveLength(2);
  });

  it('saves the decided result as a version based on the exported one, with its comments', () => {
    const r = wengao(['import-revision', '2', fixture('lo-renovation.docx'), '--accept', '1,2,3'], env);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('已存为文稿 2 的第 3 版（基于第 2 版）');
    expect(history('2').at(-1)).toEqual(expect.objectContaining({ number: 3, kind: 'imported', parentNumber: 2, label: '导入修改稿：lo-renovation.docx（韩主任）' }));
    const text = (() => {
      const out = join(root, 'v3.txt');
      wengao(['export', '2', '3', '-o', out], env);
      return readFileSync(out, 'utf8');
    })();
    expect(text).toContain('4月10日前');
    expect(text).toContain('安排专人值守');
    expect(text).toContain('由社会事务办牵头'); // the deletion was rejected
    const comments = wengao(['comments', '2'], env).stdout;
    expect(comments).toMatch(/^\[1\] 韩主任：设计方案报街道党工委审定。（批在「纺织厂宿舍管网改造设计」）\u3000第 3 版第 \d+ 段\u3000来自 lo-renovation\.docx\n$/);
    expect(wengao(['comments', '2', '--resolve', '1'], env).stdout).toBe('没有未解决的批注\n');
    expect(wengao(['comments', '2', '--all'], env).stdout).toContain('（已解决）');
  });

  it('exports a 清样 that says which version it is', async () => {
    const out = join(root, '清样.docx');
    expect(wengao(['export', '1', '-o', out], env).status).toBe(0);
    const custom = await (await JSZip.loadAsync(readFileSync(out))).file('docProps/custom.xml')!.async('string');
    expect(custom).toContain('name="WengaoDocument"><vt:lpwstr>1<');
    expect(custom).toContain('name="WengaoVersion"><vt:lpwstr>1<');
  });

  it.each([
    [['import-revision', '1', 'missing.docx'], '找不到文件'],
    [['import-revision', '1', '__TEXT__'], '导入修改稿只收 Word 的 .docx 文件'],
    [['import-revision', '1', '__FAKE__'], '不是有效的 .docx 文件'],
    [['import-revision', '1', fixture('lo-renovation.docx')], '这份文件导出自另一份文稿《东关街道老旧小区改造推进会议纪要》'],
    [['import-revision', '1', fixture('lo-flood.docx'), '--accept-all', '--reject-all'], '--accept-all 与 --reject-all 只能选一个'],
    [['import-revision', '1', fixture('lo-flood.docx'), '--accept', '1,2', '--reject', '3'], '第 4、5、6 处修改还没有决定'],
    [['import-revision', '1', fixture('lo-flood.docx'), '--accept', '一'], '--accept：应为修改的编号'],
    [['export-diff', '1', '1', '1', '-o', 'x.docx'], '请选择两个不同的版本'],
    [['export-diff', '1', '1', '2', '-o', 'x.txt'], '不支持的输出格式（可用 .docx）'],
  ])('refuses %j in Chinese, exit 2, nothing written', (args, message) => {
    writeFileSync(join(root, 'note.txt'), '这是一段文字');
    writeFileSync(join(root, 'fake.docx'), '这不是 Word 文件');
    const argv = args.map((a) => (a === '__TEXT__' ? join(root, 'note.txt') : a === '__FAKE__' ? join(root, 'fake.docx') : a));
    const before = [history('1'), history('2')];
    const r = wengao(argv, { ...env });
    expect(r.status, r.stdout + r.stderr).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    expect([history('1'), history('2')]).toEqual(before);
  });
});
