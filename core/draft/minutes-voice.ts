// Who speaks in a 纪要, and in whose voice. The chair and the leaders of the meeting's own level speak
// as 「会议」 (or by name, throughout, when the material asks: never both in one text); a department
// head — or a township head at a county meeting — reports (汇报/通报): what they said is the situation
// the leaders spoke to, and comes before it, in the order the meeting ran. A named speaker's points
// form one group in the order spoken, the verb chosen by what the first point is.
import type { Run } from '../doc/model.ts';
import type { MinutesInput, Person } from '../input/schema.ts';
import type { SourcedRemark } from './agenda.ts';
import { personInline } from './facts.ts';
import { pointKind, pointList, pointRuns, type PointKind } from './points.ts';
import { concat, fact, lit } from './runs.ts';
import { ownUnitOf, speakerRank } from './speaker.ts';

export type Verb = '指出' | '认为' | '要求' | '强调' | '明确' | '提出';

/** What a named speaker does with a point of each kind. */
export const VERB_OF: Record<PointKind, Verb> = {
  statement: '指出',
  suggestion: '提出',
  directive: '强调',
  instruction: '要求',
  settled: '指出',
  procedural: '要求',
};

export interface VoicedPoint {
  r: SourcedRemark;
  kind: PointKind;
  text: string;
  src: string;
}

/** Every point of the remarks, in order, with its kind and path. */
export function voicedPoints(remarks: readonly SourcedRemark[]): VoicedPoint[] {
  return remarks.flatMap((r) => r.remark.points.map((text, pi) => ({ r, kind: pointKind(text), text, src: `${r.src}.points[${pi}]` })));
}

/** The points grouped by speaker, in the order each first spoke. */
export function bySpeaker(points: readonly VoicedPoint[]): VoicedPoint[][] {
  const out: VoicedPoint[][] = [];
  for (const p of points) {
    const same = out.find((g) => g[0]!.r.remark.speaker.name === p.r.remark.speaker.name);
    if (same) same.push(p);
    else out.push([p]);
  }
  return out;
}

const GRASSROOTS = /(?:社区|村|居委会|村委会)(?:党组织|党委|党总支|党支部|居委会|村委会)?(?:书记|主任)/u;
// 「社区」「小区」 name no level of government.
const NOT_LEVELS = /社区|小区|园区|片区|辖区|景区|城区/gu;
const LEVELS: readonly [RegExp, number][] = [
  [/街道/u, 1],
  [/[镇乡]/u, 1],
  [/[县区旗]/u, 2],
  [/[市州盟]/u, 3],
];

/** The order of the level a title names first: 「城关镇镇长」 1, 「副县长」 2; none for 「组织委员」. */
function titleOrder(title: string | undefined): number | undefined {
  const t = (title ?? '').replace(NOT_LEVELS, '');
  let best: { at: number; order: number } | undefined;
  for (const [re, order] of LEVELS) {
    const m = re.exec(t);
    if (m && (!best || m.index < best.at)) best = { at: m.index, order };
  }
  return best?.order;
}

/**
 * Whether the speaker leads the meeting (and so speaks as 「会议」): the chair; a principal or deputy
 * of the chair's level or above; anyone whose title the material does not give.
 */
export function isLeader(input: MinutesInput, speaker: Person): boolean {
  const host = input.meeting.host;
  if (host && host.name === speaker.name) return true;
  if (!speaker.title?.trim()) return true;
  // A village's or community's cadre reports to the township or street that holds the meeting.
  if (GRASSROOTS.test(speaker.title)) return false;
  const rank = speakerRank(speaker.title);
  if (rank !== 'principal' && rank !== 'deputy') return false;
  const own = titleOrder(speaker.title);
  const chair = titleOrder(host?.title);
  return own === undefined || chair === undefined || own >= chair;
}

// 「街道城管科科长」「碧水社区党委书记」: the unit, then the head's post.
const UNIT_HEAD =
  /^(.+?(?:局|办公室|办|委员会|中心|站|所|队|院|校|公司|指挥部|管委会|分局|科|股|社区|村))(?:常务)?(?:党委|党总支|党支部|居委会|村委会)?副?(?:局长|主任|书记|站长|所长|队长|院长|校长|董事长|总经理|经理|部长|指挥长|政委|科长|股长)$/u;

/** Who reported: the unit its head speaks for (a piece of the title), else title and name. */
export function reporterRuns(speaker: Person, src: string): Run[] {
  const title = speaker.title?.trim() ?? '';
  const unit = ownUnitOf(title) ?? (title.includes('、') ? undefined : UNIT_HEAD.exec(title)?.[1]);
  return unit ? fact(unit, `${src}.title`) : personInline(speaker, src);
}

/**
 * A named speaker with title and name the first time — the opening has named the host so already —
 * and 「黄志刚同志」 after that, as minutes refer to someone already introduced.
 */
export function speakerNames(input: MinutesInput): (r: SourcedRemark) => Run[] {
  const seen = new Set<string>(input.meeting.host ? [input.meeting.host.name] : []);
  return (r) => {
    const { speaker } = r.remark;
    if (!seen.has(speaker.name)) {
      seen.add(speaker.name);
      return personInline(speaker, `${r.src}.speaker`);
    }
    return concat(fact(speaker.name, `${r.src}.speaker.name`), lit('同志'));
  };
}

/**
 * One speaker's points as one group, in the order spoken: 「黄志刚同志强调：一是…；二是…。」 when
 * every point tells someone what to do, else 「…指出，A；B。」 with the verb of the first point.
 */
export function namedGroup(who: Run[], points: readonly VoicedPoint[]): Run[] {
  if (!points.length) return [];
  const commanding = points.every((p) => p.kind === 'directive' || p.kind === 'instruction');
  const verb: Verb = commanding && points.length > 1 ? (points.some((p) => p.kind === 'directive') ? '强调' : '要求') : VERB_OF[points[0]!.kind];
  const runs = points.map((p, i) => pointRuns(p, verb === '要求' && (commanding || i === 0)));
  return pointList(concat(who, lit(verb)), runs, commanding, () => concat(who, lit(`还${verb}`)));
}
