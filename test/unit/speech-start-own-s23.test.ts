// Issue 11 (session 23, g11b): a task whose own text says when it starts keeps that start, and its deadline is one of
// completion. r-s71 s71-7 [31], W: 「2027年征兵宣传提前启动」, whose detail opens 「2027年1月起…开展…宣传」 with the deadline
// 「2027年2月底前」, was said 「2027年2月底前启动」 — the start put off a month and at odds with 「提前」.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { startsOwn } from '../../core/draft/deadline-dates.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const input = loadCampaigns().find((x) => x.name === 'g11b23-insurance-town-own-start.json')!.input;
const paragraphOf = (text: string, title: string) => text.split('\n').find((l) => l.includes(`${title}。`)) ?? '';

describe('s23 g11b · a task that says its own start keeps it; the deadline is when it is done', () => {
  // 青苇镇 (a township, 医保 征缴 部署会): 「…提前启动」 whose detail opens 「11月15日起」, due 「12月底前」; and a task whose title
  // ends 「开通」 with no start of its own, due 「12月20日前」 — that date is its start.
  it('「12月底前」 is never said as the start of work that opens 「11月15日起」; a start the title gives alone still is', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        const where = `${template} · ${seed}`;
        const own = paragraphOf(text, '居民医保集中征缴提前启动');
        expect(own, where).toContain('11月15日起');
        expect(own, where).not.toMatch(/12月底前启动|12月31日前启动/);
        expect(paragraphOf(text, '村卫生室医保结算开通'), where).toContain('12月20日前开通');
      }
    }
  });

  it('a start of its own: a time before 起/开始, 自…起, 从…开始 — not a deadline, not a start in a range of a rule', () => {
    expect(startsOwn('2027年1月起在高校毕业生中开展宣传')).toBe(true);
    expect(startsOwn('自3月上旬开始逐村排查')).toBe(true);
    expect(startsOwn('11月15日起由各村干部逐户上门宣传')).toBe(true);
    expect(startsOwn('镇卫生院指导5个村卫生室安装医保结算终端')).toBe(false);
    expect(startsOwn('12月20日前完成选址')).toBe(false);
  });
});
