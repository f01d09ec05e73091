// Which stored version an edited .docx came from: its identity (identity.ts) when the file still
// carries it and it fits this database, else the version whose text is most like what the reviewer
// was given (the file with every revision rejected). A file that came from another document is
// named as such rather than merged into this one.
import { similarity } from '../../../core/doc/diff.ts';
import { docLines } from '../../../core/doc/text.ts';
import { StoreError } from '../store/errors.ts';
import type { Store } from '../store/store.ts';
import type { EditedFile } from './read.ts';

/** A problem with an edited file the user can act on (another document's file, no likely version). */
export class RevisionError extends StoreError {
  constructor(message: string) {
    super(message);
    this.name = 'RevisionError';
  }
}

export interface Match {
  version: number;
  by: 'identity' | 'similarity' | 'chosen';
  /** Share of characters in common with the version (similarity only). */
  score?: number;
  /** The most likely versions by similarity, best first, to choose another from. */
  candidates: { version: number; score: number }[];
}

/** Below this share of characters in common a file is not taken for an edit of a version. */
export const MIN_SIMILARITY = 0.5;
/** How many versions, newest first, are compared (autosaves other than the newest left out). */
const MAX_COMPARED = 60;

/** A cheap likeness of two texts by whole lines in common: narrows the versions before characters are compared. */
function lineLikeness(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const l of a) counts.set(l, (counts.get(l) ?? 0) + 1);
  let shared = 0;
  for (const l of b) {
    const n = counts.get(l);
    if (!n) continue;
    shared++;
    counts.set(l, n - 1);
  }
  return a.length + b.length === 0 ? 1 : (2 * shared) / (a.length + b.length);
}

function ranked(store: Store, documentId: number, given: readonly string[], compared = MAX_COMPARED): { version: number; score: number }[] {
  const rows = store.history(documentId);
  const newest = rows[rows.length - 1]?.number;
  const versions = rows
    .filter((v) => v.kind !== 'autosave' || v.number === newest)
    .slice(-compared)
    .map((v) => ({ version: v.number, lines: docLines(store.versionDoc(documentId, v.number)) }));
  const shortlist = versions
    .map((v) => ({ ...v, likeness: lineLikeness(v.lines, given) }))
    .sort((a, b) => b.likeness - a.likeness || b.version - a.version)
    .slice(0, 3);
  const text = given.join('\n');
  return shortlist.map((v) => ({ version: v.version, score: similarity(v.lines.join('\n'), text) })).sort((a, b) => b.score - a.score || b.version - a.version);
}

function title(store: Store, documentId: number): string {
  return store.document(documentId).title;
}

export function matchVersion(store: Store, documentId: number, file: EditedFile, chosen?: number): Match {
  const given = file.views.rejected.map((l) => l.text);
  if (chosen !== undefined) {
    store.versionRow(documentId, chosen);
    return { version: chosen, by: 'chosen', candidates: ranked(store, documentId, given) };
  }
  const id = file.identity;
  if (id) {
    const rows = (() => {
      try {
        return store.history(id.documentId);
      } catch {
        return [];
      }
    })();
    const exported = rows.find((v) => v.number === id.version && v.hash === id.hash) ?? rows.find((v) => v.hash === id.hash);
    if (exported && id.documentId === documentId) return { version: exported.number, by: 'identity', candidates: [] };
    if (exported) {
      throw new RevisionError(`这份文件导出自另一份文稿《${title(store, id.documentId)}》（第 ${exported.number} 版），不是本文稿的修改稿。请打开那份文稿再导入`);
    }
  }
  const candidates = ranked(store, documentId, given);
  const best = candidates[0];
  if (best && best.score >= MIN_SIMILARITY) return { version: best.version, by: 'similarity', score: best.score, candidates };
  // Not this document's: say whose it looks like, if any.
  for (const d of store.listDocuments()) {
    if (d.id === documentId) continue;
    const other = ranked(store, d.id, given, 3)[0];
    if (other && other.score >= MIN_SIMILARITY) {
      throw new RevisionError(`这份文件的内容与另一份文稿《${d.title}》（第 ${other.version} 版）相符，不是本文稿的修改稿。请打开那份文稿再导入`);
    }
  }
  const pct = Math.round((best?.score ?? 0) * 100);
  throw new RevisionError(`这份文件与本文稿的各个版本都相差很大（最多只有 ${pct}% 相同），看来不是本文稿的修改稿。如确是，请选定它所依据的版本后再导入`);
}
