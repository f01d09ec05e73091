// A speaker's line with the date glued to it, under a title: 「张三 2026年3月5日」「（2026年3月5日）张三」
// 「县水利局局长 马骏（2024年5月8日）」「周文博（2024年3月12日）」. Who spoke and when, apart: the speaker
// without the date, the date as a date line (its year the document's). The line stays as written in
// the text. Pure.

const HAN = '\\p{Script=Han}';
/** A date: 「2026年3月5日」「（2026年3月5日）」「2026年3月」「（二〇二六年三月五日）」. */
const DATE = `(?:(?:19|20)[0-9]{2}|[〇○零一二][〇○零一二三四五六七八九]{3})年[0-9一二三四五六七八九十]{1,3}月(?:[0-9一二三四五六七八九十]{1,3}日)?(?:[上下]午)?`;
const BRACKETED = `[（(]${DATE}[）)]`;
/** Who: a name (「周文博」「周文博同志」), or a post or unit, a space, a name (「县应急管理局 陈立」「县委副书记 张䶮」). */
const WHO = `(?:${HAN}{2,4}(?:同志)?|[${HAN}、（）()]{2,24}[\\s\\u3000]+${HAN}{2,4}(?:同志)?)`;
const WHO_THEN_DATE = new RegExp(`^(${WHO})[\\s\\u3000]*(${BRACKETED}|(?<=[\\s\\u3000])${DATE})$`, 'u');
const DATE_THEN_WHO = new RegExp(`^(${BRACKETED})[\\s\\u3000]*(${WHO})$`, 'u');

export interface SpeakerDate {
  speaker: string;
  date: string;
}

/** The speaker and the date of a line that holds both, if it does. */
export function speakerAndDate(t: string): SpeakerDate | undefined {
  if (t.length > 50 || !t.includes('年')) return undefined;
  const after = WHO_THEN_DATE.exec(t);
  if (after) return { speaker: after[1]!.trim(), date: after[2]! };
  const before = DATE_THEN_WHO.exec(t);
  if (before) return { speaker: before[2]!.trim(), date: before[1]! };
  return undefined;
}
