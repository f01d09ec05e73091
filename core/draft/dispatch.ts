// A 调度会's own voice (issue 11, session 21): it counts down to the node the material sets, says who is behind
// and wants the gap closed by a date, and asks for the progress the material does not give. Readers of the
// session-20 readings: 「调度会的味道不够：只剩两周收官，稿子没有突出倒计时…对三个滞后乡镇只要求“报送进度”而没有
// 提出10月8日前赶上的硬要求」 (s63-6 Overall), 「进度最差的桐子坳乡…泛泛一句」 (s64-7 [44] [45]), 「调度会要点名、要
// 压力」 (s65-4 Overall). Every day and name said here is a piece of the material; no figure is computed. Pure.
import type { Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import type { Links } from './measures.ts';
import { isIsoDate } from '../input/deadline.ts';
import { spokenDate } from './facts.ts';
import { fact, joinRuns } from './runs.ts';

/** A day the material names, with where it is written and how far it lies after the meeting. */
export interface Node {
  runs: Run[];
  /** Days from the meeting to the node (never said: it chooses the wording only). */
  days: number;
}

/** How near a node must be for a 调度会 to count down to it: a quarter. */
const NEAR_DAYS = 92;
/** A node within a month is counted down to as the last stretch. */
const CLOSE_DAYS = 31;

const DAY = /(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|(底|末))/gu;

/** Days from the meeting date (ISO) to a day the text names; the year is the next one from the meeting on where none is given. */
function daysTo(meeting: string | undefined, m: RegExpMatchArray): number | undefined {
  const at = /^(\d{4})-(\d{2})-(\d{2})$/.exec(meeting ?? '');
  if (!at) return undefined;
  const [y, mo, d] = [Number(at[1]), Number(at[2]), Number(at[3])];
  const month = Number(m[2]);
  const day = m[3] ? Number(m[3]) : 0;
  const year = m[1] ? Number(m[1]) : month > mo || (month === mo && (day || 31) >= d) ? y : y + 1;
  const end = day ? Date.UTC(year, month - 1, day) : Date.UTC(year, month, 0);
  return Math.round((end - Date.UTC(y, mo - 1, d)) / 86_400_000);
}

/** A background clause that says when the campaign ends: 「至10月8日结束」「10月底收官」. */
const ENDS = /(结束|收官|截止|到期)/u;

/**
 * The node a 调度会 counts down to: the day the background says the campaign ends on (「攻坚行动…至10月8日结束」),
 * else the goal's earliest day (「主体工程10月底前完成」) — never a single task's deadline, each of which its own task
 * says. Only a node after the meeting and within a quarter of it: a year's end in spring is no countdown.
 */
export function countdownNode(input: SpeechInput): Node | undefined {
  const found: { text: string; src: string; days: number }[] = [];
  (input.campaign.background ?? []).forEach((b, i) => {
    for (const clause of b.split(/[，。；]/u)) {
      if (!ENDS.test(clause)) continue;
      for (const m of clause.matchAll(DAY)) {
        const days = daysTo(input.meeting.date, m);
        if (days !== undefined) found.push({ text: m[0], src: `campaign.background[${i}]`, days });
      }
    }
  });
  if (!found.length) {
    for (const m of (input.campaign.goal ?? '').matchAll(DAY)) {
      const days = daysTo(input.meeting.date, m);
      if (days !== undefined) found.push({ text: m[0], src: 'campaign.goal', days });
    }
  }
  const near = found.filter((f) => f.days > 0 && f.days <= NEAR_DAYS).sort((a, b) => a.days - b.days)[0];
  return near ? { runs: fact(near.text, near.src), days: near.days } : undefined;
}

/** The countdown's key: the last stretch, or a node near enough to press. */
export function countdownKey(node: Node): 'close' | 'near' {
  return node.days <= CLOSE_DAYS ? 'close' : 'near';
}

/** A problem of progress behind: 「进度滞后」「落后于时序进度」「比全县平均进度低27个百分点」「慢19个百分点」. */
const LAG = /滞后|落后|偏慢|缓慢|拖后腿|(?:进度|序时)[^，。；]{0,6}(?:慢|低)|(?:慢|低)[^，。；]{0,4}个百分点/u;
/**
 * The units a clause opens on: townships, streets, villages, communities and companies, one or several (「A、B、C落后于…」),
 * followed by what they did or how far they are (「完成」「落后」「承建的」): 「古岭镇片区泵站…」「澴园新村二期…」 name a place
 * of the works, not a unit behind.
 */
const OPENING_NAMES = /^((?:\p{Script=Han}{2,16}?(?:乡|镇|街道|社区|村|集团有限公司|股份有限公司|有限公司|集团(?!有限|股份))[、和]?)+?)(?=\p{Script=Han}{0,4}(?:完成|进度)|落后|滞后|只|仅|承建|承担|负责|比|低于|慢|尚|未|至今|目前)/u;
/** Not a name but a whole, a share or a comparison: 全县, 各乡镇, 部分村, 「比全镇平均进度低…」. */
const NOT_A_NAME = /^(全|各|部分|个别|少数|一些|有的|其他|其余|多个|辖区|我|本|比|较|与|同|和|在|从|由|对|向|为|是|把|被|其中)/u;

/** A share of the work that says it lags: 「仅31%」「只整治5处」「不足50%」「至今未完成」, or a lag word. */
const SHORT = /仅|只有|只完成|只建成|只整治|不足|不到|未完成|未开工|未进场|尚未|至今/u;

/**
 * The units a lagging problem names as behind, in its words and order: the names a clause of its detail opens on where
 * what is said of them up to the next such name says the lag (「桐子坳乡完成任务的31%，比全县平均进度低27个百分点」, 「大湾乡、
 * 白马镇、龙脊乡落后于时序进度」, 「沙屿村、石湫村至今未完成终端选址」) — not those ahead beside them (「汜阳城投建设集团标段
 * 完成率68%，…汜阳华宇建设有限公司标段完成率仅31%」 names 华宇 only). None where the problem says no lag or names no one.
 */
export function behindUnits(problem: SpeechInput['campaign']['problems'][number], src: string): Run[][] {
  if (!LAG.test(`${problem.title} ${problem.detail ?? ''}`)) return [];
  // Each stretch of the detail that opens on names, with all that is said of them.
  const stretches: { names: string[]; said: string }[] = [];
  for (const sentence of (problem.detail ?? '').split(/[；。]/u)) {
    let open = false;
    for (const clause of sentence.split(/[，]/u)) {
      const m = OPENING_NAMES.exec(clause.trim());
      const names = m ? m[1]!.split(/[、和]/u).filter((n) => n && !NOT_A_NAME.test(n)) : [];
      if (names.length) stretches.push({ names, said: clause });
      else if (open) stretches.at(-1)!.said += `，${clause}`;
      open = open || names.length > 0;
    }
  }
  const seen = new Set<string>();
  return stretches.filter((s) => LAG.test(s.said) || SHORT.test(s.said)).flatMap((s) => s.names.filter((n) => !seen.has(n) && seen.add(n)).map((n) => fact(n, src)));
}

/** The units named in one breath: 「A、B和C」. */
export function named(units: readonly Run[][]): Run[] {
  return units.length < 2 ? (units[0] ?? []) : [...joinRuns(units.slice(0, -1), '、'), { text: '和' }, ...units.at(-1)!];
}

/** The lagging problems of a 调度会's material, each with units behind and the day they are to catch up by. */
export interface Behind {
  problem: number;
  units: Run[][];
  by?: Run[];
}

/**
 * Who is behind and by when each catches up: the day of the task that names the unit (its lead, support or detail:
 * 「沙屿村、石湫村召开村民代表会议…」 by 11月15日), else of the task that answers the problem, else the countdown's node;
 * units of one day in one breath. Also where a task of their own is led by them (「滞后乡镇限期赶进度」): the readers wanted
 * the pressure said (s63-6 [32], s66-5 [40]: 「必须拿出硬措施把进度赶上来」).
 */
export function behindOf(input: SpeechInput, links: Links): Behind[] {
  const node = countdownNode(input);
  const tasks = input.campaign.tasks;
  const dayOf = (k: number | undefined) => (k === undefined ? undefined : taskDay(tasks[k]?.deadline, `campaign.tasks[${k}].deadline`, input.meeting.date));
  return input.campaign.problems.flatMap((p, i): Behind[] => {
    const groups = new Map<string, Behind>();
    for (const unit of behindUnits(p, `campaign.problems[${i}].detail`)) {
      const name = unit[0]!.text;
      const names = (t: (typeof tasks)[number]) => [t.lead, ...(t.support ?? []), t.detail ?? ''].some((u) => u.includes(name));
      const own = tasks.findIndex((t, k) => names(t) && dayOf(k) !== undefined);
      const k = own >= 0 ? own : links[i]?.task;
      // A unit whose own or answering task sets a time that is no day (「11月上旬」「供暖前」) is given no other day: the
      // countdown's node would contradict its own deadline (r-s76/77 s77-5 [52], W: the towns due 10月31日 told 「11月15日前」).
      const termed = (k !== undefined && !!tasks[k]?.deadline?.trim()) || tasks.some((t) => names(t) && !!t.deadline?.trim());
      const by = dayOf(k) ?? (termed ? undefined : node?.runs);
      const key = by?.map((r) => r.text).join('') ?? '';
      const group = groups.get(key) ?? { problem: i, units: [], ...(by ? { by } : {}) };
      group.units.push(unit);
      groups.set(key, group);
    }
    return [...groups.values()];
  });
}

/** A deadline that is a day: 「10月8日前」「10月底前」 is said as the material writes its day. */
const DAY_ONLY = /^(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号]|底|末))(?=前?$)/u;

/** A task's deadline that is a day, as the speech says it: a typed day (「10月底前」 → 「10月底」), a date as 「10月31日」. */
function taskDay(deadline: string | undefined, src: string, meetingDate: string | undefined): Run[] | undefined {
  const d = deadline?.trim() ?? '';
  if (isIsoDate(d)) return fact(spokenDate(d, meetingDate), src);
  const day = DAY_ONLY.exec(d);
  return day ? fact(day[0], src) : undefined;
}

/**
 * Whether the material says how far the work has come: a figure in an achievement, or a background that says
 * what is done (「已建成32个」「截至9月5日…完成投资…」「完成率58.1%」). Without it a 调度会 asks for it.
 */
export function givesProgress(campaign: SpeechInput['campaign']): boolean {
  const done = /已|完成|累计|截至|截止|进度|%|开工|建成/u;
  if (campaign.achievements.some((a) => (a.figures ?? []).length > 0 || (/\d/.test(`${a.title}${a.detail ?? ''}`) && done.test(`${a.title}${a.detail ?? ''}`)))) return true;
  // A background's plan (「计划完成14个村…11月30日截止验收」) is no progress: only what is done so far.
  return (campaign.background ?? []).some((b) => /\d/.test(b) && /已|累计|截至|完成率|进度|%/u.test(b));
}
