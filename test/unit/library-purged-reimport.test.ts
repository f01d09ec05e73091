// A document deleted for good (彻底删除) comes back when its file is imported again (the outside
// tester's defect 1, session 18: the app said 「已在范文库中，未重复导入」 and the speech could never come
// back). Through dispatch() on a real SQLite file: of a file of three talks, one is binned and deleted
// for good, one only binned; importing the file again brings the deleted one back (searchable), says
// so (`returned`), and leaves the other two as they were — same ids, the binned one still in the bin.
// Importing it once more is 「已在范文库中」 again. Fixture: test/fixtures/library-purge18/ (苎溪乡).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.ts';

const { call } = useApi('wengao-purged-reimport-');
const THREE = { name: 'three-talks-zhuxi.txt', base64: readFileSync(join(import.meta.dirname, '..', 'fixtures', 'library-purge18', 'three-talks-zhuxi.txt')).toString('base64') };
const TEA = '在苎溪乡油茶低改工作推进会上的讲话';
const ARMY = '在苎溪乡冬季征兵工作会议上的讲话';
const ROAD = '在苎溪乡农村公路养护工作会议上的讲话';

const idOf = async (title: string, removed = false) => (await call('library.documents', { removed })).find((d) => d.title === title)?.id;

describe('importing again a file with a document deleted for good', () => {
  it('brings that document back, says so, and leaves the others as they were', async () => {
    expect(await call('library.import', THREE)).toMatchObject({ documents: 3 });
    const [tea, army, road] = [await idOf(TEA), await idOf(ARMY), await idOf(ROAD)];
    await call('library.remove', { documentIds: [army, road] as number[] });
    expect(await call('library.purge', { documentIds: [army!] })).toEqual({ purged: 1 });
    expect((await call('library.search', { query: '适龄青年' })).hits).toEqual([]);

    const again = await call('library.import', THREE);
    expect(again.duplicate).toBe(true);
    expect(again.returned?.map((d) => d.title)).toEqual([ARMY]);
    expect(again.documents).toBe(1);
    expect(again.inLibrary).toBe(3);
    expect(again.binned).toEqual([{ id: road, title: ROAD }]);
    // Back, searchable; the others keep their ids, the binned one stays in the bin.
    const back = await idOf(ARMY);
    expect(back).toBeDefined();
    expect((await call('library.search', { query: '适龄青年' })).hits.map((h) => h.title)).toEqual([ARMY]);
    expect(await idOf(TEA)).toBe(tea);
    expect(await idOf(ROAD, true)).toBe(road);
    // In the file's order.
    expect((await call('library.documents', {})).filter((d) => d.sourceName === THREE.name).map((d) => d.title)).toEqual([TEA, ARMY]);

    // Nothing more to bring back: 「已在范文库中」 as before.
    expect(await call('library.import', THREE)).toEqual({ documents: 0, removed: 0, duplicate: true, inLibrary: 3, binned: [{ id: road, title: ROAD }] });
  });
});
