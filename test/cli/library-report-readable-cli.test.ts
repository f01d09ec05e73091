// The 导入清理记录 through the real CLI reads as the app's does (core/outline/readable.ts): a removed
// notice that a web page broke at every link is listed as its sentence, with no 「⏎」 or other mark
// for a line break — in `library report` and in what `library restore` says it restored (session 18).
// Fixture: test/fixtures/cli-readable/青檀镇植树讲话.txt (invented).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wengao } from '../helpers/cli.ts';

const env = { WENGAO_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'wengao-report-readable-')), 'data') };
const FILE = join(import.meta.dirname, '..', 'fixtures', 'cli-readable', '青檀镇植树讲话.txt');
const NOTICE = '本作品在中华人民共和国不受著作权法保护，因为它属于该法所称的法律、法规，国家机关的决议、命令等官方文件。';

describe('wengao library report / restore', () => {
  it('lists a notice broken at every link as the sentence it is, with no line-break mark', () => {
    expect(wengao(['import', FILE], env).status).toBe(0);
    const report = wengao(['library', 'report', '1'], env);
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout).toContain(`  1. 〔版权声明〕第 17 行：${NOTICE}\n`);
    expect(report.stdout).not.toMatch(/⏎|↵|\\n/);

    const restore = wengao(['library', 'restore', '1', '1'], env);
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toContain(`〔版权声明〕第 17 行：${NOTICE}\n`);
    const after = wengao(['library', 'report', '1'], env).stdout;
    expect(after).toContain(`已恢复：\n    〔版权声明〕第 17 行：${NOTICE}\n`);
    expect(after + restore.stdout).not.toMatch(/⏎|↵/);
  });
});
