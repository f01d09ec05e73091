// Issue 11 (session 16, fw): what each meeting type needs and the drafts lacked (hunt r-s48, the editors' 「## Overall」).
// - A 部署会 / 动员会 ends its body on responsibility and discipline (压实责任、督导、严明纪律) in the words the material
//   gives ground for (s48-1, s48-6): part three is drafted even where every problem has its task.
// - A 总结表彰会 does not count the commendation among the year's results (s48-8 [23] [24], D); its counts go into the
//   congratulation, and those commended are asked to keep it up (s48-8 [9], E).
// - A 培训会 asks those trained to pass it on at home (s48-5 Overall: 回去转训、层层传达).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const partThree = (t: string) => /\n三、[^\n]*\n([\s\S]*?)(?=\n[^\n（]*(书记|负责同志|同志们)|$)/.exec(t)?.[1] ?? '';

describe('s16 · a 部署会 ends on responsibility and discipline', () => {
  it('drafts part three (责任, then 纪律 or 督查) though every problem has its task; no sanction the material does not give', () => {
    for (const { where, text } of draftsOf(named('fw16-gascylinder-town-deploy.json'), [1, 2, 3])) {
      if (where.startsWith('speech-report')) continue;
      // Two tasks: a thin material (s24, speech-third.ts thinMaterial) says it in one line after the tasks, no part three of
      // closing measures alone (s73-10 D, s71-12 Overall); a material of more tasks keeps the part.
      expect(text, where).not.toMatch(/\n三、/);
      expect(text, where).toMatch(/谁牵头谁/);
      const more = named('fw16-gascylinder-town-deploy.json');
      more.campaign.tasks.push({ ...more.campaign.tasks[0]!, title: '入户安全宣传', detail: '各村对使用瓶装液化气的农户逐户发放安全告知书' }, { ...more.campaign.tasks[1]!, title: '餐饮场所复查', detail: '对镇区餐饮场所用气情况开展复查' });
      const three = partThree(draftsOf(more, [Number(where.split(' · ')[1])]).find((d) => d.where === where)!.text);
      expect(three, where).toMatch(/责任/);
      expect(three, where).toMatch(/纪律|督|通报|结果/);
      expect(text, where).not.toMatch(/问责|追责|失职|依规依纪/);
    }
  });
  it('leaves a 调度会 as it was (no part three of measures in general)', () => {
    const input = named('fw16-gascylinder-town-deploy.json');
    input.meeting.type = '调度会';
    input.meeting.name = '全镇瓶装液化气安全专项整治调度会';
    for (const { where, text } of draftsOf(input, [1, 2])) if (!where.startsWith('speech-report')) expect(text, where).not.toMatch(/\n三、/);
  });
});

describe('s16 · a commendation is no result of the year', () => {
  it('leaves 「评选表彰…」 out of the results and counts those commended in the congratulation, with a word to them', () => {
    for (const { where, text } of draftsOf(named('fw16-volunteers-street-commend.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/是评选表彰优秀志愿者/);
      expect(text, where).toContain('受表彰的5个先进集体和21名先进个人');
      expect(text, where).toMatch(/希望受表彰的(集体和个人|同志)/);
    }
  });
});

describe('s16 · a training is passed on at home', () => {
  it('asks those trained to 转训 / 层层传达', () => {
    for (const { where, text } of draftsOf(named('fw16-pesticide-county-training.json'), [1, 2, 3])) expect(text, where).toMatch(/转训|再培训|层层传达/);
  });
});

describe('s16 · a 观摩会 says what the sites seen give the others', () => {
  it('names the sites as the agenda does and the practice the material quotes, before the tasks', () => {
    for (const { where, text } of draftsOf(named('fw16-courtyards-town-viewing.json'), [1, 2, 3])) {
      if (where.startsWith('speech-report')) continue;
      expect(text, where).toMatch(/观摩[^。]*溪口村庭院微菜园和杨柳湾村积分兑换超市[^。]*。[^。\n]*“党员包片、妇女主管、积分激励”/);
    }
  });
});
