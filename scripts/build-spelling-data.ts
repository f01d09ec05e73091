// Builds the data the spelling checker ships (corpus/proof/spelling/*), from sources whose licences
// allow it (see corpus/proof/spelling/SOURCES.md):
//   words.txt  — word and frequency, from jieba's dictionary (MIT, shipped in @node-rs/jieba) and our
//                own supplement of official-document vocabulary (supplement.txt);
//   persons.txt — jieba's three-character words tagged as a person's name: never proposed as a whole word;
//   chars.txt  — each character of those words with its readings, from pinyin-pro (MIT);
//   shape.txt  — look-alike groups, from pycorrector's same_stroke.txt (Apache-2.0; sources/) and
//                our own list of classic 形近字 (shape-supplement.txt);
//   bigrams.txt — which character follows which across word boundaries, counted in the texts of
//                 `bigramSources()` (public-domain state documents and our own corpus);
//   model.bin.gz — the model compiled from the four files above, read by the app as it is.
// Run: npx tsx scripts/build-spelling-data.ts   (pinyin-pro and @node-rs/jieba are dev dependencies:
// the app ships the built files, not the packages).
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pinyin } from 'pinyin-pro';
import { gzipSync } from 'node:zlib';
import { compiledModelBytes, MODEL_FILE } from '../main/services/proof/spelling-data.ts';
import { bigramCounts, bigramSources, SPELLING_DIR, writeBigrams } from './spelling-corpus.ts';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '..');
/**
 * jieba gives its 210,000 rarest words a frequency of 3 or 4: the 140,000 of one to three characters
 * are dropped (half the model, and a tenth of a point of measured recall and false alarms)…
 */
const MIN_FREQ = 5;
/**
 * …but not the 72,000 terms of four characters or more (人力资源、春节假期、资源配置): a slip that
 * leaves a real word (春节假其、脱贫共建) is found only in the term it breaks (session 5: +2.4 points
 * located on the real-typo diagnosis half, no more false alarms; the model grows from 2.3 to 3.0 MB).
 */
const MIN_TERM = 4;
const MAX_LEN = 8;
const HAN_WORD = /^[\u4e00-\u9fff〇]+$/u;

/** jieba's part-of-speech tags of personal names (nr), foreign ones (nrt) and full names (nrfg). */
const PERSON_TAGS = new Set(['nr', 'nrt', 'nrfg']);

/**
 * jieba's words with their frequencies, and its three-character words tagged as a person's name
 * (李向前、张国光): a typo is never corrected into somebody's name. Its two-character nr words are
 * mostly common words mis-tagged (明白、文明、阳光), so they are kept as proposals.
 */
function readJieba(): { words: Map<string, number>; persons: string[] } {
  const file = join(require.resolve('@node-rs/jieba/package.json'), '..', 'dict.txt');
  const words = new Map<string, number>();
  const persons = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [word, freq, tag] = line.split(' ');
    if (!word || !freq || !HAN_WORD.test(word) || word.length > MAX_LEN) continue;
    const f = Number(freq);
    if (f < MIN_FREQ && word.length < MIN_TERM) continue;
    words.set(word, Math.max(f, words.get(word) ?? 0));
    if (word.length === 3 && PERSON_TAGS.has(tag ?? '')) persons.add(word);
  }
  return { words, persons: [...persons].sort() };
}

/** Frequencies of the supplement's classes (supplement.txt explains them). */
const CLASS_FREQ: Record<string, number> = { A: 1000, B: 200, C: 40 };

/** supplement.txt: `word<TAB>class`, our own vocabulary; a word keeps the larger frequency. */
function addSupplement(words: Map<string, number>): number {
  let n = 0;
  for (const line of readFileSync(join(ROOT, SPELLING_DIR, 'supplement.txt'), 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [word, cls] = line.split('\t');
    const f = CLASS_FREQ[cls ?? ''];
    if (!word || !f || !HAN_WORD.test(word)) throw new Error(`supplement.txt: bad line «${line}»`);
    words.set(word, Math.max(f, words.get(word) ?? 0));
    n++;
  }
  return n;
}

function readings(ch: string): string[] {
  const all = pinyin(ch, { multiple: true, type: 'array', toneType: 'num' }) as string[];
  return [...new Set(all.filter((p) => /^[a-zü]+[0-5]$/u.test(p)))];
}

function main(): void {
  const { words, persons } = readJieba();
  const supplement = addSupplement(words);
  writeFileSync(join(ROOT, SPELLING_DIR, 'persons.txt'), persons.join('\n') + '\n');
  const sorted = [...words].sort((a, b) => (a[0] < b[0] ? -1 : 1));
  writeFileSync(join(ROOT, SPELLING_DIR, 'words.txt'), sorted.map(([w, f]) => `${w}\t${f}`).join('\n') + '\n');

  const chars = [...new Set([...words.keys()].join(''))].sort();
  const lines: string[] = [];
  for (const ch of chars) {
    const r = readings(ch);
    if (r.length > 0) lines.push(`${ch}\t${r.join(',')}`);
  }
  writeFileSync(join(ROOT, SPELLING_DIR, 'chars.txt'), lines.join('\n') + '\n');

  const groups = (file: string, split: (l: string) => string[]) =>
    readFileSync(join(ROOT, SPELLING_DIR, file), 'utf8')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => [...new Set(split(l).map((c) => c.trim()).filter((c) => c.length === 1))])
      .filter((g) => g.length > 1)
      .map((g) => g.join(''));
  // pycorrector's groups, then ours (classic 形近字 they lack: 己已, 日目, 休体, 木本 …).
  const shape = [...groups(join('sources', 'same_stroke.txt'), (l) => l.split('\t')), ...groups('shape-supplement.txt', (l) => [...l])];
  writeFileSync(join(ROOT, SPELLING_DIR, 'shape.txt'), [...new Set(shape)].join('\n') + '\n');

  const counts = bigramCounts(bigramSources(ROOT).map((s) => s.text));
  writeBigrams(join(ROOT, SPELLING_DIR, 'bigrams.txt'), counts);
  // The compiled model, so that no process compiles it (test/unit/proof-spelling-model.test.ts checks it is current).
  const model = compiledModelBytes(ROOT);
  writeFileSync(join(ROOT, SPELLING_DIR, MODEL_FILE), gzipSync(model, { level: 9 }));
  console.log(`words ${sorted.length} (supplement ${supplement}), persons ${persons.length}, chars ${lines.length}, shape groups ${shape.length}, bigrams ${counts.size}`);
}

main();
