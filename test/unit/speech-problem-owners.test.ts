// Issue 11 (session 8, 11b): which task answers a problem, and who takes up a problem no task answers,
// from the s12 final reading. Readers marked wrong: 「前面讲到的适龄青年报名积极性不高，要在这项工作中一
// 并解决」 under the medical examination of recruits (the task's detail held 报名 and 青年, and examined
// them), 店外经营 named back under the night market for its 「收摊后清扫干净」; the answer to a lack of
// liaison between three district bureaus handed to every street and building contractor, and the gap
// in supervising letting companies handed to the landlords and the companies themselves.
import { describe, expect, it } from 'vitest';
import type { SpeechInput } from '../../core/input/schema.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';
import { ANSWERED_BY_MEANING } from '../../core/draft/measures.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const SEEDS = [1, 2, 3];
const drafts = (input: SpeechInput) => draftsOf(input, SEEDS);
const paragraphs = (text: string) => text.split('\n').filter(Boolean);
/** The paragraph of the task with this title (its heading opens it, or it runs in 「一是…」). */
const taskParagraph = (text: string, title: string) => paragraphs(text).find((p) => p.includes(title)) ?? '';
/** A problem said back inside a task: 「前面讲到的…」「前面讲的…」「前面提到的…」. */
const NAMED_BACK = /前面(讲到|讲|提到)的([^，。]+)/;
/** The paragraph after the tasks that answers the problems none of them takes up (it opens by naming them back). */
const answerItem = (text: string) => paragraphs(text).find((p) => /^(前面|对前面|这里要专门)/.test(p)) ?? '';
/** Those outside government the campaign regulates: never told to solve the problem they are part of. */
const REGULATED = /企业|公司|商户|房东|业主|经营户|施工单位|建设单位/;

describe('11b · a task names a problem back only when it acts on it', () => {
  it('a task whose detail names the problem’s people but acts on something else does not claim to solve it (near title, township)', () => {
    const input = named('water-town-title-near.json');
    for (const { where, text } of drafts(input)) {
      // 「组织管水员每周巡查水源地」 is water-quality work: it does nothing for the 管水员's low pay and zeal.
      expect(taskParagraph(text, '保障农村饮水水质'), where).not.toContain('管水员巡查积极性不高');
      expect(text.match(new RegExp(NAMED_BACK.source, 'g'))?.join('') ?? '', where).not.toContain('积极性');
    }
  });

  it('a problem the task’s title answers in meaning is named back under that task, not under one that merely shares its words', () => {
    const input = named('water-town-title-near.json');
    // A publicity task does what 「积极性不高」 lacks; the water-quality task only names the same people.
    input.campaign.tasks.push({ title: '开展宣传发动', detail: '组织管水员交流巡查经验，评选优秀管水员', lead: '镇水利站', support: ['各村'], deadline: '2026-12-20' });
    for (const { where, text } of drafts(input)) {
      expect(taskParagraph(text, '保障农村饮水水质'), where).not.toContain('积极性不高');
      expect(taskParagraph(text, '开展宣传发动'), where).toContain('管水员巡查积极性不高');
    }
  });

  it('in every example and campaign, a problem named back shares a word of its own with the task’s title or target, or is answered there in meaning', () => {
    const JOIN = /[的了和与及或不在是有对为把被等也都而并其之于从到还没未已各每些这那个一前后]/;
    for (const c of campaigns) {
      const { tasks, problems } = c.input.campaign;
      for (const { where, text } of drafts(c.input).slice(0, 3)) {
        for (const t of tasks) {
          // Only a line that says the task solves the problem: one that tells the task to find a way for
          // what the problem finds hard (「…，抓这项工作时要专门研究、拿出办法」, s26-2 [34]) claims nothing.
          const claim = taskParagraph(text, t.title).split('。').find((s) => NAMED_BACK.test(s) && !/拿出办法|拿出针对性的办法|想办法解决|研究拿出办法/.test(s)) ?? '';
          const m = NAMED_BACK.exec(claim);
          if (!m) continue;
          // 「…问题突出」 is named 「针对…的问题」 (session 26: the problem opens the task's detail).
          const p = problems.find((x) => m[2]!.includes(x.title.split(/[，,]/)[0]!.replace(/(的)?问题$/, '').replace(/(?<=.{2})问题(?:比较|较为)?(?:突出|较多|严重|多发)$/, '')));
          expect(p, `${c.name} ${where}: ${m[0]}`).toBeDefined();
          const main = `${t.title}${t.measure ?? ''}`;
          const words = [...p!.title].slice(0, -1).map((ch, i) => ch + p!.title[i + 1]).filter((w) => /^\p{Script=Han}{2}$/u.test(w) && !JOIN.test(w));
          const inDetail = words.filter((w) => (t.detail ?? '').includes(w));
          // Acts on it: a word of the problem in the task's title or target, or two in its detail with
          // the problem's last word among them, or the title/target does what the problem lacks.
          const acts = words.some((w) => main.includes(w)) || (inDetail.length >= 2 && inDetail.includes(words.at(-1)!)) || /宣传|发动|动员|全民|培训|教育|清洁|政策|配齐|演练/.test(main + (t.detail ?? ''))
            // or its title or target does what the problem lacks in other words (「底册不全」 and 「开展单位清查」, s13).
            || ANSWERED_BY_MEANING.some(([says, answer]) => says.test(`${p!.title} ${p!.detail ?? ''}`) && answer.test(main));
          expect(acts, `${c.name} ${where}: 「${p!.title}」 under 「${t.title}」`).toBe(true);
        }
      }
    }
  }, 240_000);
});

describe('11b · a problem no task answers goes to the units it names, never to the regulated or to every unit', () => {
  it('a lack of liaison between two offices is theirs to take up; the companies and shops are not told to solve it', () => {
    const input = named('fumes-street-regulated.json');
    for (const { where, text } of drafts(input)) {
      const a = answerItem(text);
      expect(a, where).toContain('城管科和环保所信息不互通');
      expect(a, where).toMatch(/街道城管科[、和]街道环保所(和各社区)?要/);
      expect(a, where).not.toMatch(REGULATED);
      expect(a, where).not.toContain(input.campaign.units!);
    }
  });

  it('a problem of 「个别村」 goes to the villages and the station it names; a county company is not told', () => {
    const input = named('water-town-title-near.json');
    for (const { where, text } of drafts(input)) {
      const a = answerItem(text);
      expect(a, where).toContain('个别村管网维修不及时');
      expect(a, where).toMatch(/(镇水利站和各村|各村和镇水利站)要/);
      expect(a, where).not.toContain('水务集团');
    }
  });

  it('a problem of the villages alone, with their secretaries in the room, is said to the secretaries there, not as a paragraph of its own (s12-5)', () => {
    const input = named('water-town-title-near.json');
    input.campaign.problems[1] = { title: '个别村管网维修不及时', detail: '去年有3个村管网漏损报修后一周以上才修好' };
    for (const { where, text } of drafts(input)) {
      expect(answerItem(text), where).toBe('');
      const room = paragraphs(text)[paragraphs(text).findLastIndex((l) => l.startsWith('同志们，')) - 1] ?? '';
      expect(room, where).toMatch(/个别村管网维修不及时，各村书记要/);
    }
  });

  it('a problem that names no unit the speaker directs is a requirement with no one named', () => {
    const input = named('fumes-street-regulated.json');
    input.campaign.problems[1] = { title: '部分门店油烟投诉反复出现', detail: '同一家门店半年内被投诉十次以上' };
    for (const { where, text } of drafts(input)) {
      const a = answerItem(text);
      if (!a) continue;
      expect(a, where).not.toMatch(REGULATED);
      expect(a, where).not.toMatch(/各社区、|街道城管科、街道环保所/);
    }
  });

  it('in every example and campaign, the answer after the tasks names no company, shop or landlord as the one to act', () => {
    for (const c of campaigns) {
      for (const { where, text } of drafts(c.input)) {
        const a = answerItem(text);
        // The 要 of an order, not of a word (「建设单位首要责任」 names a problem, not a party told to act).
        const ORDER = /(?<![首主重需只])要/;
        expect(a.split(/[。，]/).filter((s) => ORDER.test(s) && REGULATED.test(s.split(ORDER)[0]!)), `${c.name} ${where}`).toEqual([]);
      }
    }
  }, 240_000);
});
