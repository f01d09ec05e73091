// A title the page's layout wrapped over two lines (a 文库 preview, a PDF's centred title):
// 「在全镇秋冬季森林防火工作会」 over 「议上的讲话」 is one title, not a collection's title over a
// document titled 「议上的讲话」. Lines that end at a word's end stay apart. Our own words; the
// session-10 tester's c04 had its first document titled 「议上的讲话」.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const piece = (title: string[], speaker: string, body: string) => [...title, speaker, '同志们：', body, '一、压实责任', '各村要把责任落实到人，确保不留死角。', '同志们，让我们共同努力！'];

describe('a title wrapped inside a word', () => {
  it('is one title, in a collection under its own title', () => {
    const text = [
      '镇领导讲话稿（两篇）',
      ...piece(['在全镇秋冬季森林防火工作会', '议上的讲话'], '镇长　吴某某', '今天召开会议，部署秋冬季森林防火工作。'),
      ...piece(['在全镇冬春农田水利建设动员会上的讲话'], '副镇长　郑某某', '今天召开会议，动员部署冬春农田水利建设。'),
    ].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在全镇秋冬季森林防火工作会议上的讲话', '在全镇冬春农田水利建设动员会上的讲话']);
    expect(report.removed.map((r) => r.text)).toEqual(['镇领导讲话稿（两篇）']);
  });

  it('an issuer above a title ends at a word\'s end, and stays apart', () => {
    const { documents } = analyse(['某某县农业农村局办公室', '关于做好秋冬种工作的通知', '各乡镇农业综合服务中心：', '为做好今年秋冬种工作，现就有关事项通知如下。', '一、抓好种子供应', '各乡镇要在10月底前完成种子调运。'].join('\n'));
    expect(documents.map((d) => d.title)).toContain('关于做好秋冬种工作的通知');
  });

  // The s13 tester's c02 (a PDF's centred subtitle wrapped, its tail a paragraph of its own) and c04 (an
  // RTF's speaker line run onto the subtitle). Our own words.
  it('a subtitle wrapped over two lines is one; the speaker under an ended subtitle stays apart', () => {
    const body = ['各位代表：', '现在，我代表县人民政府，向大会报告政府工作，请予审议。', '一、2023年工作回顾', '过去一年，全县经济运行稳中有进。'];
    const wrapped = analyse(['政府工作报告', '', '——2024年1月10日在平川县第十七届人民代表大会第三次', '', '会议上', '', '县长　卢志强', ...body].join('\n')).documents[0]!;
    expect([wrapped.subtitle, wrapped.speaker]).toEqual(['——2024年1月10日在平川县第十七届人民代表大会第三次会议上', '县长　卢志强']);
    const glued = analyse(['政府工作报告', '——2024年1月10日在平川县第十七届人民代表大会第三次会议上', '县长 卢志强', ...body].join('\n')).documents[0]!;
    expect([glued.subtitle, glued.speaker]).toEqual(['——2024年1月10日在平川县第十七届人民代表大会第三次会议上', '县长 卢志强']);
  });
});
