// The DocModel: the canonical document. Editor state, plain text and .docx are views of it.
// Text is kept as runs so that every fact can carry the input field it came from (`src`),
// which lets tests prove that nothing was invented and lets the editor show the source.
//
// One definition: the zod schema below is the shape; the types are inferred from it. The API
// contract, the store and the editor conversion all use this schema, so a field added here is
// carried everywhere and a field missing here is dropped everywhere (never kept by one and lost
// by another).
import { z } from 'zod';

/**
 * Where a sentence of elaboration (argument that states no fact) came from: its pool (task, problem,
 * significance …) and its tag, the measure topic (inspection …) or the campaign's domain (防汛抗旱 …).
 */
export const elaborationSchema = z.object({ pool: z.string(), tag: z.string() });
export type Elaboration = z.infer<typeof elaborationSchema>;

/**
 * A piece of text. `src` is the input field path a fact came from, e.g. `campaign.tasks[0].lead`;
 * `elab` marks elaboration with its pool and tag.
 */
export const runSchema = z.object({ text: z.string(), src: z.string().optional(), elab: elaborationSchema.optional() });
export type Run = z.infer<typeof runSchema>;
const runs = z.array(runSchema);

export const headingLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type HeadingLevel = z.infer<typeof headingLevelSchema>;

/** The role of a block in the genre's structure; used for length budgets and the 范文库. */
export const roleSchema = z.enum([
  'opening',
  'significance',
  'achievement',
  'problem',
  'task',
  'guarantee',
  'closing',
  'header',
  'remark',
  'decision',
  'attendance',
  'other',
]);
export type Role = z.infer<typeof roleSchema>;

/** Index of the top-level part a block belongs to (0-based), for per-part lengths. */
const part = z.number().int().min(0).max(1000).optional();

/** A standalone heading line: 「一、…」 「（一）…」 「1.…」 「（1）…」. The number is derived, never stored. */
export const headingBlockSchema = z.object({
  type: z.literal('heading'),
  level: headingLevelSchema,
  runs,
  role: roleSchema.optional(),
  part,
});
export type HeadingBlock = z.infer<typeof headingBlockSchema>;

/**
 * A body paragraph. With `lead`, the paragraph opens with a run-in lead phrase that ends in 「。」
 * (「（一）坚持常态化推进。各乡镇要…」); a lead with a `level` is numbered like a heading of that level.
 * With `seq`, the paragraph is an item of a numbered list in body type (「一、成立…」 in 会议议定).
 * `indent: false` keeps it flush left (「同志们：」, 「会议议定：」).
 */
export const paragraphBlockSchema = z.object({
  type: z.literal('paragraph'),
  runs,
  lead: z.object({ runs, level: headingLevelSchema.optional() }).optional(),
  seq: z.literal('cn').optional(),
  indent: z.boolean().optional(),
  role: roleSchema.optional(),
  part,
  /** The measure topic of the facts this paragraph holds: its elaboration is drawn from it (or the domain). */
  topic: z.string().optional(),
});
export type ParagraphBlock = z.infer<typeof paragraphBlockSchema>;

/** A labelled line: 出席/请假/列席 in minutes (黑体 label, hanging indent), or a 会议记录 header field. */
export const labelledBlockSchema = z.object({
  type: z.literal('labelled'),
  style: z.enum(['attendance', 'field', 'signature']),
  label: z.string(),
  runs,
  role: roleSchema.optional(),
});
export type LabelledBlock = z.infer<typeof labelledBlockSchema>;

export const tableBlockSchema = z.object({
  type: z.literal('table'),
  header: z.array(z.string()),
  rows: z.array(z.array(runs)),
  /** Relative column widths; defaults to equal. */
  widths: z.array(z.number()).optional(),
  role: roleSchema.optional(),
});
export type TableBlock = z.infer<typeof tableBlockSchema>;

export const blockSchema = z.discriminatedUnion('type', [headingBlockSchema, paragraphBlockSchema, labelledBlockSchema, tableBlockSchema]);
export type Block = z.infer<typeof blockSchema>;

/** How long a draft reads: per part and in all, at a reading rate in characters a minute. */
export const lengthInfoSchema = z.object({
  rate: z.number(),
  /** The target in characters, when the draft was steered to a duration. */
  target: z.number().optional(),
  total: z.number(),
  minutes: z.number(),
  /** Characters of elaboration in all (argument drawn to reach the length, stating no fact). */
  elaboration: z.number().optional(),
  parts: z.array(z.object({ name: z.string(), chars: z.number(), minutes: z.number(), elaboration: z.number().optional() })),
  /** Set when the material cannot honestly reach the target: the draft is this long, and what to add. */
  short: z.object({ achievable: z.number(), advice: z.array(z.string()) }).optional(),
  /**
   * Parts the engine left out (part three with no measure to make): why — the material lists no
   * problem, or a task takes up each — and the measure topics (by name) no task covers yet, whose
   * problem would bring the part back.
   */
  omitted: z.array(z.object({ part: z.number(), name: z.string(), why: z.enum(['noProblems', 'covered']), topics: z.array(z.string()) })).optional(),
});
export type LengthInfo = z.infer<typeof lengthInfoSchema>;

/** 版记: 「分送：…。」「抄送：…。」, then the issuing office (left) and 「…印发」 (right) on one line. */
export const colophonSchema = z.object({
  lines: z.array(z.object({ label: z.string(), runs })),
  printedBy: runs,
  /** 「2026年3月14日印发」, 印发 included. */
  printed: runs,
});
export type Colophon = z.infer<typeof colophonSchema>;

export const docKindSchema = z.enum(['speech', 'minutes', 'record', 'ledger']);
export type DocKind = z.infer<typeof docKindSchema>;

/** The most blocks a document may have: far beyond any speech, small enough to refuse garbage. */
export const MAX_BLOCKS = 20_000;

export const docModelSchema = z.object({
  kind: docKindSchema,
  /** Template id this draft was made from, e.g. `speech-deploy`. */
  template: z.string(),
  seed: z.number(),
  title: runs,
  /** 「——在…上的讲话」 */
  subtitle: runs.optional(),
  /** 「（2026年11月20日）」, parentheses included. */
  dateLine: runs.optional(),
  /** 「县委书记 王强」, with an ideographic space (U+3000) between title and name. */
  speakerLine: runs.optional(),
  /** 会议纪要 head: 期号, issuing unit and date, printed under the red 纪要 mark. */
  minutesHead: z.object({ issue: runs.optional(), organizer: runs.optional(), date: runs.optional() }).optional(),
  /** 版记 at the foot of the last page (GB/T 9704 §7.4), between rules: 分送/抄送 lines, then the 印发 line. */
  colophon: colophonSchema.optional(),
  /** 「同志们：」 */
  salutation: runs.optional(),
  blocks: z.array(blockSchema).max(MAX_BLOCKS),
  /** The closing paragraph of a speech (「同志们，…」). */
  closing: runs.optional(),
  /** Names of the top-level parts in order (e.g. 开场, 一, 二, 三, 结尾), for per-part lengths. */
  parts: z.array(z.string()).optional(),
  /** The seed of each part; changing one regenerates that part's wording alone. */
  partSeeds: z.array(z.number()).optional(),
  /** The campaign's domain (防汛抗旱 …) a speech was drafted for: its elaboration is drawn from it. */
  domain: z.string().optional(),
  /** Part headings the user chose from the 范文库 (part 1–3 → pattern with 「X」), kept for a redraft. */
  headings: z.partialRecord(z.string(), z.string()).optional(),
  length: lengthInfoSchema.optional(),
});
export type DocModel = z.infer<typeof docModelSchema>;
