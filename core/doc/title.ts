// GB/T 9704 §7.3.1: a title too long for one line breaks into a balanced shape (梯形/菱形)
// without splitting a word — never 「…工作推」/「进会上的讲话」, never a lone 「要」 on its own line.

/** Characters of 二号 type on a line of the 156 mm type area (8844 twips / 435 twips a character). */
export const TITLE_CHARS_PER_LINE = 20;

// Function words that bind to their neighbours: no line may start or end with them alone.
const CLINGY = /^(会|上|的|之|和|与|及|在|年|纪要|讲话)$/;
// Places where a title reads well broken: after a joining word, after 「工作」, before 「关于」.
const GOOD_AFTER = /(暨|工作|和|及|与)$/;
const GOOD_BEFORE = /^关于/;

interface Segment {
  text: string;
  start: number;
}

/** How wide a title prints, in 二号 characters: a half-width digit or letter takes half of one (「2026」 is two). */
export function width(text: string): number {
  let w = 0;
  for (const c of text) w += c.charCodeAt(0) < 0x7f ? 0.5 : 1;
  return w;
}

/** Where a title's words start (0 first), as ICU's dictionary segments Chinese: 「食品 / 安全」. */
export type WordStarts = (title: string) => readonly number[];

/**
 * ICU's word starts. The first Intl object of a process costs it 15 ms (V8 builds its set of locales),
 * which is why a one-command process may pass breakTitle a memo of this function's answers instead.
 */
export const wordStarts: WordStarts = (title) => {
  const seg = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...seg.segment(title)].map((s) => s.index);
};

function segments(title: string, starts: readonly number[]): Segment[] {
  return starts.map((start, i) => ({ text: title.slice(start, starts[i + 1] ?? title.length), start }));
}

/** Offsets where a line may break, each with a bonus for reading well there. */
function breakPoints(title: string, starts: WordStarts): Map<number, number> {
  const segs = segments(title, starts(title));
  const points = new Map<number, number>();
  for (let i = 1; i < segs.length; i++) {
    const before = segs[i - 1]!.text;
    const after = segs[i]!.text;
    if (/^[，、：；。）》”]/.test(after) || /[（《“]$/.test(before)) continue;
    if (CLINGY.test(after) || (before.length === 1 && !/^(暨|和|及|与)$/.test(before))) continue;
    // A figure keeps its unit: 「第23次」「2026年」 never break after the digits (session 24's screen test, d).
    if (/[0-9０-９]$/.test(before) && !/^[0-9０-９]/.test(after)) continue;
    let bonus = 0;
    if (GOOD_AFTER.test(before)) bonus += 3;
    if (GOOD_BEFORE.test(after)) bonus += 3;
    if (/[，、]$/.test(before)) bonus += 4;
    points.set(segs[i]!.start, bonus);
  }
  return points;
}

/**
 * Splits a title into as few lines as fit, each as close to equal length as the word breaks allow.
 * Ties go to the shape with the longer line first. Falls back to plain wrapping when no break fits.
 */
export function breakTitle(title: string, perLine = TITLE_CHARS_PER_LINE, starts: WordStarts = wordStarts): string[] {
  const chars = [...title];
  if (width(title) <= perLine) return [title];
  const lines = Math.ceil(width(title) / perLine);
  const points = breakPoints(title, starts);
  const ideal = width(title) / lines;
  // Dynamic programming over break offsets: cost = squared deviation from the ideal length − bonus.
  const offsets = [0, ...[...points.keys()].sort((a, b) => a - b), title.length];
  type Best = { cost: number; prev: number };
  const best: Map<number, Best>[] = Array.from({ length: lines + 1 }, () => new Map());
  best[0]!.set(0, { cost: 0, prev: -1 });
  for (let k = 1; k <= lines; k++) {
    for (const end of offsets) {
      if (k === lines && end !== title.length) continue;
      for (const [start, b] of best[k - 1]!) {
        const len = width(title.slice(start, end));
        if (end <= start || len > perLine) continue;
        // A slightly longer first line (倒梯形) wins a tie against a shorter one.
        const cost = b.cost + (len - ideal) ** 2 - (k < lines ? (points.get(end) ?? 0) : 0) - (k === 1 ? len * 0.01 : 0);
        const cur = best[k]!.get(end);
        if (!cur || cost < cur.cost) best[k]!.set(end, { cost, prev: start });
      }
    }
  }
  const last = best[lines]!.get(title.length);
  if (!last) return wrap(chars, perLine);
  const cuts: number[] = [title.length];
  let end = title.length;
  for (let k = lines; k > 0; k--) {
    const b = best[k]!.get(end)!;
    end = b.prev;
    cuts.unshift(end);
  }
  return cuts.slice(1).map((c, i) => title.slice(cuts[i], c));
}

function wrap(chars: string[], perLine: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < chars.length; i += perLine) out.push(chars.slice(i, i + perLine).join(''));
  return out;
}
