// `wengao lexicon …` as a secretary would use it, on a real database file: add an entry and `wengao
// proof` finds it, allow a word and proof is silent about it, export and import the TSV (into another
// data folder too), and a bad import exits 2 naming its line, with nothing written.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wengao } from '../helpers/cli.ts';
import { encodeGb18030 } from '../helpers/encodings.ts';

const root = mkdtempSync(join(tmpdir(), 'wengao-lexicon-cli-'));
const data = join(root, 'data');
const env = { WENGAO_DATA_DIR: data };
afterAll(() => rmSync(root, { recursive: true, force: true }));

const text = join(root, '讲话.txt');
writeFileSync(text, '同志们：\n今年全县上下要奋勇争先，再接再励，确保各项任务落到实处。\n');

describe('wengao lexicon', () => {
  it('starts empty and adds a 纠错 entry that wengao proof then finds', () => {
    expect(wengao(['lexicon', 'list'], env).stdout).toContain('用户词库还没有条目');
    const add = wengao(['lexicon', 'add', '奋勇争先', '勇争一流', '--level', '疑似', '--reason', '本县统一提法'], env);
    expect(add.stderr).toBe('');
    expect(add.status).toBe(0);
    expect(add.stdout).toBe('已添加词库条目 1：奋勇争先 → 勇争一流（疑似）\n');
    const list = JSON.parse(wengao(['lexicon', 'list', '--json'], env).stdout);
    expect(list).toMatchObject([{ id: 1, kind: 'confusion', wrong: '奋勇争先', right: '勇争一流', severity: '疑似', reason: '本县统一提法', enabled: true }]);
    expect(wengao(['lexicon', 'list'], env).stdout).toBe('1\t纠错\t奋勇争先 → 勇争一流\t疑似\t启用\t本县统一提法\n');

    const proof = wengao(['proof', text], env);
    expect(proof.stdout).toContain('勇争一流');
    expect(proof.stdout).toContain('再接再厉');
    // The same data folder by flag; another (empty) folder has no user entries, and proof creates no database there.
    expect(wengao(['proof', text, '--data-dir', data]).stdout).toContain('勇争一流');
    const empty = join(root, 'empty');
    expect(wengao(['proof', text, '--data-dir', empty]).stdout).not.toContain('勇争一流');
    expect(existsSync(empty)).toBe(false);
  });

  it('refuses a duplicate, a bad level and a missing argument in Chinese with exit 2', () => {
    const dup = wengao(['lexicon', 'add', '奋勇争先', '勇争一流'], env);
    expect(dup.status).toBe(2);
    expect(dup.stderr).toContain('“奋勇争先”已在词库中');
    const level = wengao(['lexicon', 'add', '甲', '乙', '--level', '严重'], env);
    expect(level.status).toBe(2);
    expect(level.stderr).toContain('--level：应为 错误、疑似 或 提示，实际为“严重”');
    const missing = wengao(['lexicon', 'add', '甲'], env);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('需要错误写法和正确写法');
    const unknown = wengao(['lexicon', 'frobnicate'], env);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('未知的子命令“frobnicate”');
    expect(wengao(['lexicon', 'disable', '99'], env).stderr).toContain('没有编号为 99 的词库条目');
  });

  it('allow silences a finding; disable brings it back; a disabled 纠错 entry is not used', () => {
    const allow = wengao(['lexicon', 'allow', '再接再励'], env);
    expect(allow.stdout).toBe('已添加忽略条目 2：校对不再标出“再接再励”\n');
    expect(wengao(['proof', text], env).stdout).not.toContain('再接再厉');
    expect(wengao(['lexicon', 'disable', '2'], env).stdout).toBe('已停用词库条目 2：再接再励\n');
    expect(wengao(['proof', text], env).stdout).toContain('再接再厉');
    wengao(['lexicon', 'disable', '1'], env);
    expect(wengao(['proof', text], env).stdout).not.toContain('勇争一流');
    expect(wengao(['lexicon', 'enable', '1'], env).stdout).toBe('已启用词库条目 1：奋勇争先\n');
    expect(wengao(['proof', text], env).stdout).toContain('勇争一流');
  });

  it('exports TSV (to a file or the screen) and imports it into another data folder unchanged', () => {
    const file = join(root, '词库.tsv');
    expect(wengao(['lexicon', 'export', file], env).stdout).toBe(`已导出：${file}（2 条）\n`);
    const screen = wengao(['lexicon', 'export'], env).stdout;
    expect(screen.split('\n')[0]).toBe('类型\t错误写法\t正确写法\t级别\t说明\t启用');
    expect(readFileSync(file, 'utf8')).toBe('\uFEFF' + screen);
    const other = { WENGAO_DATA_DIR: join(root, 'other') };
    const imp = wengao(['lexicon', 'import', file], other);
    expect(imp.stderr).toBe('');
    expect(imp.stdout).toBe('已导入：新增 2 条，更新 0 条\n');
    expect(wengao(['lexicon', 'export'], other).stdout).toBe(screen);
    // Importing the same file again changes nothing.
    expect(wengao(['lexicon', 'import', file], other).stdout).toBe('已导入：新增 0 条，更新 2 条\n');
    expect(wengao(['lexicon', 'export'], other).stdout).toBe(screen);
  });

  it('a bad import exits 2 naming the file and line, and writes nothing', () => {
    const before = wengao(['lexicon', 'export'], env).stdout;
    const bad = join(root, '坏词库.tsv');
    writeFileSync(bad, '类型\t错误写法\t正确写法\n纠错\t醇成\t酿成\n纠错\t给与\n');
    const r = wengao(['lexicon', 'import', bad], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${bad}：第 3 行：正确写法不能为空\n词库未作任何改动\n`);
    expect(wengao(['lexicon', 'export'], env).stdout).toBe(before);
    const missing = wengao(['lexicon', 'import', join(root, '没有.tsv')], env);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
  });

  it('imports a file Excel or WPS saved in GB18030', () => {
    const gbk = join(root, '词库-gbk.tsv');
    writeFileSync(gbk, encodeGb18030('类型\t错误写法\t正确写法\t级别\t说明\t启用\n纠错\t醇成\t酿成\t错误\t形近字\t是\n'));
    const other = { WENGAO_DATA_DIR: join(root, 'gbk') };
    expect(wengao(['lexicon', 'import', gbk], other).stdout).toBe('已导入：新增 1 条，更新 0 条\n');
    expect(wengao(['lexicon', 'list'], other).stdout).toBe('1\t纠错\t醇成 → 酿成\t错误\t启用\t形近字\n');
  });

  it('remove deletes an entry', () => {
    expect(wengao(['lexicon', 'remove', '2'], env).stdout).toBe('已删除词库条目 2\n');
    expect(JSON.parse(wengao(['lexicon', 'list', '--json'], env).stdout).map((e: { id: number }) => e.id)).toEqual([1]);
    expect(wengao(['lexicon', 'remove', 'x'], env).stderr).toContain('条目编号应为正整数');
  });
});
