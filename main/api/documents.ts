// Documents: drafted from material and stored, listed, opened, put in the recycle bin and back,
// redrafted (the policy is core/draft/redraft.ts), or imported from a file written elsewhere.
import { basename } from 'node:path';
import { ApiError } from '../../core/api.ts';
import { docFromText } from '../../core/doc/from-text.ts';
import { draft, resolveTemplate } from '../../core/draft/index.ts';
import { redraft } from '../../core/draft/redraft.ts';
import { keptLines, ownOf } from '../../core/draft/keep-own.ts';
import { engineTexts } from '../../core/revision/own-edits.ts';
import { writingVersions } from './versions.ts';
import { wengaoInput } from '../../core/input/schema.ts';
import { LibraryError } from '../services/library/errors.ts';
import type { DocumentRow, Store } from '../services/store/store.ts';
import type { DomainSlice, Services } from './context.ts';
import { withUploadedFile } from '../services/upload.ts';

/** A first line longer than this (in characters) is not taken for an imported document's title. */
const IMPORT_TITLE_MAX = 50;

function summary(row: DocumentRow) {
  return { id: row.id, kind: row.kind, title: row.title, template: row.template, versions: row.versions, updatedAt: row.updatedAt, deletedAt: row.deletedAt };
}

/** A seed from 1 to 999,999. It only picks a wording: Math.random will do, and node:crypto stays unloaded at CLI start. */
const randomSeed = () => 1 + Math.floor(Math.random() * 999_999);

/** A seed for a new wording, unlike the one it replaces. */
function newSeed(not?: number): number {
  let seed = randomSeed();
  while (seed === not) seed = randomSeed();
  return seed;
}

/**
 * Text copied from a web page often opens with a summary, not a title: then the file's name is the
 * title, and that first line stays in the body, where it is proofread like the rest.
 */
function titled(text: string, shown: string): string {
  const first = text.trimStart().split(/\r?\n/, 1)[0]!.trim();
  return [...first].length > IMPORT_TITLE_MAX || /[。！？；]/.test(first) ? `${shown.replace(/\.[^.]*$/, '')}\n${text}` : text;
}

/** A file written elsewhere, stored as a new document (its first version, kind imported). */
function importDocument(store: Store, name: string, base64: string): Promise<{ documentId: number; removedChars?: number }> {
  return withUploadedFile(name, base64, async (path) => {
    // A document is edited as text: the 范文库's readers of PDF and web pages leave their page
    // furniture for its analysis, which a document does not go through.
    if (!/\.(?:txt|md|markdown|docx)$/i.test(name)) throw new ApiError(`${name}：不支持的文件类型（导入文稿可用 .txt、.md、.docx；PDF、旧版 Word 和网页请导入范文库）`);
    const { readTextFile } = await import('../services/library/library.ts');
    let file: Awaited<ReturnType<typeof readTextFile>>;
    try {
      file = await readTextFile(path);
    } catch (err) {
      if (err instanceof LibraryError) throw new ApiError(`${name}：${err.message}`);
      throw err;
    }
    if (!file.text.trim()) throw new ApiError(`${name}：文件里没有文字`);
    const shown = basename(name.replace(/\\/g, '/'));
    const { documentId, removed } = store.createDocument(docFromText(titled(file.text, shown)), 'imported', { label: `导入：${shown}` });
    const removedChars = (file.removedChars ?? 0) + removed;
    return { documentId, ...(removedChars ? { removedChars } : {}) };
  });
}

/** Every documents.* method but importRevision (main/api/revision.ts). */
export function documentHandlers({ store, library }: Services): Omit<DomainSlice<'documents'>, 'documents.importRevision'> {
  const latest = (documentId: number) => {
    const number = store().latestNumber(documentId);
    if (number === undefined) throw new ApiError(`文稿 ${documentId} 还没有任何版本`);
    return { number, doc: store().versionDoc(documentId, number) };
  };

  return {
    'documents.create': async ({ input, options }) => {
      const template = resolveTemplate(input, library(), options?.template);
      const doc = draft(input, library(), options);
      const { campaignId } = store().saveCampaign(input);
      const { documentId } = store().createDocument(doc, 'generated', { campaignId, frame: template.id, label: `生成：${template.name}` });
      return { documentId, doc };
    },

    'documents.list': async ({ query, includeDeleted }) => {
      const q = query?.trim().toLowerCase();
      return store()
        .listDocuments({ includeDeleted: includeDeleted ?? false })
        .filter((d) => !q || d.title.toLowerCase().includes(q) || d.template.toLowerCase().includes(q))
        .map(summary);
    },

    'documents.open': async ({ documentId }) => {
      const row = store().document(documentId);
      const { number, doc } = latest(documentId);
      // Material stored by an older version that no longer passes the schema is not offered for editing.
      let input = null;
      if (row.campaignId !== null) {
        try {
          input = wengaoInput.safeParse(store().campaignInput(row.campaignId)).data ?? null;
        } catch {
          input = null;
        }
      }
      return { document: summary(row), doc, version: number, input };
    },

    'documents.delete': async ({ documentId }) => {
      store().deleteDocument(documentId);
      return { ok: true as const };
    },

    'documents.undelete': async ({ documentId }) => {
      store().undeleteDocument(documentId);
      return { ok: true as const };
    },

    // With `preview`, nothing is stored: neither the material nor the new text (version 0).
    'documents.redraft': async ({ documentId, input, options, part, paragraph, preview }) => {
      const row = store().document(documentId);
      if (row.deletedAt !== null) throw new ApiError('这份文稿在回收站中，请先恢复再重新生成');
      let campaignId = row.campaignId;
      if (input === undefined && campaignId === null) throw new ApiError('这份文稿没有保存材料（例如由文本导入），请先填写材料再重新生成');
      const material = input ?? store().campaignInput(campaignId!);
      // A new wording of a part or the whole text leaves the user's own paragraphs as they are (core/draft/keep-own.ts).
      const own = paragraph === undefined ? ownOf(engineTexts(writingVersions(store(), documentId))) : undefined;
      const previous = latest(documentId).doc;
      const { doc, label, kept } = redraft(previous, material, library(), { options, part, paragraph, materialChanged: input !== undefined, own }, newSeed);
      // Her lines the new wording kept, for the preview to mark apart from the engine's unchanged ones.
      const mine = kept && own ? { kept, keptLines: keptLines(previous, doc, own, part) } : {};
      if (preview) return { doc, version: 0, label, ...mine };
      if (input !== undefined) campaignId = store().saveCampaign(input, campaignId ?? undefined).campaignId;
      const { version } = store().saveVersion(documentId, doc, 'generated', label);
      store().setDocumentSource(documentId, { template: doc.template, seed: doc.seed, campaignId });
      return { doc, version: version.number, label, ...mine };
    },

    /** A speech or minutes written elsewhere (.txt/.md/.docx) becomes a document: edit, proofread, export. */
    'documents.import': async ({ name, base64 }) => importDocument(store(), name, base64),
  };
}
