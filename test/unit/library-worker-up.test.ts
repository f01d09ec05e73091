// Once the analysis worker has answered, the importing thread hands it every file it is given and
// analyses none itself: it has the writes to do, and analysing beside the worker it made them wait
// and warmed the analysis up a second time (the 50 MB import is bound by that thread's CPU). Before
// the worker has answered (while it starts), the importing thread still analyses small files itself.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { workerAnalyser } from '../../main/services/library/analyser.ts';
import { analyseFileBytes } from '../../main/services/library/analysis.ts';

// Invented minutes of a district's flood-season drill, distinct per copy.
const MINUTES = (k: number) =>
  Buffer.from(
    [
      `澄江区第${k + 1}次防汛应急演练筹备会议纪要`,
      '时间：2024年5月8日下午',
      '地点：区应急管理局三楼会议室',
      '主持人：区应急管理局局长 邬建平',
      '一、通报演练方案和各组分工',
      `邬建平：本次演练设在滨江二号泵站，第${k + 1}组负责转移安置，各街道要提前把群众名单核实清楚。`.repeat(8),
      '二、部署演练前的准备工作',
      '区水利局副局长 葛晓东：泵站的备用电源和抽排设备本周五前完成调试，抢险物资按清单运到现场。'.repeat(8),
    ].join('\n'),
  );

describe('the analysis worker, once up, is handed every file', () => {
  it('after its first answer, twelve files queued at once are all analysed by the worker, to the same outcome', async () => {
    const analyser = workerAnalyser();
    try {
      await analyser.await(analyser.analyse('txt', MINUTES(100))); // the worker is up
      const files = Array.from({ length: 12 }, (_, k) => MINUTES(k));
      const results = files.map((bytes) => analyser.analyse('txt', bytes));
      const got = [];
      for (const r of results) got.push(await analyser.await(r));
      expect(analyser.analysedHere).toBe(0);
      const alone = await Promise.all(files.map((b) => analyseFileBytes('txt', b)));
      expect(got.map((a) => JSON.stringify(a.documents))).toEqual(alone.map((a) => JSON.stringify(a.documents)));
    } finally {
      analyser.close();
    }
  });

  it('a file of the shared texts is the same whoever analyses it', async () => {
    const bytes = readFileSync(new URL('../fixtures/collections/flood-records.txt', import.meta.url));
    const analyser = workerAnalyser();
    try {
      const a = await analyser.await(analyser.analyse('txt', bytes));
      expect(JSON.stringify(a.documents)).toBe(JSON.stringify((await analyseFileBytes('txt', bytes)).documents));
    } finally {
      analyser.close();
    }
  });
});
