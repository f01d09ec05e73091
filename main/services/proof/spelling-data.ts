// Reads the spelling checker's model once per process, when a text is first proofread (not when the
// app starts): the compiled model.bin.gz that scripts/build-spelling-data.ts writes from the data
// files of corpus/proof/spelling, or, without it, those data files compiled here (≈ 0.7 s of CPU).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeSpellingModel, encodeSpellingModel, modelSource } from '../../../core/proof/spelling/model-file.ts';
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
  return { ...wordList(root), readings, shapes: lines(root, 'shape.txt'), persons: new Set(lines(root, 'persons.txt')), bigrams: bigrams ?? counts(root, 'bigrams.txt') };
}

/** The data files the model is compiled from. */
const SOURCES = ['words.txt', 'chars.txt', 'shape.txt', 'persons.txt', 'bigrams.txt'];
export const MODEL_FILE = 'model.bin.gz';

/** A digest of the data files, recorded in the model file so that a stale one can be told. */
export function spellingSourceDigest(root = PACKAGE_ROOT): string {
  const h = createHash('sha256');
  for (const name of SOURCES) h.update(name).update(readFileSync(join(root, DIR, name)));
  return h.digest('hex');
}

/** The model compiled from the data files, encoded as model.bin.gz holds it (uncompressed). */
export function compiledModelBytes(root = PACKAGE_ROOT): Uint8Array {
  return encodeSpellingModel(compileSpelling(readSpellingData(root)), spellingSourceDigest(root));
}

/** The shipped model file's bytes (uncompressed), or undefined when there is none. */
export function shippedModelBytes(root = PACKAGE_ROOT): Uint8Array | undefined {
  const file = join(root, DIR, MODEL_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return gunzipSync(readFileSync(file));
  } catch (err) {
    throw new Error(`${DIR}/${MODEL_FILE}：无法读取（${(err as Error).message}）`, { cause: err });
  }
}

function decodeShipped(bytes: Uint8Array): SpellingModel {
  try {
    return decodeSpellingModel(bytes);
  } catch (err) {
    throw new Error(`${DIR}/${MODEL_FILE}：文件已损坏，请重新安装（${(err as Error).message}）`, { cause: err });
  }
}

const cache = new Map<string, SpellingModel>();

export function loadSpellingModel(root = PACKAGE_ROOT): SpellingModel {
  let m = cache.get(root);
  if (!m) {
    const bytes = shippedModelBytes(root);
    // A model file of another version (an older build) is set aside: the data files are compiled instead.
    m = bytes && modelSource(bytes) ? decodeShipped(bytes) : compileSpelling(readSpellingData(root));
    cache.set(root, m);
  }
  return m;
}
