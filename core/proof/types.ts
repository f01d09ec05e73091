// What the proofreader produces and what it reads. One shape for the CLI, the API and the editor.
import { z } from 'zod';

/** 错误: certainly wrong (a disciplinary matter if printed); 疑似: probably wrong, check; 提示: style. */
export const severity = z.enum(['错误', '疑似', '提示']);
export type Severity = z.infer<typeof severity>;

export const category = z.enum([
  'repeat', // 既是是, 的的
  'confusion', // wrong → right pairs (built-in lexicon)
  'placeholder', // X, ×, XX, 某某, *, 20xx, 【待补充】
  'numbering', // 一、二、四; level jumps; 一. ; （一）、
  'punctuation', // half-width marks, unmatched quotes/brackets, end marks on headings
  'number', // GB/T 15835 numbers and dates
  'formulation', // 规范提法 and its near misses
  'user', // the unit's own lexicon (SQLite)
  'spelling', // typos found by dictionary and sound (检剑 → 检验), stray Latin words
  'roster', // leaders' names, titles and order against the user's 领导名录
]);
export type Category = z.infer<typeof category>;

/**
 * One finding. `offset`/`length` are UTF-16 code units into the paragraph `para`
 * (paragraphs are the text split at '\n'), so they map directly onto editor text nodes.
 */
export interface Finding {
  para: number;
  offset: number;
  length: number;
  category: Category;
  severity: Severity;
  /** Chinese, for the user: what is wrong and why. */
  message: string;
  /** The replacement for text[offset, offset+length); absent when there is nothing to click. */
  suggestion?: string;
  /** Stable id of the rule or lexicon entry, for "ignore always" and tests (e.g. `confusion:再接再励`). */
  rule: string;
}

/**
 * A wrong → right pair. Conditions are regular-expression sources (Unicode mode): `before` must match
 * the text that ends where `wrong` starts, `after` the text that starts where it ends; `notBefore` and
 * `notAfter` veto. Without conditions the pair fires wherever `wrong` occurs.
 */
export const confusionEntry = z.strictObject({
  wrong: z.string().min(1),
  right: z.string().min(1),
  severity: severity.default('错误'),
  /** 成语 / 音近 / 形近 / 异形词 / 搭配 / 公文用语 / 规范用字 … */
  kind: z.string().min(1),
  /** Why, in Chinese, with its source where there is one (GF 1001-2001, 现代汉语词典 …). */
  reason: z.string().min(4),
  before: z.string().optional(),
  after: z.string().optional(),
  notBefore: z.string().optional(),
  notAfter: z.string().optional(),
});
export type ConfusionEntry = z.infer<typeof confusionEntry>;

export const confusionList = z.strictObject({
  version: z.string(),
  entries: z.array(confusionEntry).min(1),
});

/** A canonical formulation (规范提法), dated, with the forms it replaced. */
export const formulation = z.strictObject({
  canonical: z.string().min(4),
  /** ISO date from which this is the canonical form. */
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  source: z.string().min(2),
  /** Older or wrong forms that are flagged as 错误 outright. */
  outdated: z.array(z.string().min(2)).default([]),
  /** Other correct spellings (「完整准确全面」 without 、): never taken for near misses. Added by the engine. */
  variants: z.array(z.string().min(2)).optional(),
  /**
   * Outdated forms that are wrong only in some contexts (「食药」 as a department, not in 「食药用菌」),
   * with conditions as in confusionEntry. Added by the engine.
   */
  outdatedIn: z
    .array(
      z.strictObject({
        form: z.string().min(2),
        severity: severity.default('错误'),
        before: z.string().optional(),
        after: z.string().optional(),
        notBefore: z.string().optional(),
        notAfter: z.string().optional(),
      }),
    )
    .optional(),
});
export type Formulation = z.infer<typeof formulation>;

export const formulationList = z.strictObject({
  version: z.string(),
  entries: z.array(formulation).min(1),
});

/** An entry of the user's own lexicon (stored in SQLite, see main/services/store). */
export interface UserEntry {
  id: number;
  /** confusion: flag `wrong`, suggest `right`; allow: never flag text that covers `wrong` ("ignore always"). */
  kind: 'confusion' | 'allow';
  wrong: string;
  right: string | null;
  severity: Severity;
  reason: string | null;
  enabled: boolean;
}

export interface ProofLexicon {
  confusions: ConfusionEntry[];
  formulations: Formulation[];
  user: UserEntry[];
}
