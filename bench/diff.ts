// Version comparison figure: `diffTexts` on the 10,000-character speech of ../shared/fixtures/bench
// against a second version with 20 scattered small edits and one paragraph moved (median of 50).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { diffTexts, splitLines } from '../core/doc/diff.ts';
import { SHARED } from '../test/helpers/examples.ts';
import { median, ms, row, timeRuns } from './measure.ts';

const TARGET_DIFF_MS = 30;
const EDITS = 20;

/** A leader's marks: small replacements, insertions and deletions spread over the text, one move. */
export function editedVersion(text: string, edits = EDITS): string {
  const lines = splitLines(text);
  // Move a paragraph that occurs once from the first part to near the end; edits leave it alone.
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  const from = lines.findIndex((l, i) => i > 2 && counts.get(l) === 1 && Array.from(l).length > 100);
  const [moved] = lines.splice(from, 1);
  lines.splice(lines.length - 2, 0, moved!);
  const body = lines.map((l, i) => ({ l, i })).filter(({ l, i }) => i > 2 && l !== moved && Array.from(l).length > 100);
  const words = ['进一步', '切实', '全面', '𠮷', '坚决'];
  for (let k = 0; k < edits; k++) {
    const { i } = body[(k * 7) % body.length]!;
    const chars = Array.from(lines[i]!);
    const at = Math.floor((chars.length * ((k * 37) % 100)) / 100);
    if (k % 3 === 0) chars.splice(at, 2, '推进');
    else if (k % 3 === 1) chars.splice(at, 0, ...Array.from(words[k % words.length]!));
    else chars.splice(at, 3);
    lines[i] = chars.join('');
  }
  return lines.join('\n') + '\n';
}

export async function benchDiff(): Promise<boolean> {
  const a = readFileSync(join(SHARED, 'fixtures', 'bench', 'speech-10k.txt'), 'utf8');
  const b = editedVersion(a);
  const result = diffTexts(a, b);
  const time = median(await timeRuns(() => diffTexts(a, b), 50));
  const ok = time <= TARGET_DIFF_MS;
  const { stats } = result;
  const widths = [38, 8, 12, 32, 12];
  console.log('\n## Version comparison — diffTexts, median of 50 runs');
  console.log(row(['text', 'chars', 'paragraphs', 'found', 'diff'], widths));
  console.log(
    row(
      [
        `speech-10k.txt vs ${EDITS} edits + 1 move`,
        String(Array.from(a.replace(/\n/g, '')).length),
        String(splitLines(a).length),
        `${stats.changedParagraphs} changed, ${stats.movedParagraphs} moved, +${stats.inserted}/−${stats.deleted}`,
        ms(time),
      ],
      widths,
    ),
  );
  console.log(`target: diff ≤ ${TARGET_DIFF_MS} ms — ${ok ? 'met' : 'NOT MET'}`);
  return ok;
}
