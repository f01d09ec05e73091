// 领导名录 through the API, as the editor calls it: roster.import (pasted text, an .xlsx file's bytes,
// a bad row refused by its line), roster.add/remove, and proof.check using the roster, the
// material's names and the document's 忽略 list — each through dispatch(), schemas checked.
import { describe, expect, it } from 'vitest';
import { useApi } from '../helpers/api.ts';
import { xlsxOf } from '../helpers/xlsx-fixture.ts';

const { call, refusal } = useApi('wengao-api-roster-');

describe('roster.*', () => {
  it('imports a pasted table, refuses a bad one whole, adds and removes', async () => {
    expect((await call('roster.list', {})).entries).toEqual([]);
    const { entries } = await call('roster.import', { text: '姓名\t职务\n王建设\t县委书记\n李明华\t县委副书记、县长\n' });
    expect(entries.map((e) => `${e.rank}${e.name}`)).toEqual(['1王建设', '2李明华']);
    expect((await refusal('roster.import', { text: '王建设\t县委书记\n张\t副县长\n' })).message).toBe('第2行：姓名“张”应为 2 至 12 个汉字（少数民族姓名可用间隔号“·”）');
    expect((await call('roster.list', {})).entries).toHaveLength(2);
    expect((await call('roster.add', { name: '张伟', title: '副县长' })).entries.map((e) => e.name)).toEqual(['王建设', '李明华', '张伟']);
    expect((await call('roster.remove', { name: '张伟' })).entries).toHaveLength(2);
  });
  it('imports an .xlsx file', async () => {
    const bytes = await xlsxOf([['排序', '姓名', '职务'], [1, '王建设', '县委书记'], [2, '李明华', '县委副书记、县长'], [3, '张伟', '县委常委、常务副县长']]);
    const { entries } = await call('roster.import', { name: '名录.xlsx', base64: Buffer.from(bytes).toString('base64') });
    expect(entries.map((e) => e.name)).toEqual(['王建设', '李明华', '张伟']);
  });
  it('proof.check flags a leader’s name, title and order from the roster', async () => {
    const paragraphs = ['县委书记王建社主持会议。', '会议由县委书记李明华主持。', '出席：李明华、王建设、张伟'];
    const { findings } = await call('proof.check', { paragraphs });
    expect(findings.filter((f) => f.category === 'roster').map((f) => `${f.para}:${f.rule}`)).toEqual(['0:roster:name', '1:roster:title', '2:roster:order']);
  });
  it('proof.check leaves the material’s names and the document’s 忽略 list alone', async () => {
    const paragraphs = ['建社村和醇成村要对标先进。'];
    const wrongs = async (extra: object) => (await call('proof.check', { paragraphs, ...extra })).findings.map((f) => paragraphs[0]!.slice(f.offset, f.offset + f.length));
    expect(await wrongs({})).toEqual(['建社', '醇成']);
    expect(await wrongs({ names: ['建社村'] })).toEqual(['醇成']);
    expect(await wrongs({ names: ['建社村'], ignore: ['醇成村'] })).toEqual([]);
  });
});
