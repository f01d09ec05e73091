// The version-history commands as a secretary would use them, on a real database file.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { wengao } from '../helpers/cli.ts';
import { loadExamples } from '../helpers/examples.ts';

const root = mkdtempSync(join(tmpdir(), 'wengao-store-cli-'));
const data = join(root, 'data');
const ex = loadExamples().find((e) => e.name === 'speech-living-environment.json')!;
const env = { WENGAO_DATA_DIR: data };
let id: string;

describe('wengao with a document library', () => {
  beforeAll(() => {
    const r = wengao(['draft', ex.path, '-o', join(root, 'draft.txt'), '--save'], env);
    expect(r.stderr).toBe('');
    const m = /文稿编号：(\d+)/.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    id = m![1]!;
  });

  it('lists documents and versions, as text and as JSON', () => {
    const list = JSON.parse(wengao(['list', '--json'], env).stdout);
    expect(list).toHaveLength(1);
    expect(list[0].title).toBe('在全区农村人居环境整治工作推进会议上的讲话');
    const history = JSON.parse(wengao(['history', id, '--json'], env).stdout);
    expect(history.map((v: { number: number; kind: string }) => [v.number, v.kind])).toEqual([[1, 'generated']]);
    expect(wengao(['history', id], env).stdout).toMatch(/^第 1 版\t生成/);
  });

  it('saves an edited text as version 2, and an unchanged one as nothing new', () => {
    const text = readFileSync(join(root, 'draft.txt'), 'utf8');
    const edited = join(root, 'edited.txt');
    writeFileSync(edited, text.replace('同志们：', '同志们：').replace('今天', '今天上午'));
    expect(wengao(['save', id, edited, '--label', '科室修改'], env).stdout).toContain('第 2 版');
    expect(wengao(['save', id, edited], env).stdout).toContain('未新建版本');
    const history = JSON.parse(wengao(['history', id, '--json'], env).stdout);
    expect(history.map((v: { number: number; label: string | null }) => [v.number, v.label])).toEqual([
      [1, '生成：认识—重点—保障'],
      [2, '科室修改'],
    ]);
  });

  it('shows what changed between two versions, character by character', () => {
    const diff = JSON.parse(wengao(['diff', id, '1', '2', '--json'], env).stdout);
    expect(diff.stats.inserted).toBe(2);
    expect(diff.stats.deleted).toBe(0);
    expect(wengao(['diff', id, '1', '2'], env).stdout).toContain('〔增：上午〕');
  });

  it('restores version 1 as a new version 3, keeping 1 and 2', () => {
    expect(wengao(['restore', id, '1'], env).stdout).toContain('第 3 版');
    const history = JSON.parse(wengao(['history', id, '--json'], env).stdout);
    expect(history.map((v: { number: number; kind: string; parentNumber: number | null }) => [v.number, v.kind, v.parentNumber])).toEqual([
      [1, 'generated', null],
      [2, 'saved', 1],
      [3, 'restored', 1],
    ]);
    expect(JSON.parse(wengao(['diff', id, '1', '3', '--json'], env).stdout).stats).toMatchObject({ inserted: 0, deleted: 0 });
  });

  it('backs up, and restores a backup keeping the current file aside', () => {
    const backup = join(root, 'backup.db');
    expect(wengao(['backup', backup], env).status).toBe(0);
    writeFileSync(join(root, 'more.txt'), readFileSync(join(root, 'draft.txt'), 'utf8').replace('今天', '今天下午'));
    wengao(['save', id, join(root, 'more.txt')], env);
    expect(JSON.parse(wengao(['history', id, '--json'], env).stdout)).toHaveLength(4);
    const r = wengao(['restore-backup', backup], env);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('原数据库已另存为');
    expect(JSON.parse(wengao(['history', id, '--json'], env).stdout)).toHaveLength(3);
    expect(readdirSync(data).some((f) => f.startsWith('wengao.db.before-restore-'))).toBe(true);
    // The backup itself is only read: nothing is left beside it.
    expect(readdirSync(root).filter((f) => f.startsWith('backup.db'))).toEqual(['backup.db']);
    expect(readdirSync(data).filter((f) => f.includes('.restore.'))).toEqual([]);
  });

  it('takes --data-dir over the environment', () => {
    const other = join(root, 'other');
    expect(wengao(['list', '--json', '--data-dir', other], env).stdout.trim()).toBe('[]');
    expect(existsSync(join(other, 'wengao.db'))).toBe(true);
  });

  it('answers mistakes in Chinese with exit 2 and changes nothing', () => {
    const before = readFileSync(join(data, 'wengao.db'));
    const cases: [string[], string][] = [
      [['history', '99'], '没有编号为 99 的文稿'],
      [['diff', id, '1', '9'], '没有第 9 版'],
      [['restore', id, 'x'], '版本应为正整数'],
      [['save', id, join(root, 'nope.txt')], '找不到文件'],
      [['restore-backup', join(root, 'draft.txt')], '不是文稿台的'],
    ];
    for (const [args, message] of cases) {
      const r = wengao(args, env);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(message);
    }
    expect(readFileSync(join(data, 'wengao.db')).equals(before)).toBe(true);
  });
});
