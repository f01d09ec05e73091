// Issue 11 (session 23, g11a): a task the 监理 leads is supervised, not carried out — the works' completion is the builders', the
// 监理's supervision runs until it; a 监理 named only by its line's post and its holder (「监理单位…咨询有限公司总监理工程师卢景和」)
// checks the builder, never 「配合」s it; people of the public beside a task's lead are invited to take part, never told to
// 「跟踪督促、严格把关」 (s71-2 [46], W; r-s22-check [27] [30], E; s63-3 [33], s70-12 [43], E).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const works = structuredClone(campaigns.find((c) => c.name === 'g11a-school-works-county-supervisor.json')!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));
const SUPERVISOR = '澜川工程咨询有限公司';
const END = '2027年1月底前全部竣工';

/** The same works at a 副县长's meeting: the public beside the 监理's lead would be told as the level's own units. */
function atDeputy() {
  const input = structuredClone(works);
  input.meeting.speaker = { name: '闵书衡', title: '副县长' };
  input.meeting.organizer = '澄溪县人民政府';
  input.campaign.tasks[0]!.support = [SUPERVISOR, '县教育体育局'];
  input.campaign.tasks[2]!.support = ['县教育体育局'];
  return input;
}

describe('11 · session 23: the 监理 supervises, the public is invited (s71-2 [46], r-s22-check [30])', () => {
  it('a 监理 named by its post and its holder checks the builder, never 「配合」s nor 「协同推进」s its task', () => {
    for (const input of [works, atDeputy()]) {
      for (const { where, text } of draftsOf(input, [1, 2, 3])) {
        const task = about(text, '碧塘路桥建设有限公司').find((s) => s.includes(SUPERVISOR));
        expect(task, where).toBeDefined();
        expect(task, where).not.toMatch(new RegExp(`${SUPERVISOR}(做好|积极)?(配合|协同推进|协同配合|协助|支持)`));
        expect(task, where).toMatch(/把关|监理|验收|叫停/);
      }
    }
  });

  it('the 监理 that leads a task neither 「实施」s nor 「承担」s it, and the works\' completion is not put on it', () => {
    for (const input of [works, atDeputy()]) {
      for (const { where, text } of draftsOf(input, [1, 2, 3])) {
        for (const s of about(text, SUPERVISOR)) expect(s, where).not.toMatch(new RegExp(`由${SUPERVISOR}[^，；]*(实施|承担)`));
        const end = about(text, END).find((s) => s.includes(SUPERVISOR));
        if (end) expect(end, where).toMatch(new RegExp(`直至工程${END}`));
      }
    }
  });

  it('people of the public beside a task\'s lead are invited to take part, never told to oversee or 衔接', () => {
    for (const input of [works, atDeputy()]) {
      for (const { where, text } of draftsOf(input, [1, 2, 3])) {
        const tasked = about(text, '家长代表').filter((s) => s.includes(SUPERVISOR));
        expect(tasked.length, where).toBeGreaterThan(0);
        for (const s of tasked) {
          expect(s, where).not.toMatch(/家长代表要/);
          expect(s, where).toMatch(/(请|欢迎)家长代表/);
        }
      }
    }
  });
});

describe('11 · session 23: the parties of a works job in the room (s72-10 [58] [64])', () => {
  it('the works\' clients by their role (「在建项目建设单位」) are held to their part, never thanked nor asked for support', () => {
    for (const { where, text } of draftsOf(works, [1, 2, 3])) {
      const said = about(text, '建设单位');
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/感谢|多给予支持|多关心|多支持/);
    }
  });

  it('a bureau head\'s own 质量安全监督站 and its inspectors are never asked as the public to 「多提意见」', () => {
    const bureau = structuredClone(works);
    bureau.meeting.speaker = { name: '闵书衡', title: '县住房和城乡建设局局长' };
    bureau.meeting.organizer = '澄溪县住房和城乡建设局';
    bureau.meeting.attendees = [...bureau.meeting.attendees!, '县建设工程质量安全监督站站长及全体监督员'];
    for (const { where, text } of draftsOf(bureau, [1, 2, 3])) {
      for (const s of about(text, '监督员')) expect(s, where).not.toMatch(/多提意见|多理解|带回去|监督我们/);
    }
  });
});

describe('11 · session 23: a target due from the party that leads goes with its clause (s72-6 [32])', () => {
  it('the builder\'s target is said with the builder, never after the 监理\'s or the overseers\' clauses', () => {
    const target = structuredClone(works);
    target.campaign.tasks[0]!.deadline = '2027年1月20日前全部完工';
    target.campaign.tasks[0]!.measure = '1月5日前主体完成率达到80%';
    for (const { where, text } of draftsOf(target, [1, 2, 3])) {
      const task = about(text, '碧塘路桥建设有限公司').find((s) => s.includes('完成率达到80%'));
      expect(task, where).toBeDefined();
      expect(task, where).not.toMatch(new RegExp(`(${SUPERVISOR}|局基建股)[^；]*完成率达到80%`));
    }
  });
});
