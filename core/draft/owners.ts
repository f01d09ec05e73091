// Who is told to take up a problem no task answers (speech-parts.ts answerItem). Readers marked the
// answer wrong when it went to every unit of the campaign: 「各街道（镇）、区直有关部门、各建设和施工单位
// 要对号入座」 for a lack of liaison between three district bureaus (s12-2), and the landlords and
// letting companies told to close the gap in their own supervision (s12-8). The answer goes to the
// units the problem itself names as the ones at fault — 「住建、城管、交通等部门」 are the 区住建局, the
// 区城管执法局 and the 区交通运输局 of the tasks; 「个别村」 are 各村（社区） — when the speaker directs them;
// otherwise it is a requirement with no one named.
import type { Run } from '../doc/model.ts';
import { literal } from './literal.ts';
import type { SpeechInput } from '../input/schema.ts';
import { fact, lit } from './runs.ts';
import { bareUnit, isEnterprise, unitRelation, type Speaker } from './speaker.ts';
import { namesPeople } from './people.ts';

/** Who has the problem, where the title opens with it: 「个别村」「部分乡镇」「少数社区」. */
const COLLECTIVE = /^(?:部分|个别|少数|一些|有的|极个别)(村（社区）|村|社区|乡镇|镇|乡|街道|站所|部门|单位)/;
/**
 * A field's short name used for its bureau in a list: 「住建、城管、交通等部门」 — an item of its own, not the end of a place's
 * name: 「凤栖社区、窑坡社区」 names two communities, not the 街道社区治理办 (r-s69 s69-1 [55], W: the office handed their 监测员).
 */
const FIELD_IN_LIST = (field: string) => new RegExp(`(?<=^|[、，,和及与\\s（(])${literal(field)}(?:[、，和及与]|等?(?:部门|单位))`);

interface Candidate {
  name: string;
  src: string;
}

/** The units the material gives, each with where it is written: tasks' leads and supports, then the campaign's units. */
function candidates(input: SpeechInput): Candidate[] {
  const c = input.campaign;
  const out: Candidate[] = [];
  c.tasks.forEach((t, i) => {
    out.push({ name: t.lead.trim(), src: `campaign.tasks[${i}].lead` });
    (t.support ?? []).forEach((u, k) => out.push({ name: u.trim(), src: `campaign.tasks[${i}].support[${k}]` }));
  });
  for (const piece of (c.units ?? '').split(/[、，,]/)) if (piece.trim().length >= 2) out.push({ name: piece.trim(), src: 'campaign.units' });
  return out.filter((u, k) => u.name.length >= 2 && out.findIndex((o) => o.name === u.name) === k);
}

/** The short field a bureau is known by: 「区城管执法局」 → 城管, 「区交通运输局」 → 交通. */
function fieldOf(unit: string): string {
  return bareUnit(unit).replace(/^(各|辖区|有关|相关)+/, '').slice(0, 2);
}

/** A unit that is also a place: a village, community, township, street, estate. */
const PLACE_UNIT = /(村|社区|村（社区）|居委会|村委会|村民小组|镇|乡|街道|小区|片区)$/;
/**
 * Words by which a clause says its subject failed at its own work or must act (「…巡查不到位」「…迟迟未
 * 整改」「…要尽快…」). 应急, 未来, 主要 and the like are not such words.
 */
const CONDUCT = /不到位|不及时|不力|不够|不高|不强|不严|不实|不细|不主动|不积极|不规范|不落实|不彻底|不重视|不互通|不畅|慢|违规|违法|擅自|私自|虚报|冒领|代领|弄虚作假|偏低|较低|积极性|意识|重视|认识|未(?!来)|没有|迟迟|滞后|推诿|拖延|敷衍|应付|走过场|松懈|缺位|只等|等靠|(?<![主重需只])要(?![素点])|应当|应该|必须|须|负责|牵头/;
/** Where another party's name ends in a clause: what follows is that party's doing. */
const OTHER_PARTY = /[局站所办委队院]|中心|公司|部门|单位/;

/**
 * Whether the place unit named at `at` is the one the clause says failed or must act, not where something
 * happened: 「污染带蔓延至柳湾村、杏林村河段」「杉木村供水中断两天」 name places; 「柳湾村巡查不到位」 a party.
 */
function actsAt(text: string, at: number, name: string): boolean {
  const rest = text.slice(at + name.length).split(/[，。；;,！？：:\s]/)[0]!;
  const other = OTHER_PARTY.exec(rest);
  return CONDUCT.test(other ? rest.slice(0, other.index) : rest);
}

/**
 * A verb that hands work on to the unit named after it: 「一推了之，推给信访局」 names the 信访局 as the one the work was pushed onto,
 * not the one at fault (s53-1 [67], W: the 信访局 told to 「明确责任、跟踪推进」 the units that pushed their cases onto it).
 */
const HANDED_TO = /(?:推给|甩给|丢给|扔给|推到|推向|推至|转给|转嫁给|交给)(?:[省市县区镇乡]|街道)?$/;

/**
 * Where a problem's words name the unit as the one at fault (-1: they do not), so that units are said in
 * the problem's order. A place is named as the one at fault only where its clause says it failed or must
 * act: a problem that says where it happened gives it to no one there (s13: 「下游蔓延至X村、Y村，Z村停水」
 * handed the problem to three villages).
 */
function namedAt(problem: string, collective: string | undefined, unit: string, territorial = false): number {
  const bare = bareUnit(unit).replace(/^(各|辖区|有关|相关)+/, '');
  const place = !territorial && PLACE_UNIT.test(unit.trim());
  const at = (name: string) => {
    for (let i = problem.indexOf(name); i >= 0; i = problem.indexOf(name, i + 1)) if ((!place || actsAt(problem, i, name)) && !HANDED_TO.test(problem.slice(0, i))) return i;
    return -1;
  };
  if (bare.length >= 3 && at(bare) >= 0) return at(bare);
  // A township or street named in the problem as the one that failed (「栎坪镇排查不到位」).
  if (/^[^、，各]{2,6}(镇|乡|街道)$/.test(unit.trim()) && at(unit.trim()) >= 0) return at(unit.trim());
  if (collective && /^各/.test(unit.trim()) && unit.includes(collective.replace(/（社区）$/, '')) && actsAt(problem, 0, '')) return 0;
  const field = fieldOf(unit);
  const m = /[局委办]$/.test(unit.trim()) && field.length === 2 ? FIELD_IN_LIST(field).exec(problem) : null;
  return m ? m.index : -1;
}

/**
 * The units to take up problems `indices` of the material: those the problems name that the speaker
 * directs (the level's own units and those below it, a department head's own branches), in the order
 * the material gives them; none when the problems name none such (a department head's own bureau is
 * 「我们」, and the requirement without a name says as much).
 */
export function answerOwners(input: SpeechInput, speaker: Speaker, indices: readonly number[], territorial = false, held: (unit: string) => boolean = () => false): Run[] {
  // The title and detail say who is at fault; the examples only where every one of them names the unit:
  // one site among several (「岩门口村学堂湾隐患点」「麻石桥村老街后坡」) is where, not who — a village handed
  // two problems for one example was marked wrong (s33-1 [54]).
  const problems = indices.map((i) => input.campaign.problems[i]!);
  const texts = problems.map((p) => ({ text: `${p.title} ${p.detail ?? ''}`, collective: COLLECTIVE.exec(p.title.trim())?.[1], examples: p.examples ?? [] }));
  const named = (t: (typeof texts)[number], unit: string) => {
    const at = namedAt(t.text, t.collective, unit, territorial);
    if (at >= 0 || !t.examples.length) return at;
    return t.examples.every((e) => namedAt(e, undefined, unit, territorial) >= 0) ? t.text.length + namedAt(t.examples[0]!, undefined, unit, territorial) : -1;
  };
  const owners = candidates(input)
    // People the campaign regulates or serves are never told to solve the problem they are (房东, 商户, 乡村厨师 …); nor is a party
    // the work holds (`held`: room.overseen), though its name opens with the town's (s55-7 [55], W: 「大岭镇青山采石场要一项一项跟踪
    // 推进」 the quarries' own lack of safety spending and the villagers' complaints about its blasting).
    .filter((u) => !isEnterprise(u.name) && !namesPeople(u.name) && !held(u.name) && unitRelation(u.name, speaker) === 'direct')
    .map((u) => ({ ...u, at: Math.min(...texts.flatMap((t, k) => { const at = named(t, u.name); return at < 0 ? [] : [k * 10000 + at]; })) }))
    .filter((u) => Number.isFinite(u.at))
    .sort((a, b) => a.at - b.at);
  const runs = owners.map((u) => fact(u.name, u.src));
  if (runs.length < 3) return runs.flatMap((r, k) => (k ? [...lit('和'), ...r] : r));
  return [...runs.slice(0, -1).flatMap((r, k) => (k ? [...lit('、'), ...r] : r)), ...lit('和'), ...runs.at(-1)!];
}

/** Whether the villages (or communities) alone are the ones a problem names as at fault: 「个别村对征兵工作重视不够」. */
export function villagesOwn(input: SpeechInput, speaker: Speaker, problem: number): boolean {
  const owners = answerOwners(input, speaker, [problem]).filter((r) => r.src);
  return owners.length > 0 && owners.every((r) => /^各[^、，]{0,4}(村|社区)/.test(r.text));
}
