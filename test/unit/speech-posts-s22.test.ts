// Issue 11 (session 22 final reading): a person said whole. 「…监理有限公司总监理工程师刘建平」 in the room was said
// 「…刘建平的同志也在座」 and 「…分公司安全总监钟涛」 「…钟涛的负责同志也在座」 (s70-2 [53], s70-6 [52], W: a firm's
// posts were not known as posts, so the name was read as part of the unit). And the speaker's own post under an
// organ's short name (「县防指常务副指挥长祁晓峰带队」, his title 「县防汛抗旱指挥部常务副指挥长」) became
// 「县防指常务我带队」 (s70-1 [18], W). Invented names below (岚桥, 蕖江, 莫远舟).
import { describe, expect, it } from 'vitest';
import { ownPerson } from '../../core/draft/self.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);

describe('11 · a firm\'s posts and the speaker\'s short-named post', () => {
  it('a person under a firm\'s post is never read as a unit (「…甘立新的同志」)', () => {
    const input = named('drains-street-principal-lastyear.json');
    input.meeting.attendees = [...(input.meeting.attendees ?? []), '监理单位岚桥工程监理有限公司总监理工程师甘立新', '蕖江燃气有限公司安全总监陶永'];
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      expect(text, where).not.toMatch(/(?:甘立新|陶永)的(?:负责)?同志/);
      expect(text, where).not.toMatch(/总监理工程师甘立新的|安全总监陶永的/);
    }
  });

  it('his post under an organ\'s short name is said 「我」 whole; other people and words stay', () => {
    const input = named('flood-street-deputy-new.json');
    input.meeting.speaker = { ...input.meeting.speaker, name: '莫远舟', title: '副县长、县防汛抗旱指挥部常务副指挥长' };
    expect(ownPerson('4月2日至20日，县防指常务副指挥长莫远舟带队，组织4个检查组开展汛前检查', input)).toBe('4月2日至20日，我带队，组织4个检查组开展汛前检查');
    expect(ownPerson('检查组由县防指常务副指挥长莫远舟带队', input)).toBe('检查组由我带队');
    expect(ownPerson('副县长莫远舟主持会议', input)).toBe('我主持会议');
    expect(ownPerson('县水利局局长韦安陪同检查', input)).toBe('县水利局局长韦安陪同检查');
    expect(ownPerson('县防指副指挥长韦安带队', input)).toBe('县防指副指挥长韦安带队');
  });
});
