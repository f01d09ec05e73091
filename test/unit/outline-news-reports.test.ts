// A news report of a meeting beside the speech given there (the s21 outside test's c04): a document of
// its own, genre other (not a 纪要, though it says 「会议强调」), starting after a speech's text at its
// title over its dated first sentence; the byline and a 「【讲话全文】」 label are removed. The fixture
// collections/fire-news-speeches.txt (漈源县) is compared whole by library-collections; here the edges,
// in our own words (溱川县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { newsHead, newsTitle } from '../../core/outline/news.ts';

const speech = [
  '在全县冬春农田水利建设工作会议上的讲话',
  '同志们：',
  '今天召开全县冬春农田水利建设工作会议，主要任务是部署今冬明春农田水利建设任务。',
  '一、明确目标任务',
  '今冬明春全县要完成山塘整治六十口，清淤沟渠一百公里。',
  '同志们，农田水利是农业的命脉，大家要抓紧行动！',
];

describe('news reports of meetings', () => {
  it('a report after a speech\'s closing is a document of its own, genre other', () => {
    const text = [
      ...speech,
      '',
      '溱川县冬春农田水利建设现场推进会在石门乡举行',
      '11月26日，溱川县冬春农田水利建设现场推进会在石门乡举行。与会人员实地察看了山塘整治现场。',
      '会议强调，各乡镇要倒排工期，确保春耕前完成全部工程。',
      '会议要求，水利部门要加强技术指导和质量监管。',
      '（记者　蔺晓川）',
    ].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => [d.title, d.genre])).toEqual([
      [speech[0], 'speech'],
      ['溱川县冬春农田水利建设现场推进会在石门乡举行', 'other'],
    ]);
    expect(documents[0]!.text).not.toContain('会议强调');
    expect(report.removed.map((r) => r.text)).toContain('（记者　蔺晓川）');
  });

  it('what a news title is, and what it is not', () => {
    for (const t of ['我县召开2026年冬春农田水利建设工作会议', '全县冬春农田水利建设现场推进会召开', '县委常委会召开会议', '溱川县冬春农田水利建设现场推进会在石门乡举行'])
      expect(newsTitle(t), t).toBe(true);
    for (const t of ['在全县冬春农田水利建设工作会议上的讲话', '溱川县冬春农田水利建设工作会议纪要', '关于召开全县冬春农田水利建设工作会议的通知', '会议召开前的准备工作'])
      expect(newsTitle(t), t).toBe(false);
    // A news title alone, with no dated first sentence under it, starts nothing (a heading inside a text).
    expect(newsHead('全县冬春农田水利建设现场推进会召开', '各乡镇要倒排工期。')).toBe(false);
  });

  it('a speech naming the meeting held on a line of its own keeps it', () => {
    const text = [...speech.slice(0, 3), '全县冬春农田水利建设现场推进会召开', '这次会议之后，各乡镇要马上行动。', ...speech.slice(3)].join('\n');
    expect(analyse(text).documents).toHaveLength(1);
  });
});
