// Issue 11 (session 10, 11c): facts said as a reader says them. From the s19 check and the s20/s23 hunt
// readings: 「1—8月按程序新纳入和退出低保17户，新纳入低保21户」 (W: the value of 退出 read as both
// figures'), labels pasted before their values (「医疗救助人次1.42万人次」「派出技术组驻守…，派出技术组6个」
// 「…三级包保责任人，明确包保责任人21名」), and 「其中比较突出的是」 before one example, before the whole set,
// and three times a speech.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { runsText, toPlainText } from '../../core/doc/text.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const SEEDS = [1, 2, 3];
const docs = (input: SpeechInput) => SPEECH_FRAMES.flatMap((template) => SEEDS.map((seed) => ({ where: `${template} · ${seed}`, doc: draft(input, library, { template, seed }) })));
const texts = (input: SpeechInput) => docs(input).map((d) => toPlainText(d.doc));

/** What a label says that another does not: without the words both begin or end with (「新纳入低保」 vs 「退出低保」 → 新纳入). */
function ownWords(label: string, other: string): string {
  let a = 0;
  while (a < label.length && a < other.length && label[a] === other[a]) a++;
  let b = 0;
  while (b < label.length - a && b < other.length - a && label[label.length - 1 - b] === other[other.length - 1 - b]) b++;
  return label.slice(a, label.length - b);
}

/**
 * The figures whose value is said where another figure's own words come before it in the same clause
 * or list item: 「新纳入和退出低保17户」 gives 17户 to 新纳入 too.
 */
function misplaced(text: string, input: SpeechInput): string[] {
  const out: string[] = [];
  for (const a of input.campaign.achievements) {
    const figures = a.figures ?? [];
    for (const f of figures) {
      const said = `${f.value}${f.unit ?? ''}`;
      for (let k = text.indexOf(said); k >= 0; k = text.indexOf(said, k + 1)) {
        if (/[\d.]/.test(text[k - 1] ?? '')) continue;
        // A count before its own noun (「5个先进集体和21名先进个人」) is beside its own label.
        if (f.label.trim().length >= 2 && text.startsWith(f.label.trim(), k + said.length)) continue;
        const start = Math.max(...['，', '。', '；', '、', '：', '\n'].map((p) => text.lastIndexOf(p, k - 1))) + 1;
        const clause = text.slice(start, k);
        for (const g of figures) {
          if (g === f) continue;
          const words = ownWords(g.label.trim(), f.label.trim());
          // 「新纳入和退出低保分别为21户、17户」: 分别 gives each value its own label, in order.
          if (words.length >= 2 && clause.includes(words) && !f.label.includes(words) && !clause.includes('分别')) out.push(`${clause}${said}（${g.label}）`);
        }
      }
    }
  }
  return out;
}

describe('11c · every figure value beside its own label’s words', () => {
  it.each(campaigns.map((c) => [c.name, c.input] as const))('%s: no value after another figure’s words', (_, input) => {
    for (const text of texts(input)) expect(misplaced(text, input)).toEqual([]);
  });

  it('says each value of a detail ending on two labels said as one with its own label', () => {
    for (const text of texts(named('relief-county-figures.json'))) {
      expect(text).toContain('按程序新增和停发临时救助分别为143户、38户');
      expect(text).not.toMatch(/停发临时救助(143|38)户/);
    }
  });
});

describe('11c · a figure folded into its detail as a reader says it', () => {
  const input = named('relief-county-figures.json');

  it('says no label that repeats its unit (「上门服务人次8630人次」「培训人数96人」)', () => {
    for (const text of texts(input)) {
      expect(text).toContain('上门服务8630人次');
      expect(text).toContain('护理员培训96人');
      expect(text).not.toMatch(/人次8630人次|人数96人/);
    }
  });

  it('puts a count before the noun its detail already names, once (「组建12支巡访队」「对14所敬老院逐院检查」)', () => {
    for (const text of texts(input)) {
      expect(text).toContain('各乡镇组建12支巡访队上门走访独居和失能老人');
      expect(text).toContain('县民政局对14所敬老院逐院检查');
      expect(text).not.toMatch(/组建巡访队12支|检查敬老院14所/);
    }
  });

  it('says the verb a detail ends on once for the figures that open with it', () => {
    for (const text of texts(input)) {
      expect(text).toContain('县财政按季度拨付城乡低保资金2146.3万元、特困供养资金587.2万元');
      expect(text).not.toContain('拨付，拨付');
    }
  });

  it('says a total after a count of each (「每个乡镇配备2名…协理员，共28名」), not the label again', () => {
    for (const text of texts(input)) {
      expect(text).toContain('每个乡镇配备2名社会救助协理员，共28名');
      expect(text).not.toContain('配备社会救助协理员28名');
    }
  });

  // s26-3 [12] (W): 「每条小巷开工前召开居民议事会23场」 read as 23 meetings a lane.
  it('says a total apart from a clause opening with 每 (「每所学校…，…现场指导，组织应急疏散演练48次」)', () => {
    for (const text of texts(named('schools-town-drills.json'))) {
      expect(text).toContain('现场指导，组织应急疏散演练48次');
      expect(text).not.toMatch(/开学前组织应急疏散演练(共)?48次|登记接送车辆37辆/);
      expect(text).toContain('逐辆登记接送车辆，共37辆');
    }
  });

  // s26-4 [9] (W): 「暂停或解除医保服务协议1家，…暂停医保服务协议2家」 (解除 1家, 暂停 2家).
  it('says no value after a list of acts that is one of them (「暂扣或注销营运证2辆」)', () => {
    for (const text of texts(named('schools-town-drills.json'))) {
      expect(text).not.toMatch(/暂扣或注销营运证\d/);
      expect(text).toContain('暂扣营运证4辆');
      expect(text).toContain('注销营运证2辆');
    }
  });
});

/** The connectives before a problem's examples, in the problems' paragraphs of a draft. */
function connectivesSaid(doc: ReturnType<typeof draft>): string[] {
  const problems = doc.blocks.filter((b) => b.role === 'problem' && 'runs' in b).map((b) => ('runs' in b ? runsText(b.runs) : ''));
  return problems.flatMap((p) => p.match(/比如|例如|譬如|其中比较突出的是/g) ?? []);
}

describe('11c · examples named as what they are', () => {
  const input = named('stalls-street-examples.json');

  it('names all of a counted set plainly, never as 「比如」 or 「其中比较突出的是」', () => {
    for (const text of texts(input)) {
      expect(text).toContain('已整治的19个点位中有3个出现反弹，分别是粮仓巷口、菱角塘菜场南门、五金街北段');
      // Counts of each that add up to the detail's count are the whole set too.
      expect(text).toContain('目前仍有11家，其中五金街有6家、茶亭路有5家');
    }
  });

  it('matches no count of people with a list of places (「只有2人值守」 and two streets)', () => {
    for (const text of texts(input)) {
      expect(text).not.toMatch(/这2人/);
      // The title's fault is not read again after the names (s23 g11c: 「复述小标题的尾巴」, E).
      expect(text).toContain('粮仓巷、菱角塘的情况比较典型');
    }
  });

  it('joins cases that each say something with 「；」', () => {
    for (const text of texts(input)) expect(text).toMatch(/(比如|例如|譬如)，茶亭路一家水果店拒不收回外摆货架；五金街一家餐馆夜间占道摆桌/);
  });

  it.each(campaigns.map((c) => [c.name, c.input] as const))('%s: no 「其中比较突出的是」, no connective twice among the problems', (_, input) => {
    for (const { where, doc } of docs(input)) {
      const said = connectivesSaid(doc);
      expect(said, where).not.toContain('其中比较突出的是');
      expect(new Set(said).size, `${where}: ${said.join(' ')}`).toBe(said.length);
    }
  });
});

/** Tails a task line took from a form, struck in every reading (s19, s20, s23): the time said as a field, a target as a label, the speaker's side 「做到位」. */
const FORM_TAILS = /时限要求是|时间要求是|完成时限为|时限为|时间节点是|的时限要求落实|工作目标是|确保实现[^。]*的目标|把我们这边的工作做到位|把配合的工作做到位|要每[^，。]{1,4}一次。|(每[^，。]{1,12})都要(盯紧|坚持|落实到位|抓紧抓实)/;

describe('11c · a task line says its deadline as a reader would', () => {
  const input = named('heating-district-deadlines.json');

  it('says a time the work recurs at in front of what is done (「每月10日前，要对…逐户抽测室温」)', () => {
    for (const text of texts(input)) expect(text).toContain('每月10日前，要对投诉集中的老旧小区逐户抽测室温');
  });

  it('says a step the work repeats after what is done, once (「…，每周一报送上周运行数据」「…，每季度一次」)', () => {
    for (const text of texts(input)) {
      expect(text).toContain('记录热源、管网和换热站运行情况，每周一报送上周运行数据。');
      expect(text).toContain('发现故障立即处置，每季度一次。');
      expect(text.split('每周一报送上周运行数据').length).toBe(2);
    }
  });

  it('says a deadline that names its own act as it is, with 确保 (「确保12月底前完成改造」)', () => {
    for (const text of texts(input)) expect(text).toMatch(/确保12月底前完成改造[。，]/);
  });

  it.each(campaigns.map((c) => [c.name, c.input] as const))('%s: no task line with a form’s tail', (_, input) => {
    for (const { where, doc } of docs(input)) {
      const tasks = doc.blocks.filter((b) => b.role === 'task' && 'runs' in b).map((b) => ('runs' in b ? runsText(b.runs) : ''));
      for (const t of tasks) expect(t, where).not.toMatch(FORM_TAILS);
    }
  });
});

describe('11c · a problem no task answers is given to someone', () => {
  it('gives it to a department head’s own bureau, in the material’s words, with no deadline of its own', () => {
    for (const text of texts(named('relief-county-figures.json'))) {
      const line = text.split('\n').find((l) => l.includes('敬老院护理员招聘难') && /我局要/.test(l));
      expect(line).toBeDefined();
      expect(line).not.toMatch(/对号入座|\d+月|\d+日/);
    }
  });

  // Session 14: the engine cannot know that nobody leads a problem, so no draft claims it (no 「牵头单位」 undetermined,
  // no 「会后研究」): the problem is said with a plain demand.
  it('says a problem no unit of the speaker’s answers with a plain demand, claiming no lead is missing (no 「要一并研究」)', () => {
    const input = named('heating-district-deadlines.json');
    input.campaign.problems.push({ title: '锅炉工缺口较大', detail: '持证锅炉工不足，临时招聘困难' });
    for (const text of texts(input)) {
      // The answer after the tasks, not the problems' own paragraph (which may close 「要逐一研究」).
      const line = text.split('\n').find((l) => /^(对)?前面/.test(l) && l.includes('锅炉工缺口较大')) ?? '';
      expect(line).toContain('锅炉工缺口较大');
      expect(line).not.toMatch(/一并研究|会后|尚未明确|牵头单位|哪个单位/);
    }
  });
});
