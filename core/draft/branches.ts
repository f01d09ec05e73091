// A department's own subordinate units, named otherwise than after it: one table for every question of whose they are.
// Pure; speaker.ts judges a department head's relation to a unit by it (isBranch), and the leader whose post heads a
// department (Speaker.led) by runByOwnDepartment.
import { isFirm } from './firms.ts';
import { unitLevel, type Level } from './unit-level.ts';

/**
 * A department by its name's word, and the units it runs (the 教育局's schools, the 公安局's 派出所, the 农业农村局's 渔政执法大队,
 * a 宣传部's 融媒体中心 and 文明办, a 卫健局's hospitals and 疾控中心): a reader marked wrong a 县农业农村局局长 asking 「县渔政执法大队」
 * for 「支持配合」 as if it were another body's (s12-3), and a 宣传部部长 thanking the 县融媒体中心 as a guest come 「应邀」 (s70-10 [6]).
 */
export const BRANCHES: readonly [RegExp, RegExp][] = [
  [/教育|教体/, /学校|中学|小学|中心校|幼儿园|教师发展中心|教研室|教研中心/],
  [/公安/, /派出所|交警|治安|刑侦|特警|巡警/],
  [/宣传/, /融媒体|新时代文明实践|文明实践|文明办|网信办|广播电视台|新闻中心/],
  [/组织部/, /党员教育中心|老干部局|党建(工作)?指导中心|人才(工作)?服务中心/],
  [/政法委/, /综治中心|平安办|社会治理(综合)?(指挥|服务)?中心/],
  [/卫生健康|卫健/, /卫生院|医院|中医(医)?院|疾控|疾病预防控制|卫生监督|妇幼保健|急救中心/],
  [/自然资源/, /自然资源所|国土所|不动产登记|国土资源执法|自然资源执法/],
  [/农业农村|农业/, /渔政|农机|农技|畜牧|兽医|动物卫生|动物疫病|植保|植物保护|水产|农经|农业综合行政执法|农业执法|农产品质量/],
  [/生态环境|环境保护/, /环境监察|环境执法|生态环境执法|环境监测/],
  [/水利|水务/, /水政|水利站|水土保持|河道管理/],
  // 「区排水管理所」「区市政设施养护中心」 are the 城管局's (s39-4 [56], W: asked 「请…协同配合」 by their own 局长).
  [/城市管理|城管|综合行政执法/, /城管执法|城管大队|城管中队|执法中队|排水管理|市政设施|环境卫生管理|环卫/],
  [/交通运输/, /交通执法|交通运输执法|路政|运管|公路管理|公路事务|公路养护|道路运输/],
  [/住房和城乡建设|住建/, /建管站|质监站|质量监督站|质量安全监督站|安全监督站|安监站|建筑工程|房产管理/],
  [/人力资源|人社/, /劳动保障监察|劳动监察|就业服务|社保中心|社会保险|劳动人事争议仲裁院/],
  [/应急管理/, /应急管理执法|安全生产执法/],
  [/林业/, /林业站|林场|森林病虫|木材检查/],
  // 「区文化市场综合行政执法大队」 is the 文旅局's (g11b-tourism-district-own-trade: asked 「请…做好指导和监督检查」 by its own 局长).
  [/文化|文旅|文广/, /文化市场|文化执法|文化综合执法|旅游执法|文化馆|图书馆|博物馆|纪念馆|美术馆/],
  [/民政/, /救助站|救助管理站|福利院|殡仪馆|殡葬管理|社会福利|养老服务中心|敬老院/],
];

/** Whether a department (by its name, whole or bare) runs the unit by the unit's name (BRANCHES). */
export function runsByName(department: string, unit: string): boolean {
  return BRANCHES.some(([d, runs]) => d.test(department) && runs.test(unit));
}

/** What of a speaker says which departments are theirs. */
interface Departments { level: Level; ownUnit?: string; led?: string[] }

/**
 * Whether a unit of the speaker's level is one the speaker's own department runs: the department's head or the leader whose post
 * is it (「县委常委、宣传部部长」) tells it its part, never thanks it as a guest.
 */
export function runByOwnDepartment(unit: string, speaker: Departments): boolean {
  const departments = [...(speaker.led ?? []), speaker.ownUnit ?? ''].filter(Boolean);
  const level = unitLevel(unit);
  // 「岚州长运道路运输有限公司」 is a firm the 交通运输局 regulates, never one of its 道路运输 units.
  if (!departments.length || (level && level !== speaker.level) || isFirm(unit)) return false;
  return departments.some((d) => runsByName(d, unit.trim()));
}
