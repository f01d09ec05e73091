// Importing again, through the real CLI, a file whose documents are in the 回收站: the line names the
// documents there and the command that restores them (`wengao library recover …`), for some or for
// all of them; `library report` marks them under their file. Fixture: test/fixtures/library-bin16/
// three-talks.txt (岚溪镇, three talks in one file).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wengao } from '../helpers/cli.ts';

const env = { WENGAO_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'wengao-library-bin-reimport-')), 'data') };
const FILE = join(import.meta.dirname, '..', 'fixtures', 'library-bin16', 'three-talks.txt');
const TEA = '在岚溪镇茶园冬管工作推进会上的讲话';

describe('wengao import of a file whose documents are in the 回收站', () => {
  it('names those in the bin and the command to restore them', () => {
    expect(wengao(['import', FILE], env).status).toBe(0);
    const docs = JSON.parse(wengao(['library', '--json'], env).stdout) as { id: number; title: string }[];
    expect(wengao(['import', FILE], env).stdout).toMatch(/已在库中：.*three-talks\.txt（文档 \d+、\d+、\d+），未重复导入\n/);

    const tea = docs.find((d) => d.title === TEA)!.id;
    wengao(['library', 'remove', String(tea)], env);
    const some = wengao(['import', FILE], env);
    expect(some.status).toBe(0);
    expect(some.stdout).toContain(`其中在回收站中的：文档 ${tea}「${TEA}」，恢复用 wengao library recover ${tea}`);
    expect(wengao(['library', 'report'], env).stdout).toContain(`${tea}「${TEA}」（在回收站中）`);

    const ids = docs.map((d) => d.id);
    wengao(['library', 'remove', ...ids.map(String)], env);
    const all = wengao(['import', FILE], env).stdout;
    expect(all).toContain('未重复导入——它的 3 篇文档都在回收站中');
    const command = /恢复用 (wengao library recover [\d ]+)/.exec(all)![1]!;
    expect(command).toBe(`wengao library recover ${ids.join(' ')}`);
    expect(wengao(command.split(' ').slice(1), env).stdout).toContain('已从回收站恢复：3 篇');
    expect(wengao(['library', 'bin', '--json'], env).stdout.trim()).toBe('[]');
  });
});
