// The same file edited in place and imported again through the real CLI (s20 outside test c08, the
// same path): the new version takes the old one's place, and the import says per piece what became of
// it and names the piece the file no longer has, with the command to remove it. Fixtures:
// test/fixtures/library-versions20 (篁岭县 and the rest invented).
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wengao } from '../helpers/cli.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-versions-cli-'));
const env = { WENGAO_DATA_DIR: join(tmp, 'data') };
const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'library-versions20');
const FILE = join(tmp, '篁岭县讲话汇编.txt');

describe('wengao import of a file edited in place', () => {
  it('updates its documents and says what changed', () => {
    copyFileSync(join(FIXTURES, 'v1', '篁岭县讲话汇编.txt'), FILE);
    expect(wengao(['import', FILE], env).status).toBe(0);
    copyFileSync(join(FIXTURES, 'v2', '篁岭县讲话汇编.txt'), FILE);
    const again = wengao(['import', FILE], env);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain('这是已导入文件的新版本，已替换上次导入的文档：未变 2 篇；有改动 1 篇：《在篁岭县春季植树造林工作会议上的讲话》；新增 1 篇：《在蓼滩镇农村公路养护工作会议上的讲话》');
    expect(again.stdout).toContain('注意：文件中已没有 文档 2「在箐口镇森林防火工作会议上的讲话」：仍在范文库中，不需要可移到回收站（wengao library remove 2）');
    const titles = (JSON.parse(wengao(['library', '--json'], env).stdout) as { title: string }[]).map((d) => d.title);
    expect(titles).toHaveLength(5);
    expect(new Set(titles).size).toBe(5);
  });
});
