// Issue 11 (session 13): the open problem's owner is who, never where. A problem no task answers was
// handed to three villages because its detail named them as places (「污染带下泄蔓延至X村、Y村河段，Z村
// 集中供水中断两天」); the material gives that problem to nobody, so the line after the tasks names no one.
// A place is the one to act only where its own clause says it failed or must act.
import { describe, expect, it } from 'vitest';
import { answerOwners } from '../../core/draft/owners.ts';
import { speakerOf } from '../../core/draft/speaker.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const paragraphs = (text: string) => text.split('\n').filter(Boolean);
/** The paragraph after the tasks that answers the problems none of them takes up (it names them back). */
const answerItem = (text: string) => paragraphs(text).find((p) => /^(前面|对前面|这里要专门)/.test(p)) ?? '';
const VILLAGES = /柳湾村|杏林村|杉木村/;

describe('11 · an open problem goes to the party the material says must act, never to the places it happened', () => {
  it('villages named as where a pollution spread and the water was cut are not told to take the problem up', () => {
    const input = named('river-xiang-places-not-owners.json');
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      const a = answerItem(text);
      expect(a, where).toContain('突发事件应急处置被动');
      expect(a, where).not.toMatch(VILLAGES);
    }
  });

  it('a village whose own clause says it failed is the one told', () => {
    const input = named('river-xiang-places-not-owners.json');
    input.campaign.problems[0]!.detail = '今年7月上游来水异常，污染带下泄蔓延至柳湾村河段，杉木村巡查值守不到位，发现晚、报告慢';
    for (const { where, text } of draftsOf(input, [1, 2])) {
      const a = answerItem(text);
      expect(a, where).toMatch(/杉木村要/);
      expect(a, where).not.toMatch(/柳湾村|杏林村/);
    }
  });

  it('a problem of 「部分村」 that befell them (受灾) names no village; one of their conduct (巡查不到位) does', () => {
    const input = named('river-xiang-places-not-owners.json');
    const owners = () => answerOwners(input, speakerOf(input), [0]).map((r) => r.text).join('');
    input.campaign.problems[0] = { title: '部分村河段汛后受损严重', detail: '7月洪水过后，多处堤岸垮塌、护坡冲毁' };
    expect(owners()).toBe('');
    input.campaign.problems[0] = { title: '部分村河段巡查不到位', detail: '7月洪水过后，多处堤岸垮塌未及时上报' };
    expect(owners()).toBe('各村');
  });

  it('a wrong others commit is still stopped by the place where it is found (属地)', () => {
    const input = named('river-xiang-places-not-owners.json');
    input.campaign.problems[0] = { title: '河道违规搭建露头', detail: '杏林村河段发现3处新搭的简易棚' };
    expect(answerOwners(input, speakerOf(input), [0], true).map((r) => r.text).join('')).toBe('杏林村');
    expect(answerOwners(input, speakerOf(input), [0]).map((r) => r.text).join('')).toBe('');
  });

  it('a collective’s attitude in the title is judged by the title’s clause, not by the detail after it (s36-1)', () => {
    const input = named('river-xiang-places-not-owners.json');
    input.campaign.tasks[1]!.lead = '各村';
    input.campaign.problems[0] = { title: '有的村存在松劲思想', detail: '连续三年未发生险情，有的干部觉得年年防不见事' };
    expect(answerOwners(input, speakerOf(input), [0]).map((r) => r.text).join('')).toBe('');
  });
});
