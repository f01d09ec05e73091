// The one API contract: every action of the UI is a method here, with zod schemas for what goes in
// and what comes out. Main registers the same handlers on ipcMain (Electron) and on the HTTP bridge
// (browser mode); the renderer calls them through one typed client and never knows which it has.
// Main validates every argument with these schemas before it touches the disk.
import { z } from 'zod';

/** A DocModel crosses the boundary as JSON; its shape is checked where it is used (core/doc). */
const docModel = z.looseObject({
  kind: z.enum(['speech', 'minutes', 'record', 'ledger']),
  template: z.string(),
  seed: z.number(),
  title: z.array(z.looseObject({ text: z.string() })),
  blocks: z.array(z.looseObject({ type: z.string() })),
});

const id = z.number().int().positive();

const documentSummary = z.object({
  id,
  kind: z.enum(['speech', 'minutes', 'record', 'ledger']),
  title: z.string(),
  template: z.string(),
  versions: z.number().int(),
  updatedAt: z.number(),
  deletedAt: z.number().nullable(),
});

const versionSummary = z.object({
  number: z.number().int(),
  parentNumber: z.number().int().nullable(),
  kind: z.enum(['generated', 'saved', 'autosave', 'restored', 'imported']),
  label: z.string().nullable(),
  chars: z.number().int(),
  savedAt: z.number(),
});

const draftOptions = z.strictObject({
  template: z.string().optional(),
  seed: z.number().int().min(0).optional(),
  minutes: z.number().int().min(1).max(180).optional(),
  rate: z.number().int().min(100).max(400).optional(),
  enumeration: z.enum(['auto', 'di']).optional(),
  partSeeds: z.record(z.string(), z.number().int().min(0)).optional(),
});

/** A problem the user can fix, in Chinese: bad material, an unknown template, a full disk … */
export const apiError = z.object({ error: z.string(), details: z.array(z.string()).optional() });

export const contract = {
  'templates.list': {
    input: z.strictObject({}),
    output: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string(), description: z.string() })),
  },
  'input.validate': {
    input: z.strictObject({ text: z.string() }),
    output: z.object({ ok: z.boolean(), errors: z.array(z.string()) }),
  },
  /** Drafts from material without storing anything (preview, frame switch). */
  'draft.generate': {
    input: z.strictObject({ input: z.unknown(), options: draftOptions.optional() }),
    output: z.object({ doc: docModel }),
  },
  /** Drafts and stores: a new document with its material and its first version. */
  'documents.create': {
    input: z.strictObject({ input: z.unknown(), options: draftOptions.optional() }),
    output: z.object({ documentId: id, doc: docModel }),
  },
  'documents.list': {
    input: z.strictObject({ query: z.string().optional(), includeDeleted: z.boolean().optional() }),
    output: z.array(documentSummary),
  },
  /** The newest version of a document, with the material it was drafted from. */
  'documents.open': {
    input: z.strictObject({ documentId: id }),
    output: z.object({ document: documentSummary, doc: docModel, version: z.number().int(), input: z.unknown().nullable() }),
  },
  /** To the recycle bin, and back. */
  'documents.delete': { input: z.strictObject({ documentId: id }), output: z.object({ ok: z.literal(true) }) },
  'documents.undelete': { input: z.strictObject({ documentId: id }), output: z.object({ ok: z.literal(true) }) },
  /** Re-drafts a stored document (another frame, another seed, one part), keeping the old text as a version. */
  'documents.redraft': {
    input: z.strictObject({ documentId: id, input: z.unknown().optional(), options: draftOptions.optional(), part: z.number().int().min(0).max(4).optional() }),
    output: z.object({ doc: docModel, version: z.number().int() }),
  },
  'versions.list': { input: z.strictObject({ documentId: id }), output: z.array(versionSummary) },
  'versions.save': {
    input: z.strictObject({ documentId: id, doc: docModel, kind: z.enum(['saved', 'autosave']), label: z.string().max(200).optional() }),
    output: z.object({ version: z.number().int(), created: z.boolean() }),
  },
  'versions.get': { input: z.strictObject({ documentId: id, version: z.number().int() }), output: z.object({ doc: docModel }) },
  'versions.diff': {
    input: z.strictObject({ documentId: id, from: z.number().int(), to: z.number().int() }),
    output: z.object({ paragraphs: z.array(z.unknown()), stats: z.record(z.string(), z.number()) }),
  },
  'versions.restore': {
    input: z.strictObject({ documentId: id, version: z.number().int() }),
    output: z.object({ version: z.number().int(), created: z.boolean(), doc: docModel }),
  },
  'library.search': {
    input: z.strictObject({ query: z.string().min(1).max(100), role: z.string().optional(), limit: z.number().int().min(1).max(100).optional() }),
    output: z.object({ hits: z.array(z.object({ title: z.string(), role: z.string(), heading: z.string().nullable().optional(), snippet: z.string(), text: z.string() })) }),
  },
  /** A file's bytes (base64) from a picker or a drop: the UI never hands main a path in browser mode. */
  'library.import': {
    input: z.strictObject({ name: z.string().min(1).max(255), base64: z.string() }),
    output: z.object({ documents: z.number().int(), removed: z.number().int(), duplicate: z.boolean().optional() }),
  },
  /** The export as bytes (base64); the shell saves them where the user chose. */
  'export.docx': { input: z.strictObject({ doc: docModel }), output: z.object({ name: z.string(), base64: z.string() }) },
  'export.csv': { input: z.strictObject({ doc: docModel }), output: z.object({ name: z.string(), text: z.string() }) },
} as const;

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
export type Output<M extends Method> = z.output<Contract[M]['output']>;

/** What a transport does: send one call, get its output or throw an ApiError. */
export type Transport = <M extends Method>(method: M, input: Input<M>) => Promise<Output<M>>;

export class ApiError extends Error {
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const METHODS = Object.keys(contract) as Method[];
