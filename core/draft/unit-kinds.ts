// Units of another system a task calls in as a kind (「辖区各银行网点」, 「各学校」): each bank or school in
// the room is one of them (s25-7, E: the two banks that lead 堵截可疑转账 were neither asked in their task
// nor thanked, and 「辖区各银行网点」 was told 「由…牵头负责」 as if the street's own).

/** Kinds of unit outside government that a task may call in as a whole. */
export const KIND_OF_UNIT = /银行|信用社|学校|医院|卫生院|药店|超市|商场|酒店|宾馆|物业|加油站|燃气/;

/** The kind a 「各…」 unit calls in: 「辖区各银行网点」 → 银行. */
export function kindCalled(unit: string): string | undefined {
  // 「两家管道燃气企业」: a count of a kind calls them in as well (s41-3 [45]).
  if (!/^(辖区|全区|全县|全镇|全乡)?各|^[两二三四五六七八九十\d]+家/.test(unit.trim())) return undefined;
  return KIND_OF_UNIT.exec(unit)?.[0] ?? tradeCalled(unit);
}

/**
 * The trade word of a kind of companies a task calls in (「各电梯企业」 → 电梯): each company in the room whose own name holds it is
 * one of them, whatever else its name says (s47-3 [54] [55], W: of three 电梯 companies on one line, the task led by 「各电梯企业」,
 * the one named 「…电梯工程有限公司」 was held to its 主体责任, the two others thanked as guests).
 */
const TRADE_CALLED = /^(?:辖区|全区|全县|全镇|全乡)?各([\p{Script=Han}]{2,6}?)(?:企业|公司)$/u;
const NO_TRADE = /有关|相关|重点|参建|项目|中标|规上|规模|小微|民营|国有|涉|成员|驻|属|辖|合作|服务/;
function tradeCalled(unit: string): string | undefined {
  const trade = TRADE_CALLED.exec(unit.trim())?.[1];
  return trade && !NO_TRADE.test(trade) ? trade : undefined;
}

/** Whether a firm leads a task as one of a kind of companies the task calls in by its trade (「各电梯企业」). */
export function leadsByTrade(attendee: string, leads: readonly string[]): boolean {
  return /(公司|集团|企业)$/.test(attendee.trim()) && leads.some((l) => !!tradeCalled(l) && ofKind(attendee, l));
}

/** Whether an attendee is one of the units a 「各…」 unit calls in by kind. */
export function ofKind(attendee: string, unit: string): boolean {
  const kind = kindCalled(unit);
  // A government body named after the field it regulates (「区住建局物业管理科」) is none of them.
  if (!kind || GOVERNMENT.test(attendee)) return false;
  // A trade's companies by their own names only (「…电梯安装有限公司」), never a body named after the field.
  if (!KIND_OF_UNIT.test(kind) && !/(公司|集团|企业)$/.test(attendee.trim())) return false;
  return (SAME_KIND.get(kind) ?? new RegExp(kind)).test(attendee);
}

/** Names of one kind by other words: a 液化石油气 company or a 液化气站 is of 「各燃气经营企业」 (s41-1 [53], W: thanked). */
const SAME_KIND: ReadonlyMap<string, RegExp> = new Map([['燃气', /燃气|液化气|液化石油气|天然气|煤气/]]);

const GOVERNMENT = /局|政府|委员会|办公室|管理科|[科股办委]$/;
