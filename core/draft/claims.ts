// Argument that asserts what only the material may say: a judgement of the people concerned (屡教不改),
// a sanction (从重, 问责, 曝光, 约谈, 通报), or a stage of the work the task may not have (排查 where the
// problems are already found, 验收 where there is no acceptance). A reader marked 「对屡教不改的要依法
// 从重处理，查处一起、警示一片」 wrong after a task about one wage-arrears case, and struck 「排查要见底见人」
// after a task to fix 27 road sections already found. The gates are data (corpus/topics.yaml `claims`);
// this is their one checker, used wherever argument is drawn and by the corpus lint.
import type { ClaimGate, TopicBank } from './template-schema.ts';

const compiled = new WeakMap<readonly ClaimGate[], { says: RegExp; needs: RegExp; unless?: RegExp; months?: readonly number[]; why: string }[]>();

function gatesOf(claims: readonly ClaimGate[]) {
  let known = compiled.get(claims);
  if (!known) {
    known = claims.map((g) => ({ says: new RegExp(g.says, 'u'), needs: new RegExp(g.needs, 'u'), ...(g.unless ? { unless: new RegExp(g.unless, 'u') } : {}), ...(g.months ? { months: g.months } : {}), why: g.why }));
    compiled.set(claims, known);
  }
  return known;
}

/**
 * The gates a unit's text passes through that its ground does not open, as 「says：why」: empty when
 * the unit asserts nothing its ground does not support. The ground of a unit after an item is the
 * item's text; of a field's own language, any one of the material's texts (the whole, or one item: a
 * 排查 line is open when some task still has its 排查 to do, not when the material only reports one done).
 * A gate with `months` is open in those months of the meeting (`month`, 1–12) whatever its ground says.
 */
export function unsupportedClaims(text: string, ground: string | readonly string[], claims: readonly ClaimGate[], month?: number): string[] {
  const grounds = typeof ground === 'string' ? [ground] : ground;
  const out: string[] = [];
  for (const g of gatesOf(claims)) {
    if (month !== undefined && g.months?.includes(month)) continue;
    const said = g.says.exec(text);
    if (said && !grounds.some((x) => g.needs.test(x) && !g.unless?.test(x))) out.push(`「${said[0]}」：${g.why}`);
  }
  return out;
}

/** The gates whose `says` covers a word: none means a unit saying it is drawn ungated. */
export function gatesFor(word: string, claims: readonly ClaimGate[]): number {
  return gatesOf(claims).filter((g) => g.says.test(word)).length;
}

/**
 * Whether a unit asserts nothing its ground does not give (`claims`: the item it follows, or the material),
 * speaks no field's idiom the campaign's own text does not touch (`fields`: a 文旅旺季 campaign filed
 * under 经济发展 says nothing of 项目) and no season's that is neither the meeting's (`month`) nor named
 * by the campaign (`seasons`: no 「汛期就是战时」 at a December meeting on winter works).
 */
export function groundedIn(text: string, ground: string | readonly string[], own: string, bank: Pick<TopicBank, 'claims' | 'fields' | 'seasons'>, month?: number): boolean {
  return unsupportedClaims(text, ground, bank.claims ?? []).length === 0 && unsupportedClaims(text, own, bank.fields ?? []).length === 0 && unsupportedClaims(text, own, bank.seasons ?? [], month ?? 0).length === 0;
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
