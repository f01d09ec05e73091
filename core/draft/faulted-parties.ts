// A party outside the speaker's line that the problems fault — by its name, by the short name the problems call it
// (「安建公司监理人员到岗率不足」 of 「沣洲安建工程项目管理有限公司」) or, on a works job, by its trade's work (「勘察报告…」,
// works-parties.ts) — is told to put its own part right wherever the draft speaks to it: never asked for 「支持」 in a task it
// supports, never thanked (r-s79 s79-4 [45], W: the 勘察院 whose report the problems fault 「也请…给予大力支持」). Pure.
import type { SpeechInput } from '../input/schema.ts';
import { faultsOf } from './room-faults.ts';
import { faultedByTrade } from './works-parties.ts';
import { isFirm } from './firms.ts';

/** A firm or a works party by its name: a company, a bank, an institute of survey, design, testing. */
const PARTY_NAME = /(勘察|勘测|设计|监理|检测|鉴定|评估|咨询)[^、，]{0,8}(院|所|中心|站)$/;
/** A government body's name: never a party the work faults here. */
const BODY = /(局|委|办|政府|人大|政协|法院|检察院|党委|街道|镇|乡|村|社区)$/;
/** Words of a company's name that tell no company apart. */
const GENERIC = /^(工程|管理|项目|有限|责任|发展|建设|服务|科技|实业|股份|开发|经营|综合|投资|集团|公司|专业|技术|咨询|市政)$/;
/** How a problem names a company short: its own word, then what it is (「安建公司」「设计院」「力源劳务公司」). */
const SHORT_END = '[^，。；、]{0,4}?(公司|集团|院|所|中心|站|厂)';

/** The place words of the material: the two characters before 市/县/区/镇/乡 and the like, no company's own word. */
function placeWords(input: SpeechInput): Set<string> {
  return new Set([...JSON.stringify(input).matchAll(/(\p{Script=Han}{2})(?=市|县|区|镇|乡|街道|村|省)/gu)].map((m) => m[1]!));
}

/** Every unit the material names by itself: the tasks' leads and supports, the attendees' pieces. */
function namedUnits(input: SpeechInput): string[] {
  const { meeting, campaign } = input;
  const lines = [...(meeting.attendees ?? []), ...campaign.tasks.flatMap((t) => [t.lead, ...(t.support ?? [])])];
  return lines.flatMap((l) => l.split(/[、，,；;：:]/)).map((p) => p.trim()).filter((p) => p.length >= 4);
}

/** Whether a unit is a party the work may fault: a firm or an institute of a works trade, never a government body. */
export function faultableParty(unit: string): boolean {
  const name = unit.trim();
  return (isFirm(name) || PARTY_NAME.test(name)) && !BODY.test(name);
}

/** A company by its full name. */
const FULL_FIRM = /\p{Script=Han}{4,24}?(?:有限责任公司|有限公司|股份公司)/gu;

/**
 * What says a party can do too little, not that it did wrong (「绿源公司日收购能力只有300吨」: a buyer the campaign relies on, asked for
 * support; r-s43 s43-8 [42] [48], E kept it so).
 */
const CAPACITY = /(能力|产能|规模|运力|力量|人手)[^，。；]{0,4}(只有|仅|不足|有限|不够|跟不上)/;

/**
 * Whether a fault text names the party in a clause that faults its conduct: whole, or by a word of its own name no other unit of the
 * material shares followed by what it is.
 */
function namesParty(name: string, faults: string, input: SpeechInput): boolean {
  // Another company's full name is none of this one's short names (「汀兰区恒泰物业服务有限公司」 names no 「…瑞丰物业服务…」).
  const clauses = faults.split(/[，,]/).filter((c) => !CAPACITY.test(c)).map((c) => c.replace(FULL_FIRM, (f) => (f.includes(name) ? f : '')));
  if (clauses.some((c) => c.includes(name))) return true;
  const places = placeWords(input);
  const others = namedUnits(input).filter((u) => u !== name && !u.includes(name) && !name.includes(u));
  const words = [...name].map((_, k) => name.slice(k, k + 2)).filter((w) => /^\p{Script=Han}{2}$/u.test(w) && !GENERIC.test(w) && !places.has(w) && !/[省市县区镇乡]/.test(w));
  return words.some((w) => !others.some((u) => u.includes(w)) && clauses.some((c) => new RegExp(`${w}${SHORT_END}`).test(c)));
}

/** A problem as one text: its title, detail and examples. */
const problemText = (p: SpeechInput['campaign']['problems'][number]) => [p.title, p.detail ?? '', ...(p.examples ?? [])].join('；');

/**
 * Whether the problems fault this party: a fault clause names it whole, or by a word of its own name no other unit of the
 * material shares followed by what it is (「安建公司」), or, on a works job, its trade's work failed (faultedByTrade).
 */
export function faultedParty(unit: string, input: SpeechInput): boolean {
  const name = unit.trim();
  if (!faultableParty(name)) return false;
  if (faultedByTrade(name, input)) return true;
  return namesParty(name, faultsOf(input, input.campaign.problems.map(problemText).join('；')), input);
}

/** The first problem whose fault clauses name the party (whole or short), by its index; undefined where none does. */
export function problemFaulting(unit: string, input: SpeechInput): number | undefined {
  const k = input.campaign.problems.findIndex((p) => namesParty(unit.trim(), faultsOf(input, problemText(p)), input));
  return k < 0 ? undefined : k;
}

/** A company named short, at the head of a piece that may go on with an officer's post and name: 「安建公司」「磐石公司安全主管刘强」. */
const SHORT_FIRM = /^(\p{Script=Han}{2,6}?)(公司|集团)/u;

/**
 * The party a 约谈 calls in (on a line marked 「（被约谈）」) that a line names short (「安建公司总监理工程师马骏」 for 「沣洲安建工程
 * 项目管理有限公司（被约谈）」): the short name (「安建公司」) with the full one; the short name's own word stands in the full name,
 * which ends the same way.
 */
export function calledInFull(name: string, input: SpeechInput): { short: string; full: string } | undefined {
  const m = SHORT_FIRM.exec(name.trim());
  if (!m) return undefined;
  const called = (input.meeting.attendees ?? []).filter((l) => /被约谈/.test(l)).flatMap((l) => l.split(/[、，,；;]/)).map((p) => p.replace(/^[^：:]*[：:]/, '').replace(/[（(][^）)]*[）)]/g, '').trim());
  const full = called.find((f) => f !== m[0] && f.includes(m[1]!) && f.endsWith(m[2]!));
  return full ? { short: m[0], full } : undefined;
}
