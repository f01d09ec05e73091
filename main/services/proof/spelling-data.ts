// Reads the spelling checker's data (corpus/proof/spelling, built by scripts/build-spelling-data.ts)
// and compiles it once per process: about 300,000 words, so it is read only when a text is
// proofread, not when the app starts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSpelling, type SpellingData, type SpellingModel } from '../../../core/proof/spelling/model.ts';
import { PACKAGE_ROOT } from '../library-files.ts';

const DIR = 'corpus/proof/spelling';

function lines(root: string, name: string): string[] {
  const file = join(root, DIR, name);
  try {
    return readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
  } catch (err) {
    throw new Error(`${DIR}/${name}：无法读取（${(err as Error).message}）`, { cause: err });
  }
}

function counts(root: string, name: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of lines(root, name)) {
    const tab = l.indexOf('\t');
    out.set(l.slice(0, tab), Number(l.slice(tab + 1)));
  }
  return out;
}

/** words.txt: `word<TAB>frequency` a line, sorted by word. */
function wordList(root: string): { words: string[]; freqs: Float64Array } {
  const all = lines(root, 'words.txt');
  const words = new Array<string>(all.length);
  const freqs = new Float64Array(all.length);
  all.forEach((l, k) => {
    const tab = l.indexOf('\t');
    words[k] = l.slice(0, tab);
    freqs[k] = Number(l.slice(tab + 1));
  });
  return { words, freqs };
}

export function readSpellingData(root = PACKAGE_ROOT, bigrams?: ReadonlyMap<string, number>): SpellingData {
  const readings = new Map<string, string[]>();
  for (const l of lines(root, 'chars.txt')) {
    const [c, rs] = l.split('\t');
    if (c && rs) readings.set(c, rs.split(','));
  }
  return { ...wordList(root), readings, shapes: lines(root, 'shape.txt'), bigrams: bigrams ?? counts(root, 'bigrams.txt') };
}

const cache = new Map<string, SpellingModel>();

export function loadSpellingModel(root = PACKAGE_ROOT): SpellingModel {
  let m = cache.get(root);
  if (!m) cache.set(root, (m = compileSpelling(readSpellingData(root))));
  return m;
}
