// When a task's own text already says its deadline, in whatever form the clerk wrote it: 「10月底前全部开工」 in the
// measure for the deadline 2026-10-31, 「年内新开工1600套」 for 2026-12-31. The assignment then says no more of it: a
// second 「10月31日前全部完成」 contradicted the measure's own act (s43-2 [45], W: 时限10月31日指的就是开工) and
// 「12月31日前全部完成」 raised a target of 基本建成 to 全部 (s43-5 [60], W).

/** A day of the calendar; no year where the text gives none, and then 0 for the last day of its month (「2月底」). */
interface Day {
  year?: number;
  month: number;
  day: number;
}

/** A day without a year is the next one from the meeting on (「2月底」 at a January meeting, 「2月底」 of next year in December). */
function resolved(d: Day, meeting: { year: number; month: number; day: number }): string {
  const year = d.year ?? (d.month > meeting.month || (d.month === meeting.month && (d.day || 31) >= meeting.day) ? meeting.year : meeting.year + 1);
  return `${year}-${d.month}-${d.day || lastDay(year, d.month)}`;
}

const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The day a deadline ends on: 2026-10-31, 「10月31日前」, 「10月底前」, 「2026年10月底」, 「年底前」; none for a term (「汛期」). */
function deadlineDay(deadline: string): Day | undefined {
  const d = deadline.trim().replace(/(以前|之前|前)$/, '');
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const m = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|(底|末))$/.exec(d);
  if (m) {
    return { ...(m[1] ? { year: Number(m[1]) } : {}), month: Number(m[2]), day: m[3] ? Number(m[3]) : 0 };
  }
  const end = /^(?:(\d{4})年)?(?:年底|年末|年内)$/.exec(d);
  if (end) return { ...(end[1] ? { year: Number(end[1]) } : {}), month: 12, day: 31 };
  return undefined;
}

/** Every day a text names: 「10月底前」「10月31日」「2027年3月底」, and 「年内」「年底」「今年内」 as the year's last day. */
function daysNamed(text: string, yearEnd = true): Day[] {
  const out: Day[] = [];
  for (const m of text.matchAll(/(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号]|(底|末))/g)) {
    out.push({ ...(m[1] ? { year: Number(m[1]) } : {}), month: Number(m[2]), day: m[3] ? Number(m[3]) : 0 });
  }
  // 「年内新开工1600套」「今年年底前」「2026年底」: by the end of the year (not 「3年内」, a span; not 「年内每月」, which recurs).
  for (const m of yearEnd ? text.matchAll(/(\d{4})年(?:年底|年末|年内|底|末|内)(?!每)|(?<![\d一二三四五六七八九十两个])(?:年底|年末|年内)(?!每)/g) : []) {
    out.push({ ...(m[1] ? { year: Number(m[1]) } : {}), month: 12, day: 31 });
  }
  // 「2027年创建“无诈社区”20个」: a year that opens a clause as the time of its act is done by the year's end (s53-7 [48], W:
  // 「2027年12月31日前2027年创建…」). Not a year's part, a season, a start or a range (「2027年起」「2026年至2027年」).
  for (const m of text.matchAll(/(?:^|[，；。])(\d{4})年(?=\p{Script=Han})(?!度|底|末|内|全年|上半年|下半年|[一二三四]季度|[春夏秋冬汛]|起|开始|以来|以后|之后|至|到|[前后]|和|与|及)/gu)) {
    out.push({ year: Number(m[1]), month: 12, day: 31 });
  }
  return out;
}

/**
 * Whether a text names the day a deadline ends on, in any form (10月底 = 10月31日 = 2026-10-31; 年内 = 12月31日). A day
 * without a year is the next one from the meeting on.
 */
export function saysDeadline(text: string | undefined, deadline: string | undefined, meetingDate?: string): boolean {
  if (!text || !deadline) return false;
  const [y, m, d] = (meetingDate ?? '').split('-').map(Number);
  // A term of the meeting's own year the text says without the year: 「2026年全年」 and 「全年秸秆综合利用率达到92%」.
  const term = /^(?:(\d{4})年)?(全年|上半年|下半年|[一二三四]季度)$/.exec(deadline.trim());
  if (term) return (!term[1] || Number(term[1]) === y) && text.includes(term[2]!);
  const due = deadlineDay(deadline);
  if (!due) return false;
  const meeting = y && m && d ? { year: y, month: m, day: d } : { year: 2000, month: 1, day: 1 };
  const at = resolved(due, meeting);
  // A month's term the clerk typed (「12月底前」) is not carried by the year's 「年内」「年底」 in the text: it is said as typed
  // (r-s75 s75-4 [30], E: 「12月底前」 left out beside 「年内优先拆除」). A date picked in the form still is (s43-5 [60]).
  const typedMonth = !/^\d{4}-\d{2}-\d{2}$/.test(deadline.trim()) && !/年(?:底|末|内)/.test(deadline);
  return daysNamed(text, !typedMonth).some((named) => resolved(named, meeting) === at);
}

/**
 * Whether a text names a day after the one a deadline ends on: 「机修厂、电业局宿舍小区9月底前完成投资70%以上」 beside the
 * deadline 「7月底前」 is a target due after the task's own acts, not a milestone on the way to it (s54-2 [63], W).
 */
export function namesLaterDay(text: string | undefined, deadline: string | undefined, meetingDate?: string): boolean {
  if (!text || !deadline) return false;
  const due = deadlineDay(deadline);
  if (!due) return false;
  const [y, m, d] = (meetingDate ?? '').split('-').map(Number);
  const meeting = y && m && d ? { year: y, month: m, day: d } : { year: 2000, month: 1, day: 1 };
  const time = (day: Day) => {
    const [yy, mm, dd] = resolved(day, meeting).split('-').map(Number);
    return Date.UTC(yy!, mm! - 1, dd!);
  };
  return daysNamed(text).some((named) => time(named) > time(due));
}

/**
 * Whether a text says the deadline's day as the day something starts: 「2027年起提高…补助标准」 for 2027-01-01, 「7月1日起执行」
 * for 2027-07-01. The date is then when the new rule applies, not an end to finish by (s56-8 [44], W: 「2027年1月1日前全部完成」
 * three days after the meeting, with a yearly training among it).
 */
export function saysStart(text: string | undefined, deadline: string | undefined, meetingDate?: string): boolean {
  if (!text || !deadline) return false;
  const due = deadlineDay(deadline);
  if (!due || !due.day) return false;
  const [y, m, d] = (meetingDate ?? '').split('-').map(Number);
  const meeting = y && m && d ? { year: y, month: m, day: d } : { year: 2000, month: 1, day: 1 };
  const at = resolved(due, meeting);
  const starts: Day[] = [];
  for (const x of text.matchAll(/(?:(\d{4})年)?(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?(?:起|开始)/g)) {
    if (!x[1] && !x[2]) continue;
    starts.push({ ...(x[1] ? { year: Number(x[1]) } : {}), month: x[2] ? Number(x[2]) : 1, day: x[3] ? Number(x[3]) : 1 });
  }
  return starts.some((s) => resolved(s, meeting) === at);
}

/**
 * Whether a task's text says when it starts: 「2027年1月起在高校毕业生中开展…宣传」「自3月上旬开始」「从元旦起」. Its deadline is then
 * when it is done, never a start put off to it (r-s71 s71-7 [31], W: 「2027年2月底前启动」 for publicity that opens 「2027年1月起」
 * under the title 「…提前启动」 — the start of the title is the one its text gives).
 */
export function startsOwn(text: string | undefined): boolean {
  return !!text && /(?:\d{4}年|\d{1,2}月(?:\d{1,2}[日号]|上旬|中旬|下旬|初|中)?|元旦|春节|节后|开学|即日)(?:起|开始)|自[^，。；]{1,12}(?:起|开始)|从[^，。；]{1,12}(?:起|开始)/.test(text);
}

/**
 * Whether a task sets duties and rules to keep — its title a standing arrangement (责任, 制度, 纪律, 值守) and its text a rule
 * (「主汛期…主要负责同志不得同时外出」): such work is put in place by its deadline, never 「…前完成」 (r-s72 s72-1 [44], E: 「5月20日
 * 前把各级包保责任和…责任人全部落实到位」). A task that does a thing with a rule beside it (「…分两批拨付，严禁挤占挪用」) is done
 * by then (s64-7 [38], s69-5 [48], K).
 */
export function setsRules(title: string, text: string | undefined): boolean {
  return /责任|制度|纪律|规矩|值守|值班/.test(title) && !!text && /不得|严禁|禁止|一律不|不准|不许/.test(text);
}
