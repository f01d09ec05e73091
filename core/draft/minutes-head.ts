// The parts of a 会议纪要 around its body: the 期号 under the 纪要 mark, the facts of the opening's
// first sentence, and the 版记 (分送/抄送, 印发机关 and 印发日期) at the foot of the last page (GB/T 9704 §7.4).
import type { Colophon, Run } from '../doc/model.ts';
import { clockTime } from '../input/clock-time.ts';
import type { MinutesInput } from '../input/schema.ts';
import { dateRuns, listRuns, personInline } from './facts.ts';
import { concat, fact, gap, lit, type Vars } from './runs.ts';

/** 「上午10:00」 → 「上午10时」 (core/input/clock-time.ts): the clock as an official text writes it. */
export { clockTime };

const SRC = 'options.issue';

/**
 * 期号 as users write it, printed once and correctly: 「23」 and 「23期」 → 「第23期」, 「第23期」 as is,
 * 「〔2026〕23号」「[2026]23号」「（2026）23」 → 「〔2026〕23号」 (GB/T 9704: 六角括号, 号). Anything else
 * (「2026年第3期」「总第45期」「第二十三期」) is printed as written. The numbers stay facts of the field.
 */
export function issueRuns(raw: string): Run[] {
  const s = raw.trim();
  const num = /^第?\s*([0-9０-９]+|[零〇一二三四五六七八九十百]+)\s*期?$/u.exec(s);
  if (num) {
    const n = num[1]!;
    return s === `第${n}期` ? fact(s, SRC) : concat(lit('第'), fact(n, SRC), lit('期'));
  }
  const year = /^[〔[［(（【]\s*(\d{4})\s*[〕\]］)）】]\s*第?\s*(\d+)\s*号?$/u.exec(s);
  if (year) return concat(lit('〔'), fact(year[1]!, SRC), lit('〕'), fact(year[2]!, SRC), lit('号'));
  return fact(s, SRC);
}

/** 「分送：县委办公室，县人大常委会办公室。」: offices separated by 「，」, closed with 「。」 (GB 7.4.2). */
function officeLine(label: string, offices: readonly string[] | undefined, src: string): Colophon['lines'][number] | undefined {
  const runs = listRuns(offices, src, '，');
  return runs ? { label, runs: concat(runs, lit('。')) } : undefined;
}

/**
 * The 版记. Every issued 纪要 has its 印发 line: 印发机关 defaults to the meeting's organizer, 印发日期
 * to the date printed on the minutes; 分送 and 抄送 only when given. Without an organizer or anything
 * else for the 版记 there is none (the head already shows the organizer missing).
 */
export function colophon(input: MinutesInput): Colophon | undefined {
  const o = input.options ?? {};
  if (!(o.distribution?.length || o.copyTo?.length || o.printedBy || input.meeting.organizer)) return undefined;
  const lines = [officeLine('分送', o.distribution, 'options.distribution'), officeLine('抄送', o.copyTo, 'options.copyTo')].filter(
    (l): l is Colophon['lines'][number] => !!l,
  );
  const organizer = input.meeting.organizer;
  const printedBy = o.printedBy ? fact(o.printedBy, 'options.printedBy') : organizer ? fact(organizer, 'meeting.organizer') : gap('印发机关');
  const date = o.printedDate
    ? dateRuns(o.printedDate, 'options.printedDate')
    : o.issueDate
      ? dateRuns(o.issueDate, 'options.issueDate')
      : dateRuns(input.meeting.date, 'meeting.date');
  return { lines, printedBy, printed: concat(date, lit('印发')) };
}

/** The meeting's date and time as one fact group: 「2026年7月8日晚上8时」. */
export function whenRuns(input: MinutesInput): Run[] {
  const m = input.meeting;
  return concat(dateRuns(m.date, 'meeting.date'), m.time ? fact(clockTime(m.time), 'meeting.time') : undefined);
}

/** The slots of the opening's first sentence: when, who chaired, where. */
export function convenedVars(input: MinutesInput): Vars {
  const m = input.meeting;
  return {
    when: whenRuns(input),
    host: m.host ? personInline(m.host, 'meeting.host') : gap('主持人'),
    venue: m.venue ? fact(m.venue, 'meeting.venue') : gap('会议地点'),
  };
}
