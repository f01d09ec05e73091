// Issue 11 (session 25, g11c): only a party whose role is oversight is invited to 监督. People a problem names (养老护理员, s76-3 [48]:
// 动态监控员) and cadres a task checks (社区党组织书记, s76-12 [41]: 村党组织书记 of a 三资 清理) are told their own duty; the
// 居务监督委员会 in the room is named and asked to watch (s76-12 [41]: the 村务监督委员会主任代表 left out).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const care = loadCampaigns().find((c) => c.name === 'g11c25-eldercare-district-checked-posts.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 25: who is asked to 监督 (s76-3 [48], s76-12 [41])', () => {
  it('the posts a problem or a task checks are told their duty, never invited to 监督 or 提意见', () => {
    for (const { where, text } of draftsOf(care, [1, 2, 3])) {
      for (const who of ['社区党组织书记代表', '养老护理员代表']) {
        const said = sentences(text).filter((s) => s.includes(who));
        expect(said.length, `${where} ${who}`).toBeGreaterThan(0);
        for (const s of said) expect(s, where).not.toMatch(/监督|提意见/);
      }
    }
  });

  it('the 居务监督委员会 in the room is named and asked to watch', () => {
    for (const { where, text } of draftsOf(care, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('居务监督委员会主任代表'));
      expect(said.length, where).toBeGreaterThan(0);
      expect(said.some((s) => /监督/.test(s)), where).toBe(true);
    }
  });
});
