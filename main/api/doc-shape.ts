// The shape of a DocModel sent by the page (versions.save, export.*): the contract checks only its
// outline; this checks every block, so that a malformed document is refused in Chinese, with its
// path, instead of failing inside the store or the exporter.
import { z } from 'zod';
import { ApiError } from '../../core/api.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { issueLines } from './dispatch.ts';

const run = z.looseObject({ text: z.string(), src: z.string().optional() });
const runs = z.array(run);
const level = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

const block = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('heading'), level, runs }),
  z.looseObject({ type: z.literal('paragraph'), runs, lead: z.looseObject({ runs, level: level.optional() }).optional(), indent: z.boolean().optional() }),
  z.looseObject({ type: z.literal('labelled'), style: z.enum(['attendance', 'field', 'signature']), label: z.string(), runs }),
  z.looseObject({ type: z.literal('table'), header: z.array(z.string()), rows: z.array(z.array(runs)), widths: z.array(z.number()).optional() }),
]);

export const docShape = z.looseObject({
  kind: z.enum(['speech', 'minutes', 'record', 'ledger']),
  template: z.string(),
  seed: z.number(),
  title: runs,
  subtitle: runs.optional(),
  dateLine: runs.optional(),
  speakerLine: runs.optional(),
  minutesHead: z.looseObject({ issue: runs.optional(), organizer: runs.optional(), date: runs.optional() }).optional(),
  salutation: runs.optional(),
  blocks: z.array(block).max(20_000),
  closing: runs.optional(),
  parts: z.array(z.string()).optional(),
  partSeeds: z.array(z.number()).optional(),
});

/** The page's document, checked; an ApiError with `doc.…：…` lines otherwise. */
export function checkDoc(raw: unknown): DocModel {
  const r = issueLines(docShape, raw, ['doc']);
  if (!r.ok) throw new ApiError('文稿内容有误', r.errors);
  return r.value as DocModel;
}
