// Issue 11 (session 24): a count typed over its whole (「28座/总28座」「完成3.1公里/总4.6公里」) is said once, naturally — never
// the whole in brackets (r-s74 s74-4 [15] 「28座（总数28座）」念不出来, s74-2 [14] [28], s73-5 [16], E) — and a figure the detail
// states already, count and whole (s73-5 [16]), or a zero it says (s73-5 [14]), is not said again. No figure is changed.
import { describe, expect, it } from 'vitest';
import { spokenSlashes } from '../../core/draft/slashes.ts';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);

describe('s24 · a count over its whole, said once', () => {
  it('the forms: equal after its verb, the whole first after it, a verb earlier in the clause, a list, no verb', () => {
    expect(spokenSlashes('蓄水池清洗完成9座/总9座')).toBe('蓄水池清洗9座全部完成');
    expect(spokenSlashes('目前仅完成42户/总163户')).toBe('目前163户中仅完成42户');
    expect(spokenSlashes('完成28座/总32座')).toBe('32座中已完成28座');
    expect(spokenSlashes('一标段完成1100亩/2200亩')).toBe('一标段2200亩中已完成1100亩');
    expect(spokenSlashes('全镇已完成入户管网改造1260户/总1260户')).toBe('全镇已完成入户管网改造1260户，一户不落');
    expect(spokenSlashes('完成雨污分流改造41栋/总86栋、燃气管道更新1180户')).toBe('完成雨污分流改造86栋中的41栋、燃气管道更新1180户');
    expect(spokenSlashes('已安装报警装置1562家/总2870家，安装率54.4%')).toBe('已安装报警装置2870家中的1562家，安装率54.4%');
    expect(spokenSlashes('监控接入平台30座/总40座，另有')).toBe('监控接入平台40座中的30座，另有');
    expect(spokenSlashes('今年新增30座/总40座')).toBe('今年新增30座，总共40座');
    expect(spokenSlashes('全县累计完成1920亩/总任务6000亩，完成率32%')).toBe('全县累计完成1920亩、占总任务6000亩的32%');
    // The whole typed in brackets by the clerk; the whole said already; a verb marked by its adverb after a noun's 改造 (r-s75 s75-1 [12]).
    expect(spokenSlashes('今年计划铺设供水主管12.4公里，已完成9.6公里（总数12.4公里），泵房自控改造已完成15座（共18座）')).toBe('今年计划铺设供水主管12.4公里，已完成9.6公里，泵房自控改造18座中已完成15座');
  });

  it('a fixture of wholes: no bracket, no slash, each count and whole said, in every frame and seed', () => {
    const input = named('g11b24-water-town-wholes.json');
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      expect(text, where).not.toMatch(/（(总数|共)|\/总|\d\/\d/);
      expect(text, where).toContain('蓄水池清洗9座全部完成');
      expect(text, where).toContain('1260户，一户不落');
      expect(text, where).toContain('600户中仅完成210户');
      expect(text, where).toContain('水质检测完成48次中的36次');
    }
  });

  it('a figure whose count and whole the detail states, or whose zero it says, is said once', () => {
    const input = named('g11b24-water-town-wholes.json');
    input.campaign.achievements[0]!.figures = [{ label: '入户管网改造', value: '1260户/总1260户' }];
    input.campaign.achievements[1]!.detail = '蓄水池清洗完成9座/总9座，发生水质污染事件0起';
    input.campaign.achievements[1]!.figures = [{ label: '水质污染事件', value: '0', unit: '起' }];
    for (const { where, text } of draftsOf(input, [1, 2])) {
      expect(text.split('1260户').length - 1, where).toBe(1);
      expect(text, where).toContain('水质污染事件一起也没有');
      expect(text, where).not.toMatch(/水质污染事件0起/);
    }
  });
});
