// Issue 11 (session 24, g11c): what a 培训会's speech need not say again. Editors deleted the clerk's 「培训内容：…」 read as
// background after the lectures had said it (r-s74 s74-4 [9] D, r-s73 s73-5 [10] D: 「把材料里的“培训内容”原样念一遍，和[7]重复」),
// and the closing's 「回去后要组织再学习、再培训」 when a task orders the re-training (s74-4 [44] D, s73-5 [48] D: 「转训要求和
// 第（四）项二次培训重复」); what stays is the use of what was learnt (s73-5 [47] E: 「培训不能到会场为止，关键是回去用起来」).
// Fixture g11c24-lift-city-training.json: 苍屿市 (a city), 电梯安全, the 市场监管局's head (invented names).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const TAUGHT = '电梯维护保养规则、按需维保试点要求、困人救援操作流程、典型事故案例';
/** The closing's call to pass the training on. */
const RELAY = /转训|再学习|二传手|原原本本传达|传达到每一|传达培训内容/;
const SEEDS = [1, 2, 3, 4, 5, 6];

describe('s24 g11c · a 培训会 does not say again what the lectures or a task said', () => {
  const input = named('g11c24-lift-city-training.json');

  it('after the lectures, the clerk\'s 培训内容 is not read as background; the rest of the background is', () => {
    for (const { where, text } of draftsOf(input, SEEDS)) {
      expect(text, where).toContain('电梯维护保养规则和按需维保试点要求');
      expect(text, where).not.toContain(TAUGHT);
      expect(text, where).not.toContain('这次培训重点学习');
      expect(text, where).toContain('全市在用电梯4.6万台，其中使用15年以上的老旧电梯5200台');
    }
  });

  it('with no lecture heard before the speech, or one on something else, what is taught is said', () => {
    const bare = structuredClone(input);
    delete bare.meeting.precedingItems;
    const other = structuredClone(input);
    other.meeting.precedingItems = ['市消防救援支队讲解了高层建筑火灾逃生常识'];
    for (const { where, text } of [...draftsOf(bare, [1, 2]), ...draftsOf(other, [1, 2])]) expect(text, where).toContain(`这次培训重点学习${TAUGHT}`);
  });

  it('a task orders the re-training: the closing says to use what was learnt, never to relay it again', () => {
    for (const { where, text } of draftsOf(input, SEEDS)) {
      expect(text, where).toContain('各维保单位3月底前组织本单位维保人员开展二次培训');
      expect(text, where).not.toMatch(RELAY);
      expect(text, where).toMatch(/学了就要用|关键是回去用起来|用到岗位上|关键在用|学用结合|用起来/);
    }
  });

  it('without such a task, the closing asks for the training to be relayed', () => {
    const untasked = structuredClone(input);
    untasked.campaign.tasks = untasked.campaign.tasks.slice(1);
    for (const { where, text } of draftsOf(untasked, SEEDS)) expect(text, where).toMatch(RELAY);
  });
});
