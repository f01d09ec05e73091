// A 会议记录本 typed up (the s21 outside test's c10): the book's cover is not the first record's title, each
// 「第N次会议记录」 with its fields starts a record, and takes the book's owner before its rank and (session 22)
// the day of its 时间 field after it. The fixture
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
      ['岵溪村村民委员会第1次会议记录（2026年2月5日）', 'record'],
      ['岵溪村村民委员会第2次会议记录（2026年3月5日）', 'record'],
    ]);
    expect(documents[1]!.text.split('\n')[0]).toBe('第2次会议记录');
    expect(report.removed.filter((r) => r.reason === '合集标题').map((r) => r.text)).toEqual(['岵溪村村民委员会会议记录本', '保管人：蔺小雨']);
  });

  it('a ranked record alone keeps its rank and day; a cover that names no book of records lends none', () => {
    expect(analyse(record(3, '岑立夫：研究村道维修。').join('\n')).documents.map((d) => d.title)).toEqual(['第3次会议记录（2026年4月5日）']);
    const text = ['岵溪村2026年工作资料汇编', ...record(1, '岑立夫：研究村道维修。'), ...record(2, '蔺小雨：研究路灯安装。')].join('\n');
    expect(analyse(text).documents.map((d) => d.title)).toEqual(['第1次会议记录（2026年2月5日）', '第2次会议记录（2026年3月5日）']);
  });
});

// Session 22 (the s21 c10's titles 「第2次会议记录」 with no day): a record titled by its rank takes the day of
// its 时间 field, in figures or in Chinese numerals, and with no cover; the Chinese year is the record's year.
// The fixture collections/village-records-ranked.txt (泷沙村) is compared whole by library-collections.
describe('a ranked record\'s day', () => {
  it('comes from its 时间 or 日期 field near its top, as written', () => {
    const text = [
      '第一次村民代表会议记录', '会议时间：二〇二六年五月六日晚7时', '地点：溦水村村委会', '记录人：晏秋禾', '晏秋禾：讨论村道硬化。', '会议决定：按户筹资。',
      '第二次村民代表会议记录', '日期：2026年6月3日', '地点：溦水村村委会', '记录人：晏秋禾', '晏秋禾：研究防汛准备。', '会议决定：成立抢险队。',
    ].join('\n');
    const { documents } = analyse(text);
    expect(documents.map((d) => [d.title, d.year])).toEqual([
      ['第一次村民代表会议记录（二〇二六年五月六日）', 2026],
      ['第二次村民代表会议记录（2026年6月3日）', 2026],
    ]);
  });

  it('a record with a title of its own, or a 时间 line deep in its turns, takes none', () => {
    const own = ['溦水村2026年第二次村民代表会议记录', '时间：2026年6月3日', '晏秋禾：研究防汛准备。'].join('\n');
    expect(analyse(own).documents[0]!.title).toBe('溦水村2026年第二次村民代表会议记录');
    const deep = ['第3次会议记录', '地点：溦水村村委会', '主持人：晏秋禾', '记录人：晏秋禾', '晏秋禾：研究防汛准备。', '邵长庚：同意。', '时间：2026年6月3日', '会议决定：按此办理。'].join('\n');
    expect(analyse(deep).documents[0]!.title).toBe('第3次会议记录');
  });

  it('a speaker line with a date in Chinese numerals gives the year', () => {
    const [doc] = analyse(['在溦水村防汛工作会议上的讲话', '村党支部书记　晏秋禾（二〇二五年六月三日）', '同志们：', '今天召开会议，部署防汛工作。'].join('\n')).documents;
    expect([doc!.speaker, doc!.dateLine, doc!.year]).toEqual(['村党支部书记　晏秋禾', '（二〇二五年六月三日）', 2025]);
  });
});
