// Two 范文库 hits that read alike say where each comes from (the outside tester's defect 3, session 16:
// the same title, heading and excerpt twice, nothing to tell which file to bin): the file, and the
// year and speaker when the document names them. On a real store. Fixtures: test/fixtures/library-ui17/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'library-ui17');
const FILES = ['棠梨县创卫讲话汇编.txt', '领导讲话选编.txt'];
const { call } = useApi('wengao-search-sources-');

describe('library.search says where each hit comes from', () => {
  it('two hits alike: their files, years and speakers tell them apart; a binned one is not found', async () => {
    for (const name of FILES) await call('library.import', { name, base64: readFileSync(join(DIR, name)).toString('base64') });
    const { hits } = await call('library.search', { query: '严格工作标准' });
    const alike = hits.filter((h) => h.heading?.includes('严格工作标准') && h.text.includes('逐项整改'));
    expect(alike).toHaveLength(2);
    expect(alike[0]!.title).toBe(alike[1]!.title);
    expect(alike.map((h) => [h.source, h.year, h.speaker]).sort()).toEqual(
      [
        ['棠梨县创卫讲话汇编.txt', 2024, '县委书记 柯望舒'],
        ['领导讲话选编.txt', 2025, '县长 苗听澜'],
      ].sort(),
    );
    const binned = alike.find((h) => h.source === FILES[1])!;
    await call('library.remove', { documentIds: [binned.documentId!] });
    const after = (await call('library.search', { query: '严格工作标准' })).hits.filter((h) => h.text.includes('逐项整改'));
    expect(after.map((h) => h.source)).toEqual([FILES[0]]);
  });
});
