// Builds the spelling checker's development set, test/fixtures/proof/spelling-dev.jsonl.
//
// Sentences: every sentence of the three public-domain government work reports in
// ../shared/fixtures/import (split at 。；！？ and line ends; one longer than 40 characters is cut at
// the comma nearest its middle outside quotation marks and brackets, again while it is longer),
// with at least 10 Chinese characters; not the run-in heads cut off at their 。, nor the scraping
// site's licence note. Each gives one clean line and one line with typos. `fold` names the report, so a measurement can count its statistics in the
// other two (bench/spelling.ts does).
//
// Typos, as a pinyin input method makes them (seeded, so the file is reproducible):
//  - how many: 1 (60 %), 2 (30 %) or 3 (10 %) a sentence, in different words;
//  - where: a word of the sentence as jieba segments it (@node-rs/jieba, not our segmenter), a word
//    of two or more characters four times in five;
//  - what (by share):
//      40 % whole-word homophone: another dictionary word with the same toneless pinyin, chosen in
//           proportion to its frequency (机制→机智, 权利→权力), as when the wrong candidate is picked;
//      35 % one character → a character with the same syllable, same or other tone, the more
//           frequent ones more often (检验→检艳, 即使→既使);
//      15 % one character → a near syllable: 前后鼻音 an/ang en/eng in/ing, 平翘舌 z/zh c/ch s/sh,
//           n/l, f/h;
//      10 % one character → a look-alike from shape.txt (检验→检剑, 治→冶).
//    A kind that finds no candidate falls through to the next; only characters that occur in words of
//    jieba's dictionary with a summed frequency of at least 300 (about 3,400 characters) are used as replacements (what an input method offers).
// Run: npx tsx scripts/build-spelling-devset.ts
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { pinyin } from 'pinyin-pro';
import { createRng } from '../core/draft/random.ts';
import { SPELLING_DIR } from './spelling-corpus.ts';

const ROOT = join(import.meta.dirname, '..');
const OUT = join(ROOT, 'test', 'fixtures', 'proof', 'spelling-dev.jsonl');
const HAN = /^[\u4e00-\u9fff]+$/u;
const MIN_CHAR_FREQ = 300;
const MIN_WORD_FREQ = 100;

const rand = createRng(20261204);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
function weighted<T>(xs: readonly T[], w: (x: T) => number): T | undefined {
  const total = xs.reduce((s, x) => s + w(x), 0);
  let r = rand() * total;
  for (const x of xs) if ((r -= w(x)) <= 0) return x;
  return xs.at(-1);
}

const words = new Map<string, number>();
for (const line of readFileSync(join(ROOT, SPELLING_DIR, 'words.txt'), 'utf8').split('\n')) {
  const [w, f] = line.split('\t');
  if (w && f) words.set(w, Number(f));
}
// How often a character occurs inside words: jieba's own single-character counts are unreliable
// (殑 has 6,399), this ranks characters much as an input method does.
const inWords = new Map<string, number>();
for (const [w, f] of words) if (w.length > 1) for (const c of new Set(w)) inWords.set(c, (inWords.get(c) ?? 0) + f);
const charFreq = (c: string) => inWords.get(c) ?? 0;
const readingsOf = (c: string) => [...new Set((pinyin(c, { multiple: true, type: 'array', toneType: 'none' }) as string[]).map((p) => p.replace('v', 'ü')))];

// Syllable → frequent characters that have it.
const bySyllable = new Map<string, string[]>();
for (const [w] of words) {
  if (w.length !== 1 || charFreq(w) < MIN_CHAR_FREQ) continue;
  for (const s of readingsOf(w)) bySyllable.set(s, [...(bySyllable.get(s) ?? []), w]);
}
// Toneless pinyin of a whole word → frequent words with it.
const byWordSound = new Map<string, string[]>();
for (const [w, f] of words) {
  if (w.length < 2 || f < MIN_WORD_FREQ) continue;
  const key = (pinyin(w, { toneType: 'none', type: 'array' }) as string[]).join(' ');
  byWordSound.set(key, [...(byWordSound.get(key) ?? []), w]);
}
const shapeOf = new Map<string, string[]>();
for (const g of readFileSync(join(ROOT, SPELLING_DIR, 'shape.txt'), 'utf8').split('\n').filter(Boolean)) {
  for (const c of g) shapeOf.set(c, [...new Set([...(shapeOf.get(c) ?? []), ...[...g].filter((x) => x !== c)])]);
}

const NEAR: [RegExp, string][] = [
  [/ang$/u, 'an'], [/an$/u, 'ang'], [/eng$/u, 'en'], [/en$/u, 'eng'], [/ing$/u, 'in'], [/in$/u, 'ing'],
  [/^zh/u, 'z'], [/^z(?!h)/u, 'zh'], [/^ch/u, 'c'], [/^c(?!h)/u, 'ch'], [/^sh/u, 's'], [/^s(?!h)/u, 'sh'],
  [/^n/u, 'l'], [/^l/u, 'n'], [/^f/u, 'h'], [/^hu/u, 'f'],
];
function nearSyllables(s: string): string[] {
  return NEAR.filter(([re]) => re.test(s)).map(([re, to]) => s.replace(re, to)).filter((x) => bySyllable.has(x));
}

type Kind = 'word' | 'sound' | 'near' | 'shape';
function charCandidates(c: string, kind: Exclude<Kind, 'word'>): string[] {
  let out: string[];
  if (kind === 'sound') out = readingsOf(c).flatMap((s) => bySyllable.get(s) ?? []);
  else if (kind === 'near') out = readingsOf(c).flatMap(nearSyllables).flatMap((s) => bySyllable.get(s) ?? []);
  else out = (shapeOf.get(c) ?? []).filter((x) => charFreq(x) >= MIN_CHAR_FREQ);
  return [...new Set(out)].filter((x) => x !== c);
}

/** One typo in `word`: its replacement, or undefined when this kind has none. */
function typo(word: string, kind: Kind): string | undefined {
  if (kind === 'word') {
    if (word.length < 2) return undefined;
    const key = (pinyin(word, { toneType: 'none', type: 'array' }) as string[]).join(' ');
    const others = (byWordSound.get(key) ?? []).filter((w) => w !== word && w.length === word.length);
    return weighted(others, (w) => Math.sqrt(words.get(w) ?? 1));
  }
  const at = Math.floor(rand() * word.length);
  const cands = charCandidates(word[at]!, kind);
  const c = weighted(cands, (x) => Math.sqrt(charFreq(x)));
  return c === undefined ? undefined : word.slice(0, at) + c + word.slice(at + 1);
}

function chooseKind(): Kind {
  const r = rand();
  return r < 0.4 ? 'word' : r < 0.75 ? 'sound' : r < 0.9 ? 'near' : 'shape';
}
const FALL: Record<Kind, Kind[]> = { word: ['word', 'sound', 'near', 'shape'], sound: ['sound', 'near', 'shape'], near: ['near', 'sound', 'shape'], shape: ['shape', 'sound'] };

function sentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n').map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))) {
    if (/维基文库|著作权法|^注：/u.test(line)) continue; // the scraping site's licence note, not the report
    for (const s of line.match(/[^。；！？]+[。；！？]?/gu) ?? []) out.push(...halves(s));
  }
  // A run-in head cut off at its 。 (「（一）加强宏观调控。」) is not a sentence of its own.
  return out.filter((s) => hanCount(s) >= 10 && !/^（[一二三四五六七八九十]+）[^。]*。$/u.test(s));
}

const hanCount = (s: string) => s.match(/[\u4e00-\u9fff]/gu)?.length ?? 0;

/** Whether every quotation mark and bracket opened in `s` is closed: a cut must not split a pair. */
function balanced(s: string): boolean {
  const count = (re: RegExp) => s.match(re)?.length ?? 0;
  return count(/“/gu) === count(/”/gu) && count(/（/gu) === count(/）/gu) && count(/《/gu) === count(/》/gu);
}

/** A sentence longer than 40 characters, cut at the comma nearest its middle, again and again. */
function halves(s: string): string[] {
  if (s.length <= 40) return [s];
  const commas = [...s.matchAll(/，/gu)].map((m) => m.index!).filter((i) => hanCount(s.slice(0, i)) >= 10 && hanCount(s.slice(i)) >= 10 && balanced(s.slice(0, i)));
  const mid = commas.sort((a, b) => Math.abs(a - s.length / 2) - Math.abs(b - s.length / 2))[0];
  return mid === undefined ? [s] : [...halves(s.slice(0, mid + 1)), ...halves(s.slice(mid + 1))];
}

interface Edit {
  offset: number;
  wrong: string;
  right: string;
}

function inject(jieba: Jieba, s: string): { text: string; edits: Edit[] } | undefined {
  const tokens: { word: string; at: number }[] = [];
  let at = 0;
  for (const w of jieba.cut(s, false)) {
    tokens.push({ word: w, at });
    at += w.length;
  }
  const han = tokens.filter((t) => HAN.test(t.word));
  const n = rand() < 0.6 ? 1 : rand() < 0.75 ? 2 : 3;
  const used = new Set<number>();
  const edits: Edit[] = [];
  for (let tries = 0; edits.length < n && tries < 20; tries++) {
    const long = han.filter((t) => t.word.length >= 2);
    const pool = rand() < 0.8 && long.length > 0 ? long : han;
    const t = pick(pool);
    if (used.has(t.at)) continue;
    let out: string | undefined;
    for (const kind of FALL[chooseKind()]) if ((out = typo(t.word, kind))) break;
    if (!out) continue;
    used.add(t.at);
    for (let k = 0; k < out.length; k++) if (out[k] !== t.word[k]) edits.push({ offset: t.at + k, wrong: out[k]!, right: t.word[k]! });
  }
  if (edits.length === 0) return undefined;
  const chars = [...s];
  for (const e of edits) chars[e.offset] = e.wrong;
  return { text: chars.join(''), edits: edits.sort((a, b) => a.offset - b.offset) };
}

function main(): void {
  const jieba = Jieba.withDict(dict);
  const dir = join(ROOT, '..', 'shared', 'fixtures', 'import');
  const lines: string[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const fold = `fixtures/import/${f}`;
    for (const clean of sentences(readFileSync(join(dir, f), 'utf8'))) {
      const typed = inject(jieba, clean);
      if (typed) lines.push(JSON.stringify({ fold, clean, typo: typed.text, edits: typed.edits }));
    }
  }
  writeFileSync(OUT, lines.join('\n') + '\n');
  const edits = lines.reduce((s, l) => s + (JSON.parse(l) as { edits: Edit[] }).edits.length, 0);
  console.log(`${lines.length} sentence pairs, ${edits} wrong characters → ${OUT}`);
}

main();
