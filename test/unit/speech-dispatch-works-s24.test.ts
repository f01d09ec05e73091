// Issue 11 (session 24, g11c; end check r-s23-end end-2 [8] [19], E): a 街道's 城市内涝点整治 调度会 — a safety field, but works by
// builders — was headed like a 部署会 on risks (「增强忧患意识，坚持底线思维，以如履薄冰的态度…」「紧盯风险，严防死守…」); the editor:
// 「调度会第一部分讲的是进度和问题」「“严防死守”是汛期防守用语，这一部分讲的是施工攻坚」. A safety field's 调度会 on its works is headed
// on progress and the gap, like any other (speech.ts headingKeysOf). Fixture g11c24-firebreak-county-works-dispatch.json: 栖梧县
// (a county), 森林防火通道和蓄水池 built by two builders (invented names).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const headings = (text: string) => text.split('\n').filter((l) => /^[一二三四]、/.test(l));
const RISKS = /形势|风险|底线|防范|绷紧|忧患|如履薄冰|严防死守|麻痹|侥幸/;

describe('s24 g11c · a safety field\'s 调度会 on its works is headed on progress, not on risks', () => {
  const input = named('g11c24-firebreak-county-works-dispatch.json');

  it('no part heading speaks of risks; part one is the progress and the gap', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6])) {
      const hs = headings(text);
      expect(hs.length, where).toBeGreaterThan(1);
      for (const h of hs) expect(h, where).not.toMatch(RISKS);
      expect(hs[0], where).toMatch(/进度|差距|节点|短板|推进|盘点/);
    }
  });
});
