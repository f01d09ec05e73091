// Issue 11 (session 24, g11c; hunt r-s75 s75-6 [6], W): a district's 「澄江区勘察测绘院」, a survey party of the works on the design
// institute's line and support of its task, was thanked at a street's opening beside the 区住建局's 科长 as 「专程来到会上指导工作」
// and asked 「多提宝贵意见」 — a party of the works taken for an upper guest. A 勘察测绘院 is a design/survey institute like a
// 勘测设计院 (works-parties.ts INSTITUTE): held to its own duty, never a level above. Invented: 桦岭县勘察测绘院 at a town's works.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';
import { openingOf } from '../helpers/room-drafts.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const SURVEY = '桦岭县勘察测绘院';

describe('s24 g11c · a county 勘察测绘院 on a town\'s works is a party of them, not an upper guest', () => {
  const input = named('g11a-reservoir-town-design-parties.json');
  input.meeting.attendees = input.meeting.attendees!.map((a) => (a.startsWith('岚江瑞禾勘察设计有限公司') ? `${SURVEY}项目负责人` : a));
  input.campaign.tasks[0]!.support = [SURVEY, '茶坪村'];

  it('is not thanked at the opening nor asked for guidance; the room tells it its duty', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      expect(openingOf(text), where).not.toContain(SURVEY);
      const said = sentences(text).filter((s) => s.includes(SURVEY));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/感谢|指导|宝贵意见|多关心|主体责任/);
      expect(said.some((s) => /设计交底|技术服务|勘察|现场服务/.test(s.replace(SURVEY, ''))), where).toBe(true);
    }
  });
});
