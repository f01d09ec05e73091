// A speaker's line with the date glued to it (session 20 imp's open item 5; the s21 outside test's c05):
// 「张三 2026年3月5日」「（2026年3月5日）张三」「县水利局局长 马骏（2024年5月8日）」 — who spoke and when,
// apart: the speaker without the date, the date as the document's date line (its year the document's),
// the line kept as written; and such a line under a title is a head (it starts a piece in a collection).
// Bullets before a 提纲's headings (「●一、」「▲一是」) are list marks. Our own words (岈山县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { speakerAndDate } from '../../core/outline/speaker-date.ts';

const body = ['同志们：', '今天召开全县夏季防汛工作会议，主要任务是部署当前防汛工作。', '一、压实防汛责任', '各乡镇要落实防汛责任人，做到守土有责。', '同志们，请大家抓紧抓实！'];
const TITLE = '在岈山县夏季防汛工作会议上的讲话';

describe('a speaker line with its date', () => {
  for (const [line, speaker, date] of [
    ['祁远山　2026年6月3日', '祁远山', '2026年6月3日'],
    ['（2026年6月3日）祁远山', '祁远山', '（2026年6月3日）'],
    ['县委副书记　祁远山（2026年6月3日）', '县委副书记　祁远山', '（2026年6月3日）'],
    ['祁远山同志（二〇二六年六月三日）', '祁远山同志', '（二〇二六年六月三日）'],
  ] as const) {
    it(`「${line}」: speaker 「${speaker}」, date 「${date}」, the line as written`, () => {
      const [doc] = analyse([TITLE, line, ...body].join('\n')).documents;
      expect(doc).toMatchObject({ title: TITLE, speaker, dateLine: date });
      // (A year in Chinese numerals is not read as a year: as before.)
      if (/\d/.test(date)) expect(doc!.year).toBe(2026);
      expect(doc!.text.split('\n').slice(0, 2)).toEqual([TITLE, line]);
    });
  }

  it('what is no such line', () => {
    for (const t of ['今天是2026年6月3日', '祁远山2026年6月3日', '（2026年6月3日）', '县委副书记　祁远山', '2026年6月3日，县委召开常委会议'])
      expect(speakerAndDate(t), t).toBeUndefined();
  });

  it('under a title it is a head: two pieces of a collection, each its own', () => {
    const text = [TITLE, '县长　祁远山（2026年6月3日）', ...body, '在岈山县防汛抢险演练动员会上的讲话', '（2026年6月10日）副县长　蒲晓川', ...body].join('\n');
    const { documents } = analyse(text);
    expect(documents.map((d) => [d.title, d.speaker, d.dateLine])).toEqual([
      [TITLE, '县长　祁远山', '（2026年6月3日）'],
      ['在岈山县防汛抢险演练动员会上的讲话', '副县长　蒲晓川', '（2026年6月10日）'],
    ]);
  });
});

describe('bullets before a 提纲\'s headings and points', () => {
  it('「●一、」 is a level-1 heading, 「▲一是」 a point of its own; the bullets are 格式符号', () => {
    const text = ['在岈山县防汛工作会议上的发言提纲', '县水利局局长　蒲晓川（2026年6月3日）', '●一、汛情研判', '▲一是主汛期降雨偏多。', '▲二是病险山塘仍有三座。', '●二、工作打算', '▲一是落实值班制度。'].join('\n');
    const { documents, report } = analyse(text);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.genre).toBe('speech');
    expect(documents[0]!.outline.map((n) => `${n.number}${n.heading}`)).toEqual(['一、汛情研判', '二、工作打算']);
    expect(documents[0]!.text).toContain('一、汛情研判\n一是主汛期降雨偏多。');
    expect(report.removed.filter((r) => r.reason === '格式符号').map((r) => r.text)).toEqual(['●', '▲', '▲', '●', '▲']);
  });
  it('a dressed mark 「◆ 篇二 ◆」 keeps its symbols (a piece mark, not a bullet)', () => {
    const speech = (t: string) => [t, '同志们：', '今天召开这次会议。', '一、抓好落实', '各乡镇要抓好落实。', '同志们，请大家抓紧抓实！'];
    const { documents } = analyse(['◆ 篇一 ◆', ...speech(TITLE), '◆ 篇二 ◆', ...speech('在岈山县防汛抢险演练动员会上的讲话')].join('\n'));
    expect(documents.map((d) => d.title)).toEqual([TITLE, '在岈山县防汛抢险演练动员会上的讲话']);
  });
});
