/**
 * Whether a task carries a problem that no task answers by its words (measures.ts `answering`): then the
 * problem is not named again after the tasks. Readers struck 「前面讲到的…，要盯住不放」 said after the very task
 * that takes it up, 「与第（一）项任务重复」 (r-s64/r-s65: 11 of 22 such lines D; r-s67-8 [41], r-s67-9 [42]; earlier
 * s57-9 [51], s58-6 [50], s60-7 [37], s61-6 [43] [48], s62-6 [46]). A task carries it when
 * - its measure topic is the problem's (both by the topic bank's words) and it holds a word of the problem's, or
 * - it does what the problem's title lacks by meaning (answers-meaning.ts), or what its detail lacks and names its thing, or
 * - it names every example of the problem, or its title names the problem's subject — two words of the problem's own detail (「城东中医骨伤医院整改」 for 「虚记诊疗
 *   项目」 whose detail names that hospital), or
 * - it holds a word of the problem's title and two of its detail's (「加大金融支持力度」 with 融资 and 担保费率 for
 *   「中小企业融资难融资贵」 whose detail says 担保费率偏高).
 * Sharing one word is not carrying: 「个别社区对居民诉求回应慢」 beside a 管网施工 task whose detail says 小区 stays answered.
 * Pure.
 */
import type { SpeechInput } from '../input/schema.ts';
import { answersByMeaning } from './answers-meaning.ts';
import { campaignWords, FUNDS, shared, shortOf, STAFFS, termsOf, type Links } from './measures.ts';
import type { Topic } from './template-schema.ts';
import { heldToParts } from './problem-parts.ts';

/**
 * Problems of the public's mind and of hands, and the kind of task that carries them though answers-meaning.ts does not
 * say it answers them (a task said to settle them would overclaim; carrying them is enough not to name them again):
 * people who do not understand or go along are what 群众工作, going door to door and explaining are for (s64-2 [38],
 * s65-4 [52]); a belief of theirs (「群众认为“过年不放鞭炮没年味”」) what publicity is for (s64-5 [40]); too few workers
 * what recruiting is for (「用工缺口较大」 beside 「帮助企业招工稳岗」, s65-7 [58]).
 */
const CARRIES: readonly (readonly [RegExp, RegExp])[] = [
  [/不理解|不支持|不配合|有顾虑|有抵触|不认可|不接受/, /群众工作|思想工作|上门|入户|走访|宣传|讲清|讲透|解释|议事|座谈|一户一策/],
  [/(群众|居民|村民|家长|市民|农户|商户|业主|住户)[^，。；]{0,6}认为|参与(度|率)?(不高|偏低|低|少|不够)|积极性不高/, /宣传|告知|宣讲|讲清|讲透|解释|思想工作|发动|动员/],
  [/(用工|招工|技工|工人|劳动力)[^，。；]{0,4}(缺口|短缺|不足|紧张|难)/, /招工|招聘|稳岗|订单班|用工对接|劳务对接|招募/],
];
const carries = (problem: string, task: string) => CARRIES.some(([says, answer]) => says.test(problem) && answer.test(task));

/**
 * The task (by index) that carries problem `i` (`topic` its measure topic), or -1. `named`: the problem names units at
 * fault (owners.ts), and only a task whose title or target takes up its thing carries it — a topic shared or words of
 * its detail leave it said to them (「个别村管网维修不及时」 beside 「推进水费计量收缴」, both 工程: the villages are told).
 */
export function carryingTask(input: SpeechInput, i: number, topic: Topic | undefined, taskTopics: readonly (Topic | undefined)[], named = false): number {
  const c = input.campaign;
  const p = c.problems[i]!;
  const tasks = c.tasks.map((t) => `${t.title} ${t.detail ?? ''} ${t.measure ?? ''}`);
  const wide = campaignWords(input, tasks);
  const detail = [p.detail, ...(p.examples ?? [])].filter(Boolean).join('；');
  const title = termsOf(p.title, wide);
  const own = termsOf(detail, new Set([...wide, ...termsOf(p.title, new Set())]));
  const text = `${p.title} ${detail}`;
  const short = shortOf(p.title);
  return c.tasks.findIndex((t, k) => {
    const main = `${t.title} ${t.measure ?? ''}`;
    if (answersByMeaning(p.title, main) || carries(p.title, main)) return true;
    // A task that names every example of the problem (「重点做好桃坪乡、云岩乡等征集薄弱乡镇的工作」 for 「征集工作不平衡」 whose
    // examples are those two) takes up the very places or parties it is about (r-s69 s69-7 [48], D: 已经具体落实到桃坪乡、云岩乡).
    if (p.examples?.length && p.examples.every((e) => e.trim().length >= 2 && tasks[k]!.includes(e.trim()))) return true;
    // A shortage of people or money is carried only by a task that names it, fills it (as measures.ts `answering`) or, of
    // people, acts on the very people or places its detail names (「石门村、上坪村调整年轻监测员」 for 「监测力量薄弱」 whose detail names those
    // villages' old 监测员, s67-9 [42], D): 「加快秸秆离田收储」 does the collecting, not the 收储资金缺口.
    if (short && !tasks[k]!.includes(short.what) && !(short.money ? FUNDS : STAFFS).test(tasks[k]!) && (short.money || shared(own, t.detail ?? '') < 2)) return false;
    if (own.size >= 2 && shared(own, t.title) >= 2) return true;
    if (named) return false;
    // A topic shared with a word of the problem's in the task (「抢险装备不足」 is not carried by 监测员上岗, both 队伍).
    if (topic && taskTopics[k] === topic && shared(title, tasks[k]!) + shared(own, tasks[k]!) >= 1) return true;
    if (answersByMeaning(p.title, tasks[k]!) || carries(p.title, tasks[k]!) || (answersByMeaning(text, tasks[k]!) && shared(title, tasks[k]!) >= 1)) return true;
    return shared(title, tasks[k]!) >= 1 && shared(own, tasks[k]!) >= 2;
  });
}

/**
 * The links of `answering` with the problems a task carries added as silent links (never said aloud, `sure` false):
 * such a problem is neither named again after the tasks nor given a measure of part three (s65-4 [52], D: 「前面提到的部分
 * 居民不理解不配合，要摆上位置」 under 宣传 in part three after the task 「做好群众工作」). `owners(i)`: the units problem i
 * names at fault that the speaker directs; when there are some, the carrying task must hold them all.
 */
export function withCarried(input: SpeechInput, links: Links, taskTopics: readonly (Topic | undefined)[], topics: readonly (Topic | undefined)[], owners: (problem: number) => string[]): Links {
  return links.map((l, i) => {
    // Held to the places and parties the problem names (problem-parts.ts): a task naming only some of them settles none.
    if (l) return heldToParts(input, i, l);
    const named = owners(i);
    const k = carryingTask(input, i, topics[i], taskTopics, named.length > 0);
    if (k < 0) return undefined;
    const t = input.campaign.tasks[k]!;
    const theirs = [t.lead, ...(t.support ?? [])].filter(Boolean).join('、');
    return named.every((o) => theirs.includes(o)) ? heldToParts(input, i, { task: k, plain: false, sure: false }) : undefined;
  });
}
