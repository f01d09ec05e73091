// Issue 11 (session 22 final reading s70-8 [6], W; hunt s69-5 [6], E): at a 调度会 two lagging streets explained themselves
// (「…作了说明发言」) and the opening said 「讲得都很好，大家要认真抓好落实」 — praise for the laggards, in front of the room.
// After units behind schedule explain, the gap is pressed; the explanation is never judged. Invented names (渌川, 青苇).
import { describe, expect, it } from 'vitest';
import { precedingKind } from '../../core/draft/preceding.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const JUDGED = /讲得都很|讲得很具体|讲得很好|情况和要求都很明确|大家要认真抓好落实/;

describe('11 · lagging units\' explanations are pressed, never praised', () => {
  const input = named('canal-county-dispatch.json');
  input.meeting.precedingItems = ['县水利局通报了灌区改造进度', '渌川镇、青苇乡作了情况说明'];
  input.campaign.problems = [{ title: '渌川镇、青苇乡工程进度滞后', detail: '两个乡镇完成率不到40%' }, ...input.campaign.problems];

  it('is its own kind when a problem says some are behind, and not otherwise', () => {
    expect(precedingKind(input)).toBe('explained');
    const other = structuredClone(input);
    other.campaign.problems = other.campaign.problems.filter((p) => !/滞后/.test(p.title));
    expect(precedingKind(other)).not.toBe('explained');
  });

  it('the opening takes the explanation up without judging it, in every frame and seed', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6])) {
      const opening = text.slice(text.indexOf('刚才，'), text.indexOf('。', text.indexOf('作了情况说明')) + 40);
      expect(text, where).toContain('渌川镇、青苇乡作了情况说明');
      expect(opening, where).not.toMatch(JUDGED);
    }
  });
});
