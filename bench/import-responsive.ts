// Issue #12 figure (defect 4b): while a 50 MB file imports in browser mode, how long the other calls
// take — documents.list (a read) and versions.save (a write) one after another, against a real
// server process, the upload sent from a process of its own. Target: each within 200 ms.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXAMPLES_DIR } from '../test/helpers/examples.ts';
import { callWhile, collection, importCall, PAUSE_MS } from '../test/helpers/import-upload.ts';
import { startServerChild } from '../test/helpers/server-child.ts';
import { ms, percentile, row } from './measure.ts';

const TARGET_MS = 200;

export async function benchImportResponsive(): Promise<boolean> {
  const tmp = mkdtempSync(join(tmpdir(), 'wengao-bench-responsive-'));
  const srv = await startServerChild(join(tmp, 'data'));
  try {
    console.log('\n## 范文库 import in browser mode (issue #12, defect 4b) — other calls while a 50 MB file imports');
    const widths = [46, 12, 12, 12];
    const input = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'speech-living-environment.json'), 'utf8')) as unknown;
    const created = await srv.call('documents.create', { input });
    if (created.status !== 200) throw new Error(`bench documents.create: ${created.status} ${created.body.error}`);
    const bytes = collection(50);
    const t = performance.now();
    const imported = importCall(srv, '范文合集.txt', bytes, tmp).answer;
    const { reads, writes, afterQuiet } = await callWhile(srv, imported, (created.body.output as { documentId: number }).documentId);
    const { status, body } = await imported;
    if (status !== 200) throw new Error(`bench import: ${status} ${body.error}`);
    const seconds = (performance.now() - t) / 1000;
    console.log(row([`${(bytes.length / 1048576).toFixed(1)} MB, ${body.output!.documents} documents, ${seconds.toFixed(1)} s`, 'p50', 'p95', 'max'], widths));
    for (const [name, took] of [
      ['documents.list (reads)', reads],
      ['versions.save (writes)', writes],
      [`  of which the first after a pause of ${PAUSE_MS / 1000} s`, afterQuiet],
    ] as const) {
      console.log(row([`  ${name}: ${took.length} calls`, ms(percentile(took, 50)), ms(percentile(took, 95)), ms(Math.max(...took))], widths));
    }
    console.log(row([`  load average ${loadavg()[0]!.toFixed(2)}`, '', '', ''], widths));
    const max = Math.max(...reads, ...writes);
    const ok = max <= TARGET_MS;
    console.log(`target: every other call ≤ ${TARGET_MS} ms while a 50 MB import runs — ${ok ? 'met' : 'NOT MET'}`);
    return ok;
  } finally {
    await srv.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

// Run on its own: `npx tsx bench/import-responsive.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await benchImportResponsive();
