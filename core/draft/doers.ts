// Supports a task's own detail names as the doers of its act, by name (「县城投公司统筹做好融资」) or by a kind they are of
// (「各管线产权单位3月15日前完成迁改」 with the water and power companies among the supports): they do the act, asked for it, never
// asked to 「给予支持」 the lead (s51-8 [40] [46], E: 「迁改主体是产权单位，原稿写成‘积极支持’，把主次颠倒」), and in the room asked to do
// their part, never to 「继续支持配合」 as guests who only support (s51-8 [53], W: the two utilities whose lines lag).
import type { SpeechInput } from '../input/schema.ts';
import { takesPart } from './attendee-tasks.ts';
import { isFirm } from './speaker.ts';

type Task = SpeechInput['campaign']['tasks'][number];

/** A utility or network company by its name: it owns the lines and pipes of its network. */
const NETWORK_FIRM = /供电|电力|电网|自来水|供水|水务|燃气|热力|电信|移动|联通|铁塔|广电网络|通信/;
/** A clause that gives an act to the owners of the lines or pipes as such: 「各管线产权单位…完成迁改」. */
const OWNERS_ACT = /^(各|有关|相关)?[^，。；、]{0,6}?(产权|权属)单位/;
/** A clause's subject doing what it does: a verb of doing after the name (「统筹做好融资」「负责…」). */
const DOES = /^[^，。；]{0,4}?(负责|统筹|做好|完成|实施|组织|落实|承担|抓好|开展|筹措|办理)/;

/** The clauses of a task's detail. */
function clausesOf(t: Task): string[] {
  return (t.detail ?? '').split(/[，。；;]/).map((c) => c.trim()).filter(Boolean);
}

/** Whether a task's detail names this support as the doer of one of its clauses (see the file's head). */
export function doesTaskAct(t: Task, unit: string): boolean {
  const name = unit.trim();
  if (!(t.support ?? []).some((s) => s.trim() === name)) return false;
  // A company only: a public body the detail names at its part (「乡派出所逐人开展政治考核」) supports the lead as before.
  return isFirm(name) && clausesOf(t).some((c) => (c.startsWith(name) && DOES.test(c.slice(name.length))) || (OWNERS_ACT.test(c) && NETWORK_FIRM.test(name)));
}

/** Whether an attendee is named by a task it supports (its indices, attendee-tasks.ts tasksOf) as the doer of its act. */
export function doerInRoom(input: SpeechInput, name: string, supports: readonly number[]): boolean {
  return supports.some((k) => { const t = input.campaign.tasks[k]!; return (t.support ?? []).some((u) => takesPart(name, u) && doesTaskAct(t, u)); });
}
