// Untitled pieces set apart only by a line drawn across (「＊＊＊」「——————」): a new document starts
// under the line at a salutation of any kind, and after a closing where the meeting is named in the
// first sentence (「今天，…召开…」) or the parts are numbered from 一 again — nowhere else: a line
// between two parts of one speech splits nothing. Our own words; the outside tester's s18 c07
// (variant c) came out as one document.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const opening = (salutation: string, topic: string) => [
  salutation,
  `这次来看${topic}，总的感觉是基础打得牢、群众口碑好。下一步要在巩固上下功夫，把好的做法固定下来。`,
  '希望大家再接再厉，争取更大成绩。',
];

describe('a line drawn across between untitled pieces', () => {
  it('splits where a salutation of any kind follows it', () => {
    const raw = [
      ...opening('各位领导、同志们：', '东岙村的茶园'),
      '——————',
      ...opening('尊敬的各位嘉宾，朋友们：', '第二届山茶油品鉴会'),
      '——————',
      ...opening('各位村党支部书记：', '三个村的集体经济项目'),
    ].join('\n');
    const { documents, report } = analyse(raw);
    expect(documents).toHaveLength(3);
    expect(documents.map((d) => d.genre)).toEqual(['speech', 'speech', 'speech']);
    expect(documents[1]!.text).toMatch(/^尊敬的各位嘉宾，朋友们：/);
    expect(report.removed.map((r) => [r.line, r.reason])).toEqual([[4, '分隔线'], [8, '分隔线']]);
  });

  it('splits where the meeting is named first or the parts start again at 一, not between two parts of one speech', () => {
    const raw = [
      '同志们：',
      '今年以来，全镇秸秆综合利用工作取得了阶段性成效。下面，我讲三点意见。',
      '一、提高认识',
      '秸秆焚烧既污染空气，又容易引发火灾，必须坚决禁止。',
      '＊＊＊',
      '二、抓好利用',
      '要推广秸秆还田和饲料化利用，今年综合利用率要达到92%以上。',
      '同志们，时间紧、任务重，大家要抓紧行动！',
      '＊＊＊',
      '今天，镇里在这里召开全镇秋季禁烧工作部署会，主要是把各村的责任再压一压。',
      '一、网格到田',
      '每一块田都要有人管，每一个时段都要有人巡。',
      '二、严格奖惩',
      '出现火点的村，年底考核一票否决！',
      '＊＊＊',
      '农机合作社是秸秆离田的主力，今天请大家来，就是商量怎样把收储做好。',
      '一、收储点要建好',
      '每个片区至少建一个收储点，年底前投入使用。',
    ].join('\n');
    const { documents } = analyse(raw);
    expect(documents.map((d) => d.outline.map((n) => n.number + n.heading))).toEqual([
      ['一、提高认识', '二、抓好利用'],
      ['一、网格到田', '二、严格奖惩'],
      ['一、收储点要建好'],
    ]);
    expect(documents[1]!.title).toBe('在全镇秋季禁烧工作部署会上的讲话（据正文）');
  });

  it('an attachment under the line stays with its speech', () => {
    const raw = ['同志们：', '今年的防疫任务很重，大家要有思想准备。', '一、抓好接种', '各村要把底数摸清。', '——————', '附件：各村接种任务分解表', '一、东岙村　320人'].join('\n');
    expect(analyse(raw).documents).toHaveLength(1);
  });
});
