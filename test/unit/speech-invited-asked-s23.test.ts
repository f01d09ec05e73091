// Issue 11 (session 23, g11a): units the attendees mark as invited (「特邀：…」) are guests: beside a task's lead they are asked for their
// support, never told to 「配合」 in a row with the speaker's own units (s72-1 [54] [63], s72-9 [46], s67-1 [40], s64-11 [46], E).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const river = structuredClone(campaigns.find((c) => c.name === 'g11a-river-town-wronged.json')!.input);
river.meeting.attendees = [...river.meeting.attendees!, '特邀：县河湖保护中心、苇塘镇蓝鹰应急救援队'];
river.campaign.tasks[0]!.support = ['沿河各村', '县河湖保护中心', '苇塘镇蓝鹰应急救援队'];
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 23: the invited are asked in their task (s72-1 [63])', () => {
  it('an invited unit beside a lead is asked (「请…」), never told 「配合」 with the own side', () => {
    for (const { where, text } of draftsOf(river, [1, 2, 3])) {
      const task = sentences(text).find((s) => s.includes('苇塘镇蓝鹰应急救援队') && s.includes('镇水利站'));
      expect(task, where).toBeDefined();
      expect(task, where).toMatch(/请[^，；]*(县河湖保护中心|苇塘镇蓝鹰应急救援队)/);
      expect(task, where).not.toMatch(/(县河湖保护中心|苇塘镇蓝鹰应急救援队)[^，；]{0,4}(配合|协同)/);
    }
  });
});
