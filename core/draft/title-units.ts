// The units a leader's title heads besides the level itself (「县委常委、政法委书记」 → 政法委; 「副县长、县防指常务副指挥长」 → 县防指):
// the speaker's own, never a party he asks (s64-11 [35], W: the 政法委书记 said 「请县委政法委给予支持和帮助」 — asking himself).
/** A post that heads a unit: the unit, then its head's post (副 or 常务副 too). */
const LED = /^(?:中共)?(.+?(?:委员会|委|部|办公室|办|局|中心|指挥部|领导小组|防指))(?:常务)?副?(?:书记|部长|主任|局长|总指挥|指挥长|组长)$/;
/** The level's own leadership (县委, 党委, 党工委, 政府, 办事处): headed as the level, no unit of its own. */
const LEVEL_ITSELF = /^(?:中共)?[^、，]{0,8}?(?:[县区市州旗]委|党委|党工委|人民政府|政府|办事处|街道|镇|乡)$/;
/** The level a name opens with: 「县委」「县」「中共…县委」. */
const LEVEL_PREFIX = /^(?:中共)?[^、，]{0,6}?(?:[县区市州旗]委(?![员会])|[县区市州旗](?![委长])|街道|[镇乡](?!长))/;

/** The units the title's posts head, other than the level's own leadership. */
export function ledUnitsOf(posts: readonly string[]): string[] {
  return posts.map((p) => LED.exec(p.trim())?.[1]).filter((u): u is string => !!u && !LEVEL_ITSELF.test(u) && u.replace(LEVEL_PREFIX, '').length >= 2);
}

/** A unit's name without its level and its general end: 「县委政法委员会」「政法委」 → 政法委. */
function core(unit: string): string {
  return unit.trim().replace(LEVEL_PREFIX, '').replace(/委员会$/, '委').replace(/办公室$/, '办');
}

/** Which of the units the title heads a name is (「县委政法委」 for the 「政法委书记」), if any; the caller checks the level. */
export function ledNamed(unit: string, led: readonly string[]): string | undefined {
  // Two the title heads named as one (「县纪委监委」 for the 「县纪委书记、县监委主任」; r-s81 s81-7 [40], E: 「请县纪委监委牵头」 from its head).
  const joint = led.find((a) => led.some((b) => b !== a && core(a).length >= 2 && `${core(a)}${core(b)}` === core(unit)));
  return led.find((l) => core(l).length >= 2 && core(l) === core(unit)) ?? joint;
}
