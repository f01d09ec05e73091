// 导入修改稿: an edited .docx read with its revisions and comments, matched to the version it was
// exported from, its changes listed with their authors; with the user's decisions, the result saved
// as a new version (kind 'imported', parent the version it was exported from, labelled with the
// file's name and its authors) together with its 批注. Nothing is written before every check passed.
import { docLines } from '../../../core/doc/text.ts';
import { applyDecisions, decider } from '../../../core/revision/apply.ts';
import { incomingChanges } from '../../../core/revision/incoming.ts';
import { rebuildDoc } from '../../../core/revision/rebuild.ts';
import type { Decisions, Incoming, ResultLine } from '../../../core/revision/types.ts';
import { explain } from '../store/errors.ts';
import { addComments, type NewComment } from '../store/review.ts';
import { immediate } from '../store/transaction.ts';
import type { Store } from '../store/store.ts';
import { matchVersion, RevisionError, type Match } from './match.ts';
import { readEditedDocx, type FileComment } from './read.ts';

export interface RevisionPreview {
  base: number;
  match: Match;
  incoming: Incoming;
  /** The 批注, each beside a paragraph of `incoming.paragraphs`. */
  comments: (FileComment & { para: number })[];
  /** Everyone who left a change or a comment, in order of appearance. */
  authors: string[];
}

export interface RevisionSaved extends RevisionPreview {
  version: number;
  created: boolean;
}

export interface RevisionOptions {
  /** The version the file was exported from, when the user chose it. */
  base?: number;
}

function authorsOf(incoming: Incoming, comments: readonly FileComment[]): string[] {
  return [...new Set([...incoming.changes.map((c) => c.author), ...comments.map((c) => c.author)])];
}

async function prepare(store: Store, documentId: number, bytes: Uint8Array, options: RevisionOptions) {
  const row = store.document(documentId);
  if (row.deletedAt !== null) throw new RevisionError('这份文稿在回收站中，请先恢复再导入修改稿');
  const file = await readEditedDocx(bytes);
  if (file.views.accepted.length === 0 && file.views.rejected.length === 0) throw new RevisionError('文件里没有文字');
  const match = matchVersion(store, documentId, file, options.base);
  const base = store.versionDoc(documentId, match.version);
  const incoming = incomingChanges(docLines(base), file.views);
  const paraOf = new Map<number, number>();
  incoming.paragraphs.forEach((p, k) => p.file !== undefined && !paraOf.has(p.file) && paraOf.set(p.file, k));
  const comments = file.comments.map((c) => ({ ...c, para: paraOf.get(c.line) ?? nearest(paraOf, c.line) }));
  return { file, base, match, incoming, comments, preview: { base: match.version, match, incoming, comments, authors: authorsOf(incoming, file.comments) } };
}

/** The paragraph of the nearest file line before `line` that has one (0 when none). */
function nearest(paraOf: ReadonlyMap<number, number>, line: number): number {
  for (let l = line; l >= 0; l--) {
    const p = paraOf.get(l);
    if (p !== undefined) return p;
  }
  return 0;
}

export async function previewRevision(store: Store, documentId: number, bytes: Uint8Array, options: RevisionOptions = {}): Promise<RevisionPreview> {
  return (await prepare(store, documentId, bytes, options)).preview;
}

/** Where a comment on file line `line` lands in the result: the result line that came from it, or the nearest one before. */
function anchorLine(lines: readonly ResultLine[], line: number): number {
  let best = 0;
  lines.forEach((l, k) => {
    if (l.file !== undefined && l.file <= line) best = k;
  });
  return best;
}

export async function importRevision(store: Store, documentId: number, name: string, bytes: Uint8Array, decisions: Decisions, options: RevisionOptions = {}): Promise<RevisionSaved> {
  const { base, match, incoming, comments, preview } = await prepare(store, documentId, bytes, options);
  const ids = new Set(incoming.changes.map((c) => c.id));
  for (const id of [...(decisions.accept ?? []), ...(decisions.reject ?? [])]) {
    if (!ids.has(id)) throw new RevisionError(`没有第 ${id} 处修改（这份文件共有 ${incoming.changes.length} 处修改）`);
  }
  const both = (decisions.accept ?? []).filter((id) => decisions.reject?.includes(id));
  if (both.length) throw new RevisionError(`第 ${both.join('、')} 处修改既被接受又被拒绝，请只选一种`);
  const lines = applyDecisions(incoming, decider(decisions.rest, decisions.accept, decisions.reject));
  const doc = rebuildDoc(base, lines);
  const authors = preview.authors;
  const label = `导入修改稿：${name}${authors.length ? `（${authors.join('、')}）` : ''}`.slice(0, 200);
  const kept: NewComment[] = comments.map((c) => ({ author: c.author, ...(c.date ? { date: c.date } : {}), text: c.text, quote: c.quote, line: anchorLine(lines, c.line) }));
  let saved: ReturnType<Store['saveVersion']>;
  try {
    saved = immediate(store.db, () => {
      const r = store.saveVersion(documentId, doc, 'imported', label, { parentNumber: match.version });
      addComments(store, documentId, r.version.number, name, kept, Date.now());
      return r;
    })();
  } catch (err) {
    throw explain(err, store.path);
  }
  return { ...preview, version: saved.version.number, created: saved.created };
}
