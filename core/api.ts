// The one API contract: every action of the UI is a method here, with zod schemas for what goes in
// and what comes out. Main registers the same handlers on ipcMain (Electron) and on the HTTP bridge
// (browser mode); the renderer calls them through one typed client and never knows which it has.
// Main validates every argument with these schemas before it touches the disk.
import { z } from 'zod';
import { libraryImportFilesInput, libraryImportFilesOutput, libraryImportInput, libraryImportOutput, libraryImportProgress } from './api-library-import.ts';
import { diffSchemas } from './doc/diff-model.ts';
import { docSchemas } from './doc/model.ts';
import { materialSchema } from './input/index.ts';
import { DOC_GENRES, PASSAGE_ROLES } from './outline/types.ts';
import { category as proofCategory, severity as proofSeverity } from './proof/types.ts';
import { revisionSchemas } from './revision/types.ts';

const id = z.number().int().positive();

/**
 * A schema built on first use. A command runs one or two methods; building all of them (150-odd
 * zod schemas) at start was a tenth of a CLI command, so each method's schemas are built when it is
 * first called and the shared ones when a method first needs them.
 */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The document's schemas (core/doc/model.ts), built when a method first needs them. */
const docs = once(docSchemas);

/**
 * The document (core/doc/model.ts) and the material (core/input) as the contract carries them. The
 * document's schema is built at its first parse, not with its method's: `wengao draft` calls
 * draft.generate and export.docx without parsing the document its own engine made (main/cli/api.ts).
 */
const docModel = z.lazy(() => docs().docModelSchema);
const material = materialSchema;

/** An object whose properties are made on first access, then kept: the contract, method by method. */
function lazily<T extends Record<string, () => unknown>>(makers: T): { readonly [K in keyof T]: ReturnType<T[K]> } {
  const out = {} as { [K in keyof T]: ReturnType<T[K]> };
  for (const key of Object.keys(makers) as (keyof T & string)[]) {
    Object.defineProperty(out, key, {
      enumerable: true,
      configurable: true,
      get() {
        const value = makers[key]!() as ReturnType<T[typeof key]>;
        Object.defineProperty(out, key, { value, enumerable: true });
        return value;
      },
    });
  }
  return out;
}

/** A 范文库 passage's role (开场、意义 …), refused in the user's words. */
const passageRole = once(() => z.enum(PASSAGE_ROLES, { error: (issue) => `应为 ${PASSAGE_ROLES.join('、')} 之一，实际为“${String(issue.input)}”` }));

const documentSummary = once(() => z.object({
  id,
  kind: docs().docKindSchema,
  title: z.string(),
  template: z.string(),
  versions: z.number().int(),
  updatedAt: z.number(),
  deletedAt: z.number().nullable(),
}));

const versionSummary = once(() => z.object({
  number: z.number().int(),
  parentNumber: z.number().int().nullable(),
  kind: z.enum(['generated', 'saved', 'autosave', 'restored', 'imported']),
  label: z.string().nullable(),
  /** A version without a label: what it changed, in her words (「编辑了第二部分：“…”」). */
  note: z.string().optional(),
  chars: z.number().int(),
  savedAt: z.number(),
}));

/** A record keyed by part number: keys outside `keys` are refused with `hint`, at their own path. */
function byPart<T extends z.ZodType>(value: T, keys: RegExp, hint: string) {
  return z.record(z.string(), value).superRefine((record, ctx) => {
    for (const key of Object.keys(record)) if (!keys.test(key)) ctx.addIssue({ code: 'custom', path: [key], message: hint, input: key });
  });
}

const draftOptions = once(() => z.strictObject({
  template: z.string().optional(),
  seed: z.number().int().min(0).optional(),
  minutes: z.number().int().min(1).max(180).optional(),
  rate: z.number().int().min(100).max(400).optional(),
  enumeration: z.enum(['auto', 'di']).optional(),
  partSeeds: byPart(z.number().int().min(0), /^[0-4]$/, '应为 0 到 4 之间的部分编号（0 开头，1–3 三个部分，4 结尾）').optional(),
  /** Part (1–3) → a 范文库 heading pattern with 「X」 for the campaign's name; '' for the template's. */
  headings: byPart(z.string().max(200), /^[1-3]$/, '应为 1 到 3 之间的部分编号（讲话稿的三个部分）').optional(),
}));
export type DraftOptionsInput = z.output<ReturnType<typeof draftOptions>>;

/** The draft options in the user's words, for a refusal (「讲话时长（分钟）：…」); the CLI names its flags instead. */
export const DRAFT_OPTION_LABELS: Readonly<Record<keyof DraftOptionsInput, string>> = {
  template: '框架',
  seed: '种子',
  minutes: '讲话时长（分钟）',
  rate: '语速（每分钟字数）',
  enumeration: '列举方式',
  partSeeds: '各部分的种子',
  headings: '各部分的标题',
};

/** One removal of an import's cleaning, numbered from 1 as `library.restore` takes it. */
const removal = once(() => z.object({ n: z.number().int(), line: z.number().int(), reason: z.string(), text: z.string() }));
const restoredRemoval = once(() => z.object({ line: z.number().int(), reason: z.string(), text: z.string(), restoredAt: z.number() }));
const librarySource = once(() => z.object({
  id,
  name: z.string(),
  importedAt: z.number(),
  /** Each with the raw line it starts at (for 「拆分有误」; absent for documents imported before it was kept). */
  /** removedAt: the document is in the 回收站 (it is listed, marked; 拆分有误 leaves it alone). */
  documents: z.array(z.object({ id, title: z.string(), line: z.number().int().optional(), removedAt: z.number().optional() })),
  removed: z.array(removal()),
  restored: z.array(restoredRemoval()),
  /** What the file's reader could not do well, for the user to check against the original (「第 2、5 页的文字并排排列…」). */
  notices: z.array(z.string()),
}));

/** Another document of the 范文库 with the same text (main/services/library/same-body.ts SameAs). */
const sameDocument = once(() => z.object({ documentId: id, title: z.string(), sourceName: z.string() }));

/** One document of the 范文库's list (main/services/library/bin.ts LibraryEntry, a LibraryListing with chars and removedAt). */
const docGenre = once(() => z.enum(DOC_GENRES));
const libraryEntry = once(() => z.object({
  id,
  title: z.string(),
  genre: docGenre(),
  /** The fields the user corrected (library.update), each with what the analysis had found. */
  corrected: z.object({ title: z.string().optional(), genre: docGenre().optional() }).optional(),
  year: z.number().int().nullable(),
  sourceId: id,
  sourceName: z.string(),
  importedAt: z.number(),
  chars: z.number().int(),
  removedAt: z.number().nullable(),
  /** The live document imported before it with the same body (title aside): this one is its copy. */
  sameAs: sameDocument().optional(),
}));
const libraryIds = once(() => z.array(id).min(1).max(1000));

/** 校对: one finding (core/proof/types.ts Finding) and one user-lexicon entry (UserEntry). */
const proofFinding = once(() => z.object({
  para: z.number().int().min(0),
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
  category: proofCategory,
  severity: proofSeverity,
  message: z.string(),
  suggestion: z.string().optional(),
  rule: z.string(),
}));
const lexiconEntry = once(() => z.object({
  id,
  kind: z.enum(['confusion', 'allow']),
  wrong: z.string(),
  right: z.string().nullable(),
  severity: proofSeverity,
  reason: z.string().nullable(),
  enabled: z.boolean(),
  createdAt: z.number(),
}));

/** 领导名录: one leader (rank 1 is listed first). */
const rosterEntry = once(() => z.object({ name: z.string(), title: z.string(), rank: z.number().int() }));
const roster = once(() => z.object({ entries: z.array(rosterEntry()) }));

/** A problem the user can fix, in Chinese: bad material, an unknown template, a full disk … */
export const apiError = z.object({ error: z.string(), details: z.array(z.string()).optional() });

export const contract = lazily({
  'templates.list': () => ({
    input: z.strictObject({}),
    /** `default`: the frame a draft gets when neither the material nor the user names one. */
    output: z.array(z.object({ id: z.string(), kind: z.string(), name: z.string(), description: z.string(), default: z.boolean() })),
  }),
  /**
   * Checks material (JSON text). `errors` are the lines the CLI prints (`path：message`); `issues`
   * the same with the path apart (`campaign.tasks[0].deadline`, '' for the whole file), so that the
   * form can name the field in its own words and highlight it.
   */
  'input.validate': () => ({
    input: z.strictObject({ text: z.string() }),
    output: z.object({ ok: z.boolean(), errors: z.array(z.string()), issues: z.array(z.object({ path: z.string(), message: z.string() })) }),
  }),
  /** Drafts from material without storing anything (preview, frame switch). */
  'draft.generate': () => ({
    input: z.strictObject({ input: material, options: draftOptions().optional() }),
    output: z.object({ doc: docModel }),
  }),
  /** Drafts and stores: a new document with its material and its first version. */
  'documents.create': () => ({
    input: z.strictObject({ input: material, options: draftOptions().optional() }),
    output: z.object({ documentId: id, doc: docModel }),
  }),
  'documents.list': () => ({
    input: z.strictObject({ query: z.string().optional(), includeDeleted: z.boolean().optional() }),
    output: z.array(documentSummary()),
  }),
  /** The newest version of a document, with the material it was drafted from. */
  'documents.open': () => ({
    input: z.strictObject({ documentId: id }),
    output: z.object({ document: documentSummary(), doc: docModel, version: z.number().int(), input: material.nullable() }),
  }),
  /** To the recycle bin, and back. */
  'documents.delete': () => ({ input: z.strictObject({ documentId: id }), output: z.object({ ok: z.literal(true) }) }),
  'documents.undelete': () => ({ input: z.strictObject({ documentId: id }), output: z.object({ ok: z.literal(true) }) }),
  /**
   * Re-drafts a stored document (another frame, another seed, one part, a 范文库 heading) and stores
   * the result as a version labelled with what happened (`label`). With `preview`, nothing is
   * stored (`version` is 0): the UI shows the new text first, and on 采纳 asks again with the
   * previewed seed, which drafts the same text.
   */
  'documents.redraft': () => ({
    input: z.strictObject({
      documentId: id,
      input: material.optional(),
      options: draftOptions().optional(),
      part: z.number().int().min(0).max(4).optional(),
      /** One paragraph (its index among the blocks of the stored text) reworded alone. */
      paragraph: z.number().int().min(0).max(100_000).optional(),
      preview: z.boolean().optional(),
    }),
    /** kept: paragraphs the user wrote or changed in the part (or the whole text) reworded, left as they were; keptLines: those lines as the preview shows them. */
    output: z.object({ doc: docModel, version: z.number().int(), label: z.string(), kept: z.number().int().optional(), keptLines: z.array(z.string()).optional() }),
  }),
  'versions.list': () => ({ input: z.strictObject({ documentId: id }), output: z.array(versionSummary()) }),
  'versions.save': () => ({
    input: z.strictObject({ documentId: id, doc: docModel, kind: z.enum(['saved', 'autosave']), label: z.string().max(200).optional() }),
    /** removedChars: characters a .docx cannot carry (U+FFFF, lone surrogates), dropped from what was saved. */
    output: z.object({ version: z.number().int(), created: z.boolean(), removedChars: z.number().int().optional() }),
  }),
  'versions.get': () => ({ input: z.strictObject({ documentId: id, version: z.number().int() }), output: z.object({ doc: docModel }) }),
  'versions.diff': () => ({
    input: z.strictObject({ documentId: id, from: z.number().int(), to: z.number().int() }),
    output: diffSchemas().docDiffSchema,
  }),
  'versions.restore': () => ({
    input: z.strictObject({ documentId: id, version: z.number().int() }),
    output: z.object({ version: z.number().int(), created: z.boolean(), doc: docModel }),
  }),
  /**
   * How many paragraphs the user wrote or changed that a replacement would take away: those of
   * `doc` (the text now) in the part or paragraph replaced that no generated version wrote and that
   * `next` does not keep (core/revision/own-edits.ts). The previews of 恢复, 换一种说法, another
   * frame and a 范文库 heading all warn with it.
   */
  'versions.ownEdits': () => ({
    input: z.strictObject({
      documentId: id,
      doc: docModel,
      next: docModel,
      part: z.number().int().min(0).max(1000).optional(),
      paragraph: z.number().int().min(0).max(100_000).optional(),
    }),
    output: z.object({ paragraphs: z.number().int() }),
  }),
  'library.search': () => ({
    input: z.strictObject({ query: z.string().min(1).max(100), role: passageRole().optional(), limit: z.number().int().min(1).max(100).optional() }),
    /**
     * via: the hit was found by its heading or its document's title (their words are not in its text).
     * documentId, source (the file's name), year, speaker: where it comes from, to tell two alike apart.
     */
    output: z.object({
      hits: z.array(
        z.object({
          title: z.string(),
          role: z.string(),
          heading: z.string().nullable().optional(),
          snippet: z.string(),
          text: z.string(),
          via: z.enum(['heading', 'title']).optional(),
          documentId: id.optional(),
          source: z.string().optional(),
          year: z.number().int().nullable().optional(),
          speaker: z.string().optional(),
          /** Other documents with the same text (one speech imported from several files): the passage, listed once, is theirs too. */
          copies: z.array(sameDocument()).optional(),
        }),
      ),
    }),
  }),
  /** A speech or minutes written elsewhere (.txt, .md, .docx; bytes as base64) stored as a new document. */
  'documents.import': () => ({
    input: z.strictObject({ name: z.string().min(1).max(255), base64: z.string() }),
    /** removedChars: characters a .docx cannot carry (U+FFFF, lone surrogates), dropped from the text. */
    output: z.object({ documentId: id, removedChars: z.number().int().optional() }),
  }),
  /** A file's bytes (base64) from a picker or a drop: the UI never hands main a path in browser mode. */
  'library.import': () => ({
    input: libraryImportInput(),
    /** What the file became: main/services/library's outcome as core/api-library-import.ts says it. */
    output: libraryImportOutput(),
  }),
  /** The files of one pick (or folder) as one import: one batch, one durable commit per batch, not per file. */
  'library.importFiles': () => ({ input: libraryImportFilesInput(), output: libraryImportFilesOutput() }),
  /** 取消 during an import: the file being read or written now is stopped, and nothing of it is kept. */
  'library.cancelImport': () => ({ input: z.strictObject({}), output: z.object({ cancelled: z.number().int() }) }),
  /** While an import runs: the file LibreOffice is converting for it (half a minute), if any; a pick's progress. */
  'library.importStatus': () => ({ input: z.strictObject({}), output: z.object({ converting: z.string().nullable(), progress: libraryImportProgress().optional() }) }),
  /**
   * 导入修改稿: a .docx edited in Word or WPS (bytes as base64), read with its revisions and comments
   * and matched to the version it was exported from (`base` when the user chose it). Without
   * `decisions` nothing is stored: the changes are listed with their authors. With them, the result
   * is saved as a new version (kind 'imported', parent `base`) with the comments (`saved`).
   */
  'documents.importRevision': () => {
    const { decisionsSchema, revisionResultSchema } = revisionSchemas();
    return {
      input: z.strictObject({ documentId: id, name: z.string().min(1).max(255), base64: z.string(), base: z.number().int().positive().optional(), decisions: decisionsSchema.optional() }),
      output: revisionResultSchema,
    };
  },
  /** The 批注 that came with imported files, open ones only unless `includeResolved`. */
  'comments.list': () => ({
    input: z.strictObject({ documentId: id, includeResolved: z.boolean().optional() }),
    output: z.object({ comments: z.array(revisionSchemas().storedCommentSchema) }),
  }),
  /** Marks a comment resolved (it leaves the editor's margin), or open again. */
  'comments.resolve': () => ({ input: z.strictObject({ id, resolved: z.boolean() }), output: z.object({ ok: z.literal(true) }) }),
  /** What the user sets once: their name, which Word shows beside every change of a 修订稿. */
  'settings.get': () => ({ input: z.strictObject({}), output: z.object({ userName: z.string().nullable() }) }),
  'settings.setUserName': () => ({ input: z.strictObject({ name: z.string().max(200) }), output: z.object({ userName: z.string() }) }),
  /** The imported files with what cleaning removed from each (and what the user restored). */
  'library.sources': () => ({ input: z.strictObject({}), output: z.array(librarySource()) }),
  /** Undoes removals (their numbers `n`) of one source: its documents are analysed again, in one transaction. */
  'library.restore': () => ({
    input: z.strictObject({ sourceId: id, entries: z.array(z.number().int().min(1)).min(1).max(1000) }),
    output: z.object({ restored: z.number().int(), documents: z.number().int(), source: librarySource() }),
  }),
  /** 「拆分有误」: merges a document into the one before it; the source is analysed again, in one transaction. */
  'library.merge': () => ({
    input: z.strictObject({ sourceId: id, documentId: id }),
    output: z.object({ documents: z.number().int(), source: librarySource() }),
  }),
  /** 「拆分有误」: starts a new document at a raw line of the source (see library.lines). */
  'library.split': () => ({
    input: z.strictObject({ sourceId: id, line: z.number().int().min(1) }),
    output: z.object({ documents: z.number().int(), source: librarySource() }),
  }),
  /** The headings and paragraphs of a source's documents with their raw lines: where a split can go. */
  'library.lines': () => ({
    input: z.strictObject({ sourceId: id }),
    output: z.array(z.object({ document: z.number().int(), line: z.number().int(), text: z.string() })),
  }),
  /**
   * The 范文库's documents (live ones, or with `removed` those in the 回收站): title, genre, the file
   * each came from, when it was imported, its length in characters, when it was removed.
   */
  'library.documents': () => ({
    input: z.strictObject({ removed: z.boolean().optional() }),
    output: z.array(libraryEntry()),
  }),
  /** One document whole to read (live or in the 回收站): its head lines, outline and text. */
  'library.document': () => ({
    input: z.strictObject({ documentId: id }),
    output: libraryEntry().extend({
      head: z.array(z.string()),
      outline: z.array(z.object({ level: z.number().int(), number: z.string(), heading: z.string() })),
      text: z.string(),
    }),
  }),
  /** Corrects a title or 体裁, kept by every re-analysis of its file; null: back to the analysis's (correct.ts checks, in Chinese). */
  'library.update': () => ({ input: z.strictObject({ documentId: id, title: z.string().max(10_000).nullish(), genre: z.string().max(100).nullish() }), output: libraryEntry() }),
  /** To the 回收站 (no longer searched nor offered to drafting), and back exactly as it was. */
  'library.remove': () => ({ input: z.strictObject({ documentIds: libraryIds() }), output: z.object({ removed: z.number().int() }) }),
  'library.recover': () => ({ input: z.strictObject({ documentIds: libraryIds() }), output: z.object({ recovered: z.number().int() }) }),
  /** Deletes documents of the 回收站 for good (a live one is refused); this cannot be undone. */
  'library.purge': () => ({ input: z.strictObject({ documentIds: libraryIds() }), output: z.object({ purged: z.number().int() }) }),
  /** Harvested heading patterns (「X」 for the campaign's name) with the part they head and their source. */
  /**
   * With `domain` (a speech's, e.g. 防汛抗旱): only the headings that fit a speech of that field.
   * With `genres`: only headings of documents of those genres (a speech's parts take the part headings
   * of speeches and reports; a minutes' 「关于…」 item heads one matter of its own county). A heading
   * that names its document's place, in its words or as its 「X」, is never offered.
   */
  'library.patterns': () => ({
    input: z.strictObject({
      role: passageRole().optional(),
      level: z.number().int().min(1).max(4).optional(),
      limit: z.number().int().min(1).max(500).optional(),
      domain: z.string().max(20).optional(),
      genres: z.array(docGenre()).min(1).max(DOC_GENRES.length).optional(),
    }),
    output: z.array(z.object({ pattern: z.string(), level: z.number().int(), role: z.string(), source: z.string(), documentId: id })),
  }),
  /**
   * The export as bytes (base64); the shell saves them where the user chose. With the document's id,
   * the file carries which version it is (custom properties; the text saved as a version first if
   * no version has it), so an edited copy that comes back is matched to it (导入修改稿).
   * removedChars: characters a .docx cannot carry, left out of the file.
   */
  /**
   * `fonts`: the faces the printed document needs (the machine that prints it must have them);
   * `warnings`: characters the chosen fonts cannot show, in Chinese, for the 导出 dialog and the CLI.
   */
  'export.docx': () => ({
    input: z.strictObject({ doc: docModel, documentId: id.optional() }),
    output: z.object({ name: z.string(), base64: z.string(), removedChars: z.number().int().optional(), fonts: z.array(z.string()), warnings: z.array(z.string()) }),
  }),
  /**
   * 修订稿: version `to` in the full layout with every change from version `from` a Word revision by
   * the user (their name from settings.setUserName), Word's 修订 on for the reader's own changes.
   */
  'export.revision': () => ({
    input: z.strictObject({ documentId: id, from: z.number().int().positive(), to: z.number().int().positive() }),
    output: z.object({ name: z.string(), base64: z.string() }),
  }),
  'export.csv': () => ({ input: z.strictObject({ doc: docModel }), output: z.object({ name: z.string(), text: z.string() }) }),

  // ── 校对 (proofreading) and the user's lexicon (用户词库) ──────────────────────────────────
  /**
   * Proofreads the editor's paragraphs (one string per top-level block, heading or not) with the
   * built-in lexicon and the user's enabled entries; offsets are UTF-16 units into `paragraphs[para]`.
   */
  'proof.check': () => ({
    input: z.strictObject({
      paragraphs: z.array(z.string().max(20_000)).max(5_000),
      headings: z.array(z.boolean()).max(5_000).optional(),
      /** Names from the document's material (speaker, host, attendees, units, region): never corrected. */
      names: z.array(z.string().max(100)).max(500).optional(),
      /** Texts the user chose to 忽略 in this document. */
      ignore: z.array(z.string().max(200)).max(2_000).optional(),
      /** The material's other facts (事例, a task's title …): no spelling or confusion guess touches them. */
      facts: z.array(z.string().max(200)).max(500).optional(),
    }),
    output: z.object({ findings: z.array(proofFinding()) }),
  }),
  /** Every entry of the user's lexicon, oldest first. */
  'lexicon.list': () => ({ input: z.strictObject({}), output: z.object({ entries: z.array(lexiconEntry()) }) }),
  /** Adds a 纠错 entry (wrong → right) or an 忽略 entry (「总是忽略」, `allow`); a duplicate is refused. */
  'lexicon.add': () => ({
    input: z.strictObject({
      kind: z.enum(['confusion', 'allow']),
      wrong: z.string().max(200),
      right: z.string().max(200).nullable().optional(),
      severity: proofSeverity.optional(),
      reason: z.string().max(1000).nullable().optional(),
    }),
    output: z.object({ entry: lexiconEntry() }),
  }),
  'lexicon.setEnabled': () => ({ input: z.strictObject({ id, enabled: z.boolean() }), output: z.object({ entry: lexiconEntry() }) }),
  'lexicon.remove': () => ({ input: z.strictObject({ id }), output: z.object({ ok: z.literal(true) }) }),
  /** A TSV (or JSON) text, all or nothing: a bad line is refused with its line number, nothing written. */
  'lexicon.import': () => ({ input: z.strictObject({ text: z.string().max(5_000_000) }), output: z.object({ added: z.number().int(), updated: z.number().int() }) }),
  /** The whole lexicon as TSV (header 类型 错误写法 正确写法 级别 说明 启用), with a file name to save it under. */
  'lexicon.export': () => ({ input: z.strictObject({}), output: z.object({ name: z.string(), text: z.string() }) }),

  // ── 领导名录 (the unit's leaders: name, title, order), checked by 校对 ─────────────────────────
  'roster.list': () => ({ input: z.strictObject({}), output: roster() }),
  /**
   * Replaces the whole roster from a table: pasted text (tab- or comma-separated) or a file's bytes
   * (.xlsx, .csv, .txt) in base64 with its name. All or nothing; a bad row is named by its line.
   */
  'roster.import': () => ({
    input: z.union([z.strictObject({ text: z.string().max(1_000_000) }), z.strictObject({ name: z.string().max(255), base64: z.string().max(7_000_000) })]),
    output: roster(),
  }),
  /** Adds one leader at `rank` (default: last). */
  'roster.add': () => ({ input: z.strictObject({ name: z.string().max(50), title: z.string().max(100), rank: z.number().int().min(1).optional() }), output: roster() }),
  'roster.remove': () => ({ input: z.strictObject({ name: z.string().max(50) }), output: roster() }),
});

export type Contract = typeof contract;
export type Method = keyof Contract;
export type Input<M extends Method> = z.input<Contract[M]['input']>;
/** What a handler receives: the input after the contract parsed it (material and documents typed). */
export type Args<M extends Method> = z.output<Contract[M]['input']>;
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
