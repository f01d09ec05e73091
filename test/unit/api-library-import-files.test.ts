// library.importFiles: the files of one pick (or folder) imported as ONE import — what the 范文库
// panel now sends instead of one library.import call a file (each its own batch and durable commit).
// Each file says what it became exactly as library.import says it, in the order sent; a file that
// cannot be imported names itself and the others still go in; browser mode answers the same; 取消
// keeps nothing of the files whose import had not ended.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { useApi } from '../helpers/api.ts';
import { startServerChild } from '../helpers/server-child.ts';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures');
const fixture = (name: string) => readFileSync(join(FIXTURES, 'import-pick', name)).toString('base64');
const SPEECH = fixture('qingyu-forest-fire-speech.txt');
const MINUTES = fixture('qingyu-tea-minutes.txt');
/** A pick as the panel sends it: a speech, the minutes, the speech again under another name, a file of no kind the library takes. */
const PICK = [
  { name: '青峪乡森林防火讲话.txt', base64: SPEECH },
  { name: '茶叶会议纪要.txt', base64: MINUTES },
  { name: '森林防火讲话（副本）.txt', base64: SPEECH },
  { name: '安装程序.exe', base64: Buffer.from('MZ\x90\x00binary').toString('base64') },
];

const pick = useApi('wengao-pick-');
const oneByOne = useApi('wengao-pick-each-');
const tmp = mkdtempSync(join(tmpdir(), 'wengao-pick-srv-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** What one library.import call a file answers: each output, or the refusal's message. */
async function eachAlone() {
  const out = [];
  for (const f of PICK) {
    try {
      out.push({ name: f.name, output: await oneByOne.call('library.import', f) });
    } catch (err) {
      out.push({ name: f.name, error: (err as Error).message });
    }
  }
  return out;
}

const documents = async (api: typeof pick) =>
  (await api.call('library.documents', {})).map((d) => ({ title: d.title, genre: d.genre, source: d.sourceName, chars: d.chars })).sort((a, b) => a.title.localeCompare(b.title));

describe('library.importFiles: a pick as one import', () => {
  it('says of each file, in the order sent, what library.import says of it alone; the library holds the same documents', async () => {
    const { files, cancelled } = await pick.call('library.importFiles', { files: PICK });
    expect(cancelled).toBeUndefined();
    expect(files.map((f) => f.name)).toEqual(PICK.map((f) => f.name));
    expect(files[0]!.output).toMatchObject({ documents: 1 });
    expect(files[1]!.output).toMatchObject({ documents: 1 });
    // The copy of a file earlier in the same pick is found as it is across two imports.
    expect(files[2]!.output).toMatchObject({ duplicate: true, inLibrary: 1 });
    expect(files[3]!.error).toMatch(/^安装程序\.exe：/);
    expect(files).toEqual(await eachAlone());
    expect(await documents(pick)).toEqual(await documents(oneByOne));
    expect(await pick.call('library.importStatus', {})).toEqual({ converting: null });
  }, 60_000);

  it('browser mode answers the same call the same way (the body parsed and imported in the import worker)', async () => {
    const srv = await startServerChild(join(tmp, 'data'));
    try {
      const r = await srv.call('library.importFiles', { files: PICK });
      expect(r.status, r.body.error).toBe(200);
      expect(r.body.output).toEqual({ files: await eachAloneAgain() });
      // A malformed call is refused as any other call is.
      const bad = await srv.call('library.importFiles', { files: [] });
      expect(bad.status).toBe(400);
    } finally {
      await srv.stop();
    }
  }, 60_000);

  it('取消 while a file of the pick is read: nothing of the files whose import had not ended is kept', async () => {
    const slow = readFileSync(join(FIXTURES, 'hostile', 'type1-encoding-slow.pdf')).toString('base64');
    const before = (await pick.call('library.sources', {})).length;
    const running = pick.call('library.importFiles', {
      files: [
        { name: '青峪乡森林防火讲话（二稿）.txt', base64: Buffer.from(readFileSync(join(FIXTURES, 'import-pick', 'qingyu-forest-fire-speech.txt'), 'utf8') + '\n二稿').toString('base64') },
        { name: '秸秆讲话（损坏）.pdf', base64: slow },
        { name: '茶叶会议纪要（二稿）.txt', base64: Buffer.from(readFileSync(join(FIXTURES, 'import-pick', 'qingyu-tea-minutes.txt'), 'utf8') + '\n二稿').toString('base64') },
      ],
    });
    let progress;
    for (let i = 0; i < 100 && !progress?.name.endsWith('.pdf'); i++) {
      await new Promise((r) => setTimeout(r, 100));
      progress = (await pick.call('library.importStatus', {})).progress;
    }
    expect(progress).toEqual({ done: 1, total: 3, name: '秸秆讲话（损坏）.pdf' });
    expect(await pick.call('library.cancelImport', {})).toEqual({ cancelled: 1 });
    const { files, cancelled } = await running;
    expect(cancelled).toBe(true);
    // The first file was in the batch not yet committed: swept with it, as the files after it.
    expect(files.filter((f) => f.output || f.error)).toEqual([]);
    expect(await pick.call('library.sources', {})).toHaveLength(before);
  }, 120_000);
});

/** The outputs of one call a file, again, against a fresh library (the first test's is not fresh any more). */
async function eachAloneAgain() {
  const fresh = await startServerChild(join(tmp, 'each'));
  try {
    const out = [];
    for (const f of PICK) {
      const r = await fresh.call('library.import', f);
      out.push(r.status === 200 ? { name: f.name, output: r.body.output } : { name: f.name, error: r.body.error });
    }
    return out;
  } finally {
    await fresh.stop();
  }
}
