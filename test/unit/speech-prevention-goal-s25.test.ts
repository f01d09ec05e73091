// Issue 11 (session 25): a goal whose last clause is a proviso (「…不发生安全事故」) beside results of the work itself
// (「考评得分90分以上」) does not make the work prevention: r-s78 s78-12 [9], W — a 创文 part one headed 「切实把人民群众生命安全放在
// 第一位」 over the test scores. core/draft/prevention.ts. Fixture me25-double-support-county-push.json (蓼溪县, 双拥创建).
import { describe, expect, it } from 'vitest';
import { preventionGoal } from '../../core/draft/prevention.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

/** Words only the safety headings of part one carry (templates/speech-*.yaml `safety`). */
const SAFETY_HEADING = /生命安全|忧患|麻痹|底线|绷紧神经|防患未然|居安思危|如履薄冰|正视风险/;

describe('s25 · a goal is prevention only where it sets nothing else', () => {
  it.each([
    ['暑期防溺水', '不发生溺水死亡事故', true],
    ['水库安全度汛', '确保汛期不发生人员伤亡，不发生垮坝事故', true],
    ['瓶装液化气安全专项整治', '5月底前餐饮场所全部安装燃气泄漏报警装置，不发生液化气安全事故', true],
    ['秸秆禁烧', '全年不发生因焚烧秸秆引发的火情', true],
    ['创建省级双拥模范县', '11月上旬前通过省级双拥模范县考评验收，考评得分90分以上；迎检期间不发生涉军群体性事件和安全事故', false],
    ['创建省级文明城市迎检攻坚', '10月20日前测评点位问题全部整改到位；测评期间不发生安全事故', false],
    ['征兵工作', '不发生新兵退兵', false],
  ])('%s: %s → %s', (name, goal, prevention) => {
    expect(preventionGoal(goal, [name])).toBe(prevention);
  });

  it('a 双拥 推进会 whose goal ends in 「不发生…安全事故」 is headed on its scores, at every seed', () => {
    const c = loadCampaigns().find((x) => x.name === 'me25-double-support-county-push.json')!;
    for (const { where, text } of draftsOf(structuredClone(c.input), [1, 2, 3, 4, 5, 6])) {
      const heading = text.split('\n').find((l) => l.startsWith('一、')) ?? '';
      expect(heading, where).not.toBe('');
      expect(heading, where).not.toMatch(SAFETY_HEADING);
    }
  });
});
