// 综述式会议纪要 (推进会、调度会、动员会、协调会、现场会), organised as such minutes are, in the order the
// meeting ran and with one subject throughout:
//   the opening: who chaired, when, where, and what the meeting did (「会议通报了…，听取了…的汇报，
//     研究了…」) — never the agenda as a list, never the leader's speech as an item;
//   the reports: what each department reported (「县农业农村局汇报，…」), before the leaders spoke;
//   the leaders' remarks in the meeting's voice, by what they are: 会议指出 · 会议强调 · 会议要求
//     (or, when the material asks, one paragraph a leader by name, and then by name throughout);
//   会议议定: the material's decisions, the duties given to units gathered unit first (unit → duty),
//     the others with their lead units and deadlines; a single decision is not numbered;
//   the meeting's own business (the next meeting, what is sent in) last, as 会议还明确.
import type { Block, Run } from '../doc/model.ts';
import type { MinutesInput } from '../input/schema.ts';
import { allDecisions, allRemarks, type ItemView, type SourcedDecision, type SourcedRemark } from './agenda.ts';
import type { Phrases } from './compose.ts';
import { BUSINESS, decisionClause, isDuty, outcomeRuns } from './decisions.ts';
import { convenedVars } from './minutes-head.ts';
import { summaryRuns } from './minutes-summary.ts';
import { bySpeaker, isLeader, namedGroup, reporterRuns, speakerNames, voicedPoints, type VoicedPoint } from './minutes-voice.ts';
import { pointList, pointRuns } from './points.ts';
import { concat, joinRuns, lit } from './runs.ts';

const paragraph = (runs: Run[], role: 'header' | 'remark' | 'decision'): Block => ({ type: 'paragraph', runs, role });

export function generalBody(input: MinutesInput, items: readonly ItemView[], phrases: Phrases): Block[] {
  const remarks = allRemarks(input, [...items]);
  const leaders = voicedPoints(remarks.filter((r) => isLeader(input, r.remark.speaker)));
  // A leader's division of duties (「…分别由…负责」) is what the meeting 指出: only the material's
  // decisions are listed as decided.
  const spoken = leaders.filter((p) => p.kind !== 'procedural');
  const procedural = leaders.filter((p) => p.kind === 'procedural');
  const decisions = allDecisions(input, [...items]);
  const business = decisions.filter((d) => isBusiness(d));
  const agreed = agreedItems(
    decisions.filter((d) => !isBusiness(d)),
    items,
    phrases,
  );
  const named = input.options?.nameSpeakers ?? false;
  const blocks: Block[] = [
    paragraph(opening(input, items, agreed.length > 0, phrases), 'header'),
    ...reports(input, items, remarks, phrases).map((runs) => paragraph(runs, 'remark')),
    ...(named ? namedParagraphs(input, spoken, procedural) : meetingParagraphs(spoken, procedural)).map((runs) => paragraph(runs, 'remark')),
  ];
  if (agreed.length === 1) blocks.push(paragraph(phrases.say('decisionOne', { point: agreed[0]! }), 'decision'));
  else if (agreed.length) {
    blocks.push(paragraph(phrases.say('decisionsLead'), 'decision'));
    for (const runs of agreed) blocks.push({ type: 'paragraph', seq: 'cn', runs: concat(runs, lit('。')), role: 'decision' });
  }
  if (business.length) {
    const list = business.map((d) => decisionClause(d));
    blocks.push(paragraph(pointList(lit(agreed.length ? '会议还明确' : '会议明确'), list, false, () => lit('会议还明确')), 'decision'));
  }
  return blocks;
}

// The meeting's own business, without a unit to lead it, closes the minutes.
const isBusiness = (d: SourcedDecision) => BUSINESS.test(d.decision.text) && !d.decision.lead;

function opening(input: MinutesInput, items: readonly ItemView[], decided: boolean, phrases: Phrases): Run[] {
  const summary = summaryRuns(items);
  return concat(
    phrases.say('convened', convenedVars(input)),
    summary ? concat(lit('会议'), summary, lit('。')) : undefined,
    phrases.say(decided ? 'transitionDecisions' : 'transition'),
  );
}

/** One paragraph a reporting unit, in the order they spoke: what they reported, then what they asked. */
function reports(input: MinutesInput, items: readonly ItemView[], remarks: readonly SourcedRemark[], phrases: Phrases): Run[][] {
  const reporters = bySpeaker(voicedPoints(remarks.filter((x) => !isLeader(input, x.remark.speaker))));
  return reporters.map((points) => {
    const who = reporterRuns(points[0]!.r.remark.speaker, `${points[0]!.r.src}.speaker`);
    const facts = points.filter((p) => p.kind === 'statement' || p.kind === 'suggestion' || p.kind === 'settled');
    const asks = points.filter((p) => !facts.includes(p));
    const verb = reportVerb(input, who, items);
    return concat(
      // One form for every report of the draft (the same variant, whatever the unit).
      facts.length ? phrases.say('reported', { reporter: concat(who, lit(verb)), point: joinRuns(facts.map((p) => pointRuns(p)), '；') }) : undefined,
      asks.length ? concat(who, lit('提出，'), joinRuns(asks.map((p) => pointRuns(p)), '；'), lit('。')) : undefined,
    );
  });
}

/** 通报 when the agenda has the unit 通报 something; else 反映 at a 座谈会 (those who speak there tell, not report); else 汇报. */
function reportVerb(input: MinutesInput, who: Run[], items: readonly ItemView[]): '通报' | '汇报' | '反映' {
  const unit = who.map((r) => r.text).join('');
  const item = items.find((it) => [it.reporter?.map((r) => r.text).join(''), it.titleReporter?.text].includes(unit));
  if (item?.kind === '通报') return '通报';
  return [input.meeting.type, input.meeting.name].some((l) => l && /座谈会/u.test(l)) ? '反映' : '汇报';
}

/** 会议指出 · 会议强调 · 会议要求 (the meeting's business with the requirements), one paragraph each. */
function meetingParagraphs(spoken: readonly VoicedPoint[], procedural: readonly VoicedPoint[]): Run[][] {
  const of = (...kinds: string[]) => spoken.filter((p) => kinds.includes(p.kind));
  const group = (verb: string, points: readonly VoicedPoint[], afterRequire: boolean, enumerate: boolean) =>
    pointList(lit(`会议${verb}`), points.map((p) => pointRuns(p, afterRequire)), enumerate, () => lit(`会议还${verb}`));
  return [
    group('指出', of('statement', 'suggestion', 'settled'), false, false),
    group('强调', of('directive'), false, true),
    group('要求', [...of('instruction'), ...procedural], true, true),
  ].filter((g) => g.length > 0);
}

/** One paragraph a leader, by name, in the order they spoke; the meeting's business after them. */
function namedParagraphs(input: MinutesInput, spoken: readonly VoicedPoint[], procedural: readonly VoicedPoint[]): Run[][] {
  const names = speakerNames(input);
  const business = pointList(lit('会议要求'), procedural.map((p) => pointRuns(p, true)), true, () => lit('会议还要求'));
  return [...bySpeaker(spoken).map((g) => namedGroup(names(g[0]!.r), g)), business].filter((g) => g.length > 0);
}

/**
 * What the meeting settled, each without its full stop: the items' outcomes (「原则通过《…》」), then
 * the decisions in the material's order, the duties given to units gathered into one entry where the
 * first of them stood.
 */
function agreedItems(decisions: readonly SourcedDecision[], items: readonly ItemView[], phrases: Phrases): Run[][] {
  const duties = decisions.filter((d) => isDuty(d.decision));
  const out: Run[][] = items.filter((it) => it.outcome).map(outcomeRuns);
  for (const d of decisions) {
    if (!isDuty(d.decision)) out.push(decisionClause(d));
    else if (d === duties[0]) {
      const each = duties.map((x) => decisionClause(x));
      out.push(duties.length === 1 ? each[0]! : concat(phrases.say('dutiesLead'), lit('：'), joinRuns(each, '；')));
    }
  }
  return out;
}
