// A hard-wrapped .txt without indents (the s22 outside test's c03, a PDF reader's text cut at 37 characters): a line cut
// at the width right after a colon goes on (「…比如：」 / 「道路和…」), and so does a paragraph of two lines or more whose
// line the width cut right after a sentence's end; a line alone at the width may be a paragraph of its own. Our own
// words (洨河乡 invented); every line below but the paragraphs' last is 20 characters.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const passages = (lines: string[]) => analyse(['在洨河乡春季防火工作会议上的讲话', '同志们：', ...lines].join('\n')).documents.flatMap((d) => d.passages.map((p) => p.text));

describe('a hard-wrapped line cut at the width', () => {
  const lines = [
    '今年以来全乡森林防火形势总体平稳，但也存',
    '在一些不容忽视的隐患，主要有以下几方面：',
    '野外用火管控不严，部分林区道路至今没有设',
    '卡，护林员巡山记录不全。',
    '各村要对照问题逐项整改，整改情况每周报乡',
    '林业站一次。各村防火物资要全部储备到位。',
    '乡林业站要加强督查，对整改不力的村进行通',
    '报批评。',
  ];

  it('the lines are cut at one width', () => {
    expect([0, 1, 2, 4, 5, 6].map((i) => [lines[i]!.length, lines[i]!.at(-1)])).toEqual([[20, '存'], [20, '：'], [20, '设'], [20, '乡'], [20, '。'], [20, '通']]);
  });

  it('after a colon, or after a sentence\'s end in a paragraph of two lines or more, the paragraph goes on', () => {
    const more = Array(4).fill('镇里将适时组织检查，检查结果在全乡通报。');
    expect(passages([...lines, ...more])).toEqual([
      '今年以来全乡森林防火形势总体平稳，但也存在一些不容忽视的隐患，主要有以下几方面：野外用火管控不严，部分林区道路至今没有设卡，护林员巡山记录不全。',
      '各村要对照问题逐项整改，整改情况每周报乡林业站一次。各村防火物资要全部储备到位。乡林业站要加强督查，对整改不力的村进行通报批评。',
      ...more,
    ]);
  });
});
