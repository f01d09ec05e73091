// What an edited .docx brings back, as core sees it: the file read twice — with every revision
// accepted (the reviewer's text) and with every revision rejected (what they were given) — each
// character knowing the tracked change that put it there or takes it away. main/services/revision
// reads the file into this shape; core compares it with the stored version. The changes and the
// preview cross the API (core/api.ts), so they are zod schemas.
import { z } from 'zod';

/** Who made a tracked change, and when (ISO 8601 as the file wrote it). */
export interface Attribution {
  author: string;
  date?: string;
}

export interface FileLine {
  /** The paragraph as it reads, its list label in front; a table is one line, rows joined by \n and cells by \t. */
  text: string;
  /**
   * Per code point of `text`: the revision behind it. In the accepted view that is the insertion (or
   * move) that put it there; in the rejected view the deletion (or move) that takes it away.
   */
  marks: (Attribution | undefined)[];
  /** A recorded change of the paragraph's properties (w:pPrChange): a level changed in Word. */
  format?: Attribution;
}

export interface FileViews {
  accepted: FileLine[];
  rejected: FileLine[];
  /** Whom changes made without 修订 are put down to: the file's last editor, or 未署名. */
  untrackedAuthor: string;
}

export interface Incoming {
  paragraphs: PreviewParagraph[];
  changes: Change[];
}

export type Decision = 'accept' | 'reject';

/** A line of the result: its level and text without number, and where it came from. */
export interface ResultLine {
  level: number;
  text: string;
  base?: number;
  file?: number;
}

/** The changes of an edited file and its paragraphs as the preview shows them (revisionSchemas). */
function previewSchemas() {
  const changeSchema = z.object({
    id: z.number().int().positive(),
    type: z.enum(['insert', 'delete', 'move', 'level']),
    author: z.string(),
    /** ISO 8601 as the file wrote it. */
    date: z.string().optional(),
    /** False when the file has no tracked change for it (edited with 修订 off, or a change of ours rejected). */
    tracked: z.boolean(),
    /** What is inserted or deleted, the paragraph moved, or for a level change the paragraph's text. */
    text: z.string(),
    /** For a level change: the heading levels before and after (0: not a numbered heading). */
    levels: z.object({ from: z.number().int(), to: z.number().int() }).optional(),
    /** Index of the paragraph in `Incoming.paragraphs` it belongs to. */
    para: z.number().int(),
  });

  const previewSpanSchema = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string(), change: z.number().int().optional() });

  const previewBase = {
    /** The heading level in the edited file (0: body text) and the number mark shown before the text. */
    level: z.number().int(),
    mark: z.string(),
    /** The change of this paragraph's level, if any. */
    levelChange: z.number().int().optional(),
    /** Index of the stored version's line (docLines) and of the edited file's line, where the paragraph has one. */
    base: z.number().int().optional(),
    file: z.number().int().optional(),
  };

  /** A paragraph of the incoming changes, in reading order (a moved paragraph at both its places). */
  const previewParagraphSchema = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('equal'), text: z.string(), ...previewBase }),
    z.object({ kind: z.literal('changed'), spans: z.array(previewSpanSchema), ...previewBase }),
    z.object({ kind: z.literal('inserted'), text: z.string(), change: z.number().int(), ...previewBase }),
    z.object({ kind: z.literal('deleted'), text: z.string(), change: z.number().int(), ...previewBase }),
    z.object({ kind: z.literal('moved'), side: z.enum(['from', 'to']), text: z.string(), change: z.number().int(), ...previewBase }),
  ]);

  return { changeSchema, previewSpanSchema, previewParagraphSchema };
}

/**
 * The schemas of what crosses the API, made anew at each call: the contract builds them when a
 * revision method is first called, so a command that never reads a 修改稿 does not pay for them at start.
 */
export function revisionSchemas() {
  const { changeSchema, previewSpanSchema, previewParagraphSchema } = previewSchemas();

  /** What the user decided: every change not listed goes the way of `rest`. */
  const decisionsSchema = z.strictObject({
    rest: z.enum(['accept', 'reject']),
    accept: z.array(z.number().int().positive()).max(10_000).optional(),
    reject: z.array(z.number().int().positive()).max(10_000).optional(),
  });

  /** A 批注 of the edited file, beside a paragraph of the preview. */
  const fileCommentSchema = z.object({
    author: z.string(),
    date: z.string().optional(),
    text: z.string(),
    /** The text it is anchored to, as the reviewer left it ('' for a comment on a point). */
    quote: z.string(),
    /** Index in the preview's paragraphs. */
    para: z.number().int(),
  });

  /** What 导入修改稿 shows (and, with decisions, what it saved). */
  const revisionResultSchema = z.object({
    /** The version the file was exported from, and how that was found. */
    base: z.number().int(),
    match: z.object({
      by: z.enum(['identity', 'similarity', 'chosen']),
      score: z.number().optional(),
      candidates: z.array(z.object({ version: z.number().int(), score: z.number() })),
    }),
    changes: z.array(changeSchema),
    paragraphs: z.array(previewParagraphSchema),
    comments: z.array(fileCommentSchema),
    authors: z.array(z.string()),
    saved: z.object({ version: z.number().int(), created: z.boolean() }).optional(),
  });

  /** A kept 批注 as the editor lists it beside its paragraph. */
  const storedCommentSchema = z.object({
    id: z.number().int().positive(),
    version: z.number().int().nullable(),
    author: z.string(),
    date: z.string().optional(),
    text: z.string(),
    quote: z.string(),
    /** The line of that version (docLines) it is anchored to. */
    line: z.number().int(),
    source: z.string(),
    resolvedAt: z.number().nullable(),
  });

  return { changeSchema, previewSpanSchema, previewParagraphSchema, decisionsSchema, fileCommentSchema, revisionResultSchema, storedCommentSchema };
}
type Schemas = ReturnType<typeof revisionSchemas>;

/** One change the user accepts or rejects. */
export type Change = z.infer<Schemas['changeSchema']>;
export type PreviewSpan = z.infer<Schemas['previewSpanSchema']>;
export type PreviewParagraph = z.infer<Schemas['previewParagraphSchema']>;
export type Decisions = z.infer<Schemas['decisionsSchema']>;
export type RevisionResult = z.infer<Schemas['revisionResultSchema']>;
