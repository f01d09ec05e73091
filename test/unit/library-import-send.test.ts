// A pick sent to the 范文库 (renderer/src/panels/import-send.ts): a file the browser cannot read is named and
// left out, the rest imported (one such file had refused the whole pick: review after session 23); 取消 counts
// the files kept out once, naming the first.
import { describe, expect, it } from 'vitest';
import type { Input, Output } from '../../core/api.ts';
import { sendPick, unreadableLine, type PickApi } from '../../renderer/src/panels/import-send.ts';
import { newTally, summaryLine } from '../../renderer/src/panels/import-tally.ts';

const MB = 1024 * 1024;
const file = (name: string, size = 10, readable = true) => ({
  name,
  size,
  base64: () => (readable ? Promise.resolve(Buffer.from(name).toString('base64')) : Promise.reject(new Error('NotReadableError'))),
});
const output = { documents: 1, removed: 0 };

/** An API that imports every file sent, or — once `stopAfter` files are in — answers as after 取消. */
function api(stopAfter = Infinity) {
  const calls: string[][] = [];
  let imported = 0;
  const it: PickApi = {
    importFiles: (input: Input<'library.importFiles'>): Promise<Output<'library.importFiles'>> => {
      calls.push(input.files.map((f) => f.name));
      const files = input.files.map((f) => (imported++ < stopAfter ? { name: f.name, output } : { name: f.name }));
      return Promise.resolve({ files, ...(imported > stopAfter ? { cancelled: true } : {}) });
    },
    importStatus: () => Promise.resolve({ converting: null }),
  };
  return { it, calls };
}
const run = (a: PickApi, cancelled = () => false) => ({ api: a, cancelled, progress: () => undefined, every: 1000 });

describe('sendPick', () => {
  it('imports the files it can read and names the one it cannot', async () => {
    const t = newTally();
    const { it: a, calls } = api();
    await sendPick([file('岚溪镇防汛讲话.txt'), file('岚溪镇会议记录.docx', 10, false), file('岚溪镇总结.md')], t, run(a));
    expect(calls).toEqual([['岚溪镇防汛讲话.txt', '岚溪镇总结.md']]);
    expect(t.failed).toEqual([unreadableLine('岚溪镇会议记录.docx')]);
    expect(t.documents).toBe(2);
    expect(summaryLine(t)).toBe('已导入范文 2 篇，1 个文件未导入');
  });

  it('sends nothing when no file can be read, and says each', async () => {
    const t = newTally();
    const { it: a, calls } = api();
    await sendPick([file('岚溪镇甲.txt', 10, false), file('岚溪镇乙.txt', 10, false)], t, run(a));
    expect(calls).toEqual([]);
    expect(t.failed).toHaveLength(2);
    expect(t.failed[1]).toContain('岚溪镇乙.txt');
  });

  it('after 取消 in a call names the first file kept out and counts it and every later call’s files once', async () => {
    const t = newTally();
    let stop = false;
    const { it: a, calls } = api(1);
    const wrapped: PickApi = { ...a, importFiles: (input) => ((stop = true), a.importFiles(input)) };
    // Two calls (20 MB each): the second is never sent.
    const files = [file('岚溪镇一.txt', 10 * MB), file('岚溪镇二.txt', 10 * MB), file('岚溪镇三.txt', 20 * MB)];
    await sendPick(files, t, run(wrapped, () => stop));
    expect(calls).toEqual([['岚溪镇一.txt', '岚溪镇二.txt']]);
    expect(t.stopped).toBe('已取消，岚溪镇二.txt 及其后 1 个文件未导入');
    expect(t.notImported).toBe(2);
    expect(t.documents).toBe(1);
  });

  it('after 取消 names a file kept out by its place in the pick, past an unreadable one', async () => {
    const t = newTally();
    const { it: a } = api(1);
    await sendPick([file('岚溪镇一.txt', 10, false), file('岚溪镇二.txt'), file('岚溪镇三.txt')], t, run(a));
    expect(t.stopped).toBe('已取消，岚溪镇三.txt 未导入');
    expect(t.notImported).toBe(1);
    expect(t.failed).toEqual([unreadableLine('岚溪镇一.txt')]);
  });

  it('取消 before a call sends none of it', async () => {
    const t = newTally();
    const { it: a, calls } = api();
    await sendPick([file('岚溪镇一.txt'), file('岚溪镇二.txt')], t, run(a, () => true));
    expect(calls).toEqual([]);
    expect(t.stopped).toBe('已取消，岚溪镇一.txt 及其后 1 个文件未导入');
    expect(t.notImported).toBe(2);
  });
});
