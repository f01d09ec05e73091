// 领导名录: the roster checks of core/proof/roster.ts (a wrong or missing character in a known name, a
// title that does not match, leaders out of order), the table parser (pasted, .csv, header or not,
// errors by line), migration 0007 and the store functions on a real SQLite file, and .xlsx/.csv files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { proofText, type RosterEntry } from '../../core/proof/index.ts';
import { parseRoster, rowsFromText } from '../../core/proof/roster-table.ts';
import { loadProofLexicon } from '../../main/services/proof/load.ts';
import { rosterRows } from '../../main/services/roster-file.ts';
import { schemaVersion } from '../../main/services/store/migrations/index.ts';
import { addLeader, listRoster, removeLeader, replaceRoster, RosterError } from '../../main/services/store/roster.ts';
import { Store } from '../../main/services/store/store.ts';
import { createDb, migrateTo, readTable, tableNames } from '../helpers/db.ts';
import { xlsxOf } from '../helpers/xlsx-fixture.ts';

const tmp = mkdtempSync(join(tmpdir(), 'wengao-roster-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const roster: RosterEntry[] = [
  { name: '王建设', title: '县委书记', rank: 1 },
  { name: '李明华', title: '县委副书记、县长', rank: 2 },
  { name: '张伟', title: '县委常委、常务副县长', rank: 3 },
  { name: '欧阳志刚', title: '副县长', rank: 4 },
];
const lex = loadProofLexicon();
const check = (text: string) => proofText(text, lex, { roster }).filter((f) => f.category === 'roster');

describe('roster checks', () => {
  it('a known name with a wrong character', () => {
    const [f] = check('县委书记王建社主持会议并讲话。');
    expect(f).toMatchObject({ offset: 4, length: 3, severity: '错误', suggestion: '王建设', rule: 'roster:name' });
    expect(f!.message).toBe('领导姓名疑有误：“王建社”应为“王建设”（领导名录：县委书记）');
    expect(check('副县长欧阳智刚同志作了部署。')[0]).toMatchObject({ suggestion: '欧阳志刚' });
  });
  it('a known name with a missing character, where the name ends', () => {
    const [f] = check('请王建同志讲话。');
    expect(f).toMatchObject({ offset: 1, length: 2, suggestion: '王建设' });
    expect(f!.message).toContain('漏字');
    // 王建 followed by a verb is not a name cut short.
    expect(check('王建主持召开会议。')).toEqual([]);
  });
  it('a title that does not match the roster', () => {
    const [f] = check('会议由县委书记李明华主持。');
    expect(f).toMatchObject({ severity: '疑似', rule: 'roster:title', offset: 3, length: 4 });
    expect(f!.message).toBe('职务与领导名录不符：“李明华”的职务是“县委副书记、县长”，此处写作“县委书记”');
    for (const ok of ['县长李明华作工作部署。', '县委副书记、县长李明华出席。', '常务副县长张伟讲话。', '李明华同志强调。']) expect(check(ok)).toEqual([]);
  });
  it('leaders listed out of their order', () => {
    const [f] = check('出席：李明华、王建设、张伟、欧阳志刚');
    expect(f).toMatchObject({ rule: 'roster:order', severity: '疑似', offset: 7 });
    expect(f!.message).toBe('排序与领导名录不一致：“王建设”（第1位）应排在“李明华”（第2位）之前');
    expect(check('出席：王建设、李明华、张伟、欧阳志刚')).toEqual([]);
    // Named in different sentences, they are not a list.
    expect(check('李明华同志作了部署。王建设同志提出要求。')).toEqual([]);
  });
  it('says nothing without a roster', () => {
    expect(proofText('县委书记王建社主持会议。', lex).filter((f) => f.category === 'roster')).toEqual([]);
  });
});

describe('roster tables', () => {
  it('pasted from Excel or Word (tabs), with a header in any column order', () => {
    expect(parseRoster(rowsFromText('排序\t姓名\t职务\n2\t李明华\t县委副书记、县长\n1\t王建设\t县委书记\n'))).toEqual([
      { name: '王建设', title: '县委书记', rank: 1 },
      { name: '李明华', title: '县委副书记、县长', rank: 2 },
    ]);
  });
  it('a .csv text with quotes, and rows without a header in their own order', () => {
    expect(parseRoster(rowsFromText('\uFEFF王建设,县委书记\n李明华,"县委副书记，县长"\n买买提·艾力,副县长\n'))).toEqual([
      { name: '王建设', title: '县委书记', rank: 1 },
      { name: '李明华', title: '县委副书记，县长', rank: 2 },
      { name: '买买提·艾力', title: '副县长', rank: 3 },
    ]);
  });
  it.each([
    ['姓名\t职务\n王建设\t\n', '第2行：缺少“王建设”的职务'],
    ['姓名\t职务\n王\t县长\n', '第2行：姓名“王”应为 2 至 12 个汉字'],
    ['王建设\t县委书记\n李明华\t县长\n王建设\t副县长\n', '第3行：“王建设”与第1行重复'],
    ['姓名\t职务\t排序\n王建设\t县委书记\t一\n', '第2行：排序“一”应为 1、2、3 这样的数字'],
    ['\n\n', '表格是空的'],
  ])('refuses %j: %s', (text, message) => {
    expect(() => parseRoster(rowsFromText(text))).toThrow(message);
  });
});

describe('migration 0007 and the roster store', () => {
  it('creates the roster table, STRICT, one row per name', () => {
    const db = createDb();
    migrateTo(db, 6);
    migrateTo(db, 7);
    expect(schemaVersion(db)).toBe(7);
    expect(tableNames(db)).toContain('roster');
    expect(db.prepare(`SELECT sql FROM sqlite_schema WHERE name = 'roster'`).pluck().get()).toMatch(/STRICT/);
    db.prepare('INSERT INTO roster (name, title, rank, created_at) VALUES (?, ?, ?, ?)').run('王建设', '县委书记', 1, 0);
    expect(() => db.prepare('INSERT INTO roster (name, title, rank, created_at) VALUES (?, ?, ?, ?)').run('王建设', '县长', 2, 0)).toThrow(/UNIQUE/);
    expect(readTable(db, 'roster')).toHaveLength(1);
  });
  it('replaces all or nothing, adds at a rank, removes, on a real file', () => {
    const store = new Store(join(tmp, 'roster.db'));
    try {
      expect(listRoster(store)).toEqual([]);
      replaceRoster(store, rowsFromText('王建设\t县委书记\n李明华\t县委副书记、县长\n'));
      expect(() => replaceRoster(store, rowsFromText('张伟\t副县长\n张伟\t副县长\n'))).toThrow(RosterError);
      expect(listRoster(store).map((e) => e.name)).toEqual(['王建设', '李明华']);
      expect(addLeader(store, '张伟', '县委常委、常务副县长', 2).map((e) => `${e.rank}${e.name}`)).toEqual(['1王建设', '2张伟', '3李明华']);
      expect(() => addLeader(store, '张伟', '副县长')).toThrow('“张伟”已在领导名录中');
      expect(removeLeader(store, '王建设').map((e) => `${e.rank}${e.name}`)).toEqual(['1张伟', '2李明华']);
      expect(() => removeLeader(store, '赵六')).toThrow('领导名录中没有“赵六”');
    } finally {
      store.close();
    }
  });
  it('reads an .xlsx (shared strings, numbers) and a GBK .csv as Excel saves it', async () => {
    const xlsx = await xlsxOf([['姓名', '职务', '排序'], ['李明华', '县委副书记、县长', 2], ['王建设', '县委书记', 1]]);
    const rows = await rosterRows(xlsx, '领导名录.xlsx');
    expect(parseRoster(rows).map((e) => `${e.rank}${e.name}${e.title}`)).toEqual(['1王建设县委书记', '2李明华县委副书记、县长']);
    const gbk = new Uint8Array([0xcd, 0xf5, 0xbd, 0xa8, 0xc9, 0xe8, 0x2c, 0xcf, 0xd8, 0xce, 0xaf, 0xca, 0xe9, 0xbc, 0xc7, 0x0a]); // 王建设,县委书记
    expect(parseRoster(await rosterRows(gbk, '名录.csv'))).toEqual([{ name: '王建设', title: '县委书记', rank: 1 }]);
    await expect(rosterRows(new Uint8Array([1, 2, 3]), '名录.xlsx')).rejects.toThrow('“名录.xlsx”不是有效的 .xlsx 表格');
    await expect(rosterRows(new Uint8Array([1]), '名录.xls')).rejects.toThrow('旧版 .xls');
  });
});
