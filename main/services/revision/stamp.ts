// 清样 of a stored document: the file says which version it is (identity.ts) and who made it. The
// text being exported is that of a version — the newest normally, since the editor saves before
// exporting; text no version has yet is saved as one first, so the identity always points at a
// version that exists.
import type { DocModel } from '../../../core/doc/model.ts';
import type { ExportOptions } from '../export/docx.ts';
import { userName } from '../store/review.ts';
import { toChunks } from '../store/snapshot.ts';
import type { Store } from '../store/store.ts';
import { identityProperties } from './identity.ts';

export async function stampOptions(store: Store, documentId: number, doc: DocModel): Promise<Pick<ExportOptions, 'properties' | 'author'>> {
  const row = store.document(documentId);
  const { hash } = toChunks({ ...doc, kind: row.kind });
  const history = store.history(documentId);
  const version = [...history].reverse().find((v) => v.hash === hash) ?? store.saveVersion(documentId, doc, 'saved', '导出清样').version;
  const author = userName(store);
  return { properties: identityProperties({ documentId, version: version.number, hash: version.hash }), ...(author ? { author } : {}) };
}
