// A short speech with no parts (a 致辞, a 座谈会's words) followed by a speech with no salutation under its title: after
// the first one's closing, a title over 「今天，我们在这里召开…」 starts the next speech (session 25; session 24's open
// shape — the title opened one only after a speech that had its parts 一、二、). The whole fixture
// collections/short-speeches-no-parts.txt is compared by library-collections; here the edges, in our own words
// (漳屿镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const welcome = ['在漳屿镇首届茶文化节开幕式上的致辞', '各位来宾，朋友们：', '春茶飘香，我们相聚在漳屿镇，共同开启首届茶文化节。', '希望各位来宾在漳屿玩得尽兴，多为漳屿的发展出谋划策。'];
const nextTitle = '在漳屿镇茶产业发展座谈会上的讲话';
const next = ['今天，我们在这里召开茶产业发展座谈会，听取各位茶企负责人的意见建议。', '全镇茶园面积已达八千亩，去年茶叶产值突破两亿元。', '希望大家多提宝贵意见。'];
const titles = (lines: string[]) => analyse(lines.join('\n')).documents.map((d) => d.title);

describe('the next speech after a short speech with no parts', () => {
  it('a title after the closing, over the meeting named, starts it', () => {
    for (const end of ['预祝本届茶文化节圆满成功！', '谢谢大家！', '谢谢大家。']) {
      expect(titles([...welcome, end, nextTitle, ...next]), end).toEqual([welcome[0], nextTitle]);
    }
  });

  it('not after a sentence that does not close the speech', () => {
    expect(titles([...welcome, '下面，我讲三点意见。', nextTitle, ...next])).toEqual([welcome[0]]);
  });

  it('nor at a turn of a 主持词 (「县长讲话」) over 「今天的会议…」', () => {
    const chair = ['在漳屿镇茶产业发展大会上的主持词', '同志们：', '现在开会。首先，请镇长作工作报告，大家欢迎！', '镇长讲话', '今天的会议开得很成功，希望大家抓好落实。', '散会！'];
    expect(titles(chair)).toEqual([chair[0]]);
    const call = ['在漳屿镇茶产业发展大会上的主持词', '同志们：', '现在开会。首先，请镇长作工作报告，大家欢迎！', '下面请县长讲话', '今天的会议开得很成功，希望大家抓好落实。', '散会！'];
    expect(titles(call)).toEqual([call[0]]);
  });
});
