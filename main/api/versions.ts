// A document's versions: list, save, read, compare, restore. Restoring writes a new version.
import { ApiError } from '../../core/api.ts';
import { diffDocs } from '../../core/doc/diff.ts';
import { editNote } from '../../core/doc/edit-note.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { engineTexts, replacedOwnEdits, type VersionText } from '../../core/revision/own-edits.ts';
import type { Store, VersionRow } from '../services/store/store.ts';
import type { DomainSlice, Services } from './context.ts';

function versionSummary(v: VersionRow, note?: string | null) {
  return { number: v.number, parentNumber: v.parentNumber, kind: v.kind, label: v.label, ...(note ? { note } : {}), chars: v.chars, savedAt: v.savedAt };
}

/** Notes by the hashes of a version and its parent: the list is read after every save, the notes computed once. */
const notes = new Map<string, string | null>();
const NOTES_KEPT = 2000;

/** A document's versions; one without a label says what it changed from its parent, in her words. */
function listVersions(store: Store, documentId: number) {
  const rows = store.history(documentId);
  const byNumber = new Map(rows.map((v) => [v.number, v]));
  return rows.map((v) => {
    const parent = v.parentNumber !== null ? byNumber.get(v.parentNumber) : undefined;
    if (v.label || !parent || (v.kind !== 'autosave' && v.kind !== 'saved')) return versionSummary(v);
    const key = `${parent.hash}>${v.hash}`;
    if (!notes.has(key)) {
      if (notes.size >= NOTES_KEPT) notes.clear();
      notes.set(key, editNote(store.versionDoc(documentId, parent.number), store.versionDoc(documentId, v.number)));
    }
    return versionSummary(v, notes.get(key));
  });
}

/** The versions that wrote text (generated and imported ones), each with its parent's text. */
export function writingVersions(store: Store, documentId: number): VersionText[] {
  const docs = new Map<number, DocModel>();
  const doc = (n: number) => docs.get(n) ?? docs.set(n, store.versionDoc(documentId, n)).get(n)!;
  return store
    .history(documentId)
    .filter((v) => v.kind === 'generated' || v.kind === 'imported')
    .map((v) => ({ kind: v.kind, doc: doc(v.number), ...(v.parentNumber !== null ? { parent: doc(v.parentNumber) } : {}) }));
}

export function versionHandlers({ store }: Services): DomainSlice<'versions'> {
  return {
    'versions.list': async ({ documentId }) => listVersions(store(), documentId),

    'versions.save': async ({ documentId, doc, kind, label }) => {
      const row = store().document(documentId);
      if (doc.kind !== row.kind) throw new ApiError('文稿类型与原文稿不一致', [`doc.kind：应为 ${row.kind}，实际为 ${doc.kind}`]);
      const { version, created, removed } = store().saveVersion(documentId, doc, kind, label?.trim() || undefined);
      return { version: version.number, created, ...(removed ? { removedChars: removed } : {}) };
    },

    'versions.get': async ({ documentId, version }) => ({ doc: store().versionDoc(documentId, version) }),

    'versions.diff': async ({ documentId, from, to }) => diffDocs(store().versionDoc(documentId, from), store().versionDoc(documentId, to)),

    'versions.ownEdits': async ({ documentId, doc, next, part, paragraph }) => ({
      paragraphs: replacedOwnEdits(doc, next, { part, paragraph }, engineTexts(writingVersions(store(), documentId))),
    }),

    'versions.restore': async ({ documentId, version }) => {
      const { version: row, created } = store().restoreVersion(documentId, version);
      return { version: row.number, created, doc: store().versionDoc(documentId, row.number) };
    },
  };
}
