// The material's items as sentences (an achievement's figures: figures.ts): a
// problem with the examples its detail does not already name, a task with who leads, by when and to
// what target — each phrased so that nothing is said twice and nothing is promised that the material
// does not promise (「确保」 for a stated target, 「力争」 only where the material says 力争).
import type { Run } from '../doc/model.ts';
import { literal } from './literal.ts';
import type { Problem, SpeechInput } from '../input/schema.ts';
import { isIsoDate } from '../input/deadline.ts';
import type { Phrases } from './compose.ts';
import { clause, deadlineRuns } from './facts.ts';
import { runsText } from '../doc/text.ts';
import { concat, cut, fact, joinRuns, lit, runsLength, trimEnd } from './runs.ts';
import { isFirm, ownUnitNamed, unitRelation, type Speaker } from './speaker.ts';
import type { Room } from './room.ts';
import { branchName, leadSentence, supervisorsEnd, peerBody, selfName, unitName } from './leads.ts';
import { saysDeadline, saysStart, setsRules, startsOwn } from './deadline-dates.ts';
import { meansKept } from './means.ts';
import { HELD, milestoneClauses, OWN_VERB, PARTLY, rateReached, reachedByTime } from './targets.ts';

type Task = SpeechInput['campaign']['tasks'][number];

/** Pairs of characters that tie two items to one subject only weakly: the words of any item. */
const WEAK_PAIRS = /^(工作|问题|部分|全县|全区|全镇|全乡|街道|社区|各村|村级|乡镇|推进|完成|开展|落实|建设|提升|情况|进度|加强|管理|以上|以来|目前|其中|累计|今年|去年|上半|半年|进一|一步|不够|不足|有待)$/;

function pairsOf(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.replace(/[^\p{Script=Han}]/gu, ' ');
  for (let i = 0; i + 2 <= t.length; i++) {
    const p = t.slice(i, i + 2);
    if (!p.includes(' ') && !WEAK_PAIRS.test(p)) out.add(p);
  }
  return out;
}

/**
 * Whether a problem of the material speaks of what an achievement reports (「水质合格率提升」 and
 * 「部分单村供水站水质不达标」: twenty samples failed): such achievements are stated, not praised as
 * 「方向对、措施实」 (a reader struck it: the material itself says where they fall short). A word of the
 * campaign's own name ties nothing: every item says it.
 */
export function achievementsContested(campaign: SpeechInput['campaign']): boolean {
  const named = pairsOf(`${campaign.name} ${campaign.shortName ?? ''}`);
  const words = (x: { title: string; detail?: string | undefined }, extra = '') => new Set([...pairsOf(`${x.title} ${x.detail ?? ''} ${extra}`)].filter((p) => !named.has(p)));
  const reported = campaign.achievements.map((a) => words(a, (a.figures ?? []).map((f) => f.label).join(' ')));
  return campaign.problems.some((p) => {
    const own = words(p);
    return reported.some((a) => [...own].some((w) => a.has(w)));
  });
}

/**
 * Whether a title says something of its subject (「加装电梯意见不一」「危险水域全部设立警示标志」)
 * rather than only naming it (「前期工作」「施工扰民投诉」): a bare name is no sentence of its own.
 */
const PREDICATE = /[不未没无难缺少多弱差慢迟缓粗低高乱松空偏较严超欠失漏已有]|滞后|薄弱|淡薄|老化|突出|存在|到位|完成|实现|设立|覆盖|建立|建成|开展|落实|提升|增加|下降|上升|减少|达到|全部|推进|启动|签订|配备|安装|铺开|加快|加强/;
/** The heads a bare name ends on: 「前期工作」「施工扰民投诉」「隐患排查」. */
const NOUN_HEAD = /(工作|投诉|信访|问题|管理|建设|改造|整治|宣传|排查|服务|保障|治理|设施|工程|项目|任务|情况|机制|体系|队伍|物资|资金|经费|秩序|环境|安全|质量|进度)$/;
export function saysSomething(title: string): boolean {
  const t = title.trim().replace(/[。；，]$/, '');
  return !NOUN_HEAD.test(t) || PREDICATE.test(t);
}

/** Whether a text already says a title: most of the title's pairs of characters are in it. */
export function echoes(text: string, title: string): boolean {
  const t = title.trim().replace(/[。；，]$/, '');
  const pairs = [...t].slice(0, -1).map((ch, k) => ch + t[k + 1]);
  return pairs.length > 0 && pairs.filter((p) => text.includes(p)).length / pairs.length >= 0.75;
}

/** A problem's title as an item: a bare name is called a problem (「二是施工扰民投诉问题」). */
export function problemTitle(p: Problem, src: string): Run[] {
  const title = trimEnd(fact(p.title, src));
  const name = p.title.trim().replace(/[。；，]$/, '');
  return saysSomething(name) || /(问题|隐患|短板|弱项|难题|风险|矛盾|不足|困难|漏洞|盲区|差距)$/.test(name) ? title : concat(title, lit('问题'));
}

/** How a free-term deadline sits in a sentence. */
export type DeadlineKind = 'date' | 'by' | 'recurringBy' | 'step' | 'end' | 'month' | 'period' | 'during' | 'span' | 'recurring' | 'ongoing' | 'ongoingVerb' | 'trigger' | 'act' | 'window' | 'from' | 'within' | 'now' | 'event' | 'other';

/**
 * A deadline that says its own step after the time: 「每月5日前报送上月服务台账」「10月底前交付首批安置房」 —
 * the time, then what is due by it (s19-3 [28]: 「每月5日前报送上月服务台账都要盯紧」 read as no sentence).
 */
const STEP = /^((?:(?:\d{4}年)?(?:每[日天周月季年]|[0-9０-９一二三四五六七八九十]+月|年底|年内|月底|季末|[上下]半年|春节|节前|汛前|开学))[^，。；]{0,8}?(?:以前|之前|前|以内|内))(\p{Script=Han}[^，。；]+)$/u;
function oneStep(d: string): { time: string; act: string } | undefined {
  const m = STEP.exec(d.trim());
  return m && !/^(全部|基本|全面)?完成(任务)?$/.test(m[2]!) && m[2]!.length >= 2 ? { time: m[1]!, act: m[2]! } : undefined;
}

/** The steps of a deadline, each a time and what is due by it (「9月底前选聘到位，10月中旬前完成培训」: two); none when any clause is no step. */
export function deadlineSteps(d: string): { time: string; act: string }[] | undefined {
  const steps = d.split(/[，；]/).map(oneStep);
  return steps.length && steps.every((x) => !!x) ? (steps as { time: string; act: string }[]) : undefined;
}

/**
 * The acts a deadline may name itself: 「每月5日前通报上月进度」「12月底前投运」「4月底前完成约谈」. Such a
 * deadline is a clause of its own; a tail after it (「…都要坚持」「时限要求是…」) was struck every time.
 */
const DEADLINE_ACT = /(施行|实施|实行|生效|启用|启动|动工|开通|上线|投用|报送|通报|推送|开展|完成|恢复|投运|巡查|更新|探访|报告|督导|出台|交付|移交|约谈|检查|培训|上报|召开|公示|清零|验收|签约|开工|完工|拨付|发放|复核|核查|比对|走访|办结|选聘|到位|投入|不少于|不低于|至少)(?!后|之日|以后|之后|时|前|期|开始|结束)/;

export function deadlineKind(d: string): DeadlineKind {
  if (isIsoDate(d)) return 'date';
  if (deadlineSteps(d)) return 'step';
  // 「触发最低收购价预案时」「发生险情时」: the work starts when something happens, it is not finished by a
  // time (readers: 「时限要求是触发最低收购价预案时」 不通, s15-1 [36] twice).
  // 「立即」「马上」: now, not by a time (「要在立即完成」, s28-3 [41]).
  if (/^(立即|马上|即时|立刻|当即)$/.test(d)) return 'now';
  if (/^(一旦|如遇|遇有|遇到)|(?<![小及同随平临按适])时$/.test(d)) return 'trigger';
  // 「7月1日起」「即日起」: from then on, kept to — not an end to finish by.
  if (/(起|开始|以后|之后)$/.test(d) && !/后\d/.test(d)) return 'from';
  if (DEADLINE_ACT.test(d) && !/^(长期|常态|持续)/.test(d)) return 'act';
  // 「每月5日前」: a deadline that recurs is met each time (「每月5日前完成」); 「每月公布一次」 says its own verb.
  // 「每月10日前」: a step due each month, read as such, never 「每月10日前完成」 (s19-2 [29], E).
  if (/^每.+前$/.test(d)) return 'recurringBy';
  // 「秋收期间每日」「每周一」: done again at each time it names, not finished by it (「完成时限为秋收期间每日」).
  if (/每(日|天|晚|周|星期|月|季度|半月|年|[0-9一二两三四五六]+(个)?(小时|分钟))/.test(d) && !/(次|遍|坚持|开展|推进|落实|抓好|进行|执行|实施)$/.test(d)) return 'recurring';
  // 「每段完工后7日内」: each time, by a term — done by it, not 「…内坚持」 (s20-6 [40]).
  if (/^每.+(内|以内)$/.test(d)) return 'by';
  // 「2027年全年」: the whole year, kept up — not an end to finish by (「2027年全年前完成」, s44-7 [40], W).
  if (/^(\d{4}年)?全年$/.test(d)) return 'ongoing';
  if (/^(长期|常态|持续|全年|每|经常)/.test(d)) return /(坚持|开展|推进|落实|抓好|进行|执行|实施|一次|一遍|[0-9一二两三四五六七八九十]次)$/.test(d) ? 'ongoingVerb' : 'ongoing';
  // 「暑期全程」「整个秋冬季」: the span says its own 全/整个 (no 「整个整个…」, no 「时限要求是…全程」).
  if (/^(整个|全)|全程$|全过程$/.test(d)) return 'span';
  // 「5月至9月」「6月1日—8月31日」: a stretch from one time to another is kept up all along, not 「…前完成」.
  if (/^(?!截至).+(?:至|—|～|~).+$/u.test(d) && !/前$/.test(d)) return 'span';
  // 「本学期」「本季度」: a period named as this one is the whole of it already (no 「整个本学期」).
  if (/^(本|这个?|当)[^，]{0,4}(期|季|季度|年度)$/.test(d)) return 'span';
  // 「春节前后」「禁毒日前后」: a stretch around a day, kept up through it (「春节前后完成」 reads as no term).
  if (/前后$/.test(d)) return 'span';
  // 「12月下旬」: ten days the work is done in, not an end to finish before (s25-3 [43]: 「12月下旬前完成」 put a
  // re-check before the companies' own 12月20日 deadline).
  if (/[上中下]旬$/.test(d)) return 'window';
  if (/季$/.test(d)) return 'period';
  // 「接到指令后2小时内」: a time to answer in, each time (no 「最迟接到指令后…」).
  if (/^(接到|收到|发现|发生)[^，。；]*(小时|分钟|日|天)(内|以内)$/.test(d)) return 'within';
  if (/(前|以前|之前|个月内|日内|天内|周内|年内|小时内|分钟内)$/.test(d)) return 'by';
  // 「2027年1月」「二季度」: within that month or quarter, never 「…前」 (s31-2 [52]: 「2027年1月前完成」 moved the term to December).
  // 「上半年」 too: within it, never 「上半年前」 (s47-6 [34], E).
  if (/(?<![底末初])(\d+|[一二三四五六七八九十]+)月$|^(\d{4}年)?[一二三四1-4]季度$|^\d{4}年$|^(\d{4}年)?[上下]半年$/.test(d)) return 'month';
  if (/(底|末|月|中旬|上旬|下旬|初|日|号|年)$/.test(d)) return 'end';
  if (/期$/.test(d)) return 'period';
  if (/(期间|期内|时期|阶段|内|中)$/.test(d)) return 'during';
  // 「暑期每周一次」: a frequency within a stretch, kept to (「暑期每周一次抓紧完成」, s30 hunt).
  if (/每[^，。；]{0,6}(一次|一遍|[0-9一二两三四五六七八九十]+次)$/.test(d)) return 'ongoingVerb';
  // 「12月16日下午结业考试」: an event held at its time, not work finished by it.
  if (/(考试|考核|结业|开班|评审|答辩|会议|例会|观摩|演练|开学|仪式)$/.test(d)) return 'event';
  return 'other';
}

/**
 * Where a task's deadline is said. A time the work recurs at goes in front of its detail (「每季度末，要对
 * 各乡镇…排位通报」); a step it repeats goes after it (「…建立托育需求台账，每季度更新一次」); any other in
 * the sentence that assigns the task. Readers struck a recurring time hung on the assignment
 * (「每季度末都要抓紧抓实」「要每月一次」「每段完工后7日内坚持」: s20-3, s20-4, s20-6, s23-7).
 */
export function deadlinePlace(t: { deadline?: string | undefined; detail?: string | undefined }): 'front' | 'after' | 'assignment' | 'period' | 'clause' {
  const d = t.deadline?.trim();
  if (!d || !t.detail?.trim() || t.detail.includes(d) || isIsoDate(d)) return 'assignment';
  if (datedClause(d, t.detail) !== undefined) return 'clause';
  // 「降雨期间每2小时」 beside 「监测员每2小时巡查一次」: the detail says the frequency, the period goes in front (s28-3 [32]).
  if (periodBefore(d, t.detail)) return 'period';
  // 「4月底前恢复运行，此后每月10日前报送运行台账」 opens with a date to meet: it is said as a target.
  if (!/每/.test(d.split(/[，；]/)[0]!) || /^(长期|常态|持续)/.test(d)) return 'assignment';
  // A detail with a frequency of its own (「每周四下班前报送进展」「月通报、季观摩」) takes no other in front.
  if (/每[日天晚周月季年半]|[日周月季年]通报|[月季年]度|按[日周月季年]|逐月|定期|当天|当日|随时/.test(t.detail)) return 'assignment';
  // A step the detail already names (「…开展联合检查」 and 「每月开展一次联合检查」) is said once, in the assignment.
  if ([...d].some((_, k) => k + 4 <= d.length && t.detail!.includes(d.slice(k, k + 4)))) return 'assignment';
  // A detail that opens with a time of its own (「上下学高峰时段在…设立护学岗」) takes no other before it.
  if (/^[^，。；]{0,10}?(时段|期间|高峰)/.test(t.detail.trim())) return 'assignment';
  const kind = deadlineKind(d);
  // A step due by a time (「每月5日前报送上月服务台账」) is said with the lead who owes it (assignment).
  if (kind === 'step') return 'assignment';
  return kind === 'act' || kind === 'ongoingVerb' ? 'after' : 'front';
}

/** A clause that keeps something up: 「对北港渠和入霁水口持续监测」. */
const CONTINUOUS = /持续|常态|长期|不间断|全天候|24小时|每[天日]/;
/** A clause that does one thing, which a date can end: 「依法启动生态环境损害赔偿磋商」. */
const ONE_ACT = /^(?:依法|及时|抓紧|同步|全面)?(?:启动|完成|建立|出台|签订|制定|提交|报送|召开|组建|印发)/;

/**
 * Where in a detail a date goes when the detail keeps one thing up and does another once: before the
 * one-off act (「…持续监测，10月底前依法启动…磋商」). Hung on the assignment it read as the end of the
 * monitoring (「10月底前要坚持到底、不能中断」, s30-2 [47], wrong).
 */
function datedClause(d: string, detail: string): string | undefined {
  // The cheap tests first: this runs for every task, each time its deadline's place is asked.
  if (/每/.test(d) || !CONTINUOUS.test(detail)) return undefined;
  const clauses = detail.split(/[，；]/).map((c) => c.trim());
  const dated = clauses.find((c, k) => k > 0 && c.length >= 4 && ONE_ACT.test(c) && !CONTINUOUS.test(c));
  return dated && ['by', 'end'].includes(deadlineKind(d)) ? dated : undefined;
}

/** Runs with others put in before the first place their text says `before`; as they were when it says none. */
function insertBefore(runs: Run[], before: string, insert: Run[]): Run[] {
  const at = runsText(runs).indexOf(before);
  // cut takes a span out: without [at, end) is what comes before, without [0, at) what comes after.
  return at < 0 ? runs : concat(cut(runs, at, runsLength(runs)), insert, cut(runs, 0, at));
}

/** The period before a frequency the detail already says (「降雨期间每2小时」 → 降雨期间), if that is the deadline's shape. */
function periodBefore(d: string, detail: string): string | undefined {
  const m = /^([^，。；每]{2,10})(每[0-9一二两三四五六七八九十]*个?(?:小时|分钟|日|天|周|月|季度))$/.exec(d);
  return m && detail.includes(m[2]!) ? m[1]! : undefined;
}

/** A task's detail with its recurring deadline said where deadlinePlace puts it. */
export function withDeadline(t: { deadline?: string | undefined; detail?: string | undefined }, detail: Run[] | undefined, src: string): Run[] | undefined {
  const place = deadlinePlace(t);
  if (place === 'assignment' || !detail?.length) return detail;
  if (place === 'period') return concat(fact(periodBefore(t.deadline!.trim(), t.detail!)!, src), lit('，'), detail);
  if (place === 'clause') return insertBefore(detail, datedClause(t.deadline!.trim(), t.detail!)!, fact(t.deadline!.trim(), src));
  const when = fact(t.deadline!.trim(), src);
  return place === 'front' ? concat(when, lit('，'), detail) : concat(detail, lit('，'), when);
}

/**
 * A duty kept up, not a piece of work finished: 值守, 巡逻, 稳控 … — 「8月31日前每一天都不能放松」,
 * 「全国两会结束前要一直坚持」. Everything else with a date or a 「…前」 is finished by it: editors
 * marked 「10月10日前要坚持到底」 (签订承诺书), 「一直抓到12月31日」 (积案攻坚) and 「5月31日前要坚持到底」
 * (逐户入户安检) wrong, each with work recurring on the way to a finished result.
 */
const DUTY = /(?:值守|值班|带班|看守|守护|巡逻|巡查|巡护|蹲守|盯守|稳控|监测|陪餐)(?!对象|户|点|站|员|人员|设备|设施|数据|系统|平台|网络|范围|名单|机制|制度)/;
/** A task done every day by its name: 「每日报送…」「每天巡河」. */
const DAILY = /每[日天晚]|逐日|日报/;
/** Work that ends in a result, whatever recurs on the way: 逐户安检, 排查, 登记, 签订 … */
const FINITE = /逐户|逐一|逐个|全覆盖|全部|完成|摸排|排查|一轮|清零|登记|建档|销号|签订|修复|建成|完工|轮训|培训|考核|更换|改造|拆除|整改/;

/**
 * A term that ends when something is over rather than at a date: 「旱情解除前」「汛期结束前」 — what is
 * done until then is kept up until then (a reader marked 「最迟旱情解除前完成」 for an emergency supply
 * readiness absurd: it read as finishing the readiness only when the drought is over).
 */
const EVENT_END = /(解除|结束|过后|退去|平息|消退|完毕)(前|以前|之前)$/;

/** Whether the detail states a stretch of time that ends where the deadline does: 「8月28日至9月30日开展护学行动」 for 「9月30日前」. */
function spanEndsAt(detail: string, deadline: string): boolean {
  const end = deadline.replace(/(以前|之前|前)$/, '');
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(end);
  const said = m ? `${Number(m[2])}月${Number(m[3])}日` : end;
  return said.length >= 2 && new RegExp(`(至|到|—|～|~)${literal(said)}`).test(detail);
}

/** The phrase key of a deadline: its form; 「until」 for a duty kept up until a date or a 「…前」. */
function deadlineKey(deadline: string, task: string, detail: string): string {
  const kind = deadlineKind(deadline);
  if (!(kind === 'by' || kind === 'date' || kind === 'end')) return kind;
  // Work that runs over a stretch the detail states, or until an event is over, is kept up until then
  // (「护学行动要一直坚持到9月30日」), unless it is work that ends in a result (排查, 建成 …).
  const until = kind === 'by' ? 'untilBy' : 'untilDate';
  // Not a round of work done within the stretch (「元旦至春节期间…开展一轮拉网式排查」, s48-8 [42], E: 「春节前要一直坚持」).
  if (spanEndsAt(detail, deadline) && !/一轮|一次性|全面完成/.test(task + detail)) return until;
  if (EVENT_END.test(deadline) && !FINITE.test(task + detail)) return until;
  // The task's own name says whether it is a duty: 「做好重要时段稳控」, not 「攻坚积案」 whose detail
  // mentions 稳控措施 for what cannot be solved.
  // A task its name says is done every day (「每日报送禁烧情况」) is kept up the same way: 「10月31日前完成」
  // read as a report finished once by then (s13).
  // So is oversight its detail says is done by turns (「严格督查问责」: 「每半月通报一次…」, s45-6 [56], E: 「年底前完成」). The title names
  // the act: a detail that says how often it is done names results only as what it reports on (「报送点位整改情况」「对整改不力
  // 的…约谈」; s46-5 [61], E: 「实行每日调度」 said 「最迟测评结束前完成」).
  if ((OVERSEES.test(task) || DAILY.test(task)) && RECURS.test(detail)) return FINITE.test(task) ? kind : until;
  if (!(DUTY.test(task) || DAILY.test(task)) || FINITE.test(task + detail) || setsUp(detail)) return kind;
  return until;
}

/**
 * An act that puts a duty in place, once: 「划定护林网格」「每所小学安排1名值守人员」「在重点桥梁安装视频监测设备」「对19处隐患点落实“一点一策”」
 * (r-s81 s81-3 [36], W: 「6月10日前都要坚持下去」 — monitoring read as stopping on the day its plans were due).
 */
const SET_UP = /^(?:以[^，。；]{1,8}为单位)?[^，。；]{0,8}?(?:划定|明确|确定|建立|组建|配备|配齐|安排|安装|设立|落实)/;
/** How often a duty the detail itself states is done: 「每天12时至18时」「24小时」「每两小时」. */
const KEPT_UP = /每[天日晚周旬月季年]|每[0-9一二两三四五六七八九十半]+个?(?:小时|天|日|周|月)|24小时|全天候|昼夜|轮班|早中晚/;

/**
 * A duty whose detail only puts it in place (a grid drawn, a watcher named, a camera installed) and says no round of it: the
 * deadline is when it is in place, not when the duty ends (s61-2 [30], W: 「2月10日前划定网格」 said 「一直坚持到2月10日」, the
 * patrols stopped a week before the festival). A detail that says the duty's own rounds (「每天12时至18时在岸边值守」) keeps it up.
 */
function setsUp(detail: string): boolean {
  return SET_UP.test(detail.trim()) && !KEPT_UP.test(detail);
}

/** Work that oversees others' by turns: 督查, 通报, 调度, 暗访 … */
const OVERSEES = /督查|督导|督办|通报|调度|暗访|问责|考评|巡访/;
/** A detail that says how often the work is done: 「每半月通报一次」「日调度、周通报」「定期」. */
const RECURS = /每(日|天|晚|周|星期|旬|半月|月|季度?)|[日周月]调度|[日周月]通报|定期/;

/** Whether the task's own title, detail or target names the day its deadline ends on, in any form. */
function carriedBy(t: Task, meetingDate?: string): boolean {
  return [t.title, t.detail, t.measure].some((x) => saysDeadline(x, t.deadline, meetingDate));
}

/**
 * The sentence that assigns a task: 「由县应急管理局牵头，各乡镇配合，9月底前完成，确保…。」 — who
 * leads and supports (leadSentence), by when, to what target.
 */
export function assignment(t: Task, i: number, phrases: Phrases, speaker: Speaker, room: Room, meetingDate?: string, before: readonly Task[] = []): Run[] {
  const src = `campaign.tasks[${i}]`;
  const detail = t.detail ?? '';
  const unit = (u: string, s: string) => {
    const own = ownUnitNamed(u, speaker);
    return own ? lit(selfName(own)) : (branchName(u, speaker) ?? trimEnd(fact(unitName(u), s)));
  };
  const { assign, head, tail, seek: sought, tone, supervisor } = leadSentence(t, i, phrases, speaker, room, unit, before);
  const acted = actOnParty(t, i, phrases, speaker, room);
  const seek = concat(acted, sought);
  const measureText = acted ? undefined : t.measure?.trim().replace(/[。；，]$/, '');
  // A target that opens with its own 确保 takes the plain deadline (no 「确保…完成，确保…」).
  const deadlineSlot = tone === 'directive' && !/^确保/.test(measureText ?? '') ? 'deadline' : 'deadlineNeutral';
  // A recurring deadline goes with the detail (deadlinePlace); one the target already says (「春耕前完成，
  // 工作目标是…春耕前全面完工」, s23-2 [48]) is not said twice.
  // A deadline the title already says (「推动南码头2个小区7月底前开工」) is not said again as 「7月底前完成」.
  // Nor one the task's text names in another form (「10月底前全部开工」 for 2026-10-31, 「年内新开工…」 for 12月31日: deadline-dates.ts).
  const deadlineSaid = t.deadline && !detail.includes(t.deadline) && !inTitle(t) && deadlinePlace(t) === 'assignment' && !(measureText ?? '').includes(t.deadline.trim()) && !frequencySaid(t.deadline, detail) && !carriedBy(t, meetingDate) ? t.deadline : undefined;
  const follows = timeFollows(t, speaker, room, tone);
  // 「2027年起提高…」 with the deadline 2027-01-01: the day the rule applies from (s56-8 [44], W).
  const from = !!deadlineSaid && [t.title, t.detail, t.measure].some((x) => saysStart(x, deadlineSaid, meetingDate));
  const key = from ? 'from' : deadlineSaid ? deadlineKey(deadlineSaid, t.title, detail) : '';
  const reachedBy = !follows && deadlineSaid && measureText && ['date', 'by', 'end'].includes(key) && reachedByTime(measureText);
  if (reachedBy) {
    const when = concat(lit(tone === 'directive' ? '确保' : ''), deadlineRuns(deadlineSaid, `${src}.deadline`, meetingDate), lit(key === 'by' ? '' : '前'), rateReached(measureText, `${src}.measure`) ?? clause(t.measure, `${src}.measure`));
    return concat(sentence(assign, assign ? when : concat(lit('这项工作'), when)), seek);
  }
  // A target due at a time of its own before the task's deadline (「1月底前总体工程进度达到75%以上」, the task
  // done 「3月底前」) is said first, then the end: 「确保1月底前…达到75%以上，2027年3月底前全部完成」. Said the
  // other way round (「3月底前完成，确保实现1月底前…」) the dates read out of order (s11-5 [23], E).
  const milestone = !follows && deadlineSaid && measureText && ['date', 'by', 'end'].includes(key) && /\d+月|\d+日|春节|节前|年底|月底/.test(measureText);
  if (milestone) return concat(sentence(assign ?? lit('这项工作'), ...milestoneClauses(t, src, deadlineSaid, key, tone, meetingDate)), seek);
  // A deadline that says its own step or act is said as it is (ownDeadline); one for a task whose title
  // starts something is said with that act (「确保6月30日前开工建设」, not 「…全部完成」: s30-7 [42]).
  const act = deadlineSaid && !follows && ['date', 'by', 'end'].includes(key) && !startsOwn(detail) ? startAct(t.title) : undefined;
  const stepRuns = supervisorsEnd(supervisor, act
    ? concat(lit(tone === 'directive' ? '确保' : ''), deadlineRuns(deadlineSaid!, `${src}.deadline`, meetingDate), lit(key === 'by' ? `${act}` : `前${act}`))
    : deadlineSaid ? ownDeadline(deadlineSaid, key, tone, follows, src, meetingDate) : undefined);
  const settled = (PARTLY.test(detail) || setsRules(t.title, detail)) && ['by', 'date', 'end'].includes(key) ? (key === 'by' ? 'settledBy' : 'settledDate') : key;
  const deadline = stepRuns ?? (deadlineSaid ? phrases.sayKeyed(follows ? 'deadlineFollow' : deadlineSlot, follows ? key.replace(/^untilBy$/, 'by').replace(/^untilDate$/, 'date') : settled, i, { deadline: concat(deadlineRuns(deadlineSaid, `${src}.deadline`, meetingDate), lit(from ? '起' : '')) }) : undefined);
  // 「确保7月25日前完成，确保实现…的目标」: one 确保 per sentence; the target then reads 「目标是…」.
  const pledged = deadline && runsText(deadline).includes('确保');
  // A frequency is a way of working, not a target: 「做到…每2小时巡查一次」, not 「确保实现…每2小时巡查一次的目标」
  // (a reader: 把巡查频次说成「目标」不通).
  const frequency = !!measureText && /每[^，。；]{0,12}(一次|[0-9一二两三四五六七八九十]+次)/.test(measureText);
  // A level of means (「现场作业人员不少于40人」) is kept from now, said before the deadline of the task's completion (means.ts);
  // not said again where the detail says it.
  const means = !!measureText && meansKept(measureText);
  const measure = measureText
    ? means ? (detail.includes(measureText) ? undefined : concat(lit('从现在起就要做到'), clause(t.measure, `${src}.measure`)))
    : OWN_VERB.test(measureText)
      ? clause(t.measure, `${src}.measure`)
      : frequency
        ? concat(lit('做到'), clause(t.measure, `${src}.measure`))
        : pledged
        ? concat(lit(HELD.test(measureText) ? '做到' : ''), clause(t.measure, `${src}.measure`))
        : /^(\d{4}年|\d+月|今年|明年|年底|年内|本月|月底)/.test(measureText) ? concat(lit('确保'), clause(t.measure, `${src}.measure`))
        : phrases.sayNth('measure', i, { measure: clause(t.measure, `${src}.measure`) })
    : undefined;
  // A step due from the lead goes with the lead, before those who help it (s19-3 [28]: 「请颐康…牵头，每月5日前
  // 报送上月服务台账；也请安居物业…」, not the step after the property company, as if it were to report).
  if (stepRuns && head && tail?.length) {
    const rest = tail.map((r, k) => (k === 0 ? { ...r, text: r.text.replace(/^，/, '') } : r)).filter((r) => r.text);
    return concat(joinRuns([head, stepRuns, ...(measure ? [measure] : [])], '，'), lit('；'), rest, lit('。'), seek);
  }
  // Means kept go with the firm leading (its people, its machines), then the deadline, before those who help it, as a step
  // due from the lead does (s79-2 [35]: 「由金桥…具体实施，…不少于40人，7月15日前完成；街道城建办要盯住进度…」).
  if (means && head && tail?.length && deadline && isFirm(t.lead ?? '')) return concat(joinRuns([head, ...(measure ? [measure] : []), deadline], '，'), lit('；'), tail.map((r, k) => (k === 0 ? { ...r, text: r.text.replace(/^，/, '') } : r)).filter((r) => r.text), lit('。'), seek);
  // Without an assignment sentence the deadline needs a subject: 「这项工作年底前完成」, not 「必须年底前完成」.
  const when = deadline && !assign ? concat(lit('这项工作'), deadline) : deadline;
  return concat(sentence(assign, ...(means ? [measure, when] : [when, measure])), seek);
}

/** What only the authority does to a party: 「…线索移送县公安局经侦大队」「立案查处」「解除服务协议」「公开曝光」. */
const AUTHORITY_ACT = /移送[^，。；]{0,16}(公安|检察|纪委|监委|纪检|司法|法院)|立案|行政处罚|吊销|(解除|终止)[^，。；]{0,8}协议|曝光|列入[^，。；]{0,8}(黑名单|失信)|问责/;

/**
 * A task's target that is the authority's act on the party leading it (「涉嫌骗保的线索移送县公安局经侦大队」 beside the 大药房
 * called in, s52-4 [42], W: 「由…大药房负责具体实施…确保涉嫌骗保的线索移送…」 — the party made to hand its own case to the police)
 * is the speaker's side's, in a sentence of its own: 「…，由我局依法办理。」.
 */
function actOnParty(t: Task, i: number, phrases: Phrases, speaker: Speaker, room: Room): Run[] | undefined {
  const measure = t.measure?.trim().replace(/[。；，]$/, '') ?? '';
  if (!AUTHORITY_ACT.test(measure) || !room.overseen(t.lead) || ['own', 'direct', 'higher'].includes(unitRelation(t.lead, speaker))) return undefined;
  const own = lit(speaker.rank === 'department' && speaker.ownUnit ? selfName(speaker.ownUnit) : '我们');
  return concat(phrases.sayNth('measureAuthority', i, { measure: clause(t.measure, `campaign.tasks[${i}].measure`), own }), lit('。'));
}

/**
 * An absent higher unit's work is given no deadline by the speaker: the speaker's side follows its
 * time (「按照7月10日前完成的时间要求抓好衔接」), not 「由区住建局牵头负责，…时限是7月10日前完成」. One in
 * the room is asked, and the time goes with the request (「请…牵头，…春节前完成」): readers struck the
 * follow form said to the unit's face.
 * Whether the speaker's side follows the lead's time rather than setting it: a higher unit's lead not asked here; a peer's
 * lead, for a department head, that is not asked in the room (s36-8 [53]). Asked in the room, the time goes with the request
 * as the material states it: no 「力争」 the material does not say (speech.test).
 */
function timeFollows(t: Task, speaker: Speaker, room: Room, tone: string): boolean {
  return (unitRelation(t.lead, speaker) === 'higher' && tone !== 'asked') || (peerBody(t.lead, speaker, room) && tone !== 'request');
}

/**
 * A deadline with its own step (「每月5日前报送上月服务台账」) said as that step: the time, then what is due.
 * One step by a time that does not recur, directed, is pledged (「确保12月底前投运」); a deadline naming its own
 * act in another shape (「4月底前恢复运行，此后每月10日前报送运行台账」) is a clause of its own as it stands.
 */
function ownDeadline(d: string, key: string, tone: string, follows: boolean, src: string, meetingDate?: string): Run[] | undefined {
  const steps = deadlineSteps(d);
  const pledge = tone === 'directive' && !follows;
  if (steps) {
    if (steps.length === 1 && pledge && !/^每/.test(steps[0]!.time)) return concat(lit('确保'), fact(d.trim(), `${src}.deadline`));
    return joinRuns(steps.map((x) => concat(fact(x.time, `${src}.deadline`), lit(tone === 'directive' || tone === 'own' || follows ? '要' : ''), fact(x.act, `${src}.deadline`))), '，');
  }
  // 「每季度一次」: a frequency is said as it is, after the assignment (「要每季度一次、常抓不懈」 read as a form, s25-7).
  // 「暑期每周一次」 too: the stretch, then the frequency.
  if (key === 'ongoingVerb' && /^[^，。；每]{0,6}每[^，。；]{1,6}(一次|一遍|[0-9一二两三四五六七八九十]次)$/.test(d)) return fact(d.trim(), `${src}.deadline`);
  return key === 'act' ? concat(lit(pledge && !/^(每|此后)/.test(d) ? '确保' : ''), deadlineRuns(d, `${src}.deadline`, meetingDate)) : undefined;
}

/** A title that says the deadline as the time of its act (「推动南码头2个小区7月底前开工」); not 「落实汛期值守」. */
function inTitle(t: Task): boolean {
  const d = t.deadline?.trim() ?? '';
  return d.length >= 2 && t.title.includes(d) && ['by', 'end', 'month'].includes(deadlineKind(d));
}

/**
 * The act a task's title starts something with, ending or opening it: 「城市更新一期安置房开工建设」 → 开工建设,
 * 「开通学生上下学公交专线」 → 开通. Its deadline is when that happens, not when the work is finished.
 */
const START_ACT = /(开工建设|开工|动工|启动|进场|开通|上线|开放|开业|投运|投用|投入运营|开班)/;
/**
 * A start the title says happens now, along with other work (「2027年度项目前期工作同步启动」「立即启动」): the deadline is then
 * when the work is done, never the start put off to it (s64-7 [43], W: 「确保2027年1月底前启动」 for 选址、测绘、初步设计 to be
 * finished by then).
 */
const STARTS_NOW = /(同步|同时|立即|即刻|马上|随即|当即)$/;
function startAct(title: string): string | undefined {
  const t = title.trim().replace(/[。；，]$/, '');
  const endAt = new RegExp(`(?<![未没])${START_ACT.source}$`).exec(t);
  const end = endAt && !STARTS_NOW.test(t.slice(0, endAt.index)) ? endAt : null;
  const start = new RegExp(`^(?:推动|推进|加快|抓紧|确保|全面|组织)?${START_ACT.source}`).exec(t);
  return end?.[1] ?? start?.[1];
}

/** A frequency the detail already says (「每季度一次」 after 「要每季度请社区民警…上一次课」): said once, there. */
function frequencySaid(deadline: string, detail: string): boolean {
  const m = /^(每(?:[日天周月年]|季度|半年))(一次|[0-9一二两三四五六七八九十]次)$/.exec(deadline.trim());
  return !!m && new RegExp(`${m[1]}[^，。；]*${m[2]}`).test(detail);
}

/** Clauses joined with 「，」 into one sentence; none is no sentence. */
function sentence(...parts: (Run[] | undefined)[]): Run[] {
  const clauses = parts.filter((r): r is Run[] => !!r && r.length > 0);
  return clauses.length ? concat(joinRuns(clauses, '，'), lit('。')) : [];
}
