// Units of another system a task calls in as a kind (「辖区各银行网点」, 「各学校」): each bank or school in
// the room is one of them (s25-7, E: the two banks that lead 堵截可疑转账 were neither asked in their task
// nor thanked, and 「辖区各银行网点」 was told 「由…牵头负责」 as if the street's own).

/** Kinds of unit outside government that a task may call in as a whole. */
export const KIND_OF_UNIT = /银行|信用社|学校|医院|卫生院|药店|超市|商场|酒店|宾馆|物业|加油站|燃气/;

/** The kind a 「各…」 unit calls in: 「辖区各银行网点」 → 银行. */
export function kindCalled(unit: string): string | undefined {
  // 「两家管道燃气企业」: a count of a kind calls them in as well (s41-3 [45]).
  return /^(辖区|全区|全县|全镇|全乡)?各|^[两二三四五六七八九十\d]+家/.test(unit.trim()) ? KIND_OF_UNIT.exec(unit)?.[0] : undefined;
}

/** Whether an attendee is one of the units a 「各…」 unit calls in by kind. */
export function ofKind(attendee: string, unit: string): boolean {
  const kind = kindCalled(unit);
  // A government body named after the field it regulates (「区住建局物业管理科」) is none of them.
  return !!kind && (SAME_KIND.get(kind) ?? new RegExp(kind)).test(attendee) && !GOVERNMENT.test(attendee);
}

/** Names of one kind by other words: a 液化石油气 company or a 液化气站 is of 「各燃气经营企业」 (s41-1 [53], W: thanked). */
const SAME_KIND: ReadonlyMap<string, RegExp> = new Map([['燃气', /燃气|液化气|液化石油气|天然气|煤气/]]);

const GOVERNMENT = /局|政府|委员会|办公室|管理科|[科股办委]$/;
