// A short speech with no parts (a 致辞) followed by a speech whose title stands right over its 「一、」 (session 26;
// session 25's open shape b): no salutation, no 「今天…召开」 under the title. After the first one's closing, the title
// over parts starting at 「一、」 opens the next speech, as the meeting named under it did. The whole fixture
// collections/partless-speech-parts-next.txt is compared by library-collections; here the edges (芷岗镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const welcome = ['在芷岗镇首届桂花文化节开幕式上的致辞', '各位来宾，朋友们：', '桂子飘香，我们相聚在芷岗镇，共同开启首届桂花文化节。', '希望各位来宾在芷岗玩得尽兴，多为芷岗的发展出谋划策。'];
const nextTitle = '在芷岗镇桂花产业发展推进会上的讲话';
const next = ['一、产业发展成效明显', '全镇桂花种植面积已达五千亩，去年产值突破一亿元。', '二、抓好下步重点工作', '要培育龙头企业，打响芷岗桂花品牌。'];
const titles = (lines: string[]) => analyse(lines.join('\n')).documents.map((d) => d.title);

describe("a speech's title right over 「一、」 after a short speech with no parts", () => {
  it('starts the next speech after the closing', () => {
    for (const end of ['预祝本届桂花文化节圆满成功！', '谢谢大家！', '谢谢大家。']) {
      expect(titles([...welcome, end, nextTitle, ...next]), end).toEqual([welcome[0], nextTitle]);
    }
  });

  it("after a sentence that does not close the speech, only a speech's own title (「在…会上的讲话」), no heading of its text", () => {
    expect(titles([...welcome, '下面，我讲两点意见。', nextTitle, ...next])).toEqual([welcome[0], nextTitle]);
    expect(titles([...welcome, '下面，我讲两点意见。', '关于做好桂花产业发展工作的几点意见', ...next])).toEqual([welcome[0]]);
  });

  it("not at an 附件's title, a turn of the meeting or parts that do not start at 「一、」", () => {
    const closed = [...welcome, '谢谢大家！'];
    expect(titles([...closed, '附件：芷岗镇桂花产业发展实施方案', ...next])).toEqual([welcome[0]]);
    expect(titles([...closed, '镇长讲话', ...next])).toEqual([welcome[0]]);
    expect(titles([...closed, nextTitle, '二、抓好下步重点工作', '要培育龙头企业。'])).toEqual([welcome[0]]);
  });
});
