// Parties of the room by what the material and the attendees lines say of them, for room.ts roomOf: who is paid for a service
// (servesOf), providers and companies one label lists (providerOf, labelMatesOf), testers faulted only for their capacity.
import type { SpeechInput } from '../input/schema.ts';
import { attendeePieces, LABEL } from './attendees.ts';
import { partLines } from './line-parts.ts';
import { literal } from './literal.ts';
import { isFirm } from './speaker.ts';

/**
 * Whether a company is paid and scored for a service it does (「洁美公司负责…52条」 beside 考核/付费, s32-8 [61], W: thanked as a
 * guest): in the same sentence or task as its part, not anywhere in the material (s46-5 [49], W: a 供电所 「负责线路增容」 held as a
 * contractor for the communities' 「年度考核」 in another task); a utility only by an explicit 委托 or 合同 (roomOf's entrusted).
 */
function servesOf(input: SpeechInput, material: string, named: (unit: string) => string[]): (unit: string) => boolean {
  const said = [...material.split(/["。；;]/), ...input.campaign.tasks.map((t) => `${t.title}，${t.detail ?? ''}`)];
  return (unit) => !UTILITY.test(unit) && named(unit).some((w) => said.some((x) => PAID.test(x) && new RegExp(`${literal(w)}[^，。；"、]{0,4}?负责(?!人|同志)`).test(x)));
}


/** What says a party is paid or scored for a service: 「按月考核付费」「购买服务」「中标」. */
const PAID = /考核|付费|合同|购买服务|中标|外包/;
/** A public utility or a network's operator: a partner, bound to serve only by an explicit 委托 or 合同 naming it. */
const UTILITY = /供电|电力|电网|自来水|供水|燃气|热力|电信|移动|联通|邮政|广电网络|铁塔/;

/** Companies of another system the speaker's side does not direct, whatever a label calls them: post, utilities, telecoms, banks. */
export const OTHER_BODY = /邮政|供电|电力|电网|自来水|供水|燃气|电信|移动|联通|广电网络|铁塔|银行|支行|信用社|农商行|保险|烟草/;

/** A fault of testers' or appraisers' own work, in one clause: a conclusion, a report, its quality (not 「鉴定力量不足」). */
const TESTED_CONDUCT = /(检测|鉴定|检验|评估|估价|测绘)[^，。；]*(结论|报告|出具|失实|不准|弄虚作假|造假|质量|走过场|不规范|违规)|(结论|报告)[^，。；]{0,8}(失实|不准|错误|虚假)/;
/** Testers said to be too few or too slow: 「鉴定力量不足」「检测人员短缺」「只有2家鉴定机构」. */
const TESTERS_SHORT = /(检测|鉴定|检验)[^，。；]{0,8}(力量|人员|机构|能力|队伍)[^，。；]{0,8}(不足|短缺|缺|少|只有|紧张|跟不上)|(只有|仅有?)[^，。；]{0,6}(检测|鉴定|检验)机构/;
/** A label that names what its pieces provide: 「房屋安全鉴定机构：」「检测单位：」. */
const PROVIDER_LABEL = /^[^：:、，]{1,16}(机构|单位|企业|公司)(主要)?(负责人|负责同志|代表)?[：:]/;

/**
 * Pieces of a provider's label listed with a company, themselves named like an institution (「鹤鸣区建筑设计院」「县公路勘察设计院」):
 * providers like the company (Room.provider); held where a company of their line is.
 */
export function providerOf(input: SpeechInput): (unit: string, held?: (u: string) => boolean) => boolean {
  const lines = (input.meeting.attendees ?? []).filter((l) => PROVIDER_LABEL.test(l.trim()));
  return (unit, held) => {
    const name = unit.trim();
    if (isFirm(name) || !/(院|所|站|中心|分部|服务部|营业部|网点)$/.test(name) || /(局|办|委|政府)/.test(name)) return false;
    return lines.some((l) => {
      const firms = l.replace(PROVIDER_LABEL, '').split(/[、，,]/).map((p) => p.trim().replace(/(主要)?(负责人|负责同志|代表)$/, '')).filter((p) => p !== name && isFirm(p));
      return l.includes(name) && firms.length > 0 && (!held || firms.some(held));
    });
  };
}


/**
 * Companies one label lists are of one kind, held alike: one is held where another of the label is (s48-3, E: of two companies
 * sitting in under 「其他…企业（列席）：」 one told 「要按要求抓紧落实」 in a task, the other asked for 「支持配合」). So are companies a
 * line lists with nothing else, their people named once after them (「淞阳城投置业有限公司、湖滨建设发展有限公司工程部负责人」; s62-4
 * [41], W: one thanked 「感谢大家…的关心和支持」, the other told to 「担起主体责任」) where the tasks give them the same standing — none, or
 * the same part in the same tasks (s63-6 [38] [48], W: of three transport companies supporting one task, one told 「要严格落实、不得
 * 拖延」, two asked 「给予支持配合」). Not a company of another system (a utility, a bank), which is asked whatever its line.
 */
export function labelMatesOf(input: SpeechInput): (unit: string, held: (u: string) => boolean) => boolean {
  const standing = (n: string) => input.campaign.tasks.map((t) => [t.lead, (t.support ?? []).join('、')].map((x) => x.split(/[、，,]/).some((u) => u.trim().length >= 4 && (u.includes(n) || n.startsWith(u.trim())))).join()).join(';');
  const firmsOnly = (names: readonly string[]) => names.length > 1 && names.every((n) => isFirm(n) && standing(n) === standing(names[0]!));
  const lines = partLines(input.meeting.attendees ?? []).map((l) => ({ l, names: attendeePieces(l).map((p) => p.name.trim()) })).filter(({ l, names }) => LABEL.test(l.trim()) || firmsOnly(names)).map(({ names }) => names);
  return (unit, held) => {
    const name = unit.trim();
    if (!isFirm(name) || OTHER_BODY.test(name)) return false;
    return lines.some((names) => names.includes(name) && names.some((n) => n !== name && isFirm(n) && !OTHER_BODY.test(n) && held(n)));
  };
}

/** Whether the faults speak of testers only as too few, never of their work (Room.testersShort). */
export function testersShort(faults: string): boolean {
  return TESTERS_SHORT.test(faults) && !TESTED_CONDUCT.test(faults);
}

/**
 * Whether the speaker's side entrusted a company with the work (「中心委托昭溪福寿康…运营」), bound it by an agreement (s16-6 [29],
 * E), or pays and scores it for a service (servesOf). An agreement between equals (互助, 合作, 共建, 联动, 战略 …) binds no party to
 * serve: 「与…水务集团…签订应急抢险互助协议」 is a partner's (s39-4 [56], W: the invited utility told 「要按要求抓紧落实」 with the contractors).
 */
export function entrustedOf(input: SpeechInput, material: string, named: (unit: string) => string[]): (unit: string) => boolean {
  const serves = servesOf(input, material, named);
  // A utility's bare trade word names its network, not the company: 「燃气和供电管线同步施工」 is works on the lines, never the
  // 供电公司 building (s74-2 [53], W: the power company that only supports that task told its 「主体责任」).
  const built = (w: string) => !NETWORK_WORD.test(w) && new RegExp(`${literal(w)}[^，。；"]{0,8}?(负责施工|承建|施工[，。；"])`).test(material);
  return (unit: string) => serves(unit) || named(unit).some((w) => new RegExp(`(委托|聘请|中标|承接|购买)[^，。；"]{0,6}?${literal(w)}`).test(material) || built(w) || agreed(w, material));
}

/** A utility's trade said alone: the network or the service, not the company that runs it. */
const NETWORK_WORD = /^(供电|电力|电网|供水|自来水|燃气|热力|电信|移动|联通|通信|广电)$/;

/** Parties of the market a company deals with as their equal: 「与6个村的合作社签订鲜叶保底收购协议」 binds it to them, not to the speaker's side. */
const MARKET_PARTY = /合作社|农户|茶农|果农|菜农|农民|村民|群众|养殖户|种植户|家庭农场|商户|企业|公司|茶贩|客商/;

/**
 * Whether a company signed an agreement or a contract that binds it (not one between equals: 互助, 合作, 共建 …), with the speaker's
 * side, not with market parties (s58-2 [45], W: the 龙头企业 that 「与6个村的合作社签订鲜叶保底收购协议」 told 「把主体责任扛起来」).
 */
function agreed(w: string, material: string): boolean {
  const m = new RegExp(`${literal(w)}([^，。；"]{0,16}?)(签订|签署|按照)[^，。；"]{0,12}?(?<!互助|合作|共建|联动|战略|框架|协作|互保|联防)(协议|合同)`).exec(material);
  if (!m) return false;
  // The company as the other party of someone else's agreement: 「新开工项目一律…与澄川农商银行等代发银行签订协议」 binds the projects,
  // not the bank (s74-1 [52], W: the bank told its 「主体责任」 beside the companies at fault). Bound where the speaker's side signs.
  const clause = material.slice(0, m.index).split(/[，。；"]/).pop() ?? '';
  const before = /^(.*)[与同跟][^与同跟]{0,20}$/.exec(clause)?.[1];
  if (before !== undefined && !SIGNING_SIDE.test(before.trim())) return false;
  const other = /[与和同跟]([^，。；"]*)/.exec(m[1]!)?.[1];
  return !other || !MARKET_PARTY.test(other);
}

/**
 * The speaker's side as the one that signs, by the head of the signer's name: a government, its bodies and centres
 * (「县住建局」「镇政府」「街道办事处」「局里」), never a party of the market or a kind of institution it regulates
 * (「民办养老机构」 — its 办 is no office: end-1 [34], a blind check at the session's end).
 */
const SIGNING_SIDE = /(政府|党委|党工委|办事处|局|委员会|委|办公室|办|中心|指挥部|管委会|[镇乡]|街道|局里|县里|区里|镇里|乡里|我们)$/;

/** A project's or works' own party by its role: 「在建政府投资项目建设单位」 → 政府投资项目 + 建设单位. */
const PROJECT_ROLE = /^(?:在建|新建|续建|各类?|全部|有关|相关)*([^、，]{2,12}?(?:项目|工程))(?:建设|业主|实施|代建)单位$/;

/**
 * Whether a project's client (「在建政府投资项目建设单位」) is the party a fault clause names by its projects (「个别政府投资项目工程款未按
 * 合同约定节点拨付」): it answers for its projects, held to its part, never thanked as a guest (s58-1 [38], W: the 建设单位 whose payments
 * are late asked 「请大家继续支持配合」).
 */
export function projectClientAtFault(unit: string, faults: string): boolean {
  const project = PROJECT_ROLE.exec(unit.trim())?.[1];
  return !!project && project.length >= 4 && faults.includes(project);
}

/** An administrative body or a place by its name's end: called in to a 约谈, it answers as a body, not as a party the work regulates. */
const ADMIN_BODY = /(局|委|办|办公室|政府|街道|镇|乡|村|社区|科|股|室|队|站|所)$/;

/**
 * Whether an institution named like a body of the level (「云岭县博雅艺术培训学校」「…文化培训中心」) is one a 约谈 calls in on a line marked
 * 「（被约谈）」: a party the work regulates, told to put itself right, never asked to lead with its regulator 「配合」 (s58-4 [33] [36], W).
 */
export function calledInstitution(input: SpeechInput, unit: string): boolean {
  const name = unit.trim();
  return /约谈/.test(`${input.meeting.type ?? ''}${input.meeting.name}`) && name.length >= 4 && !ADMIN_BODY.test(name) && (input.meeting.attendees ?? []).some((l) => /被约谈/.test(l) && l.includes(name));
}

/**
 * Whether a unit of no company's name is listed under one label with a company of the campaign's own trade (「校外供餐单位：南岭县…
 * 餐饮管理有限公司、县康佳团餐配送中心」): of the company's kind, held as it is, never asked as another system's body (s60-5 [34], W:
 * the 配送中心 that carries a task thanked 「请继续给予支持」). Not an administrative body, nor one beside a utility or a bank.
 */
export function firmsLabelMateOf(input: SpeechInput): (unit: string) => boolean {
  const lines = (input.meeting.attendees ?? []).filter((l) => LABEL.test(l.trim())).map((l) => attendeePieces(l).map((p) => p.name.trim()));
  return (unit) => {
    const name = unit.trim();
    return !isFirm(name) && !ADMIN_BODY.test(name) && !OTHER_BODY.test(name) && lines.some((names) => names.includes(name) && names.some((n) => n !== name && isFirm(n) && !OTHER_BODY.test(n)));
  };
}
