// A numeral and the measure word after it (一课、三节、两轮、5项) make a phrase no dictionary lists, so
// the segmentation leaves the measure word alone and any other character that makes a listed word with
// the numeral (一刻、一度、一批) looks likelier — 「最后一课」 read as 「最后一刻」 though both read right
// (session 21's screen test). There the numeral is no evidence: a replacement must be borne out by the
// text after it (「一课也不能松懈」 → 一刻, 刻也 seen far more often than 课也).

/** Numerals a measure word follows (a digit is one too: the run holds it as model.ts DIGIT). */
const NUMERALS = new Set(Array.from('一二两三四五六七八九十百千万几每半数0123456789０１２３４５６７８９'));

/** Measure words: the characters that count a thing after a numeral. */
const MEASURE_WORDS = new Set(
  Array.from(
    '个次项条件名位家所处批轮场课节堂门份张本篇句段期届支队组座台辆架艘头只棵株颗粒片块根把套部首封幅层级户口间栋幢亩吨元天年月周季代笔起宗例种类步道声遍趟回番阵顿股对双副群串排行列章卷册页则桩区镇村任',
  ),
);

/** Whether the character at `i` of `text` is a measure word counted by the numeral before it. */
export function countedByNumeral(text: string, i: number): boolean {
  return i > 0 && MEASURE_WORDS.has(text[i]!) && NUMERALS.has(text[i - 1]!);
}
