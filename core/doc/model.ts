// The DocModel: the canonical document. Editor state, plain text and .docx are views of it.
// Text is kept as runs so that every fact can carry the input field it came from (`src`),
// which lets tests prove that nothing was invented and lets the editor show the source.
//
// One definition: the zod schema below is the shape; the types are inferred from it. The API
// contract, the store and the editor conversion all use this schema, so a field added here is
// carried everywhere and a field missing here is dropped everywhere (never kept by one and lost
// by another).
// The schemas are built when first asked for (docSchemas), not when the module loads: `wengao draft`
// never parses a DocModel (its engine's own output goes straight to the exporter, test/unit/doc-schema
// proves the schema would take it unchanged), and building them was a twentieth of its start.
import { z } from 'zod';

/** The most blocks a document may have: far beyond any speech, small enough to refuse garbage. */
export const MAX_BLOCKS = 20_000;

/** Runs of text and what marks a block: the pieces every other schema is made of. */
function runSchemas() {
  /**
   * Where a sentence of elaboration (argument that states no fact) came from: its pool (task, problem,
   * significance …) and its tag, the measure topic (inspection …) or the campaign's domain (防汛抗旱 …).
   */
  const elaborationSchema = z.object({ pool: z.string(), tag: z.string() });

  /**
   * A piece of text. `src` is the input field path a fact came from, e.g. `campaign.tasks[0].lead`;
   * `elab` marks elaboration with its pool and tag.
   */
  const runSchema = z.object({ text: z.string(), src: z.string().optional(), elab: elaborationSchema.optional() });
  const runs = z.array(runSchema);

  const headingLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

  /** The role of a block in the genre's structure; used for length budgets and the 范文库. */
  const roleSchema = z.enum([
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

  /** Index of the top-level part a block belongs to (0-based), for per-part lengths. */
  const part = z.number().int().min(0).max(1000).optional();
  return { elaborationSchema, runSchema, runs, headingLevelSchema, roleSchema, part };
}

/** The four kinds of block. */
function blockSchemas({ runs, headingLevelSchema, roleSchema, part }: ReturnType<typeof runSchemas>) {
  /** A standalone heading line: 「一、…」 「（一）…」 「1.…」 「（1）…」. The number is derived, never stored. */
  const headingBlockSchema = z.object({
    type: z.literal('heading'),
    level: headingLevelSchema,
    runs,
    role: roleSchema.optional(),
    part,
  });

  /**
   * A body paragraph. With `lead`, the paragraph opens with a run-in lead phrase that ends in 「。」
   * (「（一）坚持常态化推进。各乡镇要…」); a lead with a `level` is numbered like a heading of that level.
   * With `seq`, the paragraph is an item of a numbered list in body type (「一、成立…」 in 会议议定).
   * `indent: false` keeps it flush left (「同志们：」, 「会议议定：」).
   */
  const paragraphBlockSchema = z.object({
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

  /** A labelled line: 出席/请假/列席 in minutes (黑体 label, hanging indent), or a 会议记录 header field. */
  const labelledBlockSchema = z.object({
    type: z.literal('labelled'),
    style: z.enum(['attendance', 'field', 'signature']),
    label: z.string(),
    runs,
    role: roleSchema.optional(),
  });

  const tableBlockSchema = z.object({
    type: z.literal('table'),
    header: z.array(z.string()),
    rows: z.array(z.array(runs)),
    /** Relative column widths; defaults to equal. */
    widths: z.array(z.number()).optional(),
    role: roleSchema.optional(),
  });

  const blockSchema = z.discriminatedUnion('type', [headingBlockSchema, paragraphBlockSchema, labelledBlockSchema, tableBlockSchema]);
  return { headingBlockSchema, paragraphBlockSchema, labelledBlockSchema, tableBlockSchema, blockSchema };
}

/** The parts of a document around its blocks: its length and its 版记. */
function partSchemas({ runs }: ReturnType<typeof runSchemas>) {
  /** How long a draft reads: per part and in all, at a reading rate in characters a minute. */
  const lengthInfoSchema = z.object({
    rate: z.number(),
    /** The target in characters, when the draft was steered to a duration. */
    target: z.number().optional(),
    total: z.number(),
    minutes: z.number(),
    /** Characters of elaboration in all (argument drawn to reach the length, stating no fact). */
    elaboration: z.number().optional(),
    parts: z.array(z.object({ name: z.string(), chars: z.number(), minutes: z.number(), elaboration: z.number().optional() })),
    /**
     * Set when the material cannot honestly reach the target: the draft is this long, and what to add —
     * said in full, and (`adds`, since session 18) as the material asked for, in a few words.
     */
    short: z.object({ achievable: z.number(), advice: z.array(z.string()), adds: z.array(z.string()).optional() }).optional(),
    /**
     * What the user is asked to check in the material (since session 26): a task whose lead looks typed wrong by the material's own
     * words (core/draft/lead-check.ts). Asked only; the draft says what the material says.
     */
    questions: z.array(z.string()).optional(),
    /**
     * Parts the engine left out (part three with no measure to make): why — the material lists no
     * problem, or a task takes up each — and the measure topics (by name) no task covers yet, whose
     * problem would bring the part back.
     */
    omitted: z.array(z.object({ part: z.number(), name: z.string(), why: z.enum(['noProblems', 'covered', 'meeting']), topics: z.array(z.string()) })).optional(),
  });

  /** 版记: 「分送：…。」「抄送：…。」, then the issuing office (left) and 「…印发」 (right) on one line. */
  const colophonSchema = z.object({
    lines: z.array(z.object({ label: z.string(), runs })),
    printedBy: runs,
    /** 「2026年3月14日印发」, 印发 included. */
    printed: runs,
  });
  return { lengthInfoSchema, colophonSchema };
}

/** The schemas of a document, made anew at each call (the contract keeps what it made). */
export function docSchemas() {
  const r = runSchemas();
  const b = blockSchemas(r);
  const p = partSchemas(r);
  const { runs } = r;
  const docKindSchema = z.enum(['speech', 'minutes', 'record', 'ledger']);

  const docModelSchema = z.object({
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
    colophon: p.colophonSchema.optional(),
    /** 「同志们：」 */
    salutation: runs.optional(),
    blocks: z.array(b.blockSchema).max(MAX_BLOCKS),
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
    length: p.lengthInfoSchema.optional(),
  });
  return { ...r, ...b, ...p, docKindSchema, docModelSchema };
}

type Schemas = ReturnType<typeof docSchemas>;
export type Elaboration = z.infer<Schemas['elaborationSchema']>;
export type Run = z.infer<Schemas['runSchema']>;
export type HeadingLevel = z.infer<Schemas['headingLevelSchema']>;
export type Role = z.infer<Schemas['roleSchema']>;
export type HeadingBlock = z.infer<Schemas['headingBlockSchema']>;
export type ParagraphBlock = z.infer<Schemas['paragraphBlockSchema']>;
export type LabelledBlock = z.infer<Schemas['labelledBlockSchema']>;
export type TableBlock = z.infer<Schemas['tableBlockSchema']>;
export type Block = z.infer<Schemas['blockSchema']>;
export type LengthInfo = z.infer<Schemas['lengthInfoSchema']>;
export type Colophon = z.infer<Schemas['colophonSchema']>;
export type DocKind = z.infer<Schemas['docKindSchema']>;
export type DocModel = z.infer<Schemas['docModelSchema']>;
