// Issue 11 (session 26, g11b): a site's or a lesson's label typed at the head of a title is the clerk's, not the speech's:
// 「第二，观摩点二：北山乡丘陵片区」「（一）培训内容：学法规、懂操作、会处置」 were read out (63 E of 64 marks s20–s25: 「标签照念」,
// r-s78 s78-8 [10], r-s79 s79-6). The title is read without it, as 「任务一：」 already was (labels.ts TITLE_LABEL).
import { describe, expect, it } from 'vitest';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';
import { titleUnlabelled } from '../../core/draft/labels.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);

describe('s26 g11b · no site or lesson label read out', () => {
  it('沅桥街道 with a 观摩点 achievement and a 培训内容 task: neither label is said', () => {
    const input = named('g11b26-canteens-street-examples.json');
    input.campaign.achievements.push({ title: '观摩点一：星河小学食堂', detail: '实行校长陪餐和家长代表开放日' });
    input.campaign.tasks[0]!.title = '培训内容：留样管理逐校规范';
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      expect(text, where).not.toMatch(/观摩点一|培训内容/);
      expect(text, where).toMatch(/留样管理逐校规范/);
    }
  });

  it('what is a label and what is not', () => {
    expect(titleUnlabelled('观摩点二：北山乡丘陵片区')).toBe('北山乡丘陵片区');
    expect(titleUnlabelled('培训内容：学法规、懂操作、会处置')).toBe('学法规、懂操作、会处置');
    expect(titleUnlabelled('授课一：网络安全法要点')).toBe('网络安全法要点');
    expect(titleUnlabelled('培训教师队伍建设')).toBe('培训教师队伍建设');
  });
});
