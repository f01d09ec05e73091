// The task detail that argument may not bend: when, how often and who. A task that says 「每天中午和
// 傍晚各巡查一次」 is not followed by 「夜间和节假日最需要加密巡查」, 「网格员每周入户」 not by 「要经常入户」,
// and a 防溺水 speech whose material names no 企业 does not tell 企业主要负责人 what to do. Used by the
// engine when it draws argument and by the speech checks on every draft.

/** When in the day or the week: a unit naming one the item does not name contradicts the item. */
const TIMES = ['凌晨', '清晨', '早晨', '早上', '上午', '中午', '午间', '午休', '下午', '傍晚', '晚上', '夜间', '夜里', '深夜', '白天', '昼夜', '全天', '周末', '节假日', '工作日'];
/** How often: 「经常」「定期」 after 「每周」 softens the material's frequency; 「每天」 after 「每周」 changes it. */
const FREQUENCIES = ['每天', '每日', '天天', '每周', '每月', '每季度', '每半月', '每年', '一天一', '一周一', '一月一', '经常', '定期', '常态化', '不定期', '随时'];
/**
 * Who does the work, where only the material may name them: a field's own actors. 群众, 干部 and
 * 党员 speak of anyone and are not listed.
 */
const ACTORS = ['企业', '从业人员', '生产经营单位', '施工单位', '经营单位', '经营者', '学校', '家长', '老师', '班主任', '网格员', '护林员', '巡查员', '物业', '业委会', '商户', '农户', '村民', '居民', '志愿者', '民兵', '医生', '驾驶员', '房东', '租户'];

/**
 * Rectification 「on the spot」: where the material gives its tasks deadlines (「12月底前」), a speech
 * that says 「决不能让隐患过夜」 or 「立行立改」 contradicts them.
 */
const IMMEDIATE = ['隐患过夜', '不能过夜', '立行立改', '当天整改', '当日整改'];

function named(text: string, terms: readonly string[]): string[] {
  return terms.filter((t) => text.includes(t));
}

/**
 * The words of `text` that the material does not allow, with why: empty when it bends nothing.
 * `material` is all the material as JSON (its tasks' 「"deadline"」 keys tell that it sets deadlines).
 */
export function bentDetail(text: string, item: string, material: string): string[] {
  const out: string[] = [];
  const itemTimes = named(item, TIMES);
  if (itemTimes.length) for (const t of named(text, TIMES)) if (!itemTimes.includes(t)) out.push(`时间「${t}」`);
  const itemFrequencies = named(item, FREQUENCIES);
  if (itemFrequencies.length) for (const f of named(text, FREQUENCIES)) if (!itemFrequencies.includes(f)) out.push(`频次「${f}」`);
  for (const a of named(text, ACTORS)) if (!material.includes(a)) out.push(`对象「${a}」`);
  if (/"deadline"\s*:/.test(material)) for (const w of named(text, IMMEDIATE)) if (!material.includes(w)) out.push(`时限「${w}」`);
  return out;
}
