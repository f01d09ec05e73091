// What the fuzz properties share: how a run is counted, what a user-facing message may not contain,
// and the hostile strings every generator mixes in.
import fc from 'fast-check';

/** A run's outcome counts, printed by `npm run fuzz`; the first few failures are kept whole. */
export interface Tally {
  tried: number;
  counts: Record<string, number>;
  failures: string[];
}

export function tally(): Tally {
  return { tried: 0, counts: {}, failures: [] };
}

export function count(t: Tally, key: string): void {
  t.counts[key] = (t.counts[key] ?? 0) + 1;
}

/**
 * A failure of the property. In the test suite it throws, and fast-check shrinks and reports the
 * input; in the long run (`collect`) it is counted and the run goes on, so the counts are whole.
 */
export function fail(t: Tally, key: string, detail: string, collect: boolean): void {
  count(t, key);
  // The first three of each kind, whole enough to reproduce.
  if (t.counts[key]! <= 3) t.failures.push(`${key}: ${detail.slice(0, 600)}`);
  if (!collect) throw new Error(`${key}: ${detail}`);
}

/** What a message shown to a user must never contain: library internals, codes, stack frames. */
export const INTERNALS = /\bzod\b|nonoptional|invalid_type|invalid_union|too_small|too_big|\[object Object\]|\bat \S+\.(?:ts|js|mjs):\d+|SQLITE_|TypeError|RangeError|ReferenceError|Maximum call stack|内部错误/;

export function messageProblem(message: string): string | undefined {
  if (!/[\u4e00-\u9fff]/.test(message)) return `not Chinese: ${message}`;
  if (INTERNALS.test(message)) return `internals: ${message}`;
  return undefined;
}

const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype);

/** Strings that broke this product or products like it. */
export const HOSTILE_STRINGS = [
  ...PROTOTYPE_NAMES,
  '',
  ' ',
  '\u3000',
  '\uFFFF',
  '\uFFFE',
  '\uD800',
  '\uDC00',
  '\u0000',
  '\u000B',
  '\u202E',
  '𠮷',
  '&amp;',
  '&constructor;',
  '&#xD800;',
  '<w:t>',
  ']]>',
  '【待补充：】',
  'X县',
  '-1',
  '0',
  '1e309',
  'NaN',
  '2026-02-30',
  '9999-99-99',
  '一、',
  '（一）',
  '\n\n\n',
  '县'.repeat(3000),
];

const CJK_UNITS = '一二三四五六七八九十百千万亿县乡镇街道社区局委办组长书记会议推进落实整治防汛改造年月日号时分，。、；：？！“”（）《》【】%‰—…·'.split('');

/** Text of the kind the product meets: Chinese with its punctuation and numbers, any Unicode, hostile pieces. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom(...CJK_UNITS, '1', '2', '0', '.', ' ', '\n'), minLength: 1, maxLength: 200 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ unit: fc.constantFrom(...CJK_UNITS), maxLength: 20 })), { maxLength: 8 }).map((a) => a.join('')) },
);
