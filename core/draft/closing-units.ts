// The campaign's units as the closing calls on them (speech.ts): without those the work regulates.
import type { Run } from '../doc/model.ts';
import { fact, joinRuns } from './runs.ts';
import type { Room } from './room.ts';
import { bareUnit, isFirm, unitRelation, type Speaker } from './speaker.ts';

/** A unit's own end: a piece without one shares the noun of the last (「施工、监理单位」). */
const UNIT_ENDS = /(局|办|委|所|站|队|中心|组|院|校|村|社区|镇|乡|街道|单位|企业|公司|部门|机构|集团|科|股|室|部)(（社区）)?$/;
/** Whether a list's pieces before the last are words of one kind sharing its noun (「全区各建设、施工、监理单位」), not units of their own. */
function sharesNoun(group: string): boolean {
  const pieces = group.split('、').map((p) => p.trim());
  return pieces.length > 1 && UNIT_ENDS.test(pieces.at(-1)!) && pieces.slice(0, -1).every((p) => !UNIT_ENDS.test(p) && p.length <= 12 && !/[（(）)]|会$/.test(p));
}

/**
 * The campaign's units as the closing calls on them: without those the work regulates (s12-8 [43]:
 * landlords told 「不等不靠、主动作为」; summoned companies likewise). The material's list as it is when
 * none is dropped.
 */
export function closingUnits(units: string, room: Room, speaker: Speaker, tasks: readonly { lead: string }[] = [], summons = false): Run[] {
  const pieces = units.split(/[、，,]/).map((p) => p.trim()).filter(Boolean);
  // At a department head's 约谈 the closing's charge (「立行立改」) is for the kind called to account, never his peers and the township
  // (s48-3 [57], W: a 局长 told 县直有关部门 and 城关镇 to 「举一反三、立行立改」 at a 约谈 of gas companies).
  // Pieces that share the last one's noun (「全区各建设、施工、监理单位」) stand or fall together: the charge is never handed to the last
  // alone (s65-2 [47], W: 「监理单位要把会上定下的任务抓在手上」 where the builders and the station lead the tasks).
  const shares = (kept: readonly string[]) => kept.some((p) => !UNIT_ENDS.test(p));
  const groups = units.split(/[，,]/).map((g) => g.trim()).filter(Boolean).flatMap((g) => (sharesNoun(g) ? [g] : g.split('、').map((p) => p.trim()).filter(Boolean)));
  const accountable = summons && speaker.rank === 'department' ? groups.filter((g) => room.regulated(g.split('、').at(-1)!)) : [];
  if (accountable.length && accountable.length < groups.length) return joinRuns(accountable.map((p) => fact(p, 'campaign.units')), '、');
  // Nor on a higher level's unit the material lists, nor on a company, which a government does not
  // order (「县公交集团河湾分公司要…」 from a 镇党委书记; s19-3 [36]: 「对合作企业不宜用‘要’下命令」).
  const others = (p: string) => unitRelation(p, speaker) === 'higher' || isFirm(p);
  const ours = pieces.filter((p) => !room.regulated(p) && !others(p));
  // The charge goes to those who lead the tasks: a kind the work regulates that leads them (「各养老机构」) stays where the
  // units kept lead none (s44-5 [53], W: the closing charged 各乡镇民政办, which only helped, and left out the 养老机构).
  const leads = (p: string) => tasks.some((t) => t.lead.split(/[、，,]/).some((l) => l.trim() === p || bareUnit(l.trim()) === bareUnit(p)));
  // Those that lead the work: half the tasks or more led by the kind (「养老机构」 in 「各养老机构」「3家被约谈养老机构」), not one
  // task of 整改 among the level's (s12-8 [43]: a carriers' kind told 「不等不靠」 at the close).
  const leadsMost = (p: string) => tasks.filter((t) => t.lead.includes(p.replace(/^(各|全)/, ''))).length * 2 >= tasks.length;
  // A kind of companies (「各物业服务企业」) is charged as such; a company by name is not (s19-3 [36]).
  const doers = ours.some(leads) ? [] : pieces.filter((p) => !ours.includes(p) && unitRelation(p, speaker) !== 'higher' && (!isFirm(p) || /^(各|全)/.test(p)) && leadsMost(p));
  const kept = pieces.filter((p) => ours.includes(p) || doers.includes(p));
  // Pieces that share the last one's noun (「全县特种设备生产、充装、维保、使用单位」) stand or fall together.
  if (kept.length === pieces.length || !kept.length || shares(kept)) return fact(units, 'campaign.units');
  return joinRuns(kept.map((p) => fact(p, 'campaign.units')), '、');
}
