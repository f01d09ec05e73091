// Issue 11 (session 9, 11b): who is regulated comes from the relation, not from being a company. The
// s15 final reading and the s16 hunt marked wrong a 县发改局副局长 「我局要加强监管、跟踪督促」 the 中储粮
// 直属库 that leads a task his bureau only supports; a 征收中心主任 giving a town that only supports
// 「加强监督指导」 and telling the bureau whose deputy chairs the meeting to 「按职责配合」; and edited a
// department head's 「县财政局配合」 (an order to an equal), an absent higher unit sought after every task,
// 监理 told to 配合 the builder it checks, and landlords or summoned companies told 「不等不靠」 at the close.
import { describe, expect, it } from 'vitest';
import type { SpeechInput } from '../../core/input/schema.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const SEEDS = [1, 2, 3];
const drafts = (input: SpeechInput) => draftsOf(input, SEEDS);
const lines = (text: string) => text.split('\n').filter(Boolean);
const taskLine = (text: string, title: string) => lines(text).find((l) => l.includes(title)) ?? '';
const closing = (text: string) => lines(text).at(-1) ?? '';
/** The paragraph before the closing (the closing opens 「同志们」). */
const room = (text: string) => lines(text)[lines(text).findLastIndex((l) => l.startsWith('同志们')) - 1] ?? '';
/** The speaker's side told to supervise: every form the phrase bank has. */
const SUPERVISES = /要(加强监管|跟踪督促|加强指导督促|做好督促检查|盯住进度|加强督促指导)/;
/** A unit named as told to help: an order, not a request. */
const TOLD = (unit: string) => new RegExp(`[，、]${unit}(协同配合|做好配合|配合|协同推进|按职责配合|积极协助|共同推进)`);

describe('11b · a company is a partner unless the material makes it regulated', () => {
  const input = named('vegetables-county-soe-partner.json');

  it('a 国企 that leads a task the bureau supports is asked to lead; the bureau supports it and never supervises it', () => {
    for (const { where, text } of drafts(input)) {
      const task = taskLine(text, '落实政府蔬菜应急储备');
      expect(task, where).toMatch(/请桐川农产品流通投资有限公司/);
      expect(task, where).not.toMatch(SUPERVISES);
      expect(task, where).toMatch(/我局/);
      // The 国企 is asked in its task, not lectured on its 主体责任 in the room.
      expect(room(text), where).not.toMatch(/桐川农产品流通投资有限公司[^。]*主体责任/);
    }
  });

  it('a peer of a department head is asked with 「请」, never told to 配合', () => {
    for (const { where, text } of drafts(input)) {
      expect(taskLine(text, '落实政府蔬菜应急储备'), where).toMatch(/请[^。]*县财政局/);
      expect(text, where).not.toMatch(TOLD('县财政局'));
    }
  });

  it('the operators the problems are about lead under the bureau, named as the one that oversees them', () => {
    for (const { where, text } of drafts(input)) {
      expect(taskLine(text, '每日公示主要蔬菜价格'), where).toMatch(/由各农贸市场开办方[^。]*，我局要/);
      expect(closing(text), where).not.toMatch(/开办方/);
    }
  });

  it('the bureau whose officer chairs is above a 中心 the bureau runs: asked, never told', () => {
    const sub = named('vegetables-county-soe-partner.json');
    sub.meeting.speaker = { name: '葛立新', title: '县蔬菜流通服务中心主任' };
    for (const { where, text } of drafts(sub)) {
      expect(text, where).toMatch(/请[^。]*县商务局/);
      expect(text, where).not.toMatch(TOLD('县商务局'));
      expect(text, where).not.toMatch(/(对接|争取)[^。，；]*县商务局/);
    }
  });
});

describe('11b · those called in, and those hired, keep their own role', () => {
  const input = named('transport-town-summons-supporters.json');

  it('companies just summoned that support a task are told their part, never asked for support', () => {
    for (const { where, text } of drafts(input)) {
      const task = taskLine(text, '加装右转盲区预警装置');
      expect(task, where).not.toMatch(/请[^。]*(恒通|顺安)/);
      expect(task, where).toMatch(/顺安物流有限公司要/);
    }
  });

  it('the summoned and the carriers regulated are not called on at the close; the partner bus company is asked in its task, not told its 主体责任', () => {
    for (const { where, text } of drafts(input)) {
      expect(closing(text), where).not.toMatch(/运输企业|恒通|顺安/);
      expect(taskLine(text, '开通学生上下学公交专线'), where).toMatch(/请县公交集团河湾分公司/);
      expect(room(text), where).not.toMatch(/县公交集团河湾分公司[^。]*主体责任/);
    }
  });

  it('the 监理 beside a builder’s lead is held to checking, not told to 配合', () => {
    for (const { where, text } of drafts(named('drains-street-principal-lastyear.json'))) {
      const task = taskLine(text, '加快剩余小区管网施工');
      expect(task, where).not.toMatch(TOLD('监理单位'));
      expect(task, where).toMatch(/监理单位要[^。]*(把关|验收)/);
    }
  });
});

describe('11b · a higher unit’s support is sought once, for work the speaker’s side leads', () => {
  it('an absent district bureau supporting two of a street’s tasks is sought once', () => {
    const input = named('drains-street-principal-lastyear.json');
    for (const t of input.campaign.tasks.slice(1)) t.support = [...(t.support ?? []), '区城市管理局'];
    for (const { where, text } of drafts(input)) {
      expect(text.match(/(对接|沟通|协调)[^。]*区城市管理局[^。]*争取|区城市管理局[^。]*争取/g)?.length ?? 0, where).toBe(1);
    }
  });
});

describe('11b · who has a problem is no evidence of which task answers it', () => {
  it('「个别乡镇和部门…重视不够」 gets its own answer though a task’s detail says 乡镇', () => {
    const input = named('vegetables-county-soe-partner.json');
    input.campaign.problems.push({ title: '个别乡镇和部门对保供稳价工作重视不够', detail: '有的乡镇至今没有明确分管领导' });
    for (const { where, text } of drafts(input).filter((d) => d.where.startsWith('speech-deploy'))) {
      const after = text.slice(text.indexOf('（一）'));
      expect(after, where).toMatch(/重视不够/);
    }
  });
});

describe('11b · at a 约谈 the regulator speaks to those it called in', () => {
  it('asks them for no correction of the speech and calls their violations no 「我们的工作」 shortfall', () => {
    const summons = campaigns.filter((c) => /约谈/.test(`${c.input.meeting.type ?? ''}${c.input.meeting.name}`));
    expect(summons.length).toBeGreaterThan(2);
    for (const c of summons) {
      // The same words from a department head, as at s14-4 (a 区医保局局长).
      const input = structuredClone(c.input);
      input.meeting.speaker = { name: '阮秀英', title: '区医疗保障局党组书记、局长' };
      for (const { where, text } of drafts(input)) expect(text, `${c.name} ${where}`).not.toMatch(/不妥之处|请大家指正|我们的工作还/);
    }
  });
});

// Session 9, late fix B (s18 final reading): a 双拥 speech told the 退役军人创业企业 in the room of their
// 主体责任 and left the 爱心拥军企业 unthanked (s17-7 [39], W); a 项目群众工作组 the speaker heads was
// thanked for 「到会指导」 (s17-5 [44], W); an insurer's 支公司 was told to 配合 beside a bank asked (s17-1 [43], E).
describe('11b · companies the campaign works with are thanked; its own group is no guest', () => {
  const input = named('studyaid-township-own-group.json');
  const sentences = (text: string) => text.split(/(?<=[。！？])/);

  it('the partner and beneficiary companies in the room are thanked and asked, never told of a 主体责任', () => {
    for (const { where, text } of drafts(input)) {
      const said = sentences(room(text)).filter((s) => /爱心助学企业|返乡创业企业/.test(s));
      expect(said.join(''), where).toMatch(/爱心助学企业/);
      expect(said.join(''), where).toMatch(/返乡创业企业/);
      for (const s of said) {
        expect(s, where).toMatch(/感谢|请/);
        expect(s, where).not.toMatch(/主体责任|经营管理|不等不靠/);
      }
    }
  });

  it('a working group named at the speaker\'s own level is not thanked for guidance, though the title holds no post in it', () => {
    const only = structuredClone(input);
    only.meeting.speaker.title = '乡党委副书记';
    only.campaign.units = '各村、乡直有关单位';
    only.meeting.attendees = only.meeting.attendees!.map((a) => a.replace('助学帮扶工作专班', '石门乡困难学生助学帮扶工作专班'));
    only.campaign.tasks[0]!.support = ['乡社会事务办'];
    for (const { where, text } of drafts(only)) {
      for (const s of sentences(room(text)).filter((x) => x.includes('专班'))) expect(s, where).not.toMatch(/感谢|指导|恳请/);
    }
  });

  it('the working group the speaker heads is not thanked for guidance; a group the county sends still is', () => {
    for (const { where, text } of drafts(input)) {
      const opening = lines(text)[lines(text).indexOf('同志们：') + 1] ?? '';
      for (const s of sentences(`${opening}\n${room(text)}`).filter((x) => x.includes('专班'))) expect(s, where).not.toMatch(/感谢|指导|恳请/);
      // Thanked at the opening (session 14, greeting.ts).
      const sent = sentences(opening).find((s) => s.includes('县教育局第二督导组')) ?? '';
      expect(sent, where).toMatch(/感谢/);
      expect(sent, where).toMatch(/恳请/);
    }
  });

  it('an insurer that supports is asked like the bank beside it, never told to 配合', () => {
    for (const { where, text } of drafts(input)) {
      const task = taskLine(text, '落实助学贷款和学生意外伤害保险');
      expect(task, where).toMatch(/请[^。]*太平洋财险栖云支公司/);
      expect(task, where).not.toMatch(TOLD('太平洋财险栖云支公司'));
      expect(task, where).not.toMatch(/太平洋财险栖云支公司(做好|积极)?配合/);
    }
  });
});
