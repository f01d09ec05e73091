// What a 约谈 meeting says to the companies it calls in: what they must put right, by when, and what
// follows if they do not. Readers marked a 约谈 speech that thanked a summoned supplier for its 「关心和支持」
// wrong (s22-5 [45]) and one that only hoped the others would 「主动作为、不等不靠」 soft (s22-5 [46], s24-1:
// 「希望大家」 to the summoned companies, no consequence stated). The time and the consequence are the
// material's own words; where the material states no consequence, the regulator's standing line says the
// law will be applied (「依法依规处理」), which claims nothing that has happened.
import type { Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { deadlineRuns } from './facts.ts';
import { deadlineKind } from './items.ts';
import { concat, fact, lit } from './runs.ts';

/** A task that puts the summoned parties' problems right: it names the 约谈 or the parties, and 整改. */
const PUTS_RIGHT = /整改|销号/;
const SUMMONED_PARTY = /约谈|企业|公司|单位|经营者|供餐|被约谈/;
/** A clause that says what follows a failure to put things right: 「逾期未整改的…暂停供餐」「对整改不力的企业依法处罚」. */
const FAILURE = /(逾期|到期|限期|按期)[^，。；]{0,6}(未|不|没有)[^，。；]{0,4}(整改|完成|落实)|(整改|落实)不(力|到位)|拒不(整改|履行|落实)|屡改屡犯|整改不彻底/;
/** The consequence must fall on a party: a company, a unit, an operator (not a 餐饮场所's gas cut off by the gas company). */
const ON_PARTY = /企业|公司|单位|经营者|约谈|供餐|充装站/;
/** Those a task may be about besides the parties called in: users, residents, shops. */
const OTHER_PARTY = /用户|居民|群众|商户|住户|餐饮|村民|业主|学生|家长/;
/** What follows: a penalty, a measure or a report to those who impose one. */
const PENALTY = /处罚|暂停|停止|吊销|取消|解除|列入|曝光|通报|问责|追究|查处|关停|清退|移送|处理/;
/** A time in a clause of the detail: 「3家企业5月25日前书面报送整改方案」 → 5月25日前书面报送整改方案. */
const DATED_STEP = /(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|上旬|中旬|下旬)前[^，。；]*(整改|报送|提交|销号)[^，。；]*|\d+(?:个工作日|日|天)内[^，。；]*(整改|报送|提交|销号)[^，。；]*/;

export interface SummonsTerms {
  /** 「10月31日前」 (a deadline) or 「5月25日前书面报送整改方案」 (a dated step of the detail). */
  by?: { runs: Run[]; kind: 'by' | 'step' };
  /** The material's own consequence, verbatim. */
  consequence?: Run[];
}

/** The tasks that put the summoned parties' problems right, those that name the 约谈 first. */
function puttingRight(input: SpeechInput): number[] {
  const tasks = input.campaign.tasks.map((t, i) => ({ i, text: `${t.title}，${t.detail ?? ''}` }));
  const right = tasks.filter((t) => PUTS_RIGHT.test(t.text) && SUMMONED_PARTY.test(t.text));
  return [...right.filter((t) => /约谈/.test(t.text)), ...right.filter((t) => !/约谈/.test(t.text))].map((t) => t.i);
}

function byOf(input: SpeechInput, tasks: readonly number[]): SummonsTerms['by'] {
  for (const i of tasks) {
    const t = input.campaign.tasks[i]!;
    if (t.deadline && ['date', 'by'].includes(deadlineKind(t.deadline))) {
      const runs = deadlineRuns(t.deadline, `campaign.tasks[${i}].deadline`, input.meeting.date);
      return { runs: deadlineKind(t.deadline) === 'date' ? concat(runs, lit('前')) : runs, kind: 'by' };
    }
    const step = DATED_STEP.exec(t.detail ?? '');
    if (step) return { runs: fact(step[0], `campaign.tasks[${i}].detail`), kind: 'step' };
  }
  return undefined;
}

function consequenceOf(input: SpeechInput): Run[] | undefined {
  for (const [i, t] of input.campaign.tasks.entries()) {
    for (const sentence of (t.detail ?? '').split(/[。；]/)) {
      const clauses = sentence.split('，').map((c) => c.trim());
      const at = clauses.findIndex((c) => FAILURE.test(c));
      if (at < 0) continue;
      // From the failure to the sentence's end: 「对拒不整改、恶意欠薪的，依法移送公安机关，…」.
      const text = clauses.slice(at).join('，');
      // On a party the meeting calls in, as the sentence or the task's title names it (「…对本次约谈企业的整改情况
      // 逐家复查，对整改不到位的依法从重处罚」), or refusing outright where the sentence names no one else:
      // 「拒不整改的停止供气」 said of the gas companies' 餐饮用户 is not theirs (s25-3).
      const head = clauses.slice(0, at + 1).join('，');
      const onParty = ON_PARTY.test(clauses[at]!) || /约谈/.test(head) || (/拒不/.test(clauses[at]!) && !OTHER_PARTY.test(sentence)) || (/约谈/.test(t.title) && ON_PARTY.test(t.title));
      if (onParty && PENALTY.test(text)) return fact(text, `campaign.tasks[${i}].detail`);
    }
  }
  return undefined;
}

/** What the material says the summoned parties must do by when, and what follows if they do not. */
export function summonsTerms(input: SpeechInput): SummonsTerms {
  const by = byOf(input, puttingRight(input));
  const consequence = consequenceOf(input);
  return { ...(by ? { by } : {}), ...(consequence ? { consequence } : {}) };
}
