// A task's target that is a level of means (「现场作业人员不少于40人」: people, crews or machines on the job) is how the result is
// reached, kept from now on, not the result its deadline closes. Said as 「7月15日前现场作业人员不少于40人」 it gave the lagging
// builder six weeks' grace to add people and left the work's own end unsaid (s79-2 [35], s81-2 [36], W): the means are said
// first, as kept from now, and the deadline then goes with the task's completion.

/** People, crews or machines put on the job: 「现场作业人员」「施工班组」「作业机械」 — not those a task fills posts with (「专职医保人员」). */
const MEANS = /(?:作业|施工|现场|值守|抢修|抢险|救援|巡查|巡护|在岗)(?:人员|人手|力量|队伍|班组|机械|车辆|设备)|作业面|挖掘机|收割机/;
/** A floor of people or machines: 「不少于40人」「600台以上」. */
const FLOOR = /(?:不少于|不低于|至少)\s*\d+\s*(?:人|名|台|辆|套|支|个|组)|\d+\s*(?:人|名|台|辆|套|支)以上/;
/** An act that is itself a result to reach by a date (「每村配备巡查员不少于2名」: the posts filled by then). */
const RESULT_ACT = /培训|参训|配备|配齐|招聘|招录|组建|建成|建立|完成|新增|新建|报名|征集|安置|转移|救助|帮扶|就业|覆盖|落实|签订|持证|考核/;

/** Whether a task's target is a level of means kept from now, not a result its deadline closes. */
export function meansKept(measure: string): boolean {
  return MEANS.test(measure) && FLOOR.test(measure) && !RESULT_ACT.test(measure);
}
