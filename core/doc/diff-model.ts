// The shape of a version comparison (core/doc/diff.ts computes it): one definition, as a zod schema
// with its types inferred, used by the API contract and by every view of a diff. The schemas are
// built when the contract first needs them (versions.diff), not when the module loads: a command
// that never compares versions does not pay for them at start.
import { z } from 'zod';

/** The schemas of a comparison, made anew at each call (the contract keeps what it made). */
export function diffSchemas() {
  const spanOpSchema = z.enum(['equal', 'insert', 'delete']);

  const spanSchema = z.object({ op: spanOpSchema, text: z.string() });

  const paragraphDiffSchema = z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('equal'), left: z.string(), right: z.string() }),
    /** `left` holds equal + delete spans, `right` equal + insert spans. */
    z.object({ kind: z.literal('changed'), left: z.array(spanSchema), right: z.array(spanSchema) }),
    /** A paragraph only in the old version. */
    z.object({ kind: z.literal('deleted'), left: z.string() }),
    /** A paragraph only in the new version. */
    z.object({ kind: z.literal('inserted'), right: z.string() }),
    /**
     * The same paragraph, unchanged, at another position (`left` === `right`). A move appears twice in
     * `paragraphs`, so that each column keeps its order: at its old place (`side: 'from'`: drawn in the
     * left column only) and at its new place (`side: 'to'`: drawn in the right column only). `from` is
     * its index among the old lines and `to` among the new ones (0-based), the same in both entries.
     */
    z.object({ kind: z.literal('moved'), side: z.enum(['from', 'to']), left: z.string(), right: z.string(), from: z.number().int(), to: z.number().int() }),
  ]);

  const diffStatsSchema = z.object({
    /** Characters (code points) inserted: inserted paragraphs and insert spans. Moves are not counted. */
    inserted: z.number().int(),
    /** Characters (code points) deleted: deleted paragraphs and delete spans. */
    deleted: z.number().int(),
    /** Paragraphs edited in place ('changed'). */
    changedParagraphs: z.number().int(),
    insertedParagraphs: z.number().int(),
    deletedParagraphs: z.number().int(),
    /** Paragraphs moved unchanged (each counted once). */
    movedParagraphs: z.number().int(),
  });

  const docDiffSchema = z.object({ paragraphs: z.array(paragraphDiffSchema), stats: diffStatsSchema });

  return { spanOpSchema, spanSchema, paragraphDiffSchema, diffStatsSchema, docDiffSchema };
}
type Schemas = ReturnType<typeof diffSchemas>;

export type SpanOp = z.infer<Schemas['spanOpSchema']>;
export type Span = z.infer<Schemas['spanSchema']>;
export type ParagraphDiff = z.infer<Schemas['paragraphDiffSchema']>;
export type DiffStats = z.infer<Schemas['diffStatsSchema']>;
export type DocDiff = z.infer<Schemas['docDiffSchema']>;
