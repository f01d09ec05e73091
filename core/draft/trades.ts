// The trades a department licenses and inspects, by their businesses' names: 「…客运有限公司」「各客运站」 of the 交通运输局, 「各养老机构」 of
// the 民政局. A business of the department's trade is held to its own responsibility, never one of the department's own units nor
// its peer (room-trades.ts for the room, speaker.ts for the department's own system). Pure.
import { runsByName } from './branches.ts';
import { isFirm } from './firms.ts';
import { unitLevel } from './unit-level.ts';

/**
 * A department by its field, the campaign's or meeting's name that says the field's trade is the work (「道路交通安全」 though a 领导小组
 * organises it; 「旅游行业国庆假期安全生产」), and the companies' trades the department licenses and inspects.
 */
const DEPARTMENT_TRADES: readonly [RegExp, RegExp, RegExp][] = [
  [/交通运输|交通局/, /(道路运输|道路交通|交通运输|客运|货运)[^；]{0,8}?安全/, /运输|客运|货运|公交|公共汽车|出租|物流|危货|驾校|驾驶(员)?培训|机动车维修|汽车维修/],
  [/市场监督管理|市场监管/, /(食品|药品|特种设备|电梯)[^；]{0,8}?安全/, /食品|餐饮|超市|药店|药房|医药连锁|电梯|特种设备|锅炉|气瓶/],
  [/应急管理|安全生产监督/, /(危险化学品|危化品|烟花爆竹|非煤矿山|工贸)[^；]{0,8}?安全/, /化工|危化|危险化学品|烟花|爆竹|矿业|矿山|采石|冶金|工贸/],
  [/住房和城乡建设|住房城乡建设|住建|建设局/, /(建筑施工|建设工程|施工)[^；]{0,8}?安全|工程质量/, /建筑|建工|建设工程|施工|路桥|物业|房地产|置业|地产|混凝土/],
  [/文化和旅游|文化旅游|文旅|文化广电/, /(旅游|文旅|景区|文化市场)[^；]{0,8}?安全/, /旅行社|旅游|景区|网吧|娱乐|演艺|歌舞/],
  [/邮政管理/, /(寄递|快递)[^；]{0,8}?安全/, /快递|寄递|速递/],
  [/水利|水务局/, /采砂/, /砂石|采砂/],
];

/** Companies of another system, or partners by what they are, whatever their name shares with a trade. */
export const NOT_OF_TRADE = /设计|勘察|咨询|规划|研究|协会|商会|联合会|供电|电力|电网|移动|联通|电信|通信|铁塔|银行|信用社|农商行|保险|邮政(?!管理)|燃气|自来水|供水|热力|石油|石化/;

/** A kind of businesses called in as a whole: 「各旅行社」「辖区各汽车维修厂」. */
const KIND_OF_BUSINESS = /^(?:辖区|全[区县市镇乡])?各[^、，]{1,10}(社|店|厂|机构)$/;
/**
 * Businesses by their premises, one or of a kind (「各客运站」「湄溪客运站」「…采石场」): regulated where their trade is the department's —
 * not a body's station or centre, whose name says it manages, supervises or serves (「县运输管理站」), nor one of the department's own
 * units (branches.ts; s73-8 [32], W: a 交通运输局局长 「商请各客运站牵头」 as if the stations were his peers).
 */
const PREMISES = /(站|场|店|厂|社|机构)$/;
const BODY_WORK = /管理|监督|监管|监测|检验|执法|事业|发展|服务中心|指导/;
const premises = (name: string, department: string): boolean => PREMISES.test(name) && !unitLevel(name) && !BODY_WORK.test(name) && !runsByName(department, name);

/**
 * Whether a unit is a business of a trade the department regulates (by the department's name, or by the work's names that say the
 * field: 「道路运输安全」 though a 领导小组 organises it).
 */
export function ofTrade(unit: string, department: string, work = ''): boolean {
  const name = unit.trim();
  const trades = DEPARTMENT_TRADES.filter(([field, said]) => field.test(department) || (!!work && said.test(work))).map(([, , trade]) => trade);
  return (isFirm(name) || KIND_OF_BUSINESS.test(name) || premises(name, department)) && !NOT_OF_TRADE.test(name) && trades.some((t) => t.test(name));
}
