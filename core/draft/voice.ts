// What a speaker may not say, whichever pool a unit comes from: GENRE.md "Level, rank and the room".
// A township or street has one level below it (its villages or communities), so nothing is passed
// down 「层层」 or 「一级对一级」, and no 「高位推动」 or 「听取工作汇报」 is asked of a village; a department head does not sanction or rank peers (追责, 属地责任,
// 受表扬/有压力); and a campaign narrower than its field (老旧小区改造 in 城市建设) speaks of its own
// work, not of the whole field (the domain's `broad` words, unless the campaign's name says them).
import { hasLevelsBelow, type Speaker } from './speaker.ts';
import type { DomainEntry } from './template-schema.ts';

const LEVELS = /层层|一级对一级|一级抓一级|各级|高位推动|听取工作汇报/;
/**
 * The centre's formulas for a whole field (「农业农村工作是全局工作的重中之重」「关键在党」): a county may
 * echo them, a township or street does not (s11-3: a 乡长's 「把三农工作放在更加突出的位置」).
 */
const CENTRAL = /重中之重|国之大者|关键在党|三农工作放在更加突出/;
const COMMAND = /追责|问责|失职必究|严肃处理|依规依纪|属地责任|受表扬|有压力|第一责任人|亲自研究|亲自部署|高位推动|全\{scope\}上下/;

/**
 * 「主要负责同志要靠前指挥」 with no unit before it: said by a deputy it instructs his own principals, the 书记 and 乡长 in the room
 * (s67-11 [36], E: a 副乡长's → 「各村党组织书记要靠前指挥」). The principals of units named (「各单位主要负责同志」「{units}主要负责同志」) are his to tell.
 */
const PRINCIPALS = /(?<!(?:单位|部门|\}|村|社区|乡镇|街道|企业|学校))主要负责同志/;
/** Lenience (容错纠错, 免责) promised where the goal is a bottom line of lives or none at all (s66-2 [29], s67-1 [50], D: 等于给出火点留口子). */
const LENIENT = /容错|免责/;
/** A goal that is a bottom line: 「不发生…」「不出现一个火点」「零死亡」「杜绝…」. */
const BOTTOM_LINE = /不发生|不出现|零(?:死亡|伤亡|事故|火点|发生)|杜绝/;

/** Whether a unit of the corpus (its raw text, slots unfilled) is not this speaker's to say; `goal` the campaign's. */
export function unfitFor(speaker: Speaker, entry: DomainEntry, campaignName: string, goal = ''): (text: string) => boolean {
  const broad = (entry.broad ?? []).filter((w) => !campaignName.includes(w));
  const base = !hasLevelsBelow(speaker.level);
  const department = speaker.rank === 'department';
  const deputy = speaker.rank === 'deputy';
  const bottom = BOTTOM_LINE.test(goal);
  return (text) =>
    (base && (LEVELS.test(text) || CENTRAL.test(text))) || (department && COMMAND.test(text)) || broad.some((w) => text.includes(w)) || (deputy && PRINCIPALS.test(text)) || (bottom && LENIENT.test(text));
}

/**
 * Words of work already under way: a 动员会 starts the work, so it is not 「向纵深开展」 or set for
 * 「下一阶段」 (a reader struck both in a 动员会 speech given on the campaign's first day).
 */
const UNDER_WAY = /向纵深|纵深推进|下一阶段|下阶段|巩固提升/;

/**
 * 「这次部署的目标」「今天部署的…」: only a meeting that deploys says its business is 部署, and only a
 * speaker who deploys: readers struck it at a 推进会, a 调度会 and a 约谈会, and from a department head
 * speaking under the chair (s12-1 [28], s12-4 [28], s12-6 [25], s12-8 [19]).
 */
const DEPLOYED = /这次部署|今天部署|本次部署/;

/**
 * Words of the long haul: a 调度会 pushes the work to its deadline, so it is not told that the work is
 * 「一场持久战」 to be won 「久久为功」 (struck twice in a December 大气 调度会, s12 final and s13 hunt).
 */
const LONG_HAUL = /持久战|久久为功|长远的大事|利长远/;

/**
 * At a 约谈, the regulator speaks to those it called in: it does not ask them to correct its speech
 * (「不妥之处请大家指正」) nor call their violations 「我们的工作还有短板」 (s14-4 [4][11] in the s16 hunt).
 */
const SUMMONER = /不妥之处|请大家指正|我们的工作还/;

/** Whether wording (a heading, a phrase, a unit) does not fit the meeting's stage: `kind` is its type, else its name. */
export function stageUnfit(kind: string, speaker?: Speaker): (text: string) => boolean {
  const starts = /动员|启动/.test(kind) && !/推进/.test(kind);
  const pushes = /调度|冲刺/.test(kind);
  const deploys = /部署|动员/.test(kind) && !/约谈|现场/.test(kind) && !speaker?.chaired;
  const summons = /约谈/.test(kind);
  return (text) => (starts && UNDER_WAY.test(text)) || (pushes && LONG_HAUL.test(text)) || (!deploys && DEPLOYED.test(text)) || (summons && SUMMONER.test(text));
}
