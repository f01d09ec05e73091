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
