// Correcting a 范文库 document through the real CLI, as the reader does in the app (library.update):
// `wengao library genre <编号> 纪要` makes the 会议记录 the analysis typed 记录 a 纪要, `library rename`
// gives it a title, `--undo` takes each back to what the analysis found; a bad 体裁 or an empty title
// is refused in Chinese naming the field (exit 2), changing nothing. Fixture:
// test/fixtures/library-ui19/two-records.txt (澜沧乡).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wengao } from '../helpers/cli.ts';

const env = { WENGAO_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'wengao-library-update-cli-')), 'data') };
const FILE = join(import.meta.dirname, '..', 'fixtures', 'library-ui19', 'two-records.txt');
const RECORD = '澜沧乡党委会会议记录';
const RENAMED = '澜沧乡党委会2027年第3次会议记录';

const listed = () => (JSON.parse(wengao(['library', '--json'], env).stdout) as { id: number; title: string; genre: string }[]).map((d) => [d.title, d.genre]);

describe('wengao library genre / rename', () => {
  it('corrects the 体裁 and the title, says what the analysis found, and --undo takes them back', () => {
    expect(wengao(['import', FILE], env).status).toBe(0);
    const id = (JSON.parse(wengao(['library', '--json'], env).stdout) as { id: number; title: string }[]).find((d) => d.title === RECORD)!.id;

    const typed = wengao(['library', 'genre', String(id), '会议纪要'], env);
    expect(typed.status, typed.stderr).toBe(0);
    expect(typed.stdout).toBe(`文档 ${id}「${RECORD}」纪要（体裁已更正，分析得到的是「记录」；--undo 可改回）\n`);
    const renamed = wengao(['library', 'rename', String(id), RENAMED], env);
    expect(renamed.stdout).toContain(`「${RENAMED}」纪要（标题已更正，分析得到的是「${RECORD}」；体裁已更正`);
    expect(listed()[0]).toEqual([RENAMED, 'minutes']);
    expect(wengao(['library'], env).stdout).toContain(RENAMED);

    expect(wengao(['library', 'genre', String(id), '--undo'], env).stdout).toContain('」记录（标题已更正');
    expect(wengao(['library', 'rename', String(id), '--undo'], env).stdout).toBe(`文档 ${id}「${RECORD}」记录（与分析结果相同）\n`);
    expect(listed()[0]).toEqual([RECORD, 'record']);
  });

  it('refuses a 体裁 it does not know and a missing title, naming the field', () => {
    const before = listed();
    const bad = wengao(['library', 'genre', '1', '公告'], env);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('体裁：应为 讲话、纪要、记录、报告、其他 之一，实际为“公告”');
    const none = wengao(['library', 'rename', '1'], env);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('缺少新标题');
    expect(wengao(['library', 'rename', 'x', '新标题'], env).stderr).toContain('文档编号：应为正整数，实际为“x”');
    expect(listed()).toEqual(before);
  });
});
