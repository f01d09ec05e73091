// The parties of a works job (参建单位), each answerable for its own part: the 勘察 and 设计 firms for their surveys and
// designs (设计交底, 现场技术服务), the 施工单位 for the site (主体责任), the 监理 for supervision. A design or survey firm on the
// job is one of them: told its own duty, never thanked as a guest come to 「指导」, never a level above (a 「…市城建设计研究院」),
// never handed the builder's 主体责任 (s67-3 [41], s67-6 [59], s68-3 [6], W). Off a works job (a 自建房 排查 that asks a 设计院
// for its technical help) it stays a partner, thanked. Pure; imports nothing of the drafting (speaker.ts reads it).
import type { SpeechInput } from '../input/schema.ts';
import { partLines } from './line-parts.ts';

/** A design or survey party by its name or its role: 「各设计单位」「项目设计单位…有限公司」「…城建设计研究院」. */
const DESIGN = /(勘察|勘测|设计)[^、，]{0,16}?(单位|院|公司|集团|所|方)$/;
/** Not one: a design-and-build contractor, a 监理, a decorator (a builder by its trade). */
const NOT_DESIGN = /施工|总承包|监理|装饰|装修/;
/** A design or survey institute named like an institution: 「…城建设计研究院」「…农业水利勘测设计院」「…区勘察测绘院」 (s75-6 [6], W). */
const INSTITUTE = /(勘察|勘测|设计)(研究|咨询|测绘)?院$/;

/** Whether a name is a design or survey party of the works. */
export function designParty(name: string): boolean {
  return DESIGN.test(name.trim()) && !NOT_DESIGN.test(name);
}

/** What says the material's work builds: builders by their role, the works' lots, a site manager. */
const WORKS_WORDS = /施工单位|施工企业|施工方|参建单位|参建各方|承建|标段|项目经理|总承包/;
/** A builder by its name: 「…建设工程有限公司」「…路桥集团」; not a tester, a 监理 or a designer named after the works. */
const BUILDER = /(建设|建工|建筑|工程|路桥|市政)[^、，；]{0,10}(公司|集团)/;
const NOT_BUILDER = /检测|鉴定|监理|设计|勘察|咨询|造价|评估/;

/** The units the attendees and the tasks name, each alone: 「A公司、B院项目负责人」 → A公司, B院. */
function namedUnits(input: SpeechInput): string[] {
  const { meeting, campaign } = input;
  const lines = [...partLines(meeting.attendees ?? []), ...campaign.tasks.flatMap((t) => [t.lead, ...(t.support ?? [])])];
  return lines.flatMap((l) => l.replace(/^[^：:、，]{1,12}[：:]/, '').split(/[、，,；;]/)).map((p) => p.trim().replace(/[（(][^）)]*[）)]$/, '').replace(/(项目)?(负责人|负责同志|代表|项目经理|经理|院长|总工程师|工程师|人员)$/, ''));
}

/**
 * Whether the campaign is a works job with parties that build it: a builder by its role or its name among the attendees and the
 * tasks' units, or the works' lots and site managers named (「…项目经理」).
 */
export function worksJob(input: SpeechInput): boolean {
  const { meeting, campaign } = input;
  const named = [...(meeting.attendees ?? []), campaign.units ?? '', ...campaign.tasks.flatMap((t) => [t.lead, ...(t.support ?? [])])].join('；');
  return WORKS_WORDS.test(named) || namedUnits(input).some((u) => BUILDER.test(u) && !NOT_BUILDER.test(u));
}

/** A design or survey party on a works job: held to its own duty in the room (room-paragraph.ts ENTERPRISE_ROLES design). */
export function worksDesigner(name: string, input: SpeechInput): boolean {
  return designParty(name) && worksJob(input);
}

/** A works party's own trade in its name, and what a problem says of it when the trade's work failed (「勘察深度不够」「监理把关不严」). */
const PARTY_TRADE = /勘察|勘测|设计|监理/g;
const TRADE_FAILED = '[^，。；、]{0,6}?(不够|不足|不全|不准|不清|不到位|不规范|不严|不实|不符|缺位|失职|错误|偏差|滞后)|深度不';

/**
 * Whether the problems fault a works party by its trade (「部分项目勘察深度不够」 of the 勘察院): held to its part, never thanked nor asked
 * to 「继续支持配合」 (s73-12 [55], W: the survey institute the problems fault thanked for coming).
 */
export function faultedByTrade(name: string, input: SpeechInput): boolean {
  const trades = name.match(PARTY_TRADE);
  if (!trades || !worksJob(input)) return false;
  const problems = input.campaign.problems.map((p) => `${p.title}，${p.detail ?? ''}`).join('；');
  return trades.some((t) => new RegExp(`${t}(${TRADE_FAILED})`).test(problems));
}

/** The design and survey institutes of a works job, named like institutions: firms it hires, never the level's or a level above. */
export function designInstitutes(input: SpeechInput): string[] {
  return worksJob(input) ? [...new Set(namedUnits(input).filter((u) => INSTITUTE.test(u) && !NOT_DESIGN.test(u)))] : [];
}

/** What a line says of a company that supervises the works: 「监理单位：」「…总监理工程师」「（监理）」. */
const SUPERVISES_BY_LINE = /^监理单位|(?<!非)监理(单位)?[）)]|总?监理工程师|总监(\p{Script=Han}{2,3})?$/u;

/**
 * The post a line names after a 监理 company, with the person who holds it (「…有限公司总监理工程师麻俊」): the company is what is left
 * (r-s22-check [27] [30], E: the name after the post kept the company from being read as the 监理, so it 「配合」ed the builder).
 */
const POST_AND_PERSON = /(总?监理工程师|总监|项目负责人|负责人|代表)(\p{Script=Han}{2,3})?$/u;

/**
 * The companies a line names as the works' 监理 though their own names do not say it (「漭川正衡工程咨询有限公司总监理工程师」): they
 * check the builders' work, never 「配合」 them (s69-4 [34], E: the 监理 at fault told to 配合 the builder it failed to supervise).
 */
export function supervisorsByLine(input: SpeechInput): string[] {
  if (!worksJob(input)) return [];
  return partLines(input.meeting.attendees ?? []).filter((l) => SUPERVISES_BY_LINE.test(l.trim()))
    .flatMap((l) => l.replace(/^[^：:、，]{1,12}[：:]/, '').split(/[、，,；;]/).map((p) => p.trim().replace(/^监理单位/, '').replace(/[（(][^）)]*[）)]/g, '').replace(POST_AND_PERSON, '')))
    .filter((u) => /(公司|集团)$/.test(u) && !/监理/.test(u));
}
