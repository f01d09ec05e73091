// A 纪要's 版头 (GB/T 9704 10.3): its mark 「…会议纪要」 — the issuer's name over 「会议纪要」, or both in one line — over
// its 文号, with the 纪要's own title under the number (the s22 outside test's c08 .txt and c06 PDF). The fixture
// collections/forest-minutes-redhead-marks.txt (沩阳县) is compared whole by library-collections; here the edges, in
// our own words (滠川县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const body = ['2026年5月6日，副区长芮思远主持召开会议，研究有关工作。现将会议议定事项纪要如下：', '一、关于河道保洁', '各街道要落实河长制，每周巡河不少于两次。', '出席：芮思远、闵朝晖', '列席：区水务局负责同志'];

describe('a 纪要 under its 版头', () => {
  it('the issuer over 「会议纪要」 over the number heads the 纪要: removed as 版头, the 纪要 titled by its own title', () => {
    const text = ['滠川区人民政府', '会议纪要', '滠府阅〔2026〕8号', '', '河湖长制工作专题会议纪要', '', ...body].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => [d.title, d.genre, d.passages.length])).toEqual([['河湖长制工作专题会议纪要', 'minutes', 4]]);
    expect(report.removed.map((r) => [r.text, r.reason])).toEqual([
      ['滠川区人民政府', '版头'],
      ['会议纪要', '版头'],
      ['滠府阅〔2026〕8号', '版头'],
    ]);
  });

  it('a mark in one line, letter-spaced or not, over the number of each of two 纪要', () => {
    const text = ['滠川区人民政府会议纪要', '滠府阅〔2026〕8号', '河湖长制工作专题会议纪要', ...body, '滠川区人民政府 会 议 纪 要', '滠府阅〔2026〕9号', '城区排涝工作会议纪要', ...body].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['河湖长制工作专题会议纪要', '城区排涝工作会议纪要']);
    expect(documents.map((d) => d.text.includes('号'))).toEqual([false, false]);
    expect(report.removed.filter((r) => r.reason === '版头')).toHaveLength(4);
  });

  it('a mark with no title of its own under the number is the 纪要\'s title', () => {
    const text = ['滠川区人民政府常务会议纪要', '滠府阅〔2026〕8号', ...body].join('\n');
    expect(analyse(text).documents.map((d) => d.title)).toEqual(['滠川区人民政府常务会议纪要']);
  });

  it('with no number: the mark right over the 纪要\'s own title is its 版头 still; over a title by rank it is a record book\'s cover', () => {
    const text = ['滠川区人民政府', '会议纪要', '', '河湖长制工作专题会议纪要', ...body].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['河湖长制工作专题会议纪要']);
    expect(report.removed.map((r) => [r.text, r.reason])).toEqual([['滠川区人民政府', '版头'], ['会议纪要', '版头']]);
    const book = ['滠川区人民政府会议纪要', '第1次会议纪要', ...body].join('\n');
    expect(analyse(book).report.removed.filter((r) => r.reason === '版头')).toEqual([]);
  });

  it('the line kept by the user stays, and so does the number under it', () => {
    const text = ['滠川区人民政府', '会议纪要', '滠府阅〔2026〕8号', '河湖长制工作专题会议纪要', ...body].join('\n');
    const { documents } = analyse(text, { keep: [2] });
    expect(documents.map((d) => d.text.split('\n').slice(0, 3))).toContainEqual(expect.arrayContaining(['会议纪要']));
  });
});
