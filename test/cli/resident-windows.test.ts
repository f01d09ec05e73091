// The resident process over its Windows named pipe (scripts/resident-client.cjs pipeName): a served
// draft prints, exits and writes what the same draft in its own process does; status and stop work.
// It runs only on Windows; elsewhere it is skipped and says so. The pipe's name is checked on every
// platform by test/unit/resident-place.test.ts.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { readDocx } from '../helpers/docx-xml.ts';
import { loadExamples } from '../helpers/examples.ts';

const onWindows = process.platform === 'win32';
if (!onWindows) console.info(`test/cli/resident-windows.test.ts skipped: named pipes exist only on Windows (this is ${process.platform}); Unix sockets are tested by resident.test.ts`);

const BIN = join(PACKAGE_ROOT, 'bin', 'wengao.cjs');
const cwd = onWindows ? mkdtempSync(join(tmpdir(), 'wengao-pipe-')) : '';
// A user name of this test's own: the pipe is named for the user (pipeName), so this test's resident
// process is its own, and a developer's is neither used nor stopped.
const env = (daemon: boolean): NodeJS.ProcessEnv => ({ ...process.env, USERNAME: `wengao-test-${process.pid}`, WENGAO_NO_DAEMON: daemon ? '' : '1' });
const wengao = (args: string[], daemon = true) => spawnSync(process.execPath, [BIN, ...args], { cwd, env: env(daemon), encoding: 'utf8', timeout: 60_000 });

async function statusText(): Promise<string> {
  return wengao(['daemon', 'status']).stdout;
}

/** Waits (up to 60 s) until the resident process answers and has finished its warm-up. */
async function ready(): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const text = await statusText();
    if (text.includes('运行中') && !text.includes('预热中')) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the resident process never answered');
}

async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const { xml } = await readDocx(bytes);
  return { ...xml, 'docProps/core.xml': xml['docProps/core.xml']!.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '(time)') };
}

describe.runIf(onWindows)('wengao through its resident process on Windows (named pipe)', () => {
  afterAll(() => void wengao(['daemon', 'stop']));

  it('serves a draft with the output of its own process, says where it listens, and stops', async () => {
    const ex = loadExamples()[0]!;
    const alone = wengao(['draft', ex.path, '-o', 'alone.docx'], false);
    // The first served command runs in its own process and starts the resident process.
    expect(wengao(['draft', ex.path, '-o', 'first.docx']).status).toBe(0);
    expect(await ready()).toMatch(/套接字：\\\\\.\\pipe\\wengao-wengao-test-\d+-[0-9a-f]{8}-wengao-[0-9a-f]{8}/);
    const served = wengao(['draft', ex.path, '-o', 'served.docx']);
    expect(served.status).toBe(0);
    expect(served.stdout.replace('served.docx', 'alone.docx')).toBe(alone.stdout);
    expect(served.stderr).toBe(alone.stderr);
    expect(await parts(readFileSync(join(cwd, 'served.docx')))).toEqual(await parts(readFileSync(join(cwd, 'alone.docx'))));
    expect(await statusText()).toContain('处理命令 1 次');
    expect(wengao(['daemon', 'stop']).stdout).toContain('常驻进程已停止');
    expect(await statusText()).toContain('没有运行中的常驻进程');
  });
});
