// Whether a meeting sums up a year's work (its results are the year's, not a stage's).
import type { SpeechInput } from '../input/schema.ts';

/**
 * A year's summing up: a meeting that sums up or commends a 年度 (「2026年度…总结表彰会」), or a year's work named by its year
 * at the year's turn (「柘溪区2026年招商引资…工作总结表彰大会」 on 2026-12-28: s45-8 [15] [24], E — 「前段时间」「阶段性」 made the
 * year's results small). A season's work named by its year (「2026年汛期…」「2026年秋冬季…」) is no year's.
 */
export function annual(meeting: SpeechInput['meeting']): boolean {
  if (!/总结|表彰/.test(`${meeting.type ?? ''} ${meeting.name}`)) return false;
  if (/年度/.test(meeting.name)) return true;
  const named = /(\d{4})年(?!度)([^，。；]*?)(?:工作)?(?:总结|表彰)/.exec(meeting.name);
  const [y, m] = meeting.date.split('-').map(Number);
  if (!named || !y || !m || /汛|季|春|夏|秋|冬|期|月|节/.test(named[2]!)) return false;
  const year = Number(named[1]);
  return (year === y && m >= 10) || (year === y - 1 && m <= 3);
}
