// A hard-wrapped text (every line of a paragraph but its last cut at one width, as a 文库 page is
// copied) where a sentence ends exactly at the cut: the paragraph goes on when the file says so — by
// an indent at each paragraph's start that the next line lacks, or, in a file without indents, by
// the next item of an enumeration run into the paragraph (「…任务六百户，一是抓进度…。」「二是抓质量。」).
// Our own words (session 10); the session-9 tester's c01 had the case (「二要抓质量。」).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const passages = (lines: string[]) => analyse(['在全镇农村改厕工作推进会上的讲话', '同志们：', ...lines].join('\n')).documents.flatMap((d) => d.passages.map((p) => p.text));
const WIDTH = 20;

describe('a sentence ending where a hard-wrapped line is cut', () => {
  it('paragraphs marked by indents: an unindented line goes on, an indented one starts a paragraph', () => {
    const lines = [
      '　　去年以来，全镇上下围绕农村改厕这件民',
      '生实事，完成改厕三百二十户。群众反映总体',
      '是满意的，但也有一些村进度偏慢。',
      '　　今年县里下达我镇改厕任务六百户，任务',
      '很重，各村都要把任务分解并落实到每一户。',
      '现在离五月底只有两个月了，时间非常紧迫。',
      '　　镇农办要每周调度一次，对进度滞后的村',
      '通报批评，对连续两次通报的村约谈书记。',
      '　　各村要把问题厕所逐户登记建档，限期整',
      '改到位，让群众真正用得上、用得好。',
      '　　同志们，改厕是惠及千家万户的好事，大',
      '家一定要把好事办好。',
    ];
    // The case is there: two lines cut at the width right after 「。」.
    expect([lines[4], lines[5]].map((l) => [l!.length, l!.at(-1)])).toEqual([
      [WIDTH, '。'],
      [WIDTH, '。'],
    ]);
    expect(passages(lines)).toEqual([
      '去年以来，全镇上下围绕农村改厕这件民生实事，完成改厕三百二十户。群众反映总体是满意的，但也有一些村进度偏慢。',
      '今年县里下达我镇改厕任务六百户，任务很重，各村都要把任务分解并落实到每一户。现在离五月底只有两个月了，时间非常紧迫。',
      '镇农办要每周调度一次，对进度滞后的村通报批评，对连续两次通报的村约谈书记。',
      '各村要把问题厕所逐户登记建档，限期整改到位，让群众真正用得上、用得好。',
      '同志们，改厕是惠及千家万户的好事，大家一定要把好事办好。',
    ]);
  });

  it('no indents: the next item of an enumeration run into the paragraph goes on; one that began its paragraph does not', () => {
    const lines = [
      '去年以来，全镇上下围绕农村改厕这件民生实',
      '事，完成改厕三百二十户。群众反映总体是满',
      '意的，但也有一些村进度偏慢。',
      '今年县里下达我镇改厕任务六百户，一是抓进',
      '度，各村五月底前要全部开工，并按期完成。',
      '二是抓质量。每一户都要验收，验收合格后再',
      '拨付奖补资金。三是抓管护，落实专人负责。',
      '一是建台账。各村要把问题厕所逐户登记好。',
      '二是抓整改。限期整改到位，群众满意为止。',
      '镇农办要每周调度一次，对进度滞后的村要通',
      '报批评，对连续两次通报的村约谈支部书记。',
    ];
    expect([4, 6, 7, 8].map((i) => [lines[i]!.length, lines[i]!.at(-1)])).toEqual(Array(4).fill([WIDTH, '。']));
    expect(passages(lines)).toEqual([
      '去年以来，全镇上下围绕农村改厕这件民生实事，完成改厕三百二十户。群众反映总体是满意的，但也有一些村进度偏慢。',
      '今年县里下达我镇改厕任务六百户，一是抓进度，各村五月底前要全部开工，并按期完成。二是抓质量。每一户都要验收，验收合格后再拨付奖补资金。三是抓管护，落实专人负责。',
      '一是建台账。各村要把问题厕所逐户登记好。',
      '二是抓整改。限期整改到位，群众满意为止。',
      '镇农办要每周调度一次，对进度滞后的村要通报批评，对连续两次通报的村约谈支部书记。',
    ]);
  });

  it('a text not cut at one width keeps a sentence\'s end as its paragraph\'s', () => {
    const lines = ['今年县里下达我镇改厕任务六百户，一是抓进度，各村五月底前要全部开工。', '二是抓质量。每一户都要验收。', '镇农办要每周调度一次。'];
    expect(passages(lines)).toEqual(lines);
  });
});
