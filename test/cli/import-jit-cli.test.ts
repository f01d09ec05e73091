// `wengao import` runs without inlining in V8's optimising compiler (bin/wengao.cjs): a process that
// lives for seconds and analyses its files cold in two threads spent more on those compiles than
// the inlined code saved. Seen from outside: with V8's trace of inlining on, an import that runs
// long enough to optimise its analysis considers nothing for inlining; another command still does.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';

const root = mkdtempSync(join(tmpdir(), 'wengao-import-jit-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// Invented minutes of a county's grain depot inspection, distinct per copy.
const MINUTES = (k: number) =>
  [
    `禾丰县粮食储备库第${k + 1}次安全生产检查会议纪要`,
    '时间：2024年6月12日上午',
    '地点：县粮食储备库办公楼会议室',
    '主持人：县发展改革局副局长 甘立群',
    '一、通报夏粮收购前的仓储安全检查情况',
    `甘立群：本轮检查第${k + 1}组共查看仓房十二栋，发现通风设备老化、消防通道堆放杂物等问题五处。`.repeat(4),
    '二、部署夏粮收购期间安全生产工作',
    '储备库主任 龙海燕：六月二十日前完成全部仓房的清消和设备检修，收购期间实行二十四小时值班。'.repeat(4),
    '三、议定事项',
    '1．检查发现的问题由储备库逐项整改，六月十八日前报县发展改革局。',
  ].join('\n');

function traced(args: string[]): string {
  const r = spawnSync(process.execPath, ['--trace-turbo-inlining', join(PACKAGE_ROOT, 'bin', 'wengao.cjs'), ...args], {
    cwd: PACKAGE_ROOT,
    encoding: 'utf8',
    env: { ...process.env, WENGAO_NO_DAEMON: '1', WENGAO_DATA_DIR: join(root, 'data') },
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
}

describe('wengao import and V8 inlining', () => {
  it('an import of 300 files considers nothing for inlining; the import itself is whole', () => {
    const dir = join(root, 'in');
    mkdirSync(dir);
    for (let k = 0; k < 300; k++) writeFileSync(join(dir, `${String(k).padStart(3, '0')}.txt`), MINUTES(k));
    const out = traced(['import', dir]);
    expect(out).toContain('导入 300 个');
    expect(out).not.toMatch(/for inlining/);
  });
});
