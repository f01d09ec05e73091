// The API contract (core/api.ts) implemented with the services: one handler per method. The same
// handlers serve the Electron IPC bridge and the browser-mode HTTP bridge; dispatch.ts validates
// what goes in and comes out and turns errors into ApiErrors. A handler may assume its input has
// passed the contract's input schema; the material (`input`) is validated here, in Chinese.
import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { ApiError, type Input, type Method, type Output } from '../../core/api.ts';
import { toCsv } from '../../core/doc/csv.ts';
import { docFromText } from '../../core/doc/from-text.ts';
import { diffDocs } from '../../core/doc/diff.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { runsText } from '../../core/doc/text.ts';
import { draft, regeneratePart, resolveTemplate, type DraftLibrary, type DraftOptions } from '../../core/draft/index.ts';
import { formatErrors, parseInputText, validateInput, type WengaoInput } from '../../core/input/index.ts';
import type { PassageRole } from '../../core/outline/index.ts';
import { checkDoc } from './doc-shape.ts';
import { exportDocx } from '../services/export/docx.ts';
import { importFiles, readTextFile, ROLES, search } from '../services/library/library.ts';
import { LibraryError } from '../services/library/errors.ts';
import { libraryPatterns, librarySources, restoreRemoved, type SourceReview } from '../services/library/review.ts';
import type { DocumentRow, Store, VersionRow } from '../services/store/store.ts';
import { proofParagraphs } from '../../core/proof/index.ts';
import { loadProofLexicon } from '../services/proof/load.ts';
import { addEntry, enabledEntries, exportEntries, importEntries, listEntries, removeEntry, setEnabled } from '../services/store/proof-lexicon.ts';

export interface HandlerContext {
  store: Store;
  library: DraftLibrary;
  /** Where corpus/proof is (the package root by default); the built-in lexicon is compiled once from it. */
  proofRoot?: string;
}

export type Handlers = { [M in Method]: (input: Input<M>) => Promise<Output<M>> };

type WireDraftOptions = NonNullable<Input<'draft.generate'>['options']>;

/** The names of a speech's five parts, as 换一种说法 labels say them. */
export const PART_NAMES = ['开头', '第一部分', '第二部分', '第三部分', '结尾'] as const;

/** The material as the contract carries it (a value, or JSON text), validated; Chinese errors as details. */
export function material(raw: unknown): WengaoInput {
  const v = typeof raw === 'string' ? parseInputText(raw) : validateInput(raw);
  if (!v.ok) throw new ApiError('材料有误，请按提示修改', formatErrors(v.errors));
  return v.value;
}

function draftOptions(options: WireDraftOptions | undefined): DraftOptions {
  if (!options) return {};
  const { partSeeds, headings, ...rest } = options;
  const out: DraftOptions = { ...rest };
  if (headings) {
    const chosen: Partial<Record<number, string>> = {};
    for (const [key, pattern] of Object.entries(headings)) {
      if (!/^[1-3]$/.test(key)) throw new ApiError('参数有误', [`options.headings.${key}：应为 1 到 3 之间的部分编号（讲话稿的三个部分）`]);
      chosen[Number(key)] = pattern;
    }
    out.headings = chosen;
  }
  if (partSeeds) {
    const seeds: Partial<Record<number, number>> = {};
    for (const [key, seed] of Object.entries(partSeeds)) {
      if (!/^[0-4]$/.test(key)) throw new ApiError('参数有误', [`options.partSeeds.${key}：应为 0 到 4 之间的部分编号（0 开头，1–3 三个部分，4 结尾）`]);
      seeds[Number(key)] = seed;
    }
    out.partSeeds = seeds;
  }
  return out;
}

/** Options a redraft keeps from the draft it replaces unless told otherwise: duration and reading rate. */
function carriedOptions(doc: DocModel): DraftOptions {
  const length = doc.length;
  if (!length) return {};
  return { rate: length.rate, ...(length.target ? { minutes: Math.round(length.target / length.rate) } : {}) };
}

function newSeed(not?: number): number {
  let seed = randomInt(1, 1_000_000);
  while (seed === not) seed = randomInt(1, 1_000_000);
  return seed;
}

/** A Windows-safe file name from a title: no \ / : * ? " < > | or control characters, at most 80 characters. */
export function fileName(title: string, ext: string): string {
  // eslint-disable-next-line no-control-regex
  let base = title.replace(/[\\/:*?"<>|\u0000-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim();
  base = Array.from(base).slice(0, 80).join('').replace(/[. ]+$/, '');
  if (!base || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = '文稿';
  return `${base}.${ext}`;
}

function docTitle(doc: DocModel): string {
  return runsText(doc.title).trim();
}

function summary(row: DocumentRow): Output<'documents.list'>[number] {
  return { id: row.id, kind: row.kind, title: row.title, template: row.template, versions: row.versions, updatedAt: row.updatedAt, deletedAt: row.deletedAt };
}

function versionSummary(v: VersionRow): Output<'versions.list'>[number] {
  return { number: v.number, parentNumber: v.parentNumber, kind: v.kind, label: v.label, chars: v.chars, savedAt: v.savedAt };
}

function sourceOut(s: SourceReview): Output<'library.sources'>[number] {
  return {
    id: s.id,
    name: s.name,
    importedAt: s.importedAt,
    documents: s.documents,
    removed: s.removed.map((r) => ({ n: r.n, line: r.line, reason: r.reason, text: r.text })),
    restored: s.restored.map((r) => ({ line: r.line, reason: r.reason, text: r.text, restoredAt: r.restoredAt })),
  };
}

/** A DocModel from the client: the contract checked its outline, checkDoc every block. */
function clientDoc(doc: Input<'versions.save'>['doc']): DocModel {
  return checkDoc(doc);
}

/**
 * The bytes of a file the user picked (base64: in browser mode the UI never hands main a path),
 * written under their own name into a private temporary folder for the readers that take a path,
 * removed afterwards whatever happens.
 */
/** A first line longer than this (in characters) is not taken for an imported document's title. */
const IMPORT_TITLE_MAX = 50;

async function withUploadedFile<T>(name: string, base64: string, use: (path: string) => Promise<T>): Promise<T> {
  if (!/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(base64)) throw new ApiError('文件内容有误', ['base64：不是有效的 base64 编码']);
  const safe = fileName(basename(name.replace(/\\/g, '/')).replace(/\.[^.]*$/, ''), (/\.([A-Za-z0-9]{1,10})$/.exec(name)?.[1] ?? 'txt').toLowerCase());
  const dir = mkdtempSync(join(tmpdir(), 'wengao-upload-'));
  try {
    const path = join(dir, safe);
    writeFileSync(path, Buffer.from(base64, 'base64'));
    return await use(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function createHandlers(ctx: HandlerContext): Handlers {
  const { store, library } = ctx;

  const latest = (documentId: number): { number: number; doc: DocModel } => {
    const number = store.latestNumber(documentId);
    if (number === undefined) throw new ApiError(`文稿 ${documentId} 还没有任何版本`);
    return { number, doc: store.versionDoc(documentId, number) };
  };

  return {
    'templates.list': async () =>
      [...library.templates.values()]
        .map((t) => ({ id: t.id, kind: t.kind, name: t.name, description: t.description }))
        .sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)),

    'input.validate': async ({ text }) => {
      const v = parseInputText(text);
      return v.ok ? { ok: true, errors: [] } : { ok: false, errors: formatErrors(v.errors) };
    },

    'draft.generate': async ({ input, options }) => {
      const doc = draft(material(input), library, draftOptions(options));
      return { doc: doc as unknown as Output<'draft.generate'>['doc'] };
    },

    'documents.create': async ({ input, options }) => {
      const value = material(input);
      const opts = draftOptions(options);
      const template = resolveTemplate(value, library, opts.template);
      const doc = draft(value, library, opts);
      const { campaignId } = store.saveCampaign(value);
      const { documentId } = store.createDocument(doc, 'generated', { campaignId, frame: template.id, label: `生成：${template.name}` });
      return { documentId, doc: doc as unknown as Output<'documents.create'>['doc'] };
    },

    'documents.list': async ({ query, includeDeleted }) => {
      const q = query?.trim().toLowerCase();
      return store
        .listDocuments({ includeDeleted: includeDeleted ?? false })
        .filter((d) => !q || d.title.toLowerCase().includes(q) || d.template.toLowerCase().includes(q))
        .map(summary);
    },

    'documents.open': async ({ documentId }) => {
      const row = store.document(documentId);
      const { number, doc } = latest(documentId);
      let input: unknown = null;
      if (row.campaignId !== null) {
        try {
          input = store.campaignInput(row.campaignId);
        } catch {
          input = null;
        }
      }
      return { document: summary(row), doc: doc as unknown as Output<'documents.open'>['doc'], version: number, input };
    },

    'documents.delete': async ({ documentId }) => {
      store.deleteDocument(documentId);
      return { ok: true as const };
    },

    'documents.undelete': async ({ documentId }) => {
      store.undeleteDocument(documentId);
      return { ok: true as const };
    },

    'documents.redraft': async ({ documentId, input, options, part, preview }) => {
      const row = store.document(documentId);
      if (row.deletedAt !== null) throw new ApiError('这份文稿在回收站中，请先恢复再重新生成');
      const previous = latest(documentId).doc;
      let value: WengaoInput;
      let campaignId = row.campaignId;
      if (input !== undefined) {
        value = material(input);
        if (!preview) campaignId = store.saveCampaign(value, campaignId ?? undefined).campaignId;
      } else {
        if (campaignId === null) throw new ApiError('这份文稿没有保存材料（例如由文本导入），请先填写材料再重新生成');
        value = store.campaignInput(campaignId);
      }
      const opts = { ...carriedOptions(previous), ...draftOptions(options) };
      let doc: DocModel;
      let label: string;
      // Only headings chosen (from the 范文库): every part keeps its seed, so only those headings change.
      const headingsOnly = part === undefined && options?.headings !== undefined && Object.keys(options).every((k) => k === 'headings' || k === 'minutes' || k === 'rate');
      if (headingsOnly) {
        if (!previous.partSeeds || previous.kind !== 'speech') throw new ApiError('只有讲话稿可以选用范文库标题');
        const template = resolveTemplate(value, library, previous.template);
        const headings = { ...previous.headings, ...opts.headings };
        doc = draft(value, library, { ...opts, template: template.id, seed: previous.seed, partSeeds: { ...previous.partSeeds }, headings });
        const parts = Object.keys(opts.headings ?? {}).map((k) => PART_NAMES[Number(k)]);
        label = `选用范文库标题：${parts.join('、')}`;
      } else if (part !== undefined) {
        if (!previous.partSeeds || previous.kind !== 'speech') throw new ApiError('只有讲话稿可以单独为某一部分换一种说法');
        const template = resolveTemplate(value, library, previous.template);
        const seed = options?.seed ?? newSeed(previous.partSeeds[part]);
        doc = regeneratePart({ ...previous, template: template.id }, value, library, part, seed, { ...opts, template: undefined, seed: undefined });
        label = `换一种说法：${PART_NAMES[part]}`;
      } else {
        const template = resolveTemplate(value, library, opts.template ?? previous.template);
        const changed = template.id !== previous.template;
        const seed = opts.seed ?? (changed ? previous.seed : newSeed(previous.seed));
        // Headings chosen for this frame stay chosen in new wording; another frame has other parts.
        const headings = changed ? opts.headings : { ...previous.headings, ...opts.headings };
        doc = draft(value, library, { ...opts, template: template.id, seed, headings });
        label = changed ? `改用框架：${template.name}` : input !== undefined ? '按修改后的材料重新生成' : '换一种说法：全文';
      }
      if (preview) return { doc: doc as unknown as Output<'documents.redraft'>['doc'], version: 0, label };
      const { version } = store.saveVersion(documentId, doc, 'generated', label);
      store.setDocumentSource(documentId, { template: doc.template, seed: doc.seed, campaignId });
      return { doc: doc as unknown as Output<'documents.redraft'>['doc'], version: version.number, label };
    },

    'versions.list': async ({ documentId }) => store.history(documentId).map(versionSummary),

    'versions.save': async ({ documentId, doc, kind, label }) => {
      const row = store.document(documentId);
      const model = clientDoc(doc);
      if (model.kind !== row.kind) throw new ApiError('文稿类型与原文稿不一致', [`doc.kind：应为 ${row.kind}，实际为 ${model.kind}`]);
      const { version, created } = store.saveVersion(documentId, model, kind, label?.trim() || undefined);
      return { version: version.number, created };
    },

    'versions.get': async ({ documentId, version }) => ({ doc: store.versionDoc(documentId, version) as unknown as Output<'versions.get'>['doc'] }),

    'versions.diff': async ({ documentId, from, to }) => {
      const diff = diffDocs(store.versionDoc(documentId, from), store.versionDoc(documentId, to));
      return { paragraphs: diff.paragraphs, stats: { ...diff.stats } };
    },

    'versions.restore': async ({ documentId, version }) => {
      const { version: row, created } = store.restoreVersion(documentId, version);
      return { version: row.number, created, doc: store.versionDoc(documentId, row.number) as unknown as Output<'versions.restore'>['doc'] };
    },

    'library.search': async ({ query, role, limit }) => {
      if (role !== undefined && !ROLES.includes(role as PassageRole)) {
        throw new ApiError('参数有误', [`role：应为 ${ROLES.join('、')} 之一，实际为“${role}”`]);
      }
      const result = search(store, query, { role: role as PassageRole | undefined, limit: limit ?? 20 });
      return { hits: result.hits.map((h) => ({ title: h.title, role: h.role, heading: h.heading, snippet: h.snippet, text: h.text })) };
    },

    'library.sources': async () => librarySources(store).map(sourceOut),

    'library.restore': async ({ sourceId, entries }) => {
      const r = restoreRemoved(store, sourceId, entries);
      return { restored: r.restored.length, documents: r.documents.length, source: sourceOut(r.review) };
    },

    'library.patterns': async ({ role, level, limit }) => {
      if (role !== undefined && !ROLES.includes(role as PassageRole)) {
        throw new ApiError('参数有误', [`role：应为 ${ROLES.join('、')} 之一，实际为“${role}”`]);
      }
      return libraryPatterns(store, { role: role as PassageRole | undefined, level, limit: limit ?? 50 }).map((p) => ({
        pattern: p.pattern,
        level: p.level,
        role: p.role,
        source: p.source,
        documentId: p.documentId,
      }));
    },

    'library.import': async ({ name, base64 }) =>
      withUploadedFile(name, base64, async (path) => {
        const result = await importFiles(store, [path]);
        const file = result.files[0];
        if (!file) throw new ApiError('没有可导入的文件');
        switch (file.status) {
          case 'imported':
            return { documents: file.documents.length, removed: file.report.removed.length };
          case 'duplicate':
            return { documents: 0, removed: 0, duplicate: true };
          case 'skipped':
            throw new ApiError(`${name}：${file.reason}`);
          case 'failed':
            throw new ApiError(`${name}：${file.error}`);
        }
      }),

    /** A speech or minutes written elsewhere (.txt/.md/.docx) becomes a document: edit, proofread, export. */
    'documents.import': async ({ name, base64 }) =>
      withUploadedFile(name, base64, async (path) => {
        let text: string;
        try {
          text = (await readTextFile(path)).text;
        } catch (err) {
          if (err instanceof LibraryError) throw new ApiError(`${name}：${err.message}`);
          throw err;
        }
        if (!text.trim()) throw new ApiError(`${name}：文件里没有文字`);
        const shown = basename(name.replace(/\\/g, '/'));
        // Text copied from a web page often opens with a summary, not a title: then the file's name
        // is the title, and that first line stays in the body, where it is proofread like the rest.
        const first = text.trimStart().split(/\r?\n/, 1)[0]!.trim();
        const titled = [...first].length > IMPORT_TITLE_MAX || /[。！？；]/.test(first) ? `${shown.replace(/\.[^.]*$/, '')}\n${text}` : text;
        const { documentId } = store.createDocument(docFromText(titled), 'imported', { label: `导入：${shown}` });
        return { documentId };
      }),

    'export.docx': async ({ doc }) => {
      const model = clientDoc(doc);
      const bytes = await exportDocx(model);
      return { name: fileName(docTitle(model), 'docx'), base64: Buffer.from(bytes).toString('base64') };
    },

    'export.csv': async ({ doc }) => {
      const model = clientDoc(doc);
      if (model.kind !== 'ledger' || !model.blocks.some((b) => b.type === 'table')) throw new ApiError('只有督办台账可以导出为 CSV');
      return { name: fileName(docTitle(model), 'csv'), text: toCsv(model) };
    },

    // ── 校对 and the user's lexicon ─────────────────────────────────────────────────────────
    'proof.check': async ({ paragraphs, headings }) => {
      if (headings && headings.length !== paragraphs.length) {
        throw new ApiError('参数有误', [`headings：应与 paragraphs 一样长（${paragraphs.length} 项），实际 ${headings.length} 项`]);
      }
      // The built-in lexicon is compiled once per process (load.ts caches it); the user's enabled
      // entries — a handful, changing while the app runs — are read and merged at each check.
      const lexicon = loadProofLexicon({ ...(ctx.proofRoot ? { root: ctx.proofRoot } : {}), user: enabledEntries(store) });
      const findings = proofParagraphs(paragraphs, lexicon, headings ? { headings } : undefined);
      return { findings };
    },

    'lexicon.list': async () => ({ entries: listEntries(store) }),

    'lexicon.add': async ({ kind, wrong, right, severity, reason }) => ({ entry: addEntry(store, { kind, wrong, right, severity, reason }) }),

    'lexicon.setEnabled': async ({ id, enabled }) => ({ entry: setEnabled(store, id, enabled) }),

    'lexicon.remove': async ({ id }) => {
      removeEntry(store, id);
      return { ok: true as const };
    },

    'lexicon.import': async ({ text }) => importEntries(store, text),

    'lexicon.export': async () => ({ name: '用户词库.tsv', text: exportEntries(store) }),
  };
}
