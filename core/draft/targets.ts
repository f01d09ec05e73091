// A task's target (its measure) beside its deadline: whether the target is reached by the deadline (「确保11月底前完成…」), due at
// a time of its own (a milestone) or held over a period; split from items.ts, which says the assignment sentence.
import type { Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { clause, deadlineRuns } from './facts.ts';
import { runsText } from '../doc/text.ts';
import { concat, fact, lit } from './runs.ts';
import { namesLaterDay } from './deadline-dates.ts';
import { meansKept } from './means.ts';

type Task = SpeechInput['campaign']['tasks'][number];

/** A target held over a period or kept for good, not reached once by a date. */
export const HELD = /汛期|期间|[春夏秋冬]季|旺季|全年|常态|长效|始终|持续|不发生|零(?:事故|伤亡|发生|死亡)|杜绝|无(?:重大|较大)?(?:事故|伤亡)/;

/**
 * A target to reach by a time takes the time in front: 「确保11月底前完成12个村污水管网建设」「春节前重点纠纷化解率达到90%
 * 以上」, not 「最迟春节前完成，要确保…化解率达到90%以上」 (a reader: a rate is not 「完成」; the two contradict). A bare rate
 * (「配备率100%」) keeps its own frame; so does a pledge the material makes itself. A target with its own time (「12月31日前
 * 报送台账」「2小时内报告」) takes none in front: 「1月20日前12月31日前报送…」 could not be read out. So does a target of a
 * period (「一季度新开工…15个以上」): 「确保2月底前一季度新开工…」 read as 15 starts by February, the deadline of the task's
 * own act glued to another time's target (s40-6 [66], W). So does a target held over a season or kept for good (「主汛期地下
 * 车库不发生车辆被淹」): 「7月25日前主汛期…不发生…」 glued the checks' date to the season's outcome (s44-4 [40], W). So does a level
 * of means kept from now (means.ts: 「7月15日前现场作业人员不少于40人」, s79-2 [35], W).
 */
export function reachedByTime(measure: string): boolean {
  const ownTime = /\d{4}年|\d+月|\d+日|[前内]|以内|小时|春节|节前|年底|月底|[一二三四]季度|上半年|下半年|年内|全年|明年|今年|当年|次年/.test(measure);
  return !ownTime && !HELD.test(measure) && !meansKept(measure) && !/^(确保|力争|争取|努力)/.test(measure) && (!/率\s*[\d百]/.test(measure) || /达到|不低于|以上|以下/.test(measure));
}

/**
 * A bare rate after a date takes its verb: 「…前视频监控在线率达到95%以上」, not 「…前视频监控在线率95%以上」 (s48-8 [51], E: no
 * predicate). None where the target says its own verb.
 */
export function rateReached(measure: string, src: string): Run[] | undefined {
  const at = /率(?=\d)/.exec(measure);
  if (!at || /达到|不低于|提高|提升|降低|下降|保持|实现|控制在|超过/.test(measure)) return undefined;
  return concat(fact(measure.slice(0, at.index + 1), src), lit('达到'), fact(measure.slice(at.index + 1), src));
}

/**
 * A detail that provides for what cannot be finished by the deadline (「暂不能完工的要落实临时避让和专人监测」): the task is then
 * settled by it, not 「全部完成」 (s52-1 [42], W: 「主汛期前全部完成」 beside works the material says cannot all be finished).
 */
export const PARTLY = /暂(时)?(不能|无法|未能|难以)|确(实)?(不能|无法)|(不能|无法|未能)按期|完不成|不能完工|无法完工/;

/** A measure that opens with its own verb (「确保…」「力争…」「实现…」) is written as it is. */
export const OWN_VERB = /^(确保|力争|争取|实现|做到|达到|完成|全面|努力|杜绝|坚决|不发生|守住|保持|基本|全部|坚持)/;

/**
 * A target due at a time of its own, and the task's deadline: the target first, then the end (「确保1月底前…达到75%以上，
 * 2027年3月底前全部完成」). A target due after the task's deadline (「…9月底前完成投资70%以上」, the task 「7月底前」) is what the
 * task's acts lead to: the acts are done by the deadline, then the target — 「7月底前落实到位，确保…9月底前完成投资70%以上」,
 * never 「…9月底前完成投资70%以上，7月底前全部完成」 (s54-2 [63], W: the stage later than the end).
 */
export function milestoneClauses(t: Task, src: string, deadline: string, key: string, tone: string, meetingDate?: string): (Run[] | undefined)[] {
  const measureText = t.measure!.trim().replace(/[。；，]$/, '');
  const by = deadlineRuns(deadline, `${src}.deadline`, meetingDate);
  const pledged = (x: string) => concat(lit(OWN_VERB.test(measureText) ? '' : x), clause(t.measure, `${src}.measure`));
  if (namesLaterDay(measureText, deadline, meetingDate)) return [concat(by, lit(`${key === 'by' ? '' : '前'}落实到位`)), pledged('确保')];
  const end = concat(by, lit(`${key === 'by' ? '' : '前'}${PARTLY.test(t.detail ?? '') ? '落实到位' : '全部完成'}`));
  // An end the target already names (「…11月底前主体完工」 for 「2027年11月底前」) is not said again as
  // 「11月底前全部完成」, which the goal's later 竣工验收 contradicts (s16-4 [35], E).
  const when = runsText(by).replace(/^\d{4}年/, '').replace(/(以前|之前|前)$/, '');
  const named = when.length >= 2 && measureText.includes(when);
  return [pledged(tone === 'directive' ? '确保' : ''), named ? undefined : end];
}
