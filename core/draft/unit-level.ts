// The level a region's or a unit's name places it at (「县水利局」→ county, 「东湖镇」→ town): the first thing a speaker's standing
// to a unit is judged by (speaker.ts, branches.ts). Pure.

/** 市; 县 or 区 (one level, two sets of words); 镇 or 乡; 街道. */
export type Level = 'city' | 'county' | 'district' | 'town' | 'xiang' | 'street';

/** The level words a region or a unit name starts or ends with, most local first. */
const LEVEL_OF_CHAR: readonly [RegExp, Level][] = [
  [/街道/, 'street'],
  [/镇/, 'town'],
  [/乡/, 'xiang'],
  [/区/, 'district'],
  [/[县旗]/, 'county'],
  [/[市州盟]/, 'city'],
];
/** 「X县」→ county, 「东湖镇」→ town, 「城南街道」→ street: the suffix of a region's name. */
export function regionLevel(region: string): Level | undefined {
  const name = region.trim();
  if (/街道(办事处)?$/.test(name)) return 'street';
  const last = name.slice(-1);
  for (const [re, level] of LEVEL_OF_CHAR) if (re.test(last)) return level;
  return undefined;
}

/** The level a unit's name places it at: 「县水利局」→ county, 「镇应急办」→ town; none for 「各村」. */
export function unitLevel(unit: string): Level | undefined {
  const name = unit.trim();
  if (/^各/.test(name)) return undefined;
  if (/^[^、，]{0,6}?街道/.test(name)) return 'street';
  // 「市场监管所」「城市管理局」「辖区物业企业」「相关社区」「城乡建设局」 name no level: 市场, 城市, 辖区,
  // 社区, 城乡 are words, not places; 「市民政局」「市政府」 are the city's (s37-1 [52], W: the city's guest read as own).
  const m = /^[^、，]{0,6}?(省|(?<![城都超门])市(?!场|容|政(?!府|协)|民(?!政|宗|族))|州|县(?!域)|(?<![辖园社景小城片库山林矿营校厂街目灾控戒护])区(?!域)|旗|(?<![城乡集])镇|(?<!城)乡)/.exec(name);
  if (!m) return undefined;
  if (m[1] === '省') return 'city';
  return LEVEL_OF_CHAR.find(([re]) => re.test(m[1]!))?.[1];
}
