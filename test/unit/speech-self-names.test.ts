// Issue 11 (session 13): self-reference never inside a proper name. A district speaker's material named
// 「XX区恒久物业管理有限公司」 and the draft said 「我们区恒久物业管理有限公司」. The own region becomes
// 「我们区」「全区」 only where it stands for the place, never where it begins a longer name (a company,
// a school, a hospital, a 大队, a 中心) that continues after it with more name characters.
import { describe, expect, it } from 'vitest';
import { selfSaid } from '../../core/draft/self.ts';
import { speakerOf } from '../../core/draft/speaker.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const SELF_IN_NAME = /(我们|全)区[^，。；、]{0,16}?(有限公司|公司|小学|医院|大队|中心)/;

describe('11 · the own region said as 「我们区」 never inside a proper name', () => {
  it('companies, a school and a 大队 named after the district keep their names in every draft', () => {
    const input = named('property-district-named-firms.json');
    for (const { where, text } of draftsOf(input, [1, 2])) {
      expect(text.match(SELF_IN_NAME)?.[0], where).toBeUndefined();
      expect(text, where).toContain('汀兰区恒泰物业服务有限公司');
      expect(text, where).toContain('汀兰区实验第二小学');
      expect(text, where).toContain('全区共有住宅小区312个');
    }
  });

  it('selfSaid keeps long names and still says the place as the speaker’s own', () => {
    const input = named('property-district-named-firms.json');
    const say = (t: string) => selfSaid(t, 'campaign.background[0]', input, speakerOf(input));
    expect(say('汀兰区恒泰物业服务有限公司负责托管')).toBe('汀兰区恒泰物业服务有限公司负责托管');
    expect(say('汀兰区城市管理综合执法大队受理投诉')).toBe('汀兰区城市管理综合执法大队受理投诉');
    expect(say('汀兰区老年人日间照料服务中心已开放')).toBe('汀兰区老年人日间照料服务中心已开放');
    expect(say('汀兰区第三人民医院周边拥堵')).toBe('汀兰区第三人民医院周边拥堵');
    expect(say('汀兰区各中小学开展演练')).toBe('我们区各中小学开展演练');
    expect(say('汀兰区今年新建学校3所')).toBe('全区今年新建学校3所');
    expect(say('汀兰区物业覆盖率偏低')).toBe('我们区物业覆盖率偏低');
  });
});
