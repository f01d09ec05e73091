// 议题式会议纪要 (常务会议、办公会议、专题会议、党委会): the opening says what the meeting did with each
// item; then one numbered section per item that has something to record, 「一、关于《…》。」 run in, with
//   A  what was heard (会议听取了…的汇报), what others pointed out (会议指出), what the chair assessed
//      (会议认为), what was settled (会议原则通过《…》 / 会议同意… / 会议明确…);
//   C  what the chair stressed (会议强调，各镇要…), and his instructions when the item has assignments;
//   B  what the meeting required of whom: the assignments with their lead units and deadlines and the
//      meeting's business (会议要求：一是…；二是…), else the chair's instructions.
// Remarks and decisions that belong to no item form a last section 「关于其他事项。」. An item with
// nothing attached is not announced. Every point and decision is a fact run; the verbs are the template's.
import type { Block, Run } from '../doc/model.ts';
import type { MinutesInput } from '../input/schema.ts';
import { hasContent, isChair, sliceRuns, topDecisions, topRemarks, type ItemView, type SourcedDecision, type SourcedRemark } from './agenda.ts';
import type { Phrases } from './compose.ts';
import { decisionKind, decisionTail, decisionText, outcomeRuns, outcomeStated } from './decisions.ts';
import { convenedVars } from './minutes-head.ts';
import { summaryRuns } from './minutes-summary.ts';
import { bySpeaker, namedGroup, speakerNames, voicedPoints, type Verb, type VoicedPoint } from './minutes-voice.ts';
import { pointList, pointRuns, RESULT } from './points.ts';
import { concat, lit } from './runs.ts';

export function itemsBody(input: MinutesInput, items: readonly ItemView[], phrases: Phrases): Block[] {
  const shown = items.filter(hasContent);
  const speakers = speakerNames(input);
  const blocks: Block[] = [{ type: 'paragraph', runs: opening(input, shown, phrases), role: 'header' }];
  const section = (heading: Run[], groups: Run[][]) =>
    groups.forEach((runs, i) => blocks.push({ type: 'paragraph', runs, role: 'decision', ...(i === 0 ? { lead: { runs: heading, level: 1 as const } } : {}) }));
  for (const item of shown) {
    section(concat(lit('关于'), sliceRuns(item.subject), lit('。')), sections(input, speakers, item.remarks, item.decisions, report(item, phrases), outcome(item)));
  }
  // What belongs to no item gets a section of its own, so that it is not read as the last item's.
  section(lit('关于其他事项。'), sections(input, speakers, topRemarks(input), topDecisions(input), [], []));
  return blocks;
}

/** 「…主持召开…，听取了…关于…的汇报，审议了《…》，研究了A和B。现将会议议定事项纪要如下：」 */
function opening(input: MinutesInput, shown: readonly ItemView[], phrases: Phrases): Run[] {
  const summary = summaryRuns(shown) ?? [];
  return concat(phrases.say('convenedItems', { ...convenedVars(input), summary }), phrases.say('transitionItems'));
}

/** What was heard on the item: a named reporter's report, or for 听取 and 部署 the bare fact. */
function report(item: ItemView, phrases: Phrases): Run[] {
  const subject = sliceRuns(item.topic);
  const use = `:${item.src}`;
  // The report's wording is keyed by the item's kind: 通报 is 「通报了」, 审议 may be 「作了说明」.
  if (item.reporter) return phrases.sayKeyed('report', item.kind, item.index, { reporter: item.reporter, subject });
  if (item.kind === '听取') return phrases.say('reportUnnamed', { subject }, use);
  if (item.kind === '部署') return phrases.say('deployed', { subject: sliceRuns(item.subject) }, use);
  return [];
}

/** 「会议原则通过《…》。」, unless a decision of the item already says it in its own words. */
function outcome(item: ItemView): Run[] {
  return outcomeStated(item) ? concat(lit('会议'), outcomeRuns(item), lit('。')) : [];
}

/**
 * The paragraphs A, B and C of an item (or of the matters of no item), without the empty ones. What was heard opens paragraph A; the outcome follows what was said. The
 * meeting's own business (「修改后提交…表决」) is a requirement of the meeting, whoever voiced it.
 * Named (options.nameSpeakers), each speaker's points stay one group in A, in the order spoken.
 */
function sections(
  input: MinutesInput,
  speakerRuns: (r: SourcedRemark) => Run[],
  remarks: readonly SourcedRemark[],
  decisions: readonly SourcedDecision[],
  heard: Run[],
  settled: Run[],
): Run[][] {
  const named = input.options?.nameSpeakers ?? false;
  // Without a host nobody is the chair, and every speaker's points read by their kind.
  const chairLike = (p: VoicedPoint) => !input.meeting.host || isChair(input, p.r.remark);
  const list = (verb: Verb, runs: Run[][], enumerate: boolean) => pointList(lit(`会议${verb}`), runs, enumerate, () => lit(`会议还${verb}`));
  const runsOf = (points: readonly VoicedPoint[], afterRequire = false) => points.map((p) => pointRuns(p, afterRequire));
  const byKind = (k: ReturnType<typeof decisionKind>) => decisions.filter((d) => decisionKind(d.decision) === k);
  const withTail = (d: SourcedDecision) => concat(decisionText(d, true), decisionTail(d.decision, d.src));

  const points = voicedPoints(remarks);
  const business = points.filter((p) => p.kind === 'procedural');
  // The chair's division of duties is settled by the meeting, as its standing rules are.
  const duties = points.filter((p) => p.kind === 'settled' && chairLike(p));
  const said = points.filter((p) => !business.includes(p) && !duties.includes(p));
  const chairSays = (...kinds: string[]) => said.filter((p) => chairLike(p) && kinds.includes(p.kind));

  const opinions = named
    ? concat(...bySpeaker(said).map((group) => namedGroup(speakerRuns(group[0]!.r), group)))
    : concat(
        // What others said, and the chair's statements of fact (figures, what is done), the meeting 指出;
        // the chair's assessments are the meeting's view, 认为.
        list('指出', runsOf(said.filter((p) => !chairLike(p) || (p.kind === 'statement' && RESULT.test(p.text)))), false),
        list('认为', runsOf(chairSays('statement', 'suggestion').filter((p) => !RESULT.test(p.text))), false),
      );
  const a = concat(heard, opinions, settled, ...byKind('批准').map(approval), list('明确', [...byKind('规定').map(withTail), ...runsOf(duties)], true));
  // The meeting's requirements are its assignments and business; the chair's own instructions join
  // them only when there are none, and else what he stressed, so a decision is never mixed with them.
  const tasks = [...byKind('交办').map(withTail), ...runsOf(business, true)];
  const instructions = named ? [] : chairSays('instruction');
  const stressed = named ? [] : [...chairSays('directive'), ...(tasks.length ? instructions : [])];
  const b = list('要求', tasks.length ? tasks : runsOf(instructions, true), true);
  const c = list('强调', runsOf(stressed), true);
  // What the chair stressed comes before what the meeting required of whom.
  return [a, c, b].filter((g) => g.length > 0);
}

/** 「会议原则通过《…》，由…印发实施。」; a decision worded without its verb reads 「会议同意…」. */
function approval(d: SourcedDecision): Run[] {
  const text = d.decision.text.trim().replace(/^会议/u, '');
  const verb = /^(?:原则)?(?:同意|通过|批准|审议通过|审定|不同意|不予|暂缓|否决)/u.test(text) ? '' : '同意';
  return concat(lit(`会议${verb}`), decisionText(d, true), decisionTail(d.decision, d.src), lit('。'));
}

