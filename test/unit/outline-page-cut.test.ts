// A paragraph cut by a page's foot in mid-sentence goes on over the next page's head, though the reader set blank
// lines around the page's number and header (the s22 outside test's c02: 「…二要落实主体责任。全域无垃圾治理和创建
// 省级卫生县城」 / 「工作，是…」). The fixture collections/toilet-speech-page-cut.txt (漹溪镇) is compared whole by
// library-collections; here the edges, in our own words (沄陂乡 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const page = (n: number) => ['', `— ${n} —`, '\f', '沄陂乡工作文件汇编', ''];
const head = ['沄陂乡工作文件汇编', '', '在全乡森林防火工作会议上的讲话', '（2026年2月3日）', '', '同志们：', '', '今天召开会议，部署今年森林防火工作。', ''];
const texts = (text: string) => analyse(text).documents.flatMap((d) => d.passages.map((p) => p.text));

describe('a paragraph cut by a page', () => {
  it('prose with a sentence\'s end inside, cut without punctuation, goes on over the page\'s number and header', () => {
    const text = [...head, '一、压实责任', '', '防火工作关系群众生命财产安全。各村要把护林员全部落实到山头地块并签订', ...page(1), '责任书，做到守土有责。', ...page(2), '同志们，让我们共同努力！', ...page(3)].join('\n');
    expect(texts(text)).toContain('防火工作关系群众生命财产安全。各村要把护林员全部落实到山头地块并签订责任书，做到守土有责。');
  });

  it('a short heading-like line at a page\'s foot does not run on, nor does a paragraph without a page between', () => {
    const atFoot = [...head, '一、压实责任', '', '防火工作关系群众生命财产安全。', '', '工作要求', ...page(1), '各村要落实护林员，做到守土有责。', ...page(2)].join('\n');
    expect(texts(atFoot)).toContain('各村要落实护林员，做到守土有责。');
    const noPage = [...head, '一、压实责任', '', '防火工作关系群众生命财产安全。各村要落实护林员', '', '责任书要签到每一户。', ...page(1)].join('\n');
    expect(texts(noPage)).toContain('责任书要签到每一户。');
  });
});
