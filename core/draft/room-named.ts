// Parties the material holds in so many words, for room.ts roomOf: a company whose whole name a fault clause says, a kind of
// companies named by their trades that a task checks by those trades, a company its line marks as called in or as the works' client,
// and the operator of the network a campaign works on.
import type { SpeechInput } from '../input/schema.ts';
import { literal } from './literal.ts';
import { bareUnit, isFirm } from './speaker.ts';
import { CONDUCT } from './room-people.ts';

/** A company's general end: what is left before it says which company (「龙脊山索道有限公司」 → 龙脊山索道). */
const FIRM_END = /(有限责任公司|股份有限公司|有限公司|股份公司|公司|集团)+$/;
/** What a task does to the parties it checks, the object before the verb as often as after it (「对…类机构再开展一次排查」). */
const CHECKS = /排查|检查|整治|清理|查处|执法|督查|摸排|整改|专项治理/;
/** A kind of parties named by its trades: 「辖区投资咨询、财富管理类企业」 → 投资咨询, 财富管理. */
const TRADES_KIND = /^(?:辖区|各|全[区县市镇乡])*(.+?)(类)?(企业|机构|公司|单位|场所|商户|门店)$/;
/** Words of a trade that name none: 「有关」「重点」. */
const NO_TRADE = /^(有关|相关|重点|其他|各类|部分)$/;

/**
 * Whether a company's whole name, without its place and its general end, is said in a clause of the problems that says something is
 * wrong: its plant or its thing is at fault (「龙脊山索道2号站驱动系统…整改意见尚未全部完成」; s51-5 [49], W: the 索道 company
 * thanked as a guest and asked 「请继续支持配合」 at a 安全部署会). Short names (「自来水」) are a trade, not a company.
 */
export function wholeNameFaulted(unit: string, faults: string): boolean {
  const name = unit.trim();
  if (!isFirm(name) || /^(各|辖区|全|部分|有关|相关)/.test(name)) return false;
  const core = bareUnit(name).replace(FIRM_END, '').replace(/有限|责任|股份/g, '');
  return core.length >= 4 && faults.includes(core);
}

/**
 * Whether a kind of parties named by its trades (「辖区投资咨询、财富管理类企业」) is one a task checks by those same trades in one
 * clause (「对辖区投资咨询、财富管理、养老服务类机构再开展一次排查」): the work's object, never a guest thanked for coming (s51-7
 * [48], W: 「对辖区投资咨询、财富管理类企业参加会议，我们表示感谢…还请多帮助」 at a 防范非法集资 meeting).
 */
function tradesChecked(unit: string, clauses: readonly string[]): boolean {
  const m = TRADES_KIND.exec(unit.trim());
  if (!m || (!m[2] && !m[1]!.includes('、'))) return false;
  const trades = m[1]!.split('、').map((w) => w.trim()).filter((w) => w.length >= 2 && !NO_TRADE.test(w));
  return trades.length > 0 && clauses.some((c) => CHECKS.test(c) && trades.every((w) => c.includes(w)));
}

/**
 * Whether a company is on an attendees line the clerk marks as called in (「…分管工程副总经理（建设单位，被约谈）」), whatever else
 * the mark says of it: held to its part in every task, never asked 「也请…大力支持」 (s49-6 [38], W: the developer called in to the
 * 约谈 asked for support in its own 停工整改).
 */
function calledInLine(unit: string, lines: readonly string[]): boolean {
  const name = unit.trim();
  return isFirm(name) && name.length >= 4 && lines.some((l) => /被约谈/.test(l) && l.includes(name));
}

/** A campaign against wage arrears (「根治欠薪」「农民工工资支付」). */
const WAGES = /欠薪|拖欠农民工|农民工工资|工资支付|清欠农民工/;
/** A builder, its labour subcontractor or a works client by its name: 「…建设集团有限公司」「…建筑劳务有限公司」「…路桥工程公司」. */
const BUILDER = /(?:建设|建筑|建工|路桥|市政|工程|劳务|施工)[^、，]{0,12}(?:公司|集团)$/;

/**
 * At a campaign against wage arrears the builders in the room are the ones who pay the wages: held to that duty, never thanked
 * beside the banks nor asked 「请继续支持」 (r-s80 s80-1 [44], r-s79 s79-9 [58], s76-1 [45], r-s78 s78-5 [50], W).
 */
function wageDutyBearer(unit: string): boolean {
  const name = unit.trim();
  return isFirm(name) && BUILDER.test(name);
}

/** Whether the material holds a party in so many words (wholeNameFaulted, tradesChecked, calledInLine, wageDutyBearer). */
export function heldByNameOf(input: SpeechInput, faults: string): (unit: string) => boolean {
  const clauses = input.campaign.tasks.flatMap((t) => `${t.title}，${t.detail ?? ''}`.split(/[，。；;]/));
  const lines = input.meeting.attendees ?? [];
  // Whether the campaign is against wage arrears is the material's, asked once, not for every unit.
  const wages = WAGES.test(`${input.campaign.name} ${input.campaign.goal ?? ''}`);
  return (unit) => wholeNameFaulted(unit, faults) || tradesChecked(unit, clauses) || calledInLine(unit, lines) || (wages && wageDutyBearer(unit));
}

/**
 * Whether an attendees line's note says a company is the works' client (「沁川锦程置业有限公司…（建设单位，被约谈）」): beside its
 * builder's lead it answers for the works as their client (assignSupportClient), never a helper 「配合」 (s49-6 [38], W).
 */
export function clientNoted(unit: string, lines: readonly string[]): boolean {
  const name = unit.trim();
  return isFirm(name) && lines.some((l) => new RegExp(`${literal(name)}[^（(、，]{0,16}[（(][^）)]*(建设单位|项目业主|业主单位|项目法人)`).test(l));
}

/** A utility's company by its name, and the campaign's name that makes it the operator of what the campaign works on. */
const UTILITIES: readonly [RegExp, RegExp][] = [
  [/燃气|液化气|液化石油气|天然气/, /燃气/],
  [/供水|自来水/, /供水/],
  [/供热|热力/, /供热|供暖/],
];

/**
 * The operator of the network the campaign is about (「老旧燃气管道更新改造」: the gas companies) carries its part for it (s41-3 [45], W:
 * the two gas companies thanked and asked to 「多关心、多支持」).
 */
export function operatorOf(input: SpeechInput): (unit: string) => boolean {
  const { tasks, name } = input.campaign;
  const units = (lead: boolean) => tasks.flatMap((t) => (lead ? [t.lead] : (t.support ?? []))).flatMap((u) => u.split(/[、，,]/)).map((u) => u.trim());
  const [leads, supports] = [units(true), units(false)];
  // Its own network or its product's safety (「老旧燃气管道更新改造」「燃气安全专项整治」) is its own thing; a supply the campaign
  // assures (「农村供水保障」) is not: there a utility that only supports a task is a partner (s49-7 [33], W: a county water company's
  // 供水所, 配合 in both its tasks, told 「把主体责任放在心上」 by a 副镇长).
  const own = (field: RegExp) => new RegExp(`(${field.source})[^，。；]{0,4}?(管道|管网|管线|设施|线路|安全)`).test(name);
  return (unit: string) => isFirm(unit) && UTILITIES.some(([firm, field]) => firm.test(unit) && field.test(name) && (own(field) || leads.includes(unit.trim()) || !supports.includes(unit.trim())));
}

/** A campaign that serves companies (营商环境, 惠企, 招商, 帮千企): its companies are those it works for. */
const SERVES_FIRMS = /营商环境|惠企|助企|纾困|招商|企业服务|服务企业|亲清|帮[^，、；]{0,2}企|企业帮扶|暖企|稳企|安商/;

/** Utilities and banks: they serve the companies with the government, whatever their names say. */
export const SERVES_TOO = /供电|电力|电网|自来水|供水|水务|燃气|热力|电信|移动|联通|广电网络|铁塔|邮政|银行|支行|信用社|农商行|保险|财险|寿险|人保/;

/** Whether the campaign serves companies (营商环境, 招商, 企业帮扶): 主体责任, a term of safety and regulation, is none of theirs there. */
export function servesFirms(input: SpeechInput): boolean {
  const c = input.campaign;
  return SERVES_FIRMS.test(`${input.meeting.name}；${c.name}；${c.goal ?? ''}`);
}

/**
 * Whether a company is one a campaign serving companies works for: named in the problems only as one they befall (「…电子有限公司缺普工400余人」
 * under 「要素保障跟不上」), never as their doer — served, never told its 主体责任 (s61-10 [70], W: three companies' representatives at a
 * 营商环境 meeting told 「切实履行主体责任，把会上提出的各项要求落实到位」). One a fault clause names for its own conduct (拖欠, 违规 …) is held.
 */
export function servedFirm(input: SpeechInput, unit: string, faults: string): boolean {
  const name = unit.trim();
  // At a 约谈 those called in are its object, whatever the campaign.
  // A utility or a bank is the campaign's partner, asked to support, never one of the companies it serves (s65-7 [61], W).
  if (!servesFirms(input) || !isFirm(name) || SERVES_TOO.test(name) || /约谈/.test(`${input.meeting.type ?? ''}${input.meeting.name}`)) return false;
  const short = name.replace(/(有限责任公司|股份有限公司|有限公司|公司|集团)$/, '');
  return !faults.split(/[，；]/).some((c) => short.length >= 2 && new RegExp(`${literal(short)}[^，；]{0,12}?(${CONDUCT})`).test(c));
}
/** Companies' people by their kind, no company named (「企业家代表」「民营企业负责人」). */
const FIRMS_PEOPLE = /^(?:各|辖区|部分|重点|有关|相关|民营|中小|优秀)*(?:民营)?(?:企业家|企业主|企业|企业负责人|企业代表)(?:代表|负责人)?$/;

/**
 * Whether a piece is the companies a campaign that serves them invited, in person (「特邀：…企业家代表」 at a 营商环境 表彰大会): guests
 * it works for, thanked and asked to watch, never held to a 主体责任 because the problems say what companies suffer (「对企业诉求推诿扯皮」
 * 「拖欠企业账款」; s54-8 [63], W).
 */
export function servedFirmsPeople(input: SpeechInput, unit: string): boolean {
  return FIRMS_PEOPLE.test(unit.trim()) && servesFirms(input);
}
