// Issue 11 (session 9, 11b): the speaker's own place and the meeting's own years. Editors rewrote a
// street secretary's 「站前街道紧邻…」 to 「我们街道紧邻…」, a 县局副局长's 「宜禾县2026年秋粮收购工作部署会」
// to 「这次全县秋粮收购工作部署会」, and 「2026年」 to 「去年」 in five speeches (s11-6, s14-2 … s14-5,
// s15-1, s15-8). Only what is certain from the material: the place the speaker serves, the meeting's
// year and the one before; a range, a 年度, a title in 《》 and the head lines keep the material's words.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const drafts = (input: SpeechInput) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ where: `${template} · ${seed}`, text: toPlainText(draft(input, library, { template, seed })) })));
/** The body: after 「同志们：」; the title, date and speaker lines above it keep the material's words. */
const body = (text: string) => text.slice(text.indexOf('同志们：'));

describe('11b · the speaker’s own place and years', () => {
  it('a street’s secretary says 「我们街道」 and 「去年」「今年」; the title keeps the full name', () => {
    for (const { where, text } of drafts(named('drains-street-principal-lastyear.json'))) {
      expect(text.slice(0, text.indexOf('同志们：')), where).toContain('清河街道2027年雨污分流改造工程推进会');
      expect(body(text), where).not.toContain('清河街道');
      expect(body(text), where).toContain('我们街道');
      expect(body(text), where).toMatch(/去年[^。]*12个/);
      expect(body(text), where).not.toMatch(/2026年|2027年/);
    }
  });

  it('a county bureau’s head calls the county’s meeting 「全县…」', () => {
    for (const { where, text } of drafts(named('vegetables-county-soe-partner.json'))) {
      if (/召开|这次/.test(body(text).split('\n')[1] ?? '')) expect(body(text), where).toContain('全县冬春蔬菜保供稳价工作推进会');
      expect(body(text), where).not.toContain('桐川县冬春');
    }
  });

  it('a speaker of another level keeps the place’s name', () => {
    const input = named('drains-street-principal-lastyear.json');
    input.meeting.speaker = { name: '吴启明', title: '区住房和城乡建设局局长' };
    for (const { where, text } of drafts(input)) {
      expect(body(text), where).not.toContain('我们街道');
      expect(body(text), where).toContain('清河街道');
    }
  });

  it('a range, a title in 《》 and a year two back keep the material’s years', () => {
    const input = named('drains-street-principal-lastyear.json');
    input.meeting.date = '2028-01-10';
    input.meeting.precedingItems = ['蒋秀英主任宣读了《清河街道2027年雨污分流改造实施方案》'];
    input.campaign.background = [...(input.campaign.background ?? []), '2025年至2027年累计投入改造资金1.2亿元'];
    for (const { where, text } of drafts(input)) {
      expect(body(text), where).toContain('《清河街道2027年雨污分流改造实施方案》');
      expect(body(text), where).toContain('2025年至2027年累计投入');
      // Two years before the meeting is no 「去年」; the year before is.
      expect(body(text), where).toMatch(/2026年我们街道完成|我们街道2026年/);
      expect(body(text), where).toContain('去年计划改造剩余小区8个');
    }
  });
});

// s31-1 [6] W (session 12 final): the background's 「县委副书记、县长邝建明赶赴现场」 read out by 邝建明
// himself. A fact that names the speaker is said in the first person, or without him.
describe('11b · the speaker never names himself', () => {
  it('a 镇长’s own name and title in the background, achievements, problems and preceding items become 「我」', () => {
    for (const { where, text } of drafts(named('flood-town-mayor-self.json'))) {
      expect(text.slice(0, text.indexOf('同志们：')), where).toContain('镇党委副书记、镇长，镇防汛抗旱指挥部指挥长\u3000温少华');
      expect(body(text), where).not.toContain('温少华');
      if (body(text).includes('赶赴鹤鸣村')) expect(body(text), where).toContain('应急响应，我带队赶赴鹤鸣村查看险情');
      if (body(text).includes('开启困难')) expect(body(text), where).toContain('开启困难，我现场查看后要求立即抢修');
      // 「在镇长温少华带领下」 is left out, not turned into his praise of himself.
      expect(body(text), where).not.toMatch(/在我的?带领下/);
      expect(body(text), where).toContain('镇水利站站长包德明通报了');
    }
  });

  it('someone else of the same post keeps his name; 「镇长同志」 is the speaker only where the post is his', () => {
    const input = named('flood-town-mayor-self.json');
    input.meeting.speaker = { name: '柯永年', title: '镇党委书记' };
    input.campaign.background = [...(input.campaign.background ?? []), '镇长同志已向县防指报告'];
    const all = drafts(input);
    for (const { where, text } of all) {
      if (body(text).includes('赶赴鹤鸣村')) expect(body(text), where).toContain('镇党委副书记、镇长温少华带队赶赴鹤鸣村');
      if (body(text).includes('向县防指报告')) expect(body(text), where).toContain('镇长同志已向县防指报告');
    }
    expect(all.filter(({ text }) => body(text).includes('向县防指报告')).length).toBeGreaterThan(0);
  });

  it('「镇长同志」 and 「指挥长温少华」 said of the speaker who is the 镇长 and the 指挥长 are 「我」', () => {
    const input = named('flood-town-mayor-self.json');
    input.campaign.background = [...(input.campaign.background ?? []).slice(0, 2), '镇长同志已向县防指报告，指挥长温少华要求各村逐户核查'];
    const all = drafts(input);
    for (const { where, text } of all) {
      expect(body(text), where).not.toMatch(/温少华|镇长同志/);
      if (body(text).includes('向县防指报告')) expect(body(text), where).toContain('我已向县防指报告，我要求各村逐户核查');
    }
    expect(all.filter(({ text }) => body(text).includes('向县防指报告')).length).toBeGreaterThan(0);
  });
});
