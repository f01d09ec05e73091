// A .doc with automatic lists is converted by LibreOffice (soffice.ts), which takes 18–34 s. When the
// read is ended before that — 取消 in the 范文库 panel, or the file's read budget — LibreOffice used to
// run on to its own 120 s limit, and its temporary folder stayed. Now it dies with the read: no
// LibreOffice process of that import is left, and no temporary folder. Real LibreOffice; where it is
// not installed the tests are skipped, and say so.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../../main/cli/library-commands.ts';
import { stdio } from '../../../main/cli/stdio.ts';
import { workerAnalyser } from '../../../main/services/library/analyser.ts';
import { PACKAGE_ROOT } from '../../../main/services/library-files.ts';
import { findSoffice } from '../../../main/services/library/soffice.ts';
import { useApi } from '../../helpers/api.ts';
import { sofficeProcessesNaming } from '../../helpers/soffice-processes.ts';

// This file's own temporary folder, inherited by the import's worker threads: every conversion's
// folder and every LibreOffice of these tests names it (its profile and input are inside).
const outer = tmpdir();
const mine = mkdtempSync(join(outer, 'wengao-lo-ended-'));
process.env.TMPDIR = mine;
afterAll(() => {
  process.env.TMPDIR = outer;
  rmSync(mine, { recursive: true, force: true });
});

const LISTS_DOC = readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'collections', 'numbered-lists.doc'));
const soffice = findSoffice();
if (!soffice) console.log('libreoffice-ended: skipped — LibreOffice (soffice) is not installed, so no conversion can be started or ended');
const api = useApi('wengao-lo-api-');

/** LibreOffice (and what starts it) running for this file's conversions. */
const processesOfMine = () => sofficeProcessesNaming(mine);

const conversionFolders = () => readdirSync(mine).filter((n) => n.startsWith('wengao-convert-'));

let status: string | null = null;

async function until(what: string, ok: () => boolean, ms: number, update?: () => Promise<void>): Promise<void> {
  const deadline = Date.now() + ms;
  for (await update?.(); !ok(); await update?.()) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Waits until LibreOffice has started on the file. */
const converting = () => until('LibreOffice converting', () => processesOfMine().some((p) => p.includes('soffice')), 90_000);

describe.skipIf(!soffice)('a LibreOffice conversion ended with its read', () => {
  it('取消 during the conversion: no LibreOffice of the import is left, nor its temporary folder', async () => {
    const imported = api.call('library.import', { name: '编号列表.doc', base64: LISTS_DOC.toString('base64') });
    imported.catch(() => undefined);
    await converting();
    expect(conversionFolders()).toHaveLength(1);
    // What the panel asks every second to say 「正在用 LibreOffice 转换 编号列表.doc…」.
    await until('the import says LibreOffice converts the file', () => status === '编号列表.doc', 10_000, async () => {
      status = (await api.call('library.importStatus', {})).converting;
    });
    expect(await api.call('library.cancelImport', {})).toEqual({ cancelled: 1 });
    await expect(imported).rejects.toThrow(/^导入已取消，这个文件没有写入范文库$/);
    await until('no LibreOffice left and no folder', () => processesOfMine().length === 0 && conversionFolders().length === 0, 10_000);
    expect(await api.call('library.sources', {})).toEqual([]);
    expect(await api.call('library.importStatus', {})).toEqual({ converting: null });
  }, 150_000);

  // What the read budget does to a file that overruns it (analyser.ts: overrun → stop), and an
  // import that ends: the reading worker is terminated.
  it('the reading worker ended mid-conversion: no LibreOffice left, no temporary folder', async () => {
    const analyser = workerAnalyser();
    const read = analyser.analyse('doc', LISTS_DOC);
    read.catch(() => undefined);
    try {
      await converting();
    } finally {
      analyser.close();
    }
    await until('no LibreOffice left and no folder', () => processesOfMine().length === 0 && conversionFolders().length === 0, 10_000);
  }, 150_000);

  it('`wengao import` says LibreOffice is converting the file; a conversion that finishes leaves nothing behind', async () => {
    const file = join(mine, '编号列表.doc');
    writeFileSync(file, LISTS_DOC);
    let stderr = '';
    const err = vi.spyOn(stdio, 'err').mockImplementation((text: string) => void (stderr += text));
    const out = vi.spyOn(stdio, 'out').mockImplementation(() => undefined);
    try {
      expect(await importCommand({ 'data-dir': join(mine, 'data') }, [file])).toBe(0);
    } finally {
      err.mockRestore();
      out.mockRestore();
    }
    expect(stderr).toContain('正在用 LibreOffice 转换 编号列表.doc（约需半分钟）…\n');
    expect(processesOfMine()).toEqual([]);
    expect(conversionFolders()).toEqual([]);
  }, 240_000);
});
