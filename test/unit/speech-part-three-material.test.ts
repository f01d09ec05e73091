// Issue 11 (session 13): part three follows from what the material lacks. A problem of money is met by a
// funding measure that names it (not 「工作经费要…及时拨付」 where the material speaks of no 工作经费); a plan
// of dated tasks no task follows up is followed up by the 督查 unit the material names, and by no one the
// material does not name; a task done every day is kept up until its deadline, not 「…前完成」.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const text = (input: ReturnType<typeof named>, seed: number, template = 'speech-deploy') => toPlainText(draft(input, library, { template, seed }));
const partThree = (t: string) => /\n三、[^\n]*\n([\s\S]*?)(?=\n同志们|\n[^\n]*(书记|负责同志)[^\n]*要|$)/.exec(t)?.[1] ?? '';

describe('s13 · part three by what the problems lack', () => {
  it('a stated money gap is named in the funding measure, with no 工作经费 the material does not have', () => {
    const input = named('straw-town-dispatch.json');
    for (const seed of [1, 2, 3]) {
      const three = partThree(text(input, seed));
      expect(three, String(seed)).toContain('秸秆收储资金缺口较大');
      expect(three, String(seed)).not.toContain('工作经费');
      expect(three, String(seed)).not.toMatch(/加强资金监管|投工投劳/);
    }
  });

  it('a plan of deadlines with no follow-up task is followed up by the 督查 unit in the room', () => {
    const input = named('straw-town-dispatch.json');
    for (const seed of [1, 2, 3]) expect(partThree(text(input, seed)), String(seed)).toMatch(/镇督查办[^。]*(督查|盯住|跟踪)/);
  });

  it('without a 督查 unit in the material, no one is told to 督查 and the part is as before', () => {
    const input = named('straw-town-dispatch.json');
    input.meeting.attendees = input.meeting.attendees!.filter((a) => !a.includes('督查'));
    for (const seed of [1, 2, 3]) {
      const t = text(input, seed);
      expect(t).not.toContain('督查办');
      expect(t).not.toMatch(/时间节点[^。]*(跟踪督查|逐项盯住)/);
    }
  });

  it('a higher body’s 督查组 in the room is not told to follow up the plan', () => {
    const input = named('straw-town-dispatch.json');
    input.meeting.attendees = [...input.meeting.attendees!.filter((a) => !a.includes('督查')), '县秸秆禁烧工作第一督查组'];
    for (const template of SPEECH_FRAMES) for (const seed of [1, 2, 3]) expect(text(input, seed, template)).not.toMatch(/督查组要/);
  });

  it('a task of follow-up, or few dated tasks, needs no 督查 paragraph', () => {
    const withTask = named('straw-town-dispatch.json');
    withTask.campaign.tasks[3]!.detail = '镇督查办每周督查一次各村禁烧情况';
    const few = named('straw-town-dispatch.json');
    few.campaign.tasks = few.campaign.tasks.slice(0, 2);
    for (const input of [withTask, few]) for (const seed of [1, 2]) expect(partThree(text(input, seed))).not.toMatch(/时间节点[^。]*(跟踪督查|逐项盯住|跟踪)/);
  });

  // One case per campaign: one case over all of them timed out (60 s) on a loaded machine (s25).
  it.each(campaigns.map((c) => [c.name, c] as const))('%s: a 督查 told in part three is a unit the material names', (_, c) => {
    const material = JSON.stringify(c.input);
    for (const template of SPEECH_FRAMES) {
      const t = text(c.input, 1, template);
      for (const m of t.matchAll(/([\p{Script=Han}]{2,12}?督(?:查|导)(?:室|办|组|科|专班))要/gu)) expect(material, `${c.name} · ${template}`).toContain(m[1]!);
    }
  });

  it('a task done every day is kept up until its deadline, not finished by it', () => {
    const input = named('straw-town-dispatch.json');
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const line = text(input, seed, template).split('\n').find((l) => l.includes('报送当日巡查和火点情况')) ?? '';
        expect(line, `${template} · ${seed}`).toContain('10月31日');
        expect(line, `${template} · ${seed}`).not.toMatch(/10月31日前(抓紧)?(全部)?完成|在10月31日前完成/);
      }
    }
  });
});
