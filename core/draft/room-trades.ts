// The trades a department regulates in its own domain, for room.ts Room.regulated: where a department speaks to its own system
// (its head speaks, or it organises the meeting) on work that regulates (safety, 整治, training …), the companies of its trades in the
// room are the ones it holds — told and trained, never thanked as supporters (s64-6 [44], s65-5 [48], W: a 交通运输局局长 thanked the
// bus and coach companies at his own safety 培训会 and asked them to 「多关心、多支持」).
import type { SpeechInput } from '../input/schema.ts';
import { isFirm, speakerOf } from './speaker.ts';
import { helped } from './guest-rules.ts';

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

/** Work that regulates its trades, not work that serves them or builds with them: safety, 整治, inspection, training. */
const REGULATING = /安全|整治|治理|整顿|监管|执法|检查|隐患|事故|培训|规范|约谈|专项/;

/** Companies of another system, or partners by what they are, whatever their name shares with a trade. */
const NOT_OF_TRADE = /设计|勘察|咨询|规划|研究|协会|商会|联合会|供电|电力|电网|移动|联通|电信|通信|铁塔|银行|信用社|农商行|保险|邮政(?!管理)|燃气|自来水|供水|热力|石油|石化/;

/** A kind of businesses called in as a whole: 「各旅行社」「辖区各汽车维修厂」. */
const KIND_OF_BUSINESS = /^(?:辖区|全[区县市镇乡])?各[^、，]{1,10}(社|店|厂|机构)$/;

/** The department whose own system the meeting is: the speaker's unit where a department head speaks, else the organiser. */
function departmentOf(input: SpeechInput): string {
  return speakerOf(input).ownUnit ?? input.meeting.organizer ?? '';
}

/**
 * Whether a company in the room is of a trade the meeting's department regulates, at work that regulates it (REGULATING in the
 * meeting's or the campaign's name or goal): held to its own responsibility. Not a utility, a bank, an insurer, an association or a
 * designer, nor one the achievements name as having helped (thanked for it).
 */
export function ofOwnTrade(input: SpeechInput): (unit: string) => boolean {
  const c = input.campaign;
  const [department, names] = [departmentOf(input), `${input.meeting.name}；${c.name}`];
  const trades = DEPARTMENT_TRADES.filter(([field, work]) => field.test(department) || work.test(names)).map(([, , trade]) => trade);
  const regulating = REGULATING.test(`${input.meeting.name}；${input.meeting.type ?? ''}；${c.name}；${c.goal ?? ''}`);
  return (unit) => {
    const name = unit.trim();
    return regulating && (isFirm(name) || KIND_OF_BUSINESS.test(name)) && !NOT_OF_TRADE.test(name) && trades.some((t) => t.test(name)) && !helped(name, input);
  };
}
