// Whether any of the cleaning's line rules (clean.ts) may match a line, in as few scans as can be:
// most lines match none, and this test runs on every line of every file.
//
// The rules' patterns are joined into one union per line length (a rule only for lines up to its
// `max` characters is left out of the unions for longer lines). A pattern that backtracks over the
// whole line at its start (「^.{0,60}…(?:文库|…)$」 tries sixty ends for its name; a file's name
// looks for its 「.」 at eighty) costs that on every line it is tried on, inside the union as alone;
// such a rule names, in `when`, a cheap test that every line it matches passes — a character it
// must hold — and is left out of the unions and run alone on the lines that pass that test.

export interface UnionRule {
  re: RegExp;
  /** Longest line (in characters) the rule may remove. */
  max: number;
  /** What every line the pattern matches passes (it must hold a character): only such lines are tried on it. */
  when?: (text: string) => boolean;
}

/** A test for `when`: the line holds `c`. */
export const holds =
  (c: string) =>
  (text: string): boolean =>
    text.includes(c);

/** A test for `when`: the line ends with one of the characters of `ends`. */
export const endsWithOneOf =
  (ends: string) =>
  (text: string): boolean =>
    text.length > 0 && ends.includes(text[text.length - 1]!);

/** A test for `when`: `re` (unanchored, no flags) is found in the line. */
export const finds =
  (re: RegExp) =>
  (text: string): boolean =>
    re.test(text);

interface Band {
  max: number;
  /** The patterns of the rules without a `when`, for lines up to `max` characters. */
  union: RegExp;
  /** The rules with one. */
  alone: readonly UnionRule[];
}

/** Whether any rule's pattern is in a line: one scan, which most lines fail, instead of a dozen.
 *  (A rule with flags of its own could not join the union: then every line is tried rule by rule.) */
const unionOf = (rules: readonly UnionRule[]): RegExp => (rules.every((r) => r.re.flags === '') ? new RegExp(rules.map((r) => `(?:${r.re.source})`).join('|')) : /(?:)/);

/** The union for a line of each length: only the rules whose `max` it is within are tried on it. */
export function ruleBands(rules: readonly UnionRule[]): readonly Band[] {
  return [...new Set(rules.map((r) => r.max))]
    .sort((a, b) => a - b)
    .map((max) => {
      const within = rules.filter((r) => r.max >= max);
      const joined = within.filter((r) => !r.when);
      // (No rule to join: a union that matches nothing.)
      return { max, union: joined.length ? unionOf(joined) : /(?!)/, alone: within.filter((r) => r.when) };
    });
}

/** Whether a rule of `bands` may match `text`, of `len` characters (the rule's own test then says which). */
export function anyRule(bands: readonly Band[], text: string, len: number): boolean {
  for (const band of bands) {
    if (len > band.max) continue;
    if (band.union.test(text)) return true;
    for (const rule of band.alone) if (rule.when!(text) && rule.re.test(text)) return true;
    return false;
  }
  return false;
}

/** Bands whose unions were primed (primeBands). */
const primed = new WeakSet<readonly Band[]>();
/** Long enough (1000 characters) for V8 to compile a pattern straight to machine code; what it matches does not matter (the answer is dropped). */
const PRIMER = '\n'.repeat(1000);

/**
 * Runs each union of `bands` once on PRIMER, unless done before. V8 compiles a pattern at its first
 * run to bytecode and interprets it, then at its second compiles it again to machine code (regexp
 * tier-up); on a text of 1000 characters or more it compiles machine code at once, and the pattern
 * counts as tiered up for every later text. The unions are the cleaning's largest patterns and run on
 * nearly every line, so every import compiled each twice on its first file (which costs ~45 ms, half
 * of it the regexes' double compiles; the unions' share ~6 ms of CPU, 47 M instructions over three
 * files). The cleaning calls this for each text it cleans (a look-up after the first), so that it is
 * paid inside the first import's own time, not at module load.
 */
export function primeBands(bands: readonly Band[]): void {
  if (primed.has(bands)) return;
  primed.add(bands);
  for (const band of bands) band.union.test(PRIMER);
}
