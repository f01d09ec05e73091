// ICU's word starts of titles (core/doc/title.ts wordStarts), remembered in a file. The first Intl
// object of a process costs 15 ms (V8 builds its set of every ICU locale), a tenth of a CLI draft that
// is over in 0.2 s; a title is drafted again and again (another seed, another length, the material
// corrected), and ICU gives it the same words each time. So a one-command process (the CLI) answers
// from the file what this Node's ICU said before, and asks ICU only about a title it has not seen.
// The answer is ICU's own, kept with ICU's and Unicode's versions: another Node starts the file afresh.
// The long-lived shells (the app, browser mode) pay the 15 ms once and need none of this.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { wordStarts, type WordStarts } from '../../../core/doc/title.ts';

/** Whose answers the file holds. */
const ICU = `icu ${process.versions.icu} unicode ${process.versions.unicode}`;

/** Titles kept: the newest, far more than one user's meetings, a few KB. */
const MAX_TITLES = 200;

interface Stored {
  icu: string;
  titles: Record<string, readonly number[]>;
}

/** What the file holds for this ICU, or nothing (missing, unreadable, another ICU's). */
function read(file: string): Map<string, readonly number[]> {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (stored.icu === ICU && stored.titles && typeof stored.titles === 'object') return new Map(Object.entries(stored.titles));
  } catch {
    // Nothing remembered yet.
  }
  return new Map();
}

/** Written whole or not at all; a folder that cannot be written to is no error (ICU is asked next time). */
function write(file: string, titles: Map<string, readonly number[]>): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, JSON.stringify({ icu: ICU, titles: Object.fromEntries([...titles].slice(-MAX_TITLES)) } satisfies Stored));
    renameSync(tmp, file);
  } catch {
    // Slower next time, never wrong.
  }
}

/** Word starts as ICU gives them: 0 first, rising, inside the title. Anything else in the file is not used. */
function plausible(title: string, starts: readonly number[] | undefined): starts is readonly number[] {
  return Array.isArray(starts) && starts[0] === 0 && starts.every((s, i) => Number.isInteger(s) && s < title.length && (i === 0 || s > starts[i - 1]!));
}

/** wordStarts, answered from `file` where it can be, and remembered there where it could not. */
export function rememberedWordStarts(file: string): WordStarts {
  let titles: Map<string, readonly number[]> | undefined;
  return (title) => {
    titles ??= read(file);
    const known = titles.get(title);
    if (plausible(title, known)) return known;
    const starts = wordStarts(title);
    titles.delete(title);
    titles.set(title, starts);
    write(file, titles);
    return starts;
  };
}
