// The proofreader: paragraphs in, findings out, sorted and with overlaps resolved. Pure: the lexicon
// is read from disk by main/services/proof/load.ts and compiled here once per change.
import type { Finding, ProofLexicon, Severity } from './types.ts';
import { compileMatcher, matchLexicon, type Matcher } from './lexicon.ts';
import { compileFormulations, nearMisses, type CompiledFormulations } from './formulations.ts';
import { repeatRule } from './repeat.ts';
import { placeholderRule } from './placeholders.ts';
import { numberingRule } from './numbering.ts';
import { punctuationRule } from './punctuation.ts';
import { numbersRule } from './numbers.ts';
import { deRule } from './de.ts';
import { latinRule } from './latin.ts';
import { rosterRule, type RosterEntry } from './roster.ts';
import { consistencyRule } from './consistency.ts';
import { q, type ParaFinding } from './util.ts';
import type { SpellingModel } from './spelling/model.ts';
import { spellingRule } from './spelling/check.ts';
import { nameSpans, occurrences } from './spelling/names.ts';

export type { Finding, ProofLexicon, Severity, UserEntry } from './types.ts';
export type { RosterEntry } from './roster.ts';

export interface CompiledLexicon {
  confusions: Matcher;
  formulations: CompiledFormulations;
  user: Matcher;
  /** Texts of enabled `allow` entries: findings inside an occurrence are dropped. */
  allow: string[];
  /** The spelling checker's model (corpus/proof/spelling); without it typos are not looked for. */
  spelling?: SpellingModel;
  /** Rules of confusions that are certain wherever they occur (misspelt idioms): found in the material's facts too. */
  certain?: ReadonlySet<string>;
}

export interface ProofOptions {
  /** Which paragraphs are standalone headings (numbers stripped or not). */
  headings?: readonly boolean[];
  /**
   * Names of people, places and units from the document's own material (speaker, host, attendees,
   * units, region): never corrected, by the spelling checker or the lexicons.
   */
  names?: readonly string[];
  /** Texts the user chose to ignore in this document (忽略): no finding inside them. */
  ignore?: readonly string[];
  /**
   * Every other text the document's material gives (a problem's 事例, a task's title …): the user's
   * facts, left alone by the built-in guesses (spelling, confusion) — 「鹅公坪组」 is a village, not a
   * slip for 平. A misspelt idiom (a 成语 entry, 错误) is still found in them: no name is spelt 再接再励.
   */
  facts?: readonly string[];
  /** The unit's 领导名录: known names, their titles and order are checked against it. */
  roster?: readonly RosterEntry[];
}

export function compileLexicon(lex: ProofLexicon): CompiledLexicon {
  const user = lex.user.filter((u) => u.enabled);
  return {
    confusions: compileMatcher(lex.confusions),
    formulations: compileFormulations(lex.formulations),
    user: compileMatcher(
      user
        .filter((u) => u.kind === 'confusion' && u.wrong !== '')
        .map((u) => ({
          wrong: u.wrong,
          right: u.right ?? '',
          kind: '本单位词库',
          reason: u.reason ?? '',
          severity: u.severity,
          category: 'user' as const,
          rule: `user:${u.id}`,
          message: u.right ? `${q(u.wrong)}应为${q(u.right)}${u.reason ? `：${u.reason}` : '（本单位词库）'}` : `本单位词库：${u.reason ?? `慎用${q(u.wrong)}`}`,
        })),
    ),
    allow: user.filter((u) => u.kind === 'allow' && u.wrong !== '').map((u) => u.wrong),
    certain: new Set(lex.confusions.filter((c) => c.kind === '成语' && (c.severity ?? '错误') === '错误').map((c) => `confusion:${c.wrong}`)),
  };
}

const RANK: Record<Severity, number> = { 错误: 0, 疑似: 1, 提示: 2 };

export function proofParagraphs(paras: readonly string[], lex: CompiledLexicon, opts: ProofOptions = {}): Finding[] {
  const numbering = numberingRule(paras);
  const consistency = consistencyRule(paras);
  const out: Finding[] = [];
  // The paragraph after each one that is not blank (a quotation may run on into it).
  const next: (string | undefined)[] = [];
  for (let k = paras.length - 1, after: string | undefined; k >= 0; k--) {
    next[k] = after;
    if (paras[k]!.trim() !== '') after = paras[k];
  }
  paras.forEach((text, para) => {
    const found: ParaFinding[] = [
      ...matchLexicon(text, lex.user),
      ...matchLexicon(text, lex.formulations.outdated),
      ...matchLexicon(text, lex.confusions),
      ...nearMisses(text, lex.formulations),
      ...placeholderRule(text),
      ...repeatRule(text),
      ...(numbering.get(para) ?? []),
      ...(consistency.get(para) ?? []),
      ...punctuationRule(text, opts.headings?.[para] ?? false, next[para]),
      ...numbersRule(text),
      ...deRule(text),
      ...latinRule(text),
      ...rosterRule(text, opts.roster ?? []),
    ];
    if (lex.spelling) found.push(...spellingRule(text, lex.spelling));
    const kept = allowed(found, text, [...lex.allow, ...(opts.ignore ?? [])]);
    // Name-like spans are looked for only where a guess needs them: the search is a tenth of the time.
    const nameLike = kept.some((f) => GUESSES.has(f.category)) ? nameSpans(text) : [];
    const named = outside(outside(kept, occurrences(text, opts.names ?? []), WORD_LEVEL), nameLike, GUESSES);
    const factual = opts.facts?.length ? named.filter((f) => !FACT_GUESSES.has(f.category) || lex.certain?.has(f.rule) || !touches(f, occurrences(text, opts.facts!))) : named;
    for (const f of resolve(factual)) out.push({ para, ...f });
  });
  return out;
}

/** Splits at '\n' (a '\r' before it is dropped, so offsets stay those of the line). */
export function splitParagraphs(text: string): string[] {
  return text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}

export function proofText(text: string, lex: CompiledLexicon, opts: ProofOptions = {}): Finding[] {
  return proofParagraphs(splitParagraphs(text), lex, opts);
}

/** 1-based line and column (in code points) of a finding in the text given to proofText. */
export function lineColumn(paras: readonly string[], f: Pick<Finding, 'para' | 'offset'>): { line: number; column: number } {
  const line = paras[f.para] ?? '';
  return { line: f.para + 1, column: [...line.slice(0, f.offset)].length + 1 };
}

function allowed(found: ParaFinding[], text: string, allow: readonly string[]): ParaFinding[] {
  if (allow.length === 0 || found.length === 0) return found;
  const spans = occurrences(text, allow);
  if (spans.length === 0) return found;
  return found.filter((f) => !spans.some(([a, b]) => f.offset >= a && f.offset + f.length <= b));
}

/** The material's names are the user's facts: no word-level correction touches them. */
const WORD_LEVEL = new Set<Finding['category']>(['spelling', 'confusion', 'user', 'formulation']);
/** Next to a title a name is only guessed at: the built-in guesses leave it, the user's lexicon does not. */
const GUESSES = new Set<Finding['category']>(['spelling', 'confusion']);

/** The material's other facts: the built-in guesses leave them (but see CompiledLexicon.certain). */
const FACT_GUESSES = GUESSES;

const touches = (f: ParaFinding, spans: readonly [number, number][]) => spans.some(([a, b]) => f.offset < b && a < f.offset + Math.max(1, f.length));

/** The findings of `categories` that touch none of `spans`, and all the others. */
function outside(found: ParaFinding[], spans: readonly [number, number][], categories: ReadonlySet<Finding['category']>): ParaFinding[] {
  if (spans.length === 0 || found.length === 0) return found;
  return found.filter((f) => !categories.has(f.category) || !touches(f, spans));
}

/**
 * Overlapping findings: the more severe one wins, then the longer, then the earlier rule family
 * (the user's lexicon before the built-in one). The survivors come out in text order.
 */
function resolve(found: ParaFinding[]): ParaFinding[] {
  if (found.length <= 1) return found;
  const end = (f: ParaFinding) => f.offset + Math.max(1, f.length);
  const byPlace = found.map((f, i) => ({ f, i })).sort((a, b) => a.f.offset - b.f.offset || a.i - b.i);
  const out: ParaFinding[] = [];
  // Clusters of findings that overlap one another; most are a single finding.
  for (let s = 0; s < byPlace.length; ) {
    let e = s + 1;
    let reach = end(byPlace[s]!.f);
    while (e < byPlace.length && byPlace[e]!.f.offset < reach) reach = Math.max(reach, end(byPlace[e++]!.f));
    const cluster = byPlace.slice(s, e).sort((a, b) => RANK[a.f.severity] - RANK[b.f.severity] || b.f.length - a.f.length || a.i - b.i);
    const kept: ParaFinding[] = [];
    for (const { f } of cluster) if (!kept.some((k) => f.offset < end(k) && k.offset < end(f))) kept.push(f);
    out.push(...kept.sort((x, y) => x.offset - y.offset || y.length - x.length));
    s = e;
  }
  return out;
}
