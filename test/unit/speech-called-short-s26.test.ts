// Issue 11 (session 26, g11a): at a 约谈 a party called in (「…（被约谈）」) whose officers another line names short (「磐石公司安全
// 主管刘强」) is named as called in and told to put right the problem the material faults it for — never a bystander told to
// 「从中吸取教训…认真自查」 (r-s79 s79-4 [53], W: the 监理 called in 「也在座，…认真开展自查」).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const gas = loadCampaigns().find((c) => c.name === 'g11a26-gas-county-called-short.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 26: one called in, named short, is no bystander (s79-4 [53])', () => {
  it('each is said as called in, with the problem it is faulted for', () => {
    for (const { where, text } of draftsOf(gas, [1, 2, 3])) {
      for (const [short, problem] of [['磐石公司', '钢瓶检验超期'], ['远驰公司', '运输车辆动态监控缺失']] as const) {
        const said = sentences(text).filter((s) => s.includes(short) && !s.includes('有限公司') && !/\d/.test(s));
        expect(said.length, where).toBe(1);
        expect(said[0], where).toMatch(/被约谈/);
        expect(said[0], where).toContain(problem);
        expect(said[0], where).not.toMatch(/吸取教训|自查|也在座|镜子|同样的问题/);
      }
    }
  });
});
