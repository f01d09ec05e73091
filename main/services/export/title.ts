// The title's runs, broken into lines where breakTitle says (GB/T 9704 §7.3.1: 梯形 or 菱形,
// words kept whole), with line breaks inside the one title paragraph.
import type { Run } from '../../../core/doc/model.ts';
import { breakTitle, wordStarts, type WordStarts } from '../../../core/doc/title.ts';
import { run, type RunStyle } from './fonts.ts';

/** Twips a 二号 title character takes: 22 pt, condensed by 5 twips like every run. */
const TITLE_CHAR = 435;

/** Where a title's words start: ICU's, or what a one-command shell remembers of ICU's answers (word-starts.ts). */
let titleWords: WordStarts = wordStarts;

/** The CLI's drafting commands set ICU's remembered answers here (main/cli/draft-commands.ts). */
export function useWordStarts(starts: WordStarts): void {
  titleWords = starts;
}

export function titleRuns(runs: readonly Run[], style: RunStyle, typeWidth?: number): string[] {
  const perLine = typeWidth ? Math.floor(typeWidth / TITLE_CHAR) : undefined;
  const lines = breakTitle(runs.map((r) => r.text).join(''), perLine, titleWords);
  // Offsets in the title where a new line starts.
  const cuts: number[] = [];
  lines.slice(0, -1).reduce((offset, line) => (cuts.push(offset + line.length), offset + line.length), 0);
  const out: string[] = [];
  let pos = 0;
  for (const r of runs) {
    const end = pos + r.text.length;
    const bounds = [pos, ...cuts.filter((c) => c > pos && c < end), end];
    for (let i = 0; i + 1 < bounds.length; i++) {
      const piece = r.text.slice(bounds[i]! - pos, bounds[i + 1]! - pos);
      if (piece) out.push(run(piece, { ...style, lineBreakBefore: cuts.includes(bounds[i]!) }));
    }
    pos = end;
  }
  return out;
}
