// Argument that asserts what only the material may say: a judgement of the people concerned (屡教不改),
// a sanction (从重, 问责, 曝光, 约谈, 通报), or a stage of the work the task may not have (排查 where the
// problems are already found, 验收 where there is no acceptance). A reader marked 「对屡教不改的要依法
// 从重处理，查处一起、警示一片」 wrong after a task about one wage-arrears case, and struck 「排查要见底见人」
// after a task to fix 27 road sections already found. The gates are data (corpus/topics.yaml `claims`);
// this is their one checker, used wherever argument is drawn and by the corpus lint.
import type { ClaimGate, TopicBank } from './template-schema.ts';

interface Gate {
  says: RegExp;
  needs: RegExp;
  unless?: RegExp;
  months?: readonly number[];
  why: string;
}

const compiled = new WeakMap<readonly ClaimGate[], { gates: Gate[]; said: Map<string, { gate: Gate; word: string }[]> }>();

function gatesOf(claims: readonly ClaimGate[]) {
  let known = compiled.get(claims);
  if (!known) {
    const gates = claims.map((g) => ({ says: new RegExp(g.says, 'u'), needs: new RegExp(g.needs, 'u'), ...(g.unless ? { unless: new RegExp(g.unless, 'u') } : {}), ...(g.months ? { months: g.months } : {}), why: g.why }));
    known = { gates, said: new Map() };
    compiled.set(claims, known);
  }
  return known;
}

/**
 * The gates a text says (the objects, claims or seasons it presumes), each with the word that says it:
 * derived once per text from the text's own words, then checked against each ground it is offered.
 */
const SAID_CACHE = 4096;

function saidBy(text: string, claims: readonly ClaimGate[]): { gate: Gate; word: string }[] {
  const { gates, said } = gatesOf(claims);
  let known = said.get(text);
  if (!known) {
    known = gates.flatMap((gate) => {
      const m = gate.says.exec(text);
      return m ? [{ gate, word: m[0] }] : [];
    });
    // Pool lines repeat from draft to draft; texts filled with a campaign's words do not: a resident
    // process drafting many campaigns keeps no more than this many.
    if (said.size >= SAID_CACHE) said.clear();
    said.set(text, known);
  }
  return known;
}

/**
 * The gates a unit's text passes through that its ground does not open, as 「says：why」: empty when
 * the unit asserts nothing its ground does not support. The ground of a unit after an item is the
 * item's text; of a field's own language, any one of the material's texts (the whole, or one item: a
 * 排查 line is open when some task still has its 排查 to do, not when the material only reports one done).
 * A gate with `months` (a phase of the year: corpus/topics.yaml `seasons`) is the meeting's date's to open
 * (`month`, 1–12): open in those months; in a month next to them only where the ground says the meeting
 * is in that phase now (`needs`); with no month, or any other month, shut whatever the ground says.
 */
export function unsupportedClaims(text: string, ground: string | readonly string[], claims: readonly ClaimGate[], month?: number): string[] {
  const grounds = typeof ground === 'string' ? [ground] : ground;
  const out: string[] = [];
  for (const { gate: g, word } of saidBy(text, claims)) {
    const inPhase = month !== undefined && !!g.months?.includes(month);
    const grounded = (!g.months || besideMonths(g.months, month)) && grounds.some((x) => g.needs.test(x) && !g.unless?.test(x));
    if (!inPhase && !grounded) out.push(`「${word}」：${g.why}`);
  }
  return out;
}

/** Whether a month (1–12) is next to a phase's months without being one of them (a phase's edge: 入汛 early). */
function besideMonths(months: readonly number[], month: number | undefined): boolean {
  if (month === undefined || months.includes(month)) return false;
  return months.includes((month % 12) + 1) || months.includes(((month + 10) % 12) + 1);
}

/** The gates whose `says` covers a word: none means a unit saying it is drawn ungated. */
export function gatesFor(word: string, claims: readonly ClaimGate[]): number {
  return gatesOf(claims).gates.filter((g) => g.says.test(word)).length;
}

/**
 * Where a unit stands: `claims`, what it may assert (the item it follows, or the material); `objects`, the
 * words that may name its objects (the campaign's own name, goal and background, with the item it follows
 * or, for the field's language, the titles of its items);
 * `seasons`, the campaign's whole text, which may name the season as now or coming.
 */
export interface Ground {
  claims: string | readonly string[];
  objects: readonly string[];
  seasons: string;
}

/**
 * What a material says of the seasons now or coming: a season named of a year gone by (「去年汛后巡查发现…」「往年汛期」) says
 * nothing of the season the meeting is in (s48-1 [13] [14], W: 「汛期虽然过去了」「明年汛期」 at a 5月12日 汛前部署会, licensed by
 * 「去年汛后」).
 */
export function seasonsNow(text: string): string {
  return text.replace(/(去年|前年|往年|上年度?|上一年|历年|以往)[^，。；、"]{0,6}/g, '');
}

/**
 * Whether a unit asserts nothing its ground does not give (`claims`), names no object, public or sub-field
 * its ground's own words do not name (`objects`: default-deny, 「不能坐等企业和群众来找」 is not said in a
 * street's 养老服务 speech whose campaign and item name no 企业) and speaks no season's idiom that is
 * not the meeting's phase of the year (`month`; no 「汛期就是战时」 at a December meeting, no 「汛期虽然过去了」 in May).
 */
export function groundedIn(text: string, ground: Ground, bank: Pick<TopicBank, 'claims' | 'objects' | 'seasons'>, month?: number): boolean {
  return unsupportedClaims(text, ground.claims, bank.claims ?? []).length === 0 && unsupportedClaims(text, ground.objects, bank.objects ?? []).length === 0 && unsupportedClaims(text, ground.seasons, bank.seasons ?? [], month).length === 0;
}

/**
 * A part-three measure's body as it may be said: the whole variant grounded, and only the sentences that
 * name no mechanism (台账, 暗访, 经费 …) the material does not give; none when its lead names one or no
 * sentence is left. A measure argues and urges; the mechanisms are the material's to set.
 */
export function measureBody(lead: string, body: string, grounded: (text: string) => boolean, material: readonly string[], bank: Pick<TopicBank, 'mechanisms'>): string | undefined {
  if (!grounded(`${lead}。${body}`)) return undefined;
  const open = (t: string) => unsupportedClaims(t, material, bank.mechanisms ?? []).length === 0;
  if (!open(lead)) return undefined;
  const kept = body.split(/(?<=[。！？])/).filter((s) => s.trim() && open(s));
  return kept.length ? kept.join('') : undefined;
}

/**
 * What a background sentence says of the campaign now, for the objects it may open: a clause that
 * tells the past (「回迁安置小区已于去年开工」, 「去年…」) and a place's former name (「原棉纺厂宿舍区」)
 * say what was, not what this work is about, so they name no object a line may take up (a 征收 调度会 was
 * told 「不能为了赶工期降低标准」 on the strength of a 开工 in its history). The name and goal are kept whole.
 */
export function presentOf(background: string): string {
  return background.replace(PAST_CLAUSE, '').replace(FORMER_NAME, '');
}

const PAST_CLAUSE = /[^，。；：,;]*(?:已于|已经|去年|前年|往年|曾经|此前|以往)[^，。；,;]*/gu;
/** 「原县运输公司、县粮食公司」: the 原 stands before every name of the list. */
const FORMER = '\\p{Script=Han}{1,8}?(?:厂|公司|宿舍|单位|学校|医院)';
const FORMER_NAME = new RegExp(`原${FORMER}(?:[、和及]${FORMER})*`, 'gu');
