// A 会议记录本 typed up (the s21 outside test's c10): the book's cover is not the first record's title, each
// 「第N次会议记录」 with its fields starts a record, and takes the book's owner before its rank. The fixture
// collections/town-record-book.txt (浠岭镇) is compared whole by library-collections; here the edges, in our
// own words (岵溪村 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const record = (n: number, turn: string) => [`第${n}次会议记录`, `时间：2026年${n + 1}月5日上午9:00`, '地点：村委会会议室', '主持人：岑立夫', '记录人：蔺小雨', turn, '会议决定：按此办理。'];

describe('a record book', () => {
  it('the cover goes; each ranked record is its own, titled with the book\'s owner', () => {
    const text = ['岵溪村村民委员会会议记录本', '保管人：蔺小雨', ...record(1, '岑立夫：研究村道维修。'), ...record(2, '蔺小雨：研究路灯安装。')].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => [d.title, d.genre])).toEqual([
      ['岵溪村村民委员会第1次会议记录', 'record'],
      ['岵溪村村民委员会第2次会议记录', 'record'],
    ]);
    expect(documents[1]!.text.split('\n')[0]).toBe('第2次会议记录');
    expect(report.removed.filter((r) => r.reason === '合集标题').map((r) => r.text)).toEqual(['岵溪村村民委员会会议记录本', '保管人：蔺小雨']);
  });

  it('a ranked record alone keeps its title; a cover that names no book of records lends none', () => {
    expect(analyse(record(3, '岑立夫：研究村道维修。').join('\n')).documents.map((d) => d.title)).toEqual(['第3次会议记录']);
    const text = ['岵溪村2026年工作资料汇编', ...record(1, '岑立夫：研究村道维修。'), ...record(2, '蔺小雨：研究路灯安装。')].join('\n');
    expect(analyse(text).documents.map((d) => d.title)).toEqual(['第1次会议记录', '第2次会议记录']);
  });
});
