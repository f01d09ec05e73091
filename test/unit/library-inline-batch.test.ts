// An import analysed in this thread (plain text under 4 MB: no worker) is written in batches of full
// size: with nothing to overlap, the small first batches a worker's import starts with would only
// add checkpoints and durable commits. Its files are shown together when the import ends, and all
// of them are there; an import with a worker still shows its first megabyte early.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFiles, libraryCounts } from '../../main/services/library/library.ts';
import { Store } from '../../main/services/store/store.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-inline-batch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// An invented minutes of about 1.9 KB, made distinct per copy: 700 copies are over 1 MB.
const MINUTES = (k: number) =>
  [
    `碧岙村第${k + 1}次防台风工作会议记录`,
    '时间：2024年7月2日上午',
    '地点：村委会二楼会议室',
    '主持人：村党支部书记 林海涛',
    '一、通报台风路径和本村风险点',
    '林海涛：第三号台风预计后天登陆，沿海渔排和低洼房屋是重点，各网格员要逐户核实。'.repeat(6),
    '二、部署转移和值守工作',
    '村委会主任 陈秀兰：渔船全部回港避风，渔排人员今天下午六点前全部上岸，独居老人由网格员负责转移。'.repeat(6),
    `三、会议议定事项（第${k + 1}次）`,
    '1．各网格员今天完成逐户核实，名单报村委会。',
  ].join('\n');

function folder(name: string, n: number): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  for (let k = 0; k < n; k++) writeFileSync(join(dir, `${String(k).padStart(4, '0')}.txt`), MINUTES(k));
  return dir;
}

describe('batches of an import analysed in this thread', () => {
  it('over 1 MB of plain text: nothing shown before the end, everything after it', async () => {
    const dir = folder('inline', 700);
    const store = new Store(join(tmp, 'inline.db'));
    try {
      const seen: number[] = [];
      const r = await importFiles(store, [dir], (done, total) => {
        if (done === total) seen.push(libraryCounts(store).documents);
      }, { worker: false });
      expect(r.imported).toBe(700);
      expect(seen).toEqual([0]);
      expect(libraryCounts(store).documents).toBe(r.documents);
    } finally {
      store.close();
    }
  });

  it('with a worker, the first megabyte is shown before the import ends', async () => {
    const dir = folder('worker', 700);
    const store = new Store(join(tmp, 'worker.db'));
    try {
      const seen: number[] = [];
      const r = await importFiles(store, [dir], (done, total) => {
        if (done === total) seen.push(libraryCounts(store).documents);
      }, { worker: true });
      expect(r.imported).toBe(700);
      expect(seen[0]).toBeGreaterThan(0);
      expect(libraryCounts(store).documents).toBe(r.documents);
    } finally {
      store.close();
    }
  });
});
