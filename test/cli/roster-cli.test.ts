// `wengao roster …` on a real database file: import a .csv, list it, and `wengao proof` then flags a
// leader's name written wrong; a bad table exits 2 naming its line, with the roster unchanged.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { wengao } from '../helpers/cli.ts';

const root = mkdtempSync(join(tmpdir(), 'wengao-roster-cli-'));
const env = { WENGAO_DATA_DIR: join(root, 'data') };
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('wengao roster', () => {
  it('imports a table, lists it, and wengao proof checks names against it', () => {
    const csv = join(root, '领导名录.csv');
    writeFileSync(csv, '姓名,职务,排序\n李明华,县委副书记、县长,2\n王建设,县委书记,1\n');
    expect(wengao(['roster', 'import', csv], env)).toMatchObject({ status: 0, stdout: '已导入领导名录：2 位\n' });
    expect(wengao(['roster', 'list'], env).stdout).toBe('1\t王建设\t县委书记\n2\t李明华\t县委副书记、县长\n');
    const text = join(root, '讲话.txt');
    writeFileSync(text, '县委书记王建社主持会议。\n');
    const proof = wengao(['proof', text, '--json'], env);
    expect(JSON.parse(proof.stdout).findings).toEqual(expect.arrayContaining([expect.objectContaining({ category: 'roster', suggestion: '王建设' })]));
    expect(proof.status).toBe(1);
  });
  it('refuses a bad table with its line, changing nothing', () => {
    const bad = join(root, 'bad.csv');
    writeFileSync(bad, '王建设,县委书记\n,副县长\n');
    const r = wengao(['roster', 'import', bad], env);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('第2行：缺少姓名');
    expect(wengao(['roster', 'list', '--json'], env).stdout).toContain('李明华');
  });
});
