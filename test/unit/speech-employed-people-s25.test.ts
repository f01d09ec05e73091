// Issue 11 (session 25, g11c): regulated people typed as a task's lead beside the firms that employ them and the department's own unit
// (s76-3 [35], r-s75 s75-8 [29], W: 「商请各驾驶员、押运员牵头推进，县交通运输综合执法大队要主动对接、做好配合，各运输企业积极协助」).
// The firms carry the 主体责任 and see that their people do it, the own unit checks; people are never sought or asked to lead.
// Workers of a firm by their post (「餐饮企业厨师代表」) are people of a trade: told to keep the rules, never the firm (s76-10 [53], W).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const cranes = loadCampaigns().find((c) => c.name === 'g11c25-cranes-city-employed-operators.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 25: regulated people that lead beside their employers (s76-3 [35])', () => {
  it('the firms answer for their people and the own station checks; nobody seeks the people or 配合s them', () => {
    for (const { where, text } of draftsOf(cranes, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('各塔吊司机、信号工'));
      expect(said.length, where).toBe(1);
      const s = said[0]!;
      expect(s, where).not.toMatch(/商请|牵头|对接|争取支持|配合|协助|协同/);
      expect(s, where).toMatch(/各建筑施工企业要[^，]*主体责任/);
      expect(s, where).toMatch(/市建设工程质量安全监督站要[^，]*检查/);
    }
  });

  it('workers of a firm in the room (「施工企业塔吊司机代表」) are told to keep the rules, never handed the firms\' 主体责任 with them (s76-10 [53])', () => {
    for (const { where, text } of draftsOf(cranes, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('施工企业塔吊司机代表'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/主体责任|牵头|各建筑施工企业/);
    }
  });
});
