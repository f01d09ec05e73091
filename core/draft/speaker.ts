// Who speaks, at which level, to whom. GENRE.md "Level, rank and the room": the same campaign is
// spoken of differently by a 县委书记, a 副镇长 and the head of a 县局; a township says 各村、镇直各单位,
// a street 各社区、街道各科室; nobody gives instructions to a higher level.
import type { SpeechInput } from '../input/schema.ts';

/** 市; 县 or 区 (one level, two sets of words); 镇 or 乡; 街道. */
export type Level = 'city' | 'county' | 'district' | 'town' | 'xiang' | 'street';
export type Rank = 'principal' | 'deputy' | 'department' | 'other';

export interface Speaker {
  level: Level;
  rank: Rank;
  /** The unit the speaker heads (「县应急管理局」), for a department head; part of the title. */
  ownUnit?: string;
}

/** The level words a region or a unit name starts or ends with, most local first. */
const LEVEL_OF_CHAR: readonly [RegExp, Level][] = [
  [/街道/, 'street'],
  [/镇/, 'town'],
  [/乡/, 'xiang'],
  [/区/, 'district'],
  [/[县旗]/, 'county'],
  [/[市州盟]/, 'city'],
];
/** Higher is larger: a unit of a larger order than the speaker's level is above it. */
const ORDER: Record<Level, number> = { street: 1, town: 1, xiang: 1, county: 2, district: 2, city: 3 };

const OVERRIDE_LEVEL: Record<NonNullable<SpeechInput['meeting']['level']>, Level> = { 市: 'city', 县: 'county', 乡镇: 'town', 街道: 'street' };
const OVERRIDE_RANK: Record<NonNullable<SpeechInput['meeting']['speakerRank']>, Rank> = {
  主要领导: 'principal',
  副职: 'deputy',
  部门负责人: 'department',
  其他: 'other',
};

/** 「X县」→ county, 「东湖镇」→ town, 「城南街道」→ street: the suffix of a region's name. */
export function regionLevel(region: string): Level | undefined {
  const name = region.trim();
  if (/街道(办事处)?$/.test(name)) return 'street';
  const last = name.slice(-1);
  for (const [re, level] of LEVEL_OF_CHAR) if (re.test(last)) return level;
  return undefined;
}

/** The posts in a title: 「县委副书记、县长」 → 县委副书记, 县长. */
function posts(title: string | undefined): string[] {
  return (title ?? '').split(/[、，,；;\s]+/).filter(Boolean);
}

// A unit that is not a level's leadership: a bureau, an office, a station, a school, a company.
const DEPARTMENT = /(局|办公室|办|委员会|中心|站|所|队|院|校|公司|指挥部|领导小组|管委会|大队|支队|分局|科|部)/;
const PRINCIPAL = [
  /^(中共)?[^、]{0,10}?[县区市州旗]委书记$/,
  /^[^、]{0,10}?(镇|乡)?党委书记$/,
  /^[^、]{0,10}?党工委书记$/,
  /^[^、]{0,10}?(?<!副)[县区市州旗镇乡]长$/,
  /^[^、]{0,10}?(?<!副)办事处主任$/,
];
const DEPUTY = [/副[县区市州旗镇乡]长$/, /(委|党委|党工委)副书记$/, /[县区市州旗]委常委$/, /办事处副主任$/, /^副书记$/];

/** 「县委书记」「区委副书记、区长」「镇党委书记」「街道办事处主任」 → principal. */
export function speakerRank(title: string | undefined): Rank {
  const list = posts(title);
  const isDepartment = (p: string) => DEPARTMENT.test(p.replace(/(党委|党工委|[县区市州旗]委)/g, ''));
  if (list.some((p) => PRINCIPAL.some((re) => re.test(p)) && !isDepartment(p.replace(/(办事处主任)$/, '')))) return 'principal';
  if (list.some((p) => DEPUTY.some((re) => re.test(p)))) return 'deputy';
  if (list.some(isDepartment)) return 'department';
  return list.length ? 'other' : 'department';
}

/** 「县应急管理局局长」 → 「县应急管理局」: the unit a department head speaks for. */
export function ownUnitOf(title: string | undefined): string | undefined {
  for (const p of posts(title)) {
    const m = /^(.+?(局|办公室|办|委员会|中心|站|所|队|院|校|公司|指挥部|管委会|分局))(常务)?(副)?(局长|主任|书记|站长|所长|队长|院长|校长|总经理|经理|部长|指挥长|政委)$/.exec(p);
    if (m) return m[1];
  }
  return undefined;
}

export function speakerOf(input: SpeechInput): Speaker {
  const { meeting, campaign } = input;
  const title = meeting.speaker.title;
  const titleLevel = posts(title)
    .map((p) => regionLevel(p.replace(/(书记|副?[县区市州旗镇乡]长|主任|局长|委员|常委)$/g, '').replace(/(党委|党工委|委|人民政府|政府|办事处)$/, '')))
    .find(Boolean);
  const level = meeting.level ? OVERRIDE_LEVEL[meeting.level] : (regionLevel(campaign.region) ?? titleLevel ?? 'county');
  // 「乡镇」 as an override keeps 乡 where the region is a 乡.
  const refined = meeting.level === '乡镇' && regionLevel(campaign.region) === 'xiang' ? 'xiang' : meeting.level === '县' && regionLevel(campaign.region) === 'district' ? 'district' : level;
  const rank = meeting.speakerRank ? OVERRIDE_RANK[meeting.speakerRank] : speakerRank(title);
  const ownUnit = rank === 'department' ? ownUnitOf(title) : undefined;
  return { level: refined, rank, ...(ownUnit ? { ownUnit } : {}) };
}

/** The level a unit's name places it at: 「县水利局」→ county, 「镇应急办」→ town; none for 「各村」. */
export function unitLevel(unit: string): Level | undefined {
  const name = unit.trim();
  if (/^各/.test(name)) return undefined;
  if (/^[^、，]{0,6}?街道/.test(name)) return 'street';
  const m = /^[^、，]{0,6}?(省|市|州|县|区|旗|镇|乡)/.exec(name);
  if (!m) return undefined;
  if (m[1] === '省') return 'city';
  return LEVEL_OF_CHAR.find(([re]) => re.test(m[1]!))?.[1];
}

/** A unit above the speaker's level: a township does not instruct the county's bureau. */
export function isHigherUnit(unit: string, speaker: Speaker): boolean {
  const level = unitLevel(unit);
  if (!level) return false;
  if (/^省/.test(unit.trim())) return true;
  return ORDER[level] > ORDER[speaker.level];
}

/** Whether the level has levels below it, where 「各级」 means something. */
export function hasLevelsBelow(level: Level): boolean {
  return ORDER[level] >= 2;
}

/** Keys for phrase variants, most specific first: rank at level, rank, level. */
export function speakerKeys(s: Speaker): string[] {
  const tier = hasLevelsBelow(s.level) ? 'upper' : 'base';
  return [...(s.ownUnit ? [`${s.rank}+own`] : []), `${s.rank}@${s.level}`, `${s.rank}@${tier}`, s.rank, s.level, tier];
}
