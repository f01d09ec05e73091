// Issue 11 (session 17, engineer pb): the parties of a 约谈 and the regulated, from the final readings r-s49 of session 16
// (s49-6 [5] [57] [58], s49-8 [35]). Every case on a fixture of its own with invented names, another domain and level.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const line = (text: string, title: string) => text.split('\n').find((l) => l.includes(`${title}。`)) ?? '';

describe('11 · session 17 pb: the regulated and those called in, each with its own part', () => {
  it('people the work regulates by their trade lead their own conduct under the overseer, never the lead it helps (s49-8 [35])', () => {
    for (const { where, text } of draftsOf(named('party-street-decorators-regulated-lead.json'), [1, 2, 3])) {
      const l = line(text, '规范装修作业');
      expect(l, where).toMatch(/辖区装修工匠/);
      expect(l, where).not.toMatch(/牵好头|牵头|商请|主动参与|密切协作|配合|协同/);
      expect(l, where).toMatch(/街道城建办要[^，。]*(监管|督促|把关|检查|指导)/);
    }
  });

  const summons = () => draftsOf(named('party-county-summons-works-roles.json'), [1, 2, 3]);
  const opening = (text: string) => {
    const lines = text.split('\n');
    return lines[lines.findIndex((l) => l.startsWith('同志们')) + 1] ?? '';
  };

  it('every party a 约谈 calls in is named at its opening, one marked with its role as well (「（建设单位，被约谈）」, s49-6 [5])', () => {
    for (const { where, text } of summons()) {
      const open = opening(text);
      for (const firm of ['岑阳恒拓水电建设有限公司', '岑阳禹衡水利工程监理有限公司', '岑阳县水务投资有限公司']) expect(open, `${where} ${firm}`).toContain(firm);
      expect(open, where).not.toMatch(/有限公司和[^，。]*和/);
      // The client called in is held to its own part beside its builder's lead, never asked to 「支持」 it.
      const l = line(text, '事故工程停工整改');
      expect(l, where).toMatch(/岑阳县水务投资有限公司要/);
      expect(l, where).not.toMatch(/请岑阳县水务投资有限公司|岑阳县水务投资有限公司(配合|协同|积极支持)/);
    }
  });

  it('a line of several roles of the works tells each role its own duty, never the 监理\'s 旁站 to all (s49-6 [57])', () => {
    for (const { where, text } of summons()) {
      const s = text.split(/[\n。]/).find((x) => x.startsWith('全县在建水利工程建设、施工、监理单位')) ?? '';
      expect(s, where).toMatch(/建设单位要[^；]*责任/);
      expect(s, where).toMatch(/施工单位要[^；]*主体责任/);
      expect(s, where).toMatch(/监理单位要[^；]*(旁站|监理职责)/);
      expect(s, where).not.toMatch(/^全县在建水利工程建设、施工、监理单位要(守住监理|严格按规范旁站|切实履行监理)/);
    }
  });

  it('the inspectors of the level\'s own station are not thanked with the workers they check; the workers are held to the rules (s49-6 [58])', () => {
    for (const { where, text } of summons()) {
      const station = text.split(/[\n。]/).filter((x) => x.includes('县水利工程质量安全监督站站长及监督员'));
      expect(station.length, where).toBeGreaterThan(0);
      for (const x of station) expect(x, where).not.toMatch(/挖掘机司机|电焊工|支持、参与|积极支持/);
      // 「挖掘机司机、电焊工等特种作业人员代表」: one group of the kind after 等 (s61-7 [49]).
      const workers = text.split(/[\n。]/).filter((x) => x.includes('挖掘机司机'));
      expect(workers.length, where).toBeGreaterThan(0);
      for (const x of workers) expect(x, where).not.toMatch(/发挥好带头作用，积极支持、参与|感谢/);
    }
  });

  it('a target that is the authority\'s act on the party leading the task is the speaker\'s side\'s, never the party\'s to ensure (s52-4 [42])', () => {
    for (const { where, text } of draftsOf(named('party-district-summons-authority-act.json'), [1, 2, 3])) {
      const l = line(text, '筑安劳务限期清偿欠薪');
      const handed = l.split('。').find((x) => x.includes('移送区公安分局')) ?? '';
      expect(handed, where).toMatch(/我局/);
      expect(handed, where).not.toMatch(/汶桥筑安劳务有限公司|确保|做到/);
    }
  });
});


describe('11 · session 17 pb: the deadline act', () => {
  it('a task whose detail provides for what cannot be finished in time is settled by its deadline, never 「全部完成」 (s52-1 [42])', () => {
    for (const { where, text } of draftsOf(named('deadline-town-partly-settled.json'), [1, 2, 3])) {
      for (const title of ['加快在建危房改造', '落实住房安全兜底']) {
        const l = line(text, title);
        expect(l, `${where} ${title}`).not.toMatch(/全部完成|前完成|底前完成|日前完成/);
        expect(l, `${where} ${title}`).toMatch(/落实到位/);
      }
      expect(line(text, '加快在建危房改造'), where).toMatch(/11月底前竣工[^。]*年底前/);
    }
  });
});
