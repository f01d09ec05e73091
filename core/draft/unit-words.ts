// The words of a unit of argument and of the material, as the drawing of units (units.ts) compares them:
// pairs of Chinese characters past the common ones, telling characters, runs of eight characters.

/** Pairs of characters too common to say that two texts are about the same thing. */
export const COMMON = new Set(['工作', '要把', '一个', '不能', '我们', '群众', '问题', '这项', '项工', '落实', '责任', '进行', '开展', '加强', '要在', '时间', '的问', '要求', '情况', '一项', '抓好', '推进']);
/** Characters that say nothing about a subject: function words, the levels, the words of every task. */
export const COMMON_CHARS = new Set([...'的了是在和要把对不有为以与及等这那个一上下中大小多好抓工作进推做年月日时期人员单位们我就也都而且并或其所之于从到将被让使得地着过来去说看能会可应该须必已还再又更最很各每些该此项实行加强展建立完成理管制度机责任问题情况群众干部同志二三四五六七八九十前后内外门全县区镇乡村街道社区重点抓好确保推动切实']);

/**
 * What is read off a unit's text, computed once: the corpus's units are asked about at every item of
 * every draft. The corpus is a few thousand units and the material's own texts are few; a bound all the same.
 */
export function memo<T>(of: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let v = known.get(text);
    if (v === undefined) {
      if (known.size > 20_000) known.clear();
      v = of(text);
      known.set(text, v);
    }
    return v;
  };
}

export const pairs: (text: string) => ReadonlySet<string> = memo(pairsOf);

function pairsOf(text: string): Set<string> {
  const out = new Set<string>();
  const t = text.replace(/\{\w+\}|[^\p{Script=Han}]/gu, ' ');
  for (let i = 0; i + 2 <= t.length; i++) {
    const p = t.slice(i, i + 2);
    if (!p.includes(' ') && !COMMON.has(p)) out.add(p);
  }
  return out;
}

export const chars: (text: string) => ReadonlySet<string> = memo(charsOf);

function charsOf(text: string): Set<string> {
  return new Set([...text.replace(/\{\w+\}/g, '')].filter((c) => /\p{Script=Han}/u.test(c) && !COMMON_CHARS.has(c)));
}

/** Every run of eight Chinese characters in a text (slots break a run). */
export const runsOfEight: (text: string) => ReadonlySet<string> = memo(runsOfEightOf);

function runsOfEightOf(text: string): Set<string> {
  const out = new Set<string>();
  for (const stretch of text.replace(/\{\w+\}/g, '|').split(/[^\p{Script=Han}]+/u)) for (let i = 0; i + 8 <= stretch.length; i++) out.add(stretch.slice(i, i + 8));
  return out;
}

/** 「对非法违法生产经营行为要坚决打击」 after 「对非法违法生产经营行为依法严惩」: eight characters running, said again. */
export function repeatsPhrase(text: string, runs: ReadonlySet<string>): boolean {
  for (const w of runsOfEight(text)) if (runs.has(w)) return true;
  return false;
}

/**
 * Words that more than half of the items use (「消防」 in every task of a fire campaign): they say
 * what the campaign is about, not what one item is about, so they do not tie a unit to an item.
 */
export function sharedWords(abouts: readonly string[]): Set<string> {
  const count = new Map<string, number>();
  for (const a of abouts) for (const p of pairs(a)) count.set(p, (count.get(p) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => abouts.length > 2 && n > abouts.length / 2).map(([p]) => p));
}

/** The words of a measure's lead past its verb: 「坚持共同缔造」 → 共同, 同缔, 缔造. */
export function leadWords(lead: string): string[] {
  return [...pairs(lead.slice(2))];
}

/** The words of each sentence of a unit. */
export const sentencesOf: (text: string) => readonly ReadonlySet<string>[] = memo(sentencesOfText);

export function sentencesOfText(text: string): ReadonlySet<string>[] {
  return text.split(/(?<=[。！？])/).map(pairs).filter((p) => p.size > 0);
}

/** The share of the smaller set of words that the two share. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const p of a) if (b.has(p)) n++;
  return n / Math.min(a.size, b.size);
}

/**
 * 「预警信息要直达基层」 after 「确保预警信息户户知晓」, 「要加大典型案例曝光力度」 after 「典型案例公开曝光」:
 * one sentence of the unit is mostly the item's own words, so it says the task again instead of arguing it.
 */
export function restatesSentence(sentence: ReadonlySet<string>, item: ReadonlySet<string>): boolean {
  if (sentence.size < 3) return false;
  let shared = 0;
  for (const p of sentence) if (item.has(p)) shared++;
  return shared / sentence.size > 0.35;
}

/** Most of the unit's words are the item's: it says again what the material says. */
export function restates(own: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  if (!own.size) return false;
  let shared = 0;
  for (const p of own) if (words.has(p)) shared++;
  return shared / own.size > 0.3;
}
