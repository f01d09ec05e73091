// Who in the room is thanked, told or left to the others: rules from the reading after session 11
// (s26). A company the material names as the cause of the incident is regulated, never thanked or
// asked to help (s26-1 [58], W: the transport company whose tanker spilled the diesel was thanked for
// attending and asked 「多帮助」); the higher units in the room are thanked all or none (s26-3 [51], W:
// the 区住建局 thanked, the 区城管局 beside it, which supports a task, left out).
import type { SpeechInput } from '../input/schema.ts';
import type { Present } from './present.ts';
import { unitRelation, type Speaker } from './speaker.ts';

/** What goes wrong in an incident, not the work against it (「污染治理」「事故调查」 are no incident of the company's). */
const INCIDENT = /(泄漏|泄露|起火|失火|火灾|爆炸|侧翻|倾覆|坍塌|垮塌|污染|偷排|直排|超标排放|肇事|事故)(?!治理|防治|处置|整治|清理|监测|修复|调查|防范|隐患排查)/;
/** Acts of a company on an incident that is not its own: it received the report, handled or found it. */
const HANDLED = /接报|接到|接警|受理|处置|抢修|排查|发现|报告|上报|巡查|检测出/;
/** What follows an incident's word when it is a hazard or a risk, not an incident: 「泄漏险情」「泄漏隐患」. */
const HAZARD = /^(险情|隐患|风险|苗头)/;
/** A company named as where a load was taken on or came from: 「在…公司装载」「从…公司出发」. */
const LOADED_AT = /(在|从|自)\|?.*\|(装载|装货|装车|充装|出发|发出|提货|购)/;
/** A company's own name: 「澧原市瑞通危险货物运输有限公司」. */
const COMPANY = /(公司|集团|厂)$/;

/**
 * Whether the material's background or problems name this company as the cause: its name, then in the
 * same sentence what went wrong (「…运输有限公司一辆罐式货车…侧翻，…柴油泄漏」). Such a company is told to
 * cooperate and bear its part, whatever else it does in the campaign.
 */
export function causedIncident(name: string, input: SpeechInput): boolean {
  const company = name.trim();
  if (company.length < 4 || !COMPANY.test(company)) return false;
  const { background = [], problems = [] } = input.campaign;
  const lines = [...background, ...problems.flatMap((p) => [p.title, p.detail ?? '', ...(p.examples ?? [])])];
  return lines.flatMap((l) => l.split(/[。；;]/)).some((s) => {
    const at = s.indexOf(company);
    // Not the place a vehicle loaded at or left from (「…罐式半挂车在崤源瀚森化工有限公司装载…发往外省」, s32-1 [60], W).
    if (at < 0 || LOADED_AT.test(`${s.slice(Math.max(0, at - 2), at)}|${s.slice(at + company.length, at + company.length + 4)}`)) return false;
    // What the company received, handled or found is no incident of its own (「…燃气有限公司共接报管道泄漏险情17起」,
    // s39-1 [62], W: told at a 动员会 to 「配合处置和调查」); nor is a hazard (泄漏险情, 隐患) an incident under inquiry.
    const after = s.slice(at + company.length);
    const m = INCIDENT.exec(after);
    if (!m) return false;
    return !HANDLED.test(after.slice(0, m.index)) && !HAZARD.test(after.slice(m.index + m[0].length, m.index + m[0].length + 4));
  });
}

/**
 * The higher units in the room, all or none: those left to a task they support (`held`; one that leads is
 * there for its task, s10) are thanked with the
 * others where another higher unit is thanked, in the attendees' order; else they are left to their task.
 */
export function allHigherOrNone(out: readonly Present[]): Present[] {
  const thanked = out.some((p) => p.kind === 'higher' && !p.held);
  return out.filter((p) => thanked || !p.held);
}

/**
 * The count a list of names ends in: 「…公园路5个社区党组织书记」 → 5. Where it is the number of names, a name
 * that ends like a unit (「老邮局」 of 老邮局社区) is one of them (s26-3 [51], W: thanked as a bureau).
 */
export function countOf(last: string): number {
  const n = /([0-9]+|[一二三四五六七八九十])个/.exec(last)?.[1] ?? '';
  return /^[0-9]+$/.test(n) ? Number(n) : '一二三四五六七八九十'.indexOf(n) + 1;
}

const COUNT = '(?:各|共计|合计|共)?约?[0-9一二三四五六七八九十百]+(?:余|多)?(?:名|人|位)';

/**
 * A comma after a count, or in a line that ends in one, ends one group of people: 「区人大代表2名，居民
 * 代表、商户代表8名」 are three, 「…合作社负责人，种粮大户代表6名」 two.
 */
export function countedGroups(entry: string): string {
  return new RegExp(`${COUNT}$`).test(entry) ? entry.replace(/[，,]/g, '、') : entry.replace(new RegExp(`(?<=${COUNT})[，,]`, 'g'), '、');
}

/** A count of people after an attendee (「商户代表8名」): the list's, never said in the room. */
export function withoutCount(text: string): string {
  return text.replace(new RegExp(`${COUNT}(?=$|，|,)`, 'g'), '');
}

/** Four characters of a company's own name, none of its general end: 「鑫磊建材」 of 「磁山县鑫磊建材有限公司」. */
function ownWords(name: string): string[] {
  return [...name].map((_, k) => name.slice(k, k + 4)).filter((w) => w.length === 4 && !/有限|公司|责任|股份|分公|集团/.test(w));
}

/**
 * Whether a company is the site a 现场会 visits (「现场观看了鑫磊建材西岭石料厂台阶式开采…」) and not one the problems
 * find at fault: the meeting's host, thanked for the site and asked to keep setting the standard — never thanked for
 * 「参加会议」 and asked to 「多关心、多支持」 the work that regulates it (s38-7 [31], W).
 */
/** A site a visit names by its place: 「新丰片区」「万亩示范片」「…项目」. */
const SITE = /片区|示范片|工地|标段|厂房|小区|项目$/;
/** A site's label at the head of a background item: 「观摩点一：」「现场点：」「参观点2：」. */
const SITE_LABEL = /^\s*(?:观摩|现场|参观)点[一二三四五六七八九十\d]*[：:]/u;
export function siteHost(name: string, input: SpeechInput): boolean {
  const { meeting, campaign } = input;
  if (!/现场会|观摩/.test(`${meeting.type ?? ''}${meeting.name}`)) return false;
  // Kinds named together (「家庭农场和农机专业合作社代表」) are no one's site (s77-12 [64], W: 「这次现场会放在家庭农场和农机专业合作社」).
  if (/和|及|、/.test(name)) return false;
  const words = ownWords(name.trim());
  const faults = campaign.problems.map((p) => [p.title, p.detail ?? '', ...(p.examples ?? [])].join('；')).join('；');
  if (!words.length || words.some((w) => faults.includes(w))) return false;
  // The sites the visit saw, as the items heard before the speech name them or as the background and the achievements describe them
  // (「观摩点一：望湖农贸市场（泷阳菜篮子市场管理有限公司开办），…」; s77-7 [48], W: the first site's operator not thanked).
  // There the site is what a 「观摩点…：」 label heads, up to its first comma: whose it is, never a bank or a utility its description
  // goes on to name (「…，农商银行通过“园区贷”发放贷款…」).
  const described = [...(campaign.background ?? []), ...campaign.achievements.map((a) => a.detail ?? '')].filter((t) => SITE_LABEL.test(t)).map((t) => t.split(/[，,；;。]/)[0]!);
  const visits = [...(meeting.precedingItems ?? []).filter((t) => /观看|观摩|参观|察看|查看|实地|走进|看了/.test(t)), ...described].filter((t) => words.some((w) => t.includes(w)));
  // Nor one whose site the problems find behind (「观摩点三：东岭镇新丰片区，…公司施工」 and 「新丰片区完成率52%…低于全县平均」; s75-7 [49], W:
  // the builder behind thanked for the site and asked to 「继续发挥示范带动作用」).
  const place = (t: string) => t.replace(/^[^：:]{0,8}[：:]/, '').split(/[，,；;、]/).map((p) => p.trim()).filter((p) => !words.some((w) => p.includes(w)));
  const site = (p: string) => (SITE.test(p) ? p.replace(/^[^、，]{1,4}?(街道|镇|乡)/, '') : '');
  if (visits.some((t) => place(t).some((p) => site(p).length >= 4 && faults.includes(site(p))))) return false;
  return visits.length > 0;
}

/** Whether the achievements name a company by four characters of its own name (「港务集团」 of 「霁州港务集团有限公司…」). */
export function helped(name: string, input: SpeechInput): boolean {
  const done = input.campaign.achievements.map((a) => `${a.title}，${a.detail ?? ''}`).join('；');
  return [...name].some((_, k) => {
    const w = name.slice(k, k + 4);
    return w.length === 4 && !/有限|公司|责任|股份|分公/.test(w) && done.includes(w);
  });
}

/**
 * Whether a higher unit's official named in person (「区自然资源局东坪自然资源所所长邵凯」) shares a line with another named in person and
 * thanked (「区水务局副局长岑国平」, not stationed here): then both are thanked, though it is stationed here and leads a task — the
 * line's guests are thanked all or none (hunt s69-1 [6], W: the 所长 left out beside the 副局长 thanked).
 */
export function higherMateThanked(name: string, pieces: readonly { name: string; persons?: readonly unknown[] }[], speaker: Speaker, stationed: (unit: string) => boolean): boolean {
  return pieces.some((q) => q.name !== name && !!q.persons?.length && unitRelation(q.name, speaker) === 'higher' && !stationed(q.name));
}
