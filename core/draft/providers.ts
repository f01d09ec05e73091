// Providers the level buys a service from, named like the level's institutions: 「白沙河县颐康居家养老服务中心」 beside
// 「白沙河县夕阳红家政服务有限公司」 is no 服务中心 of the 民政局 but a provider with a brand of its own (s47-5 [35], W: taken
// for the bureau's own, left out of the room while the company beside it was thanked as a guest). A level's institution
// is named by the level and its field (「县社会福利中心」「县养老服务指导中心」); a provider puts a word of its own between the
// place and the trade (颐康, 夕阳红, 启航), a word the material uses for nothing else. Pure; no import of speaker.ts
// (speakerOf reads the providers). A level's 事业单位 by its field is none (「县公路事业发展中心」 beside the builder of its works:
// r-s79 s79-8 [50], W: thanked as a guest and asked 「请继续支持配合」).
import type { SpeechInput } from '../input/schema.ts';
import { partLines } from './line-parts.ts';

/** The end of a service institution's name. */
const CENTRE = /(服务中心|中心|服务站|服务社)$/;
/** Words of a field or a trade that a level's institution is named by: whatever is left of a name without them is its own. */
const FIELD = /(居家|社区|养老|托育|托养|家政|助餐|配餐|营养|康复|护理|医养|照料|日间|职业|技能|培训|教育|就业|创业|社会|福利|救助|综合|公共|老年人?|儿童|残疾人|青少年|妇女|未成年人|服务|指导|管理|发展|运营|评估|咨询|信息|技术|健康|卫生|文化|体育|活动|保障|事务|心理|法律|援助|志愿者?|孵化|便民|民生|为老|融媒体|媒体|新闻|传媒|政务|综治|应急|指挥|调度|交易|资源|登记|不动产|检验|检测|监测|疾病预防控制|疾控|急救|妇幼|保健|计划生育|数据|大数据|网格|调解|矛盾纠纷|新时代|文明实践|会展|投资|招商|产业|科技|创新|农业|农技|推广|林业|水利|气象|地震|城市|运行|市政|环境|环卫|殡仪|殡葬|救助管理|人才|党群|电子商务|电商|物流|交通|旅游|游客|接待|征收|补偿|房屋|住房|公积金|医疗|医保|社保|社会保险|劳动|仲裁|考试|招生|青年|工人|职工|科普|图书|档案|博物|规划|测绘|地质|粮食|储备|价格|信用|统计|审计|财政|国库|会计|核算|绩效|税务|金融|大厅|事业|公路|道路|航道|港航|运输|农村|城乡|建设|工程|质量|安全|水务|园林|绿化|生态|能源|机关|后勤)$/;
/** A place the name opens with: 「白沙河县」「青岚市」. */
const PLACE = /^[^、，]{0,8}?(?:自治州|省|市|州|盟|县|旗|区)(?!域)/;
/** A place inside the level: a name that still holds one is a township's or a village's (「县城关镇居家养老服务中心」). */
const INNER_PLACE = /镇|乡|街道|村|社区|县|区|市/;
/** A company, a bank, a practice. */
const FIRM = /公司|集团|企业|银行|支行|事务所|合作社/;
/** What an attendees line says after a unit of the person there. */
const PERSON = /(的)?(主要|分管|有关|相关)?(负责同志|负责人|同志|代表|全体人员|人员|项目经理|经理|站长|主任|院长|校长)$/;
/** A line's label: 「服务机构：」. */
const LABEL = /^[^：:、，]{1,12}[：:]/;

/** The brand of a service institution's name, when it has one: 「白沙河县颐康居家养老服务中心」 → 颐康; 「县社会福利中心」 → none. */
export function brandOf(name: string, material: string): string | undefined {
  const unit = name.trim();
  if (!CENTRE.test(unit) || FIRM.test(unit)) return undefined;
  let rest = unit.replace(CENTRE, '').replace(PLACE, '');
  for (let m = FIELD.exec(rest); m && rest.length > m[0].length; m = FIELD.exec(rest)) rest = rest.slice(0, -m[0].length);
  if (rest.length < 2 || FIELD.test(rest) || INNER_PLACE.test(rest)) return undefined;
  // A word of the field said elsewhere in the material (「政务」 of 「政务服务」) is no brand.
  return material.split(unit).join('').includes(rest) ? undefined : rest;
}

/** The units of one attendees line, or of one task: those named together. */
function groupsOf(input: SpeechInput): string[][] {
  const lines = partLines(input.meeting.attendees ?? []).map((l) => l.trim().replace(LABEL, '').split(/[、，,]/).map((p) => p.trim().replace(/[（(][^）)]*[）)]$/, '').replace(PERSON, '')));
  const tasks = input.campaign.tasks.map((t) => [t.lead, ...(t.support ?? [])].flatMap((u) => u.split(/[、，,]/)).map((u) => u.trim()));
  return [...lines, ...tasks].map((g) => g.filter((u) => u.length >= 2));
}

export interface Providers {
  /** Service institutions with a brand named with a company: providers, not the level's own. */
  centres: string[];
  /** The companies named with them: providers of the same service. */
  alongside: string[];
}

/** The providers the material names: a brand's service centre on a line or in a task with a company, and those companies. */
export function providersOf(input: SpeechInput): Providers {
  const material = JSON.stringify(input);
  const centres = new Set<string>();
  const alongside = new Set<string>();
  for (const group of groupsOf(input)) {
    const firms = group.filter((u) => FIRM.test(u));
    const branded = group.filter((u) => brandOf(u, material));
    if (!firms.length || !branded.length) continue;
    for (const u of branded) centres.add(u);
    for (const u of firms) alongside.add(u);
  }
  return { centres: [...centres], alongside: [...alongside] };
}

/**
 * The providers the material says the service is bought from (第三方, 购买服务, 承接 …): they deliver it under the speaker's
 * side, a brand's 服务中心 and the company named with it alike (s47-5 [35], W: one thanked as a guest, the other left out).
 */
export function providesOf(input: SpeechInput): (unit: string) => boolean {
  if (!/第三方|购买服务|承接|服务机构|服务商|定点服务/.test(JSON.stringify(input.campaign))) return () => false;
  const { centres, alongside } = providersOf(input);
  return (unit) => centres.includes(unit.trim()) || alongside.includes(unit.trim());
}
