// A 范文库 heading never brings another document's place into a draft (the outside tester's defect 2,
// session 16): a county government's minutes item 「关于<县>—<镇>快速通道征地拆迁工作」 was harvested
// with the county's name as the campaign's slot, and offered for a street office's renovation speech.
// A subject that is only a place is no campaign's name; a place right before the subject joins the
// slot; a heading that still names its document's place is not harvested — nor offered from a
// library harvested before (library.patterns), and a speech's parts take only speeches' and reports' headings.
// Fixtures: test/fixtures/library-search/tiaoling-*.txt (苕岭县, invented).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, harvestPatterns } from '../../core/outline/index.ts';
import { onlyPlace, placeNames } from '../../core/outline/places.ts';
import { useApi } from '../helpers/api.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'library-search');
const MINUTES = 'tiaoling-road-minutes.txt';
const SPEECH = 'tiaoling-environment-speech.txt';
const read = (name: string) => readFileSync(join(DIR, name), 'utf8');
const harvested = (name: string) => analyse(read(name)).documents.flatMap((d) => harvestPatterns(d));

describe('places read from a title and its head lines', () => {
  it('a county, a city and its district, a street office; not 全县, 各乡镇 or a 市场', () => {
    const places = placeNames('在溇阳市湄江区生活垃圾分类工作推进会上的讲话\n柏岗街道办事处\n全县各乡镇要管好农贸市场');
    expect([...places].sort()).toEqual(['柏岗', '湄江', '溇阳'].sort());
    expect(onlyPlace('柏岗', places)).toBe(true);
    expect(onlyPlace('柏岗街道', places)).toBe(true);
    expect(onlyPlace('柏岗垃圾分类', places)).toBe(false);
  });
});

describe('harvested headings carry no place', () => {
  it('a minutes item whose slot would be the county gives no pattern', () => {
    expect(harvested(MINUTES)).toEqual([]);
  });

  it('a speech: the place before the campaign joins the slot; a heading naming the place is left out', () => {
    const patterns = harvested(SPEECH).map((p) => p.pattern);
    expect(patterns).toContain('突出重点，推动X工作再上新台阶');
    for (const p of patterns) expect(p).not.toMatch(/苕岭|X县/);
  });
});

describe('library.patterns offers no place, and a speech only a speech’s headings', () => {
  const api = useApi('wengao-heading-places-');
  it('after import, and from patterns stored by an older harvest', async () => {
    for (const name of [MINUTES, SPEECH]) await api.call('library.import', { name, base64: Buffer.from(read(name)).toString('base64') });
    const docs = await api.call('library.documents', {});
    const minutes = docs.find((d) => d.genre === 'minutes')!;
    const speech = docs.find((d) => d.genre === 'speech')!;
    // What a library imported before this fix holds: the place as the slot, and the place left in the words.
    const insert = api.store.db.prepare(`INSERT INTO patterns (pattern, level, source, document_id) VALUES (?, 1, ?, ?)`);
    insert.run('关于X—枫亭快速通道征地拆迁工作', minutes.title, minutes.id);
    insert.run('突出重点，推动苕岭X工作再上新台阶', speech.title, speech.id);
    insert.run('压实责任，确保X县各项措施落地见效', speech.title, speech.id);
    const all = (await api.call('library.patterns', { limit: 500 })).map((p) => p.pattern);
    expect(all).toContain('突出重点，推动X工作再上新台阶');
    for (const p of all) expect(p).not.toMatch(/苕岭|枫亭|X县/);
    // A minutes' item that names no place is still no part heading of a speech.
    insert.run('关于X资金保障工作', minutes.title, minutes.id);
    expect((await api.call('library.patterns', { limit: 500 })).map((p) => p.pattern)).toContain('关于X资金保障工作');
    const forSpeech = await api.call('library.patterns', { limit: 500, genres: ['speech', 'report'] });
    expect(forSpeech.map((p) => p.pattern)).not.toContain('关于X资金保障工作');
    expect(forSpeech.length).toBeGreaterThan(0);
  });
});
