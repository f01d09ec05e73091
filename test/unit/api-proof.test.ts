// 校对 through the API, as the editor calls it: proof.check on the editor's paragraphs with the
// built-in lexicon and the user's entries, and the lexicon.* methods on a real SQLite file in a temp
// folder — add, disable, remove, import (all or nothing), export — each through dispatch(), so the
// contract's schemas check every input and output.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/dispatch.ts';
import { createHandlers } from '../../main/api/handlers.ts';
import { useApi } from '../helpers/api.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { Store } from '../../main/services/store/store.ts';

const api = useApi('wengao-api-proof-');
const { call, refusal } = api;


const PARAS = ['一、总体要求', '希望大家再接再励，奋勇争先。', '同志们：'];

describe('proof.check', () => {
  it('finds 再接再励 in its paragraph, at its offset, with the suggestion 再接再厉', async () => {
    const { findings } = await call('proof.check', { paragraphs: PARAS, headings: [true, false, false] });
    const f = findings.find((x) => x.rule.includes('再接再励') || x.suggestion === '再接再厉');
    expect(f).toMatchObject({ para: 1, offset: 4, length: 4, severity: '错误', suggestion: '再接再厉' });
    expect(PARAS[1]!.slice(f!.offset, f!.offset + f!.length)).toBe('再接再励');
    expect(f!.message).toMatch(/再接再厉/);
  });

  it('an enabled 忽略 entry suppresses it; disabled, it is back; a user 纠错 entry is found as category user', async () => {
    const { entry } = await call('lexicon.add', { kind: 'allow', wrong: '再接再励' });
    const find = async () => (await call('proof.check', { paragraphs: PARAS })).findings.filter((f) => f.para === 1 && f.offset === 4);
    expect(await find()).toEqual([]);
    await call('lexicon.setEnabled', { id: entry.id, enabled: false });
    expect(await find()).toHaveLength(1);
    await call('lexicon.remove', { id: entry.id });
    expect(await find()).toHaveLength(1);

    const added = await call('lexicon.add', { kind: 'confusion', wrong: '奋勇争先', right: '勇争一流', severity: '疑似', reason: '本单位统一提法' });
    const { findings } = await call('proof.check', { paragraphs: PARAS });
    expect(findings.find((f) => f.category === 'user')).toMatchObject({ para: 1, offset: 9, length: 4, severity: '疑似', suggestion: '勇争一流' });
    await call('lexicon.remove', { id: added.entry.id });
    expect((await call('proof.check', { paragraphs: PARAS })).findings.some((f) => f.category === 'user')).toBe(false);
  });

  it('refuses headings of another length, and non-string paragraphs, in Chinese', async () => {
    expect((await refusal('proof.check', { paragraphs: PARAS, headings: [true] })).details).toEqual(['headings：应与 paragraphs 一样长（3 项），实际 1 项']);
    const bad = await refusal('proof.check', { paragraphs: [1, 2] });
    expect(bad.message).toBe('请求参数有误');
  });
});

describe('lexicon.* on a database file', () => {
  it('adds, lists, disables, and refuses a duplicate naming the word', async () => {
    const a = await call('lexicon.add', { kind: 'confusion', wrong: '醇成', right: '酿成', reason: '形近字' });
    expect(a.entry).toMatchObject({ kind: 'confusion', wrong: '醇成', right: '酿成', severity: '错误', reason: '形近字', enabled: true });
    const dup = await refusal('lexicon.add', { kind: 'confusion', wrong: '醇成', right: '酿成' });
    expect(dup.message).toContain('“醇成”已在词库中');
    expect((await refusal('lexicon.add', { kind: 'confusion', wrong: '', right: '对' })).message).toBe('错误写法不能为空');
    expect((await refusal('lexicon.add', { kind: 'allow', wrong: '甲\n乙' })).message).toBe('词语不能包含换行');
    const off = await call('lexicon.setEnabled', { id: a.entry.id, enabled: false });
    expect(off.entry.enabled).toBe(false);
    expect((await call('lexicon.list', {})).entries.map((e) => [e.wrong, e.enabled])).toEqual([['醇成', false]]);
    expect((await refusal('lexicon.setEnabled', { id: 999, enabled: true })).message).toBe('没有编号为 999 的词库条目');
    expect((await refusal('lexicon.remove', { id: 999 })).message).toBe('没有编号为 999 的词库条目');
  });

  it('exports TSV and imports it back: a round trip, also into another database', async () => {
    await call('lexicon.add', { kind: 'allow', wrong: '截止' });
    const out = await call('lexicon.export', {});
    expect(out.name).toBe('用户词库.tsv');
    expect(out.text.split('\n')[0]).toBe('类型\t错误写法\t正确写法\t级别\t说明\t启用');
    expect(out.text).toContain('纠错\t醇成\t酿成\t错误\t形近字\t否');
    const before = (await call('lexicon.list', {})).entries;
    expect(await call('lexicon.import', { text: out.text })).toEqual({ added: 0, updated: 2 });
    expect((await call('lexicon.list', {})).entries).toEqual(before);

    const other = new Store(join(api.dir, 'other.db'));
    try {
      const h = createHandlers({ store: other, library: loadDraftLibrary() });
      expect(await dispatch(h, 'lexicon.import', { text: '\uFEFF' + out.text })).toEqual({ added: 2, updated: 0 });
      expect(((await dispatch(h, 'lexicon.export', {})) as { text: string }).text).toBe(out.text);
    } finally {
      other.close();
    }
  });

  it('a bad import leaves the table unchanged, with a Chinese message naming the line', async () => {
    const before = (await call('lexicon.export', {})).text;
    const err = await refusal('lexicon.import', { text: '类型\t错误写法\t正确写法\n纠错\t给与\t给予\n纠错\t其它\n' });
    expect(err.message).toBe('第 3 行：正确写法不能为空');
    expect((await call('lexicon.export', {})).text).toBe(before);
    expect((await call('proof.check', { paragraphs: ['依法给与补助。'] })).findings.some((f) => f.category === 'user')).toBe(false);
  });
});
