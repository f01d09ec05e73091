// Part three is proportional to what the tasks leave uncovered. Readers delete the general measures
// that say again what a task already orders (「统筹协调」 after every task named its supporting units,
// 「强化督导」 after 「每周五现场调度」) or that call for work the material never asks for (「严把质量
// 关口」 with no quality problem, 「备足队伍物资」 in a speech about inspections, 「健全工作机制」 in any
// speech). So a measure is drawn only for a problem of the material that no task takes up — the
// problem's own topic, which no task has and no task's words name — in the order of the problems, at
// most the template's number. Without one, part three is left out and the speech has two parts.
import type { Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { keywordScore, topicOf } from './domain.ts';
import { isHigherUnit, type Speaker } from './speaker.ts';
import { fact, joinRuns } from './runs.ts';
import { TOPICS, type Topic, type TopicBank } from './template-schema.ts';
import { answersByMeaning } from './answers-meaning.ts';
import { summonsFindings } from './summons-findings.ts';

export { ANSWERED_BY_MEANING } from './answers-meaning.ts';

/**
 * The measures of part three for this material: the topics of its problems that have measure wording
 * fit for it (`available`), that no task's topic is and that no task's words name.
 */
export function planMeasures(input: SpeechInput, taskTopics: readonly (Topic | undefined)[], bank: TopicBank, max: number, available: (t: Topic) => boolean, links?: Links, closing: readonly Topic[] = []): Topic[] {
  const c = input.campaign;
  const covered = coveredBy(input, taskTopics, bank);
  const out: Topic[] = [];
  for (const [i, p] of c.problems.entries()) {
    // A problem a task answers (`links`) brings no measure: 「要把集中整治和日常管理结合起来…」 for a market's
    // relapse that the market task and a weekly 回头看 already take up was struck whole (s38-4 [68]–[71], D).
    if (links?.[i]) continue;
    const t = topicOf(p.title, [p.detail, ...(p.examples ?? [])].filter(Boolean).join(' '), bank);
    if (t && available(t) && !covered(t) && !out.includes(t)) out.push(t);
  }
  const own = out.slice(0, max);
  // The meeting's own closing measures (a 部署会's responsibility and discipline, speech.ts closingTopicsOf) come
  // last, each where its wording has ground in the material and no task or problem measure says it already.
  return [...own, ...closingMeasures(closing, own, covered, available)];
}

/** Of the meeting's closing measures, the first fit of each group (「organisation」, then 「supervision」 or else 「conduct」). */
function closingMeasures(closing: readonly Topic[], own: readonly Topic[], covered: (t: Topic) => boolean, available: (t: Topic) => boolean): Topic[] {
  const out: Topic[] = [];
  const fit = (t: Topic) => available(t) && !covered(t) && !own.includes(t);
  if (closing.includes('organisation') && fit('organisation')) out.push('organisation');
  const held = (['supervision', 'conduct'] as const).filter((t) => closing.includes(t));
  // One sanction paragraph: supervision where the material gives ground for it, else discipline in plain register.
  if (held.length && !held.some((t) => own.includes(t) || covered(t))) {
    const first = held.find(fit);
    if (first) out.push(first);
  }
  return out;
}

/** Whether a topic is the topic of a task, or named by a task's words: then no measure is made of it. */
function coveredBy(input: SpeechInput, taskTopics: readonly (Topic | undefined)[], bank: TopicBank): (t: Topic) => boolean {
  const taskText = input.campaign.tasks.map((t) => `${t.title} ${t.detail ?? ''} ${t.measure ?? ''}`).join(' ');
  return (t) => taskTopics.includes(t) || keywordScore(taskText, bank.topics[t].keywords) > 0;
}

/** The topics a problem could still bring a measure of part three for: measure wording fits, no task covers them. */
export function openTopics(input: SpeechInput, taskTopics: readonly (Topic | undefined)[], bank: TopicBank, available: (t: Topic) => boolean): Topic[] {
  const covered = coveredBy(input, taskTopics, bank);
  return TOPICS.filter((t) => available(t) && !covered(t));
}

/** The material's words that a variant of a measure needs (「典型引路」 needs a model to follow). */
export function variantFits(needs: string | undefined, material: string): boolean {
  return !needs || new RegExp(needs).test(material);
}

// Every problem the speech names gets an answer. Readers look for it among the tasks and mark a
// problem that nothing takes up (「检查力量不足」 with three staff for some 260 banquets; 「重复参保和
// 断保数据核对不及时」 beside a task of door-to-door checks). A task answers a problem only when it
// speaks of the same thing — a specific word of the problem's own in the task's title, detail or
// target; sharing a broad measure topic is not enough. What neither a task nor part three takes up is
// answered after the tasks (speech-parts.ts), in terms of responsibility and follow-up only: the
// material gives no measure for it, so the speech states none.

/** A problem of the material, or a shortfall its detail states of its own, that no task answers. */
export interface Uncovered {
  /** The problem as the speech names it, in pieces of the material's own words: 「条件差、操作不规范」. */
  name: Run[];
  /** Its measure topic, when it is a problem of the material's list (part three may take it up). */
  topic?: Topic;
  /** Which problem of the material it is (or states the shortfall of). */
  problem: number;
}

/** Characters that make a pair of characters a join between words, not a word (的, 和, 不 …). */
const FUNCTION_CHARS = new Set([...'的了是在和与及或不没未无有对为把被等也都而并其之于从到将让使得着过还很较更最能会可应该须必要就又再各每些该此这那个一二三四五六七八九十上中下后前']);
/** Words of every field, every problem and every task: they say nothing about which thing is meant. */
const BROAD = new Set([
  '问题', '工作', '情况', '进度', '部分', '存在', '较多', '明显', '及时', '到位', '力度', '能力', '意识', '人员', '方面', '环节', '薄弱', '安全', '不足', '不够', '一些', '个别', '有关', '相关', '单位', '群众', '干部',
  '落实', '推进', '加强', '开展', '全面', '严格', '主动', '责任', '任务', '要求', '目标', '措施', '全镇', '全县', '全区', '全乡', '全市', '街道', '今年', '去年', '目前', '当前', '还是', '仍然', '依然', '认为', '出现', '发生', '情形', '现象',
  // Who has a problem is no evidence of which task answers it: 「个别乡镇和部门对普查工作重视不够」 is not
  // answered by a task whose detail says 乡镇 (s14-1, covered silently; readers asked where its answer was).
  '乡镇', '部门', '镇村', '村级', '基层',
]);
/** What a detail says after 「但」: what is still wrong once the rest is said (「已督促整改，但…」). */
const BUT = /(?:但是?|然而|不过)([^。；！？]*)/g;
/** A shortfall named there: 「…逐场检查力量明显不足」 → 检查力量 + 不足. */
const SHORTFALL = /(\p{Script=Han}{2,4}?)(?:明显|严重|仍然|依然|仍|还|较为|比较|十分|相对|普遍)?(不足|不够|跟不上|短缺)/gu;

/** A quoted name in a text, and the word it gives (with its marks, so that it is told from the pairs). */
const QUOTE = /[“「‘"]([^”」’"]{2,8})[”」’"]/g;
const QUOTED = /^“/;
const wordOf = (term: string) => term.replace(QUOTED, '');
/** The specific words of a text, as pairs of characters that are neither joins nor words of every field. */
export function termsOf(text: string, exclude: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  // A quoted name is one word, whatever its characters: 「“三包”」 (三 and 前 are joins elsewhere).
  for (const m of text.matchAll(QUOTE)) if (!exclude.has(m[1]!)) out.add(`“${m[1]!}`);
  for (const run of text.match(/\p{Script=Han}+/gu) ?? []) {
    for (let i = 0; i + 2 <= run.length; i++) {
      const pair = run.slice(i, i + 2);
      if (FUNCTION_CHARS.has(pair[0]!) || FUNCTION_CHARS.has(pair[1]!) || BROAD.has(pair) || exclude.has(pair)) continue;
      out.add(pair);
    }
  }
  return out;
}

export function shared(terms: ReadonlySet<string>, text: string): number {
  let n = 0;
  for (const t of terms) if (text.includes(wordOf(t))) n++;
  return n;
}

/** A problem's title as the speech names it: one phrase (「条件差、操作不规范」), without 「的问题」. */
function nameOf(title: string, src: string): Run[] {
  const text = title.trim().replace(/[。；，,;]+$/, '').replace(/(的)?问题$/, '');
  return joinRuns(text.split(/[，,；;]/).filter(Boolean).map((piece) => fact(piece, src)), '、');
}

/**
 * The shortfalls a problem's detail states besides its title, after a 「但」: 「…已督促整改，但…逐场检查
 * 力量明显不足」 under 「临时厨房条件差，操作不规范」 is a second problem, 「检查力量不足」.
 */
function shortfallsOf(detail: string, title: string): [string, string][] {
  const out: [string, string][] = [];
  const after = [...detail.matchAll(BUT)].map((m) => m[1]!).join('；');
  for (const m of after.matchAll(SHORTFALL)) {
    let noun = m[1]!;
    // The words before a join (「人手和车辆」 → 车辆) are not the shortfall's subject.
    const cut = [...noun].findLastIndex((ch) => FUNCTION_CHARS.has(ch));
    if (cut >= 0) noun = noun.slice(cut + 1);
    if (noun.length < 2 || BROAD.has(noun) || title.includes(noun)) continue;
    out.push([noun, m[2]!]);
  }
  return out;
}

/**
 * Words that say which campaign, not which problem: its names and words of half
 * its items or more — 「参保」 in a 医保 campaign is in the goal, the achievements and most problems
 * and tasks, and a task with it alone answers none of them.
 */
export function campaignWords(input: SpeechInput, tasks: readonly string[]): Set<string> {
  const c = input.campaign;
  // The task units' own names (「各电梯维保单位」) say nothing of which campaign: a problem of 维保质量 is
  // answered by the task that speaks of 维保 (s11-2: an answer item for it printed beside that task).
  // Nor do the units the campaign addresses: 「辖区房东和住房租赁企业」 among them is what a problem of
  // 「住房租赁企业监管有空白」 is about (s12-8: counted as a name, the problem found no task and was
  // handed to the landlords themselves).
  const out = termsOf(`${c.name} ${c.shortName ?? ''} ${input.meeting.name}`, new Set());
  const items = [...(c.background ?? []), c.goal ?? '', ...c.achievements.map((a) => `${a.title} ${a.detail ?? ''}`), ...c.problems.map((p) => `${p.title} ${p.detail ?? ''} ${(p.examples ?? []).join(' ')}`), ...tasks].filter(Boolean);
  const counts = new Map<string, number>();
  for (const item of items) for (const t of termsOf(item, out)) counts.set(t, (counts.get(t) ?? 0) + 1);
  for (const [t, n] of counts) if (n * 2 >= items.length) out.add(t);
  return out;
}

/** Who has a problem, before its thing: 「部分村」「个别房东」 (the thing is what follows). */
const QUANTIFIER = /^(部分|个别|少数|一些|有的|还有|仍有|一部分)/;
/** How bad a problem is, after its thing: 「…重视不够」「…监管有空白」「…反弹明显」. */
const PREDICATE = /(仍然|依然|还是|还|仍|较为|比较|十分|相对|普遍|明显|严重|不够|不足|不到位|不落实|不及时|不高|偏低|偏高|偏弱|不强|不平衡|不均衡|不规范|不彻底|不稳定|不紧密|不严|不达标|不合格|不完善|还有差距|有差距|存在差距|需要加强|有待加强|有待完善|有待提高|上升|增多|增加|淡薄|薄弱|缺位|缺失|滞后|突出|多发|频发|高发|反弹|有空白|有盲区|存在盲区|参差不齐|时有发生|无着落|走过场|较多|较大|较慢|慢|难|弱|差|低|大|多|少)$/;

/** A problem's thing: its title without who has it and how bad it is (「适龄青年报名积极性不高」 → 适龄青年报名积极性). */
function objectOf(title: string): string {
  let text = title.trim().replace(/[。；，,;]+$/, '').replace(/(的)?问题$/, '').replace(QUANTIFIER, '');
  for (let prev = ''; prev !== text; ) {
    prev = text;
    text = text.replace(PREDICATE, '');
  }
  return text;
}

/**
 * What a problem lacks, and the acts of a task that make it good: a wrong that recurs is stopped by
 * 查处/巡查, work behind time sped up, lax work checked again, a shortage filled, a thing built and
 * not used put to use. A task answers a problem it is not sure of only with both its thing and such an act.
 */
const LACK_AND_ACT: readonly (readonly [RegExp, RegExp])[] = [
  [/发生|屡禁|突出|多发|频发|高发|游击|上升|增多|乱|违规|违法|违建|违章|非农|非粮|之名|无资质|无证|超期|超范围|擅自|私自|偷|超载|抛洒|大操大办|未根绝|没有遏制|现象[^，。；]{0,4}存在/, /查处|打击|整治|清理|执法|巡查|蹲守|严查|严管|严禁|禁止|处罚|取缔|拆除|制止|劝导|管控|设卡|检查|核查|整改|规范|简办|移风易俗|调离|清退|停止|退还/],
  [/滞后|缓慢|慢|不平衡|不均衡|未完成|未办结|差距|落后|未开工|未动工|未启动/, /加快|倒排|调度|督导|攻坚|冲刺|追赶|赶工|包村|包联|包案|约谈|督促|开工|动工|启动|进场/],
  // 「管护责任没有真正落实到人」「重建轻管」: no keeper (s30-4 [48]: answered by 落实建后管护).
  [/跟不上|没着落|无人管|谁来管|(没有|未)[^，。；]{0,3}落实|轻管|建而不管|管护缺位/, /长效|管护|管理机制|托管|移交|接管/],
  [/不严|流于形式|走过场|不规范|有待规范|不到位|不落实|不彻底|不深|不细|参差不齐|不达标/, /规范|核查|复核|抽查|检查|督导|整改|考核|重新|逐户|逐一|逐个|对标/],
  // 「补足应急物资」 fills what 「部分企业安全投入不足」 says is short, 抽水泵 and 应急照明 (s58-11 [50], D: said again after the tasks).
  [/不足|薄弱|短缺|不够|缺/, /配齐|配备|充实|增加|增配|招聘|组建|队伍|保障|筹措|包点|增设|补齐|补足/],
  [/反复|反弹|回潮|一放就乱/, /常态|长效|巩固|回头看|整治/],
  [/建而不用|不用|闲置|用不好/, /引导|用好|管好|讲解|指导/],
  // 「入库纳统不及时」「未按时入库」: done late, and made timely (「符合条件的当月入库」, s30-7 [60]).
  [/不及时|未按时|不按时|拖延/, /及时|当月|当天|当日|即时|限时|按时|每月|每周|逐个核对|逐一核对/],
];
/**
 * What a title says is short, when it is people or money: 「镇里质量监管力量薄弱」 → 力量, 「管护经费缺口较大」 → 经费.
 * A shortage of a thing (监测手段, 烘干能力) is met by the task that provides it, whatever its words.
 */
export function shortOf(title: string): { what: string; money: boolean } | undefined {
  const t = title.trim().replace(/[。；，]$/, '').replace(/(的)?问题$/, '').replace(/(较大|大|明显|严重)$/, '');
  // A team that does not hold (「群测群防员队伍不稳定」「…队伍老化」) is short of people too: its members are not
  // the ones to solve it (s38-6: told to 「对号入座、主动认领」 their own allowance and age).
  if (!/(薄弱|不足|不够|短缺|紧缺|缺口|缺乏|偏少)$/.test(t) && !/(队伍|人员|力量)[^，、；]{0,2}(不稳定|不稳|老化|流失)$/.test(t)) return undefined;
  // With the words before it (「护理人员」, not 人员 alone, which 「特困人员」 holds too).
  const m = /\p{Script=Han}{0,2}(力量|人手|人员|人才|经费|资金|队伍)/u.exec(t);
  return m ? { what: m[0], money: /经费|资金/.test(m[1]!) } : undefined;
}
/** Acts that fill a shortage of people; of money. */
// 「通过公益性岗位补充生活老师」 fills the night staff a boarding school lacks (s48-5 [56] [57], D: 已在第（五）项部署).
export const STAFFS = /配齐|配备|配强|充实|增派|增配|招聘|招录|选聘|抽调|组建|队伍|培训|借调|购买服务|聘请|外聘|补充人员|补齐人员|公益性岗位|(?:补充|补齐|增加)[^，。；]{0,4}(?:人员|老师|教师|人手|队员|医生|护士|护理员|保洁员|网格员|管理员|巡查员|专干)/;
// Seeking the money from above, or reckoning it household by household, is work on the gap (s38-6 [55]: the
// 搬迁 task that 算好搬迁账 and 争取县里列入治理计划 left the gap to a part-three promise).
// Putting the named money in place (「落实除险加固县级配套资金」) is work on the gap too (s45-1 [66], D: said again after the task).
export const FUNDS = /筹措|筹集|拨付|安排资金|安排经费|列入预算|纳入预算|补助|补贴|奖补|保险|落实[^，。；]{0,12}(资金|经费)|配套资金|争取[^，。；]{0,12}(资金|支持|列入|纳入|计划|项目)|算好[^，。；]{0,4}账|算清[^，。；]{0,4}账/;

/** The entry of work behind time, whose act (加快…) says nothing of which thing. */
const LAG = 1;

/**
 * Whether a task acts on a problem it is not sure of: it names the problem's thing outright (a word in its
 * title, two in the task), or does what the lack wants — in its title, or in its detail with a word of the
 * thing. Speeding up (加快) is no answer to a lag of another thing (「诉求回应慢」 and 「加快管网施工」).
 */
function actsOn(problem: string, thing: ReadonlySet<string>, title: string, task: string, detailNamed = false): boolean {
  if (shared(thing, title) >= 1 || shared(thing, task) >= 2) return true;
  // Two words of the problem's detail in the task's title (「南码头社区2个小区未开工」 and 「推动南码头2个小区…开工」) name its thing too (s28-2 [53]).
  const named = thing.size === 0 || shared(thing, task) >= 1 || detailNamed;
  return LACK_AND_ACT.some(([lack, act], k) => lack.test(problem) && (act.test(title) && (k !== LAG || named) || (act.test(task) && named)));
}

/**
 * A higher level's plan, standard or decision named in a clause, and a word saying it limits or has not
 * yet settled the thing: 「全市试点先在职工医保参保人员中开展」 under 「…暂未纳入」, 「县里的复耕奖补标准还没有
 * 出台」. 「市里要求不超过30个工作日」 or 「被市级核查退回」 place nothing there: a requirement or a check.
 */
const LEVEL_DECIDES = /(全市|市里|市级|市政府|全省|省里|省级|省政府|国家|中央|上级|全县|县里|县级|县政府|全区|区里|区级|区政府)[^，。；]{0,10}?(试点|方案|政策|标准|规定|安排|决定|文件|办法|口径|范围)/g;
const UNSETTLED = /暂未|暂不|尚未|还没有|还未|没有出台|未出台|未明确|未下达|先在|只在|仅在|不包括|未纳入|没有纳入/;

/**
 * Whether the material places a problem's remedy at a level above the speaker's: its title or detail
 * says a higher level's plan or standard limits the thing or has not settled it. Not the speaker's level
 * to solve — no unit is told to 「研究提出解决办法」 (s29-6 [53]); it is reported up (speech-parts).
 */
export function decidedAbove(problem: { title: string; detail?: string }, speaker: Speaker): boolean {
  const text = `${problem.title}；${problem.detail ?? ''}`;
  if (!UNSETTLED.test(text)) return false;
  return [...text.matchAll(LEVEL_DECIDES)].some((m) => /^(国家|中央|上级)/.test(m[1]!) || isHigherUnit(m[1]!, speaker));
}

/** A problem of how people see the work, which a speech answers by being given (speech-parts answerParagraph). */
export const ATTITUDE = /思想认识|认识不(到位|足|够|高)|重视不(够|足)|重视程度不|思想麻痹|麻痹思想|侥幸心理|松劲|厌战|畏难情绪/;

/** Work behind its time, and a task that speeds it up. */
const LAGGING = /进度[^，。；]{0,4}(不平衡|不均衡|滞后|落后|慢|缓慢|差距)|进展[^，。；]{0,2}(缓慢|慢|滞后)|未完成/;
const SPEEDING = /加快|倒排|提速|攻坚|冲刺/;

/** How a task speaks of a problem: its words in the task's title weigh more than in its detail. */
interface Match {
  /** Words of the problem's thing in the task's title; of the problem's detail in the task's title. */
  titleInTitle: number;
  detailInTitle: number;
  /** The same in the task's detail and target, past what its title already holds. */
  titleInBody: number;
  detailInBody: number;
  /**
   * The task's title or target does what the problem lacks (ANSWERED_BY_MEANING: 「每村至少组织2次全民
   * 清洁日」 for 「党员群众参与少」), or only a clause of its detail does (「收摊后清扫干净」 at a night
   * market is no answer to goods piled outside shops, s12-7).
   */
  meaningInTitle: boolean;
  meaningInBody: boolean;
  /**
   * The problem is work behind time and the task's title speeds up a thing its words name (「加快存量坟墓
   * 整治」 for 「547座坟墓未完成整治」): covered, not said aloud — a lag of many causes is not solved by
   * one of them (「加快安全鉴定」 for 「整治进度滞后」).
   */
  speedsUp: boolean;
  /** The last word of the problem's thing (「积极性」 of 「报名积极性」) is in the task. */
  head: boolean;
}

/**
 * Whether a task's text does what the problem lacks: by the problem's title, or by its detail when the task
 * also names the problem's thing. 「…每人每月补助200元，积极性不高」 in the detail of 「群测群防员队伍不稳定」 is the
 * staff's, not the public's: a drill with a 群众参与率 does not answer it (s38-6 [45], W).
 */
function byMeaning(problem: { object: Set<string>; title: string; text: string }, text: string, whole: string): boolean {
  // Any word of the problem's own, the campaign's common words too (「巡查」 of 「巡查顾不过来」 in 「志愿者协助巡查」).
  const named = shared(termsOf(problem.text, new Set()), whole) >= 1;
  return answersByMeaning(problem.title, text, named) || (answersByMeaning(problem.text, text) && shared(problem.object, whole) >= 1);
}

function matchOf(problem: { object: Set<string>; head?: string; details: Set<string>; title: string; text: string }, task: SpeechInput['campaign']['tasks'][number]): Match {
  const title = task.title;
  const body = `${task.detail ?? ''} ${task.measure ?? ''}`;
  const main = `${title} ${task.measure ?? ''}`;
  const inBody = (terms: ReadonlySet<string>) => [...terms].map(wordOf).filter((t) => !title.includes(t) && body.includes(t)).length;
  return {
    titleInTitle: shared(problem.object, title),
    detailInTitle: shared(problem.details, title) + [...problem.details].filter((t) => QUOTED.test(t) && title.includes(wordOf(t))).length,
    titleInBody: inBody(problem.object),
    detailInBody: inBody(problem.details),
    meaningInTitle: byMeaning(problem, main, `${title} ${body}`),
    meaningInBody: byMeaning(problem, task.detail ?? '', `${title} ${body}`),
    head: !!problem.head && `${title} ${body}`.includes(problem.head),
    speedsUp: LAGGING.test(problem.text) && SPEEDING.test(title) && shared(problem.details, title) + shared(problem.object, title) > 0,
  };
}

/**
 * Which task answers each problem, if one does: the one that acts on the problem's thing — names it in
 * its title, or names in its title what the problem's detail says (「门前三包」 for 店外经营 whose detail
 * says 「门前“三包”责任不落实」), or does in its title what the problem lacks (广泛宣传发动 for 报名积极性不高).
 * Words met only in a task's detail count little: 「组织报名青年参加预检初检」 holds 报名 and 青年 but
 * examines recruits, and does nothing for 「适龄青年报名积极性不高」 (s12-5, read wrong when said to). A
 * link is `sure` — said aloud — only on the task's title, or on the problem's own thing with its last
 * word in the task; `plain` when the task's title already says a word of the problem's thing, so that
 * saying it again would repeat the heading (「整治空中线缆」 after 「空中线缆乱拉乱挂」).
 */
/**
 * Which task answers each problem (measures.ts `answering`): computed once per draft and passed on.
 * `hard`: the problem says its thing is hard to do and the task does the thing without easing it —
 * covered, but not said to be solved there (s26-2 [34]).
 */
export type Links = readonly ({ task: number; plain: boolean; sure: boolean; hard?: boolean } | undefined)[];

/** A problem that says its thing is hard to do: 「偏远普查小区入户难」「登记难度明显加大」 (a clause of the title ends so). */
const DIFFICULT = /(?:难|难度[^，、；]{0,4}大|困难)$/;
/**
 * Acts of a task's title that ease a difficulty rather than do the hard thing again: 「组织上门接种」 for
 * 「…到点接种难」, 「一户一策攻坚」 for 「剩余住户攻坚难度大」.
 */
const EASES = /攻坚|一户一策|一案一策|一村一策|包案|包户|包片|包村|包联|结对|帮扶|帮办|代办|上门|送[^，。；]{0,2}(到户|到家|到村)|协调|调解|化解|破解|补助|补贴|奖补|简化|错时|预约|流动|专班/;

function difficult(title: string): boolean {
  return title.replace(/[。；，,;]+$/, '').replace(/(的)?问题$/, '').split(/[，、；,;]/).some((clause) => DIFFICULT.test(clause));
}

/**
 * Whether a task eases what makes a problem's thing hard: an easing act or a cause the problem's detail
 * gives, in its title. 「全面开展入户登记」 does the 入户 that 「偏远普查小区入户难」 finds hard and names none
 * of its causes (路远, 补助偏低, 有情绪): the reader marked 「…要靠这项工作来解决」 wrong (s26-2 [34]). Its
 * detail does not count: it says how the hard thing is done (「逐户上门登记」), which shares the detail's words.
 */
function eases(causes: ReadonlySet<string>, title: string): boolean {
  return EASES.test(title) || shared(causes, title) >= 1;
}

export function answering(input: SpeechInput): Links {
  const c = input.campaign;
  const campaignWide = campaignWords(input, c.tasks.map((t) => `${t.title} ${t.detail ?? ''} ${t.measure ?? ''}`));
  const links = c.problems.map((p) => {
    const detail = [p.detail, ...(p.examples ?? [])].filter(Boolean).join('；');
    const thing = objectOf(p.title);
    // All the title's words count as evidence (「进度滞后的小区」 acts on 「部分小区进度滞后」); its thing's last word is the head.
    const object = termsOf(p.title.replace(QUANTIFIER, ''), campaignWide);
    const heads = termsOf(thing.slice(-2), new Set());
    // The detail's words past the title's: 「管水员」 in both is one piece of evidence, not two.
    const problem = { object, head: heads.size ? thing.slice(-2) : undefined, details: termsOf(detail, new Set([...campaignWide, ...termsOf(p.title, new Set())])), title: p.title, text: `${p.title} ${detail}` };
    const allDetail = termsOf(detail, campaignWide);
    const ownDetail = termsOf(p.detail ?? '', new Set([...campaignWide, ...termsOf(p.title, new Set())]));
    const hardToDo = difficult(p.title);
    let best: { task: number; score: number; sure: boolean; plain: boolean; byMeaning: boolean; hard: boolean } | undefined;
    const matches = c.tasks.map((t) => matchOf(problem, t));
    const thingsTask = matches.some((m) => m.meaningInBody && m.detailInBody >= 2);
    c.tasks.forEach((t, k) => {
      const m = matches[k]!;
      // Any word of the problem's title in the task, or two of its detail's, or doing what it lacks: the
      // problem is covered, and gets no answer of its own — but is said to be solved there only when sure.
      const whole = `${t.title} ${t.detail ?? ''} ${t.measure ?? ''}`;
      const touches = shared(object, whole) >= 1 || (allDetail.size > 0 && shared(allDetail, whole) >= Math.min(2, allDetail.size)) || answersByMeaning(problem.text, whole);
      // One word of the detail in a task's title is a circumstance (「阻挠施工」 and 「加快施工」); two, or
      // a quoted name (「门前“三包”」), are its thing.
      const onTitle = m.titleInTitle > 0 || m.detailInTitle >= 2 || m.meaningInTitle || m.speedsUp;
      const onThing = m.head && m.titleInBody >= 2;
      if (!onTitle && !onThing && !touches) return;
      // Touching a problem is not answering it: a task that shares a word of it and is not sure of it
      // answers it only when it acts on the problem's thing in the way the problem lacks (actsOn). Else
      // the problem gets its own line after the tasks (「个别社区对居民诉求回应慢」 was left unsaid beside a
      // task of 管网施工 whose detail said 小区; s20–s23 readers asked where its answer was).
      const sureRaw = m.meaningInTitle || m.titleInTitle >= 1 || onThing;
      // A task whose detail says most of the problem's own words (「对排查出的溢洪道堵塞、放水设施锈蚀问题逐库整改」 for 「设施老化」
      // whose detail is 「溢洪道堵塞、放水设施锈蚀」) acts on it (s57-8 [30] [31], D: said again after the tasks, 重复).
      const restates = ownDetail.size >= 2 && shared(ownDetail, t.detail ?? '') * 5 >= ownDetail.size * 3;
      if (!sureRaw && !m.meaningInBody && !m.speedsUp && !restates && !actsOn(problem.text, termsOf(thing, new Set()), t.title, whole, allDetail.size > 0 && shared(allDetail, t.title) >= 2)) return;
      // A shortage of people or money (「镇里质量监管力量薄弱」) is not met by a task sharing only a word beside
      // it (「严把工程质量关」): the task must name what is short or fill it (s30-4 [48]: left with no answer).
      const short = shortOf(p.title);
      if (!m.meaningInTitle && short && !whole.includes(short.what) && !(short.money ? FUNDS : STAFFS).test(whole)) return;
      // A long phrase of the detail shared whole (「低温雨雪冰冻天气」) is one circumstance, not many words.
      // Where a task does what the problem lacks to the problem's own things (「更新老旧发电机和抽水泵」 for 「装备老化」, whose
      // detail names them), one doing it to something else (「水毁修复」) is no answer by its meaning (s48-1 [45], W).
      const elsewhere = thingsTask && m.titleInTitle === 0 && m.detailInBody < 2;
      const score = 5 * (m.meaningInTitle && !elsewhere ? 1 : 0) + 2 * (m.speedsUp ? 1 : 0) + 4 * m.titleInTitle + 1.5 * Math.min(m.detailInTitle, 2) + m.titleInBody + 0.5 * Math.min(m.detailInBody, 2) + (m.meaningInBody ? 0.5 : 0);
      // Said aloud only when the task acts on the problem's own thing; what its detail says (when, where,
      // why) covers it, silently (s12-4: 应急联动 shares 雨雪冰冻 with the weather task, no more).
      // A thing the problem finds hard is not solved by a task that only does it (s26-2 [34]).
      // A task whose detail meets what makes it hard (「召开村民代表会议讲清水价」 for 「水费收缴难」 whose detail says
      // 「群众认为…不该交钱」) eases it: no 「要专门研究、拿出办法」 beside it.
      const hard = sureRaw && !m.meaningInTitle && hardToDo && !eases(problem.details, t.title) && !answersByMeaning(problem.text, t.detail ?? '');
      const sure = sureRaw && !hard;
      const plain = m.titleInTitle > 0;
      const byMeaning = m.titleInTitle === 0 && !onThing;
      if (!best || score > best.score) best = { task: k, score, sure, plain, byMeaning, hard };
    });
    return best;
  });
  // A task whose title names another problem's thing acts on that thing: a problem it answers only by
  // meaning is not said to be solved there (「清理非正规堆放点」 answers 「非正规垃圾堆放点反弹」, not 「村庄
  // 保洁责任不落实」 for its 「无人清理」).
  // At a 约谈 a finding against a party called in is covered by the task for those called in (summons-findings.ts): silently,
  // as that task's own matter, not named back where the two share no word.
  const findings = summonsFindings(input);
  return links.map((l, i) => (l ? { task: l.task, plain: l.plain, sure: l.sure && !(l.byMeaning && links.some((o) => o && o !== l && o.task === l.task && o.plain)), ...(l.hard ? { hard: true } : {}) } : findings[i] !== undefined ? { task: findings[i]!, plain: false, sure: false } : undefined));
}

/**
 * The problems each task answers that its title does not already name, by index: the task says so
 * (「前面讲到的…，要在这项工作中一并解决」). Readers asked for the tie where a task answered problems in
 * other words (全民清洁日 for 「干部干、群众看」; 摸底登记 for 举家外出的没登记) and the draft left it unsaid.
 */
export function problemsAnsweredBy(input: SpeechInput, links: Links = answering(input)): number[][] {
  const out: number[][] = input.campaign.tasks.map(() => []);
  links.forEach((a, i) => {
    if (a && a.sure && !a.plain) out[a.task]!.push(i);
  });
  return out;
}

/**
 * The problems each task does the hard thing of without easing it (`hard` links whose title does not
 * name them): the task is told to find a way, never said to solve them (「…，抓这项工作时要拿出针对性的办法」).
 */
export function problemsHardIn(input: SpeechInput, links: Links): number[][] {
  const out: number[][] = input.campaign.tasks.map(() => []);
  links.forEach((a, i) => {
    if (a && a.hard && !a.plain) out[a.task]!.push(i);
  });
  return out;
}

/** A problem's name as a task refers back to it. */
export function problemName(input: SpeechInput, i: number): Run[] {
  return nameOf(input.campaign.problems[i]!.title, `campaign.problems[${i}].title`);
}

/**
 * The problems of the material that no task answers, in their order: a problem is answered by a task
 * that holds one of the specific words of its title, or two of its detail's, or that does what the
 * problem lacks (ANSWERED_BY_MEANING). A shortfall stated in a detail is a problem of its own,
 * answered only by its own words.
 */
export function uncoveredProblems(input: SpeechInput, bank: TopicBank, links: Links = answering(input)): Uncovered[] {
  const c = input.campaign;
  const tasks = c.tasks.map((t) => `${t.title} ${t.detail ?? ''} ${t.measure ?? ''}`);
  const campaignWide = campaignWords(input, tasks);
  const answered = (terms: ReadonlySet<string>, need: number) => terms.size > 0 && tasks.some((t) => shared(terms, t) >= Math.min(need, terms.size));
  const byTask = links;
  const out: Uncovered[] = [];
  c.problems.forEach((p, i) => {
    const detail = [p.detail, ...(p.examples ?? [])].filter(Boolean).join('；');
    if (!byTask[i]) {
      const topic = topicOf(p.title, detail, bank);
      out.push({ name: nameOf(p.title, `campaign.problems[${i}].title`), problem: i, ...(topic ? { topic } : {}) });
    }
    for (const [noun, lack] of shortfallsOf(p.detail ?? '', p.title)) {
      const src = `campaign.problems[${i}].detail`;
      if (!answered(termsOf(noun, campaignWide), 1)) out.push({ name: [...fact(noun, src), ...fact(lack, src)], problem: i });
    }
  });
  return out;
}
