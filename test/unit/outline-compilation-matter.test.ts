// A 汇编's cover, 目录 and 后记 around its pieces (the s20 outside tester's c03): a 目录 entry may give the
// speaker between its dot leader and its page (「……县长 某某（3）」, or 「…… 某某 3」), a bare 「后 记」 (a full-width space) ends the
// list; the 后记's spaced heading and its 「编 者」 are lines of their own, never run into the next line.
// Our own words (汀浦县, 邺川镇 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { leaderEntry } from '../../core/outline/marks.ts';

const speech = (title: string, who: string) => [
  title,
  who,
  '同志们：',
  '今天召开这次会议，主要是部署冬季供暖保障工作。',
  '一、抓好热源保障',
  '县热力公司要在十一月一日前完成锅炉检修和试运行。',
  '二、抓好服务保障',
  '群众反映的问题要在二十四小时内处理完毕。',
  '同志们，希望大家认真履职、狠抓落实。',
];

describe("a 目录 entry's speaker and page", () => {
  it('are read after the leader, the page in brackets or not', () => {
    expect(leaderEntry('在全县冬季供暖保障工作会议上的讲话……汀浦县人民政府县长 邬建平（3）')).toBe(true);
    expect(leaderEntry('在全县冬季供暖保障工作会议上的讲话……邬建平 12')).toBe(true);
    expect(leaderEntry('在全县冬季供暖保障工作会议上的讲话…………12')).toBe(true);
  });

  it('but prose with an ellipsis before a number is no entry', () => {
    expect(leaderEntry('全镇已排查隐患……共计 3')).toBe(false);
    expect(leaderEntry('在全县冬季供暖保障工作会议上的讲话……邬建平同志说，要抓紧（3）')).toBe(false);
  });
});

describe('a 汇编 in a .txt: cover, 目录, pieces, 后记', () => {
  const text = [
    '邺川镇2026年领导讲话选编',
    '邺川镇党政办公室',
    '目　录',
    '在全镇冬季供暖保障工作会议上的讲话……镇长 邬建平 3',
    '在全镇燃气安全检查工作会议上的讲话……副镇长 单秀芳 5',
    '后　记',
    ...speech('在全镇冬季供暖保障工作会议上的讲话', '邬建平（邺川镇镇长）'),
    ...speech('在全镇燃气安全检查工作会议上的讲话', '单秀芳（邺川镇副镇长）'),
    '后　记',
    '为便于学习贯彻，镇党政办公室将今年镇领导的讲话汇编成册，供参考。',
    '编　者',
    '2026年12月',
  ].join('\n');

  it('two documents titled with their own titles; the 目录 and the 后记 removed, each line whole', () => {
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在全镇冬季供暖保障工作会议上的讲话', '在全镇燃气安全检查工作会议上的讲话']);
    const removed = report.removed.map((r) => `${r.reason}:${r.text}`);
    expect(removed).toContain('目录:在全镇冬季供暖保障工作会议上的讲话……镇长 邬建平 3');
    expect(removed).toContain('合集后记:后　记');
    expect(removed).toContain('合集后记:编　者');
    expect(documents[1]!.text).not.toContain('为便于学习贯彻');
  });
});
