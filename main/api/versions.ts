// A document's versions: list, save, read, compare, restore. Restoring writes a new version.
import { ApiError } from '../../core/api.ts';
import { diffDocs } from '../../core/doc/diff.ts';
import type { VersionRow } from '../services/store/store.ts';
import type { DomainSlice, Services } from './context.ts';

function versionSummary(v: VersionRow) {
  return { number: v.number, parentNumber: v.parentNumber, kind: v.kind, label: v.label, chars: v.chars, savedAt: v.savedAt };
}

export function versionHandlers({ store }: Services): DomainSlice<'versions'> {
  return {
    'versions.list': async ({ documentId }) => store().history(documentId).map(versionSummary),

    'versions.save': async ({ documentId, doc, kind, label }) => {
      const row = store().document(documentId);
      if (doc.kind !== row.kind) throw new ApiError('文稿类型与原文稿不一致', [`doc.kind：应为 ${row.kind}，实际为 ${doc.kind}`]);
      const { version, created, removed } = store().saveVersion(documentId, doc, kind, label?.trim() || undefined);
      return { version: version.number, created, ...(removed ? { removedChars: removed } : {}) };
    },

    'versions.get': async ({ documentId, version }) => ({ doc: store().versionDoc(documentId, version) }),

    'versions.diff': async ({ documentId, from, to }) => diffDocs(store().versionDoc(documentId, from), store().versionDoc(documentId, to)),

    'versions.restore': async ({ documentId, version }) => {
      const { version: row, created } = store().restoreVersion(documentId, version);
      return { version: row.number, created, doc: store().versionDoc(documentId, row.number) };
    },
  };
}
