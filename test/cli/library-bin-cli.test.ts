// The 范文库's 回收站 through the real CLI: `wengao library remove` takes a document out of the list
// and the search, `library bin` lists it with the time it was removed, `library recover` brings it
// back as it was, `library purge` deletes it for good only with --yes. Fixture:
// test/fixtures/library-bin/two-speeches.txt (枫岭县, two speeches in one file).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wengao } from '../helpers/cli.ts';

const env = { WENGAO_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'wengao-library-bin-cli-')), 'data') };
const FILE = join(import.meta.dirname, '..', 'fixtures', 'library-bin', 'two-speeches.txt');
const FIRE = '在枫岭县秋冬季森林防火工作会议上的讲话';

const listed = () => (JSON.parse(wengao(['library', '--json'], env).stdout) as { id: number; title: string }[]).map((d) => d.title);
const binned = () => JSON.parse(wengao(['library', 'bin', '--json'], env).stdout) as { id: number; title: string; removedAt: number }[];
const found = (words: string) => (JSON.parse(wengao(['search', words, '--json'], env).stdout) as { hits: { title: string }[] }).hits.map((h) => h.title);

describe('wengao library remove / bin / recover / purge', () => {
  it('removes to the bin, lists the bin, recovers exactly, purges only with --yes', () => {
    expect(wengao(['import', FILE], env).status).toBe(0);
    const docs = JSON.parse(wengao(['library', '--json'], env).stdout) as { id: number; title: string; outline: unknown }[];
    const fire = docs.find((d) => d.title === FIRE)!;
    const search = wengao(['search', '扑火演练', '--json'], env).stdout;
    expect(found('扑火演练')).toEqual([FIRE]);

    const removed = wengao(['library', 'remove', String(fire.id)], env);
    expect(removed.status, removed.stderr).toBe(0);
    expect(removed.stdout).toContain('已移到回收站：1 篇');
    expect(listed()).not.toContain(FIRE);
    expect(found('扑火演练')).toEqual([]);
    expect(binned().map((d) => d.title)).toEqual([FIRE]);
    expect(wengao(['library', 'bin'], env).stdout).toMatch(new RegExp(`^${fire.id}\\t${FIRE}\\t讲话\\ttwo-speeches\\.txt\\t移入回收站：`));

    expect(wengao(['library', 'recover', String(fire.id)], env).stdout).toContain('已从回收站恢复：1 篇');
    expect(binned()).toEqual([]);
    expect(wengao(['search', '扑火演练', '--json'], env).stdout).toBe(search);
    expect((JSON.parse(wengao(['library', '--json'], env).stdout) as typeof docs).find((d) => d.title === FIRE)).toEqual(fire);

    wengao(['library', 'remove', String(fire.id)], env);
    const unconfirmed = wengao(['library', 'purge', String(fire.id)], env);
    expect(unconfirmed.status).toBe(2);
    expect(unconfirmed.stderr).toContain('彻底删除后不能恢复');
    expect(binned()).toHaveLength(1);
    const purged = wengao(['library', 'purge', String(fire.id), '--yes'], env);
    expect(purged.status, purged.stderr).toBe(0);
    expect(binned()).toEqual([]);
    expect(listed()).toEqual(['在枫岭县冬季农田水利建设推进会上的讲话']);
    const gone = wengao(['library', 'recover', String(fire.id)], env);
    expect(gone.status).toBe(2);
    expect(gone.stderr).toContain(`没有编号为 ${fire.id} 的文档`);
  });
});
