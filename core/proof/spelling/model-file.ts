// The compiled spelling model as one binary file (corpus/proof/spelling/model.bin.gz, written by
// scripts/build-spelling-data.ts): its typed arrays laid end to end behind a small JSON header, so
// that a process reads it into views instead of compiling 137,000 words (≈ 0.7 s of CPU) on its
// first proof. Pure: bytes in, bytes out; the caller reads, writes and (de)compresses.
import { mapDigits, type SpellingModel } from './model.ts';
import { own } from '../../own.ts';
import { CharTrie, PairSet } from './trie.ts';

const MAGIC = 'WGSPELL1';
const VERSION = 1;

type Typed = Int32Array | Uint16Array | Float32Array | Float64Array;
const KINDS = { Int32Array, Uint16Array, Float32Array, Float64Array } as const;
type Kind = keyof typeof KINDS;

interface Header {
  version: number;
  /** Digest of the data files the model was compiled from (the staleness test compares it). */
  source: string;
  maxLen: number;
  unknownCost: number;
  /** Character ids 1 … n as one string (id 0 is no character). */
  chars: string;
  sections: { name: string; kind: Kind; offset: number; length: number }[];
}

const kindOf = (a: Typed): Kind => a.constructor.name as Kind;
const align8 = (n: number) => (n + 7) & ~7;

function sectionsOf(m: SpellingModel): Record<string, Typed> {
  const { parent, char } = m.trie.edges();
  const { keys, counts } = m.seen.entries();
  const candStart = new Int32Array(m.charOf.length + 1);
  const cands: number[] = [];
  // A plain loop: the list is sparse, and forEach would skip the characters without candidates,
  // leaving their start at 0 (each would then read every candidate before it).
  for (let id = 0; id <= m.charOf.length; id++) {
    candStart[id] = cands.length;
    const l = m.candidates[id];
    if (l) cands.push(...l);
  }
  const h = m.homophones;
  return {
    trieParent: parent,
    trieChar: char,
    trieCost: m.trie.cost.subarray(0, parent.length + 1),
    candStart,
    cands: Int32Array.from(cands),
    pairKeys: keys,
    pairCounts: counts,
    charSylStart: h.charSylStart,
    charSyl: h.charSyl,
    homKeys: h.keys,
    homKeyStart: h.keyStart,
    homKeyWords: h.keyWords,
    homWordStart: h.wordStart,
    homWordChars: h.wordChars,
    homWordCost: h.wordCost,
  };
}

export function encodeSpellingModel(m: SpellingModel, source: string): Uint8Array {
  const parts = Object.entries(sectionsOf(m));
  const header: Header = { version: VERSION, source, maxLen: m.maxLen, unknownCost: m.unknownCost, chars: m.charOf.slice(1).join(''), sections: [] };
  let offset = 0;
  for (const [name, a] of parts) {
    header.sections.push({ name, kind: kindOf(a), offset, length: a.length });
    offset = align8(offset + a.byteLength);
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const start = align8(MAGIC.length + 4 + json.length);
  const out = new Uint8Array(start + offset);
  out.set(new TextEncoder().encode(MAGIC), 0);
  new DataView(out.buffer).setUint32(MAGIC.length, json.length, true);
  out.set(json, MAGIC.length + 4);
  parts.forEach(([, a], k) => out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), start + header.sections[k]!.offset));
  return out;
}

/** The header of a model file, or undefined when the bytes are not one (of this version). */
export function modelSource(bytes: Uint8Array): string | undefined {
  return readHeader(bytes)?.header.source;
}

function readHeader(bytes: Uint8Array): { header: Header; start: number } | undefined {
  if (bytes.length < MAGIC.length + 4 || new TextDecoder().decode(bytes.subarray(0, MAGIC.length)) !== MAGIC) return undefined;
  const len = new DataView(bytes.buffer, bytes.byteOffset).getUint32(MAGIC.length, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + len))) as Header;
  return header.version === VERSION ? { header, start: align8(MAGIC.length + 4 + len) } : undefined;
}

type TypedClass<T extends Typed> = { new (buffer: ArrayBuffer, byteOffset: number, length: number): T };

/** The sections of a model file as views into its bytes, each fetched with the class it must have. */
function sectionViews(bytes: Uint8Array, header: Header, start: number): <T extends Typed>(name: string, kind: TypedClass<T>) => T {
  const views = new Map<string, Typed>();
  for (const x of header.sections) {
    const kind: TypedClass<Typed> | undefined = own(KINDS, x.kind);
    if (!kind) throw new Error(`spelling model file: unknown section kind ${x.kind}`);
    views.set(x.name, new kind(bytes.buffer as ArrayBuffer, bytes.byteOffset + start + x.offset, x.length));
  }
  return (name, kind) => {
    const v = views.get(name);
    if (!(v instanceof kind)) throw new Error(`spelling model file: no section ${name}`);
    return v;
  };
}

export function decodeSpellingModel(input: Uint8Array): SpellingModel {
  // Typed-array views need their alignment inside the buffer.
  const bytes = input.byteOffset % 8 === 0 ? input : input.slice();
  const read = readHeader(bytes);
  if (!read) throw new Error('not a spelling model file of this version');
  const { header, start } = read;
  const s = sectionViews(bytes, header, start);
  const charOf = ['', ...header.chars.split('')];
  const idOf = new Uint16Array(65536);
  charOf.forEach((c, id) => {
    if (id > 0) idOf[c.charCodeAt(0)] = id;
  });
  mapDigits(idOf);
  const candStart = s('candStart', Int32Array);
  const cands = s('cands', Int32Array);
  const candidates = charOf.map((_, id) => (candStart[id + 1]! > candStart[id]! ? cands.subarray(candStart[id]!, candStart[id + 1]!) : undefined));
  return {
    idOf,
    charOf,
    trie: CharTrie.fromEdges(s('trieParent', Int32Array), s('trieChar', Int32Array), s('trieCost', Float32Array)),
    maxLen: header.maxLen,
    unknownCost: header.unknownCost,
    candidates,
    seen: PairSet.fromEntries(s('pairKeys', Int32Array), s('pairCounts', Int32Array)),
    homophones: {
      charSylStart: s('charSylStart', Int32Array),
      charSyl: s('charSyl', Uint16Array),
      keys: s('homKeys', Float64Array),
      keyStart: s('homKeyStart', Int32Array),
      keyWords: s('homKeyWords', Int32Array),
      wordStart: s('homWordStart', Int32Array),
      wordChars: s('homWordChars', Uint16Array),
      wordCost: s('homWordCost', Float32Array),
    },
  };
}
