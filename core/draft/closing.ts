// 结尾: how a speech closes — on the material's occasion, on the campaign's own goal (its own pledge
// where it makes one), as the meeting's own kind (an emergency, a training, a 约谈), or in the field's
// words; a department head under the level's chair commits his unit and asks the others.
import type { Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { runsText } from '../doc/text.ts';
import type { Phrases } from './compose.ts';
import { clause } from './facts.ts';
import { selfName } from './leads.ts';
import { concat, cut, fact, lit, type Vars } from './runs.ts';
import type { Units } from './units.ts';

/**
 * 结尾: with the occasion the material names, the domain's closing for it; else on the campaign's own
 * goal where the material states one (editors end a speech on its target, not on the field in
 * general); else the domain's own closing.
 */
export function closingRuns(units: Units, phrases: Phrases, seed: number, vars: Vars, stage?: string): Run[] {
  // The close calls on everyone the material names, partners of other systems included.
  const room = vars.units ? { units: vars.units } : {};
  const close = (runs: Run[]) => callsOn(runs, vars.units);
  const goal = vars.goal ?? vars.goalMet;
  if (vars.occasion) return close(thresholdOfGoal(saidOnce(units.domainFrame(seed, 'closingOccasion', room), runsText(vars.occasion)), goal && runsText(goal)));
  if (vars.pledge) return close(phrases.say('closingGoal', room));
  // A meeting of its own kind closes as that meeting: a 推进会's close was routine at an emergency (s25-1), mute to trainees (s25-7).
  if (stage) return close(phrases.sayKeyed('closingStage', stage, 0, room));
  return close(thresholdOfGoal(units.domainFrame(seed, 'closing', room), goal && runsText(goal)));
}

/** Where a close that names nobody turns to its audience: 「希望大家」, 「让我们」, a sentence opening on 「大家」. */
const CALL = /希望大家|让我们|(?<=[，。])大家/;

/**
 * A close in a wording that names nobody (「希望大家扑下身子…」「让我们齐心协力…」) calls on the units the material names
 * instead (「希望镇应急办、镇水利站…」「各村、镇直各单位要齐心协力…」): every wording of the closing names them, so another
 * wording never drops them (session 19's screen test, defect 9: 159 of 1,264 rewordings of the examples' closings did).
 * The wording drawn stays the one drawn: the closings keep their variety.
 */
export function callsOn(runs: Run[], audience: Run[] | undefined): Run[] {
  if (!audience?.some((r) => r.src) || runs.some((r) => r.src && audience.some((a) => a.src === r.src))) return runs;
  const at = runs.findIndex((r) => !r.src && CALL.test(r.text));
  if (at < 0) return runs;
  const r = runs[at]!;
  const m = CALL.exec(r.text)!;
  const called = m[0] === '希望大家' ? concat(lit('希望'), audience) : m[0] === '让我们' ? concat(audience, lit('要')) : audience;
  return concat(runs.slice(0, at), lit(r.text.slice(0, m.index)), called, lit(r.text.slice(m.index + m[0].length)), runs.slice(at + 1));
}

/**
 * A holiday typed as the closing's occasion (「元旦、春节」「中秋、国庆将至」): greeted after the close, in a sentence of its
 * own, never a bare clause of it (「…扎实做好各项工作，元旦、春节！」, s44-7 [58], W: 缺了祝福语).
 */
// Any festival or observance day, counted or not (「第42个教师节」「全国消防日」, s48-5 [64], W: 「…扎实做好各项工作，第42个教师节！」).
const HOLIDAYS = /^(?:(?:\d{4}年)?(?:第[\d一二三四五六七八九十百]+个)?(?:元旦|春节|新春佳节|新春|新年|元宵节?|清明节?|五一|劳动节|端午节?|中秋佳节|中秋节?|国庆佳节|国庆节?|重阳节?|两节|双节|佳节|节日|(?:国际|全国|中国|世界)?(?:人民)?(?:教师|护士|记者|建军|儿童|妇女|青年|植树|医师|警察|消防|农民丰收|老年|七夕|腊八|建党)节|(?:全国|国际|世界|中国|全民|国家)\p{Script=Han}{1,10}?日)[、和及与暨]?)+(期间|即将到来|就要到来|即将来临|将至|临近|来临|前夕)?$/u;
/** An event the speech is to meet (「全省卫生县城考核验收」), typed as a noun: said as 「以优异的成绩迎接…」. */
const EVENT = /(验收|检查|考核|评估|评审|复审|复查|测评|大会|会议|两会|盛会|运动会|博览会|峰会|论坛|庆典)$/;
const CLAUSE_START = /^(以|迎接|喜迎|为|确保|向|让|用|在|把|奋力|全力|力争|争取|实现|夺取|交出|打赢|坚决|共同|携手)/;

/**
 * The closing's occasion as the material types it: a clause the close ends on (「确保全年目标任务圆满完成」), an event to
 * meet (「以优异的成绩迎接全省卫生县城考核验收」), or holidays to greet (`greeting`, with `near` when the text already says
 * they are near or names their days: 「元旦、春节将至」「两节期间」).
 */
export function occasionOf(text: string | undefined, src: string): { occasion?: Run[]; greeting?: { runs: Run[]; near: boolean } } {
  const runs = clause(text, src);
  if (!text || !runs) return {};
  const typed = runsText(runs).trim();
  const holidays = HOLIDAYS.exec(typed);
  if (holidays) return { greeting: { runs, near: !!holidays[1] } };
  if (EVENT.test(typed) && !CLAUSE_START.test(typed)) return { occasion: concat(lit('以优异的成绩迎接'), runs) };
  return { occasion: runs };
}

/** The greeting after the close: 「元旦、春节即将到来，在这里提前祝大家节日愉快、身体健康！」; at an emergency or a 约谈, a call to hold on. */
export function closingGreeting(phrases: Phrases, greeting: { runs: Run[]; near: boolean } | undefined, stage?: string, close: Run[] = []): Run[] {
  if (!greeting) return [];
  const kind = stage === '紧急' || stage === '约谈会' ? stage : 'default';
  // A call to hold on through holidays the close has just named (「确保元旦、春节期间…不发生…！」) says them twice.
  if (kind !== 'default' && runsText(close).includes(runsText(greeting.runs))) return [];
  return phrases.sayKeyed('closingGreeting', greeting.near ? `${kind}+near` : kind, 0, { occasion: greeting.runs });
}

/**
 * 结尾 of a department head under the level's chair: the own unit's commitment and a request to the
 * others, never 「{units}要…」 (the chair's final orders): 「会上明确的任务，我们中心一定一项一项抓推进…，
 * 也请区直各进驻部门…一如既往给予支持，确保…！」 (s12-1 [49], W).
 */
export function closingChaired(phrases: Phrases, vars: Vars, input: SpeechInput): Run[] {
  const self = vars.own ? lit(selfName(runsText(vars.own))) : lit('我们');
  const pledge = vars.occasion ?? (vars.pledge ? chairedPledge(vars.pledge) : undefined);
  const units = input.campaign.units ? fact(input.campaign.units, 'campaign.units') : lit('各有关单位');
  return phrases.sayKeyed('closingOwn', pledge ? 'goal' : 'default', 0, { self, units, ...(pledge ? { pledge } : {}) });
}

/** The long-goal pledge without 「今天明确的」: the chair, not the speaker, has set today's targets. */
function chairedPledge(pledge: Run[]): Run[] {
  return pledge.map((r) => (r.src ? r : { ...r, text: r.text.replace('今天明确的', '') }));
}

/**
 * A closing whose frame already says what the material's occasion says (「…，确保安全度汛，确保全县安全
 * 度汛！」 for the occasion 「确保全县安全度汛」): the frame's clause goes, the material's stays. A clause
 * says it when its characters are the occasion's, in order (「确保安全度汛」 within 「确保全县安全度汛」).
 */
export function saidOnce(runs: Run[], occasion: string): Run[] {
  const text = runsText(runs);
  const own = text.lastIndexOf(occasion);
  if (!occasion || own < 0) return runs;
  const within = (c: string) => {
    let at = 0;
    for (const ch of occasion) if (ch === c[at]) at++;
    return c.length >= 4 && at === c.length;
  };
  // Clauses before the material's occasion, each with where it starts (after its 「，」).
  let start = 0;
  for (const clause of text.slice(0, own).split('，')) {
    if (clause && within(clause)) return saidOnce(cut(runs, start - 1, start + clause.length), occasion);
    start += clause.length + 1;
  }
  return runs;
}

/**
 * The pledge a goal makes itself, from its 「确保」 to the end of that pledge (before a 「力争…」 or the next
 * sentence): none when the goal opens with it (the whole goal is then the pledge) or it is too long to say again.
 */
function ownPledge(goal: string): string | undefined {
  const at = goal.indexOf('确保');
  if (at <= 0) return undefined;
  const said = goal.slice(at).split(/[；。]|，(?=力争|争取|努力)/)[0]!.replace(/[，、]$/, '');
  return said.length >= 6 && said.length <= 36 ? said : undefined;
}

/** A clause of a goal that is a bottom line to hold, not a target to reach by a day: 「不发生…」「不垮一库一坝」「零火点」「安全度汛」. */
const BOTTOM_LINE = /^(?:确保|坚决|力争|争取)?\p{Script=Han}{0,12}?(?:不发生|不出现|不再发生|不因|不垮|不死|不冒|不着|不被|无一|杜绝|遏制|零(?:发生|事故|伤亡|火点|增长|死亡)|安全度汛|安全度夏|安全稳定|平稳有序|平安)/u;

/**
 * A long goal whose every clause is a bottom line (「不发生重大森林火灾，不发生造成人员伤亡的火灾事故，…」) closes on its own clauses
 * as typed (without the first one's 「确保」), as many as fit in about forty characters: such a goal is held, never 「如期实现」 (r-s70 s70-1
 * [73], s70-4 [38], s70-5 [62], r-s71 s71-3 [56], hunt s69-1 [69], E: 「防控目标没有“如期”一说」). A goal with a target beside them keeps
 * the stock line (s69-2, s71-11, K).
 */
function bottomLinePledge(goal: string): Run[] | undefined {
  const clauses = [...goal.matchAll(/[^，；。]+/g)];
  if (clauses.length < 2 || !clauses.every((c) => BOTTOM_LINE.test(c[0]))) return undefined;
  const from = /^(确保|坚决|力争|争取)/.exec(clauses[0]![0])?.[0].length ?? 0;
  // As typed, from the first clause (after its 确保) to the end of the last that fits.
  let end = clauses[0]![0].length;
  for (const c of clauses.slice(1)) if (c.index + c[0].length - from <= 40) end = c.index + c[0].length;
  return concat(lit('确保'), fact(goal.slice(from, end).replace(/^(确保|坚决|力争|争取)/, ''), 'campaign.goal'));
}

/** The goal as a pledge: 「确保…」, unless the material's goal opens with its own verb (确保, 力争 …). */
export function pledgeOf(goal: string | undefined, urgent = false): Run[] | undefined {
  const g = clause(goal, 'campaign.goal');
  if (!g || !goal) return undefined;
  // A long goal of several targets was read out in full before the tasks: the close refers to it
  // (at an emergency what was set is carried out, nothing is 「如期」; readers struck the second reading of 40-odd characters: 「确保今天明确的目标按期实现」, and of a
  // list of three targets joined by 「、」, s19 check, s19-2 [41]); a short one is said again (readers
  // added 「确保完成…征集任务，新兵质量达标」 where it was missing).
  const text = goal.trim().replace(/[。；，]$/, '');
  // A long goal that makes its own pledge (「…全部到位，确保疫情不扩散、不外溢，参与处置人员和群众无一人
  // 感染，力争按期解除封锁」) closes on it, not on a stock line (s29-1, session 11's open item).
  const own = ownPledge(text);
  if (own && /[，；、]/.test(text) && text.length > 32) return fact(own, 'campaign.goal');
  const bottom = bottomLinePledge(text);
  if (bottom && !urgent && text.length > 32) return bottom;
  if (/[，；、]/.test(text) && text.length > 32) return lit(urgent ? '确保会上部署的各项措施落实到位' : '确保今天明确的各项目标如期实现');
  return /^(确保|力争|争取|坚决|努力|全力|实现)/.test(goal.trim()) ? g : concat(lit('确保'), g);
}

/** A field's safety threshold in its own words: 「确保不发生重大森林火灾」「坚决杜绝群死群伤火灾事故」「坚决防范和遏制…发生」. */
const THRESHOLD = /(?:确保(?:全\p{Script=Han}{1,3})?不发生|坚决(?:防范和?遏制|防范|遏制|杜绝))[^，！。；]*/gu;

/**
 * The goal's own threshold: its 「不发生…」 clauses, from the first to the last (「全镇不发生森林火灾、不发生亡人火灾事故」), as the
 * goal says them, without the goal's own 「确保」; none when the goal states none.
 */
function goalThreshold(goal: string | undefined): string | undefined {
  if (!goal) return undefined;
  // Each clause with where it starts in the goal: the threshold is a slice of the goal as typed.
  const clauses = [...goal.matchAll(/[^，；。]+/g)];
  const first = clauses.findIndex((c) => c[0].includes('不发生'));
  if (first < 0) return undefined;
  let last = first;
  while (clauses[last + 1]?.[0].includes('不发生')) last++;
  const from = clauses[first]!.index! + (/^(确保|坚决|力争|争取)/.exec(clauses[first]![0])?.[0].length ?? 0);
  return goal.slice(from, clauses[last]!.index! + clauses[last]![0].length);
}

/**
 * A closing's safety threshold is the material's goal's or none (s64-4 [49], s64-5 [51], W: 「确保不发生重大森林火灾」 and
 * 「较大以上生产安全事故」 where the goal is 「不发生森林火灾、不发生亡人火灾事故」 — the close lowered the standard in front
 * of everyone). The frame's first threshold clause becomes 「确保」 and the goal's clauses; any other goes, and all of them go
 * where the goal states no threshold. The material's own words (its occasion) are never touched.
 */
export function thresholdOfGoal(runs: Run[], goal: string | undefined): Run[] {
  const text = runsText(runs);
  const own: boolean[] = [];
  // The frame's words and the level it fills in (「全{scope}」: 乡, from the region) are the frame's; the occasion is the material's.
  for (const r of runs) for (let k = 0; k < r.text.length; k++) own.push(!r.src || r.src === 'campaign.region');
  const found = [...text.matchAll(THRESHOLD)].filter((m) => own.slice(m.index, m.index + m[0].length).every(Boolean));
  if (!found.length) return runs;
  const threshold = goalThreshold(goal);
  let out = runs;
  // From the last to the first, so that the earlier places stay where they were.
  for (const [k, m] of [...found.entries()].reverse()) {
    const start = m.index!;
    const end = start + m[0].length;
    if (k === 0 && threshold) {
      out = concat(cut(out, start, runsText(out).length), lit('确保'), fact(threshold, 'campaign.goal'), cut(out, 0, end));
    } else {
      // The clause with the 「，」 before it (or after it, where it opens its sentence).
      const before = text[start - 1] === '，';
      out = cut(out, before ? start - 1 : start, before ? end : end + (text[end] === '，' ? 1 : 0));
    }
  }
  return out;
}
