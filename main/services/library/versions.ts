// A file imported again after she edited it (s19 screen tester's defect 1, s20 outside test c08): the
// new version takes the place of the one imported before instead of adding a copy of every piece.
//
// The version before is the last file imported from the same path; else (a copy in another folder, or
// an upload from the app, which always comes from a folder of its own) the last one of the same name,
// if at least half of its pieces are found again by their text (not by their titles alone). Its pieces and the new ones are matched by
// core/piece-match.ts (body, then title, then likeness; not by place). Then, in the transaction that
// writes the new version:
//  · each piece found again keeps what she chose for it — her title and 体裁 (correct.ts), its place
//    in the 回收站, its id (version-keep.ts) — and the old document is deleted (its place kept in its file's purged_json, as
//    bin.ts does, so that a re-analysis of the old file leaves it out);
//  · a piece she had deleted for good from the version before is deleted again (version-keep.ts);
//  · a piece that is no longer in the file is not deleted: it stays, and the import names it so that
//    she can remove it; the old file is deleted once none of its documents is left;
//  · her 拆分有误 cuts and merges and the removals she undid are carried to the lines of the new text
//    that read the same (carriedChoices), and the new version analysed with them.
import type Database from 'better-sqlite3';
import { basename } from 'node:path';
import { matchPieces, type Piece } from '../../../core/piece-match.ts';
import type { AnalyseOptions, CleanedDoc, DocGenre, ImportReport } from '../../../core/outline/index.ts';
import { placeKeys } from './bin.ts';
import { bodyKey } from './same-body.ts';
import { prepared } from './statements.ts';
import { dropPurged, takeId } from './version-keep.ts';
import type { WrittenDocument } from './written.ts';
import type { Previous, VersionReport } from './file-outcomes.ts';

export type { Previous, VersionReport } from './file-outcomes.ts';

/** The last live file imported from `path`, else the last of the same name (with a document left in the library). */
export function previousVersion(db: Database.Database, path: string): Previous | undefined {
  return prepared(
    db,
    `SELECT s.id, s.path FROM library_sources s WHERE s.pending IS NULL AND (s.path = ? OR s.name = ?)
       AND EXISTS (SELECT 1 FROM library_documents d WHERE d.source_id = s.id)
     ORDER BY s.path = ? DESC, s.id DESC LIMIT 1`,
  ).get(path, basename(path), path) as Previous | undefined;
}

/**
 * The review choices of the version before (kept lines, cuts, merges) moved to the lines of the new
 * text that read the same — of several, the nearest to where the line was; a line the new text no
 * longer has drops its choice. Undefined when there is nothing to carry.
 */
export function carriedChoices(db: Database.Database, previous: Previous, text: string, report: ImportReport): AnalyseOptions | undefined {
  const was = JSON.parse(prepared(db, `SELECT report_json FROM library_sources WHERE id = ?`).pluck().get(previous.id) as string) as ImportReport;
  if (!was.kept?.length && !was.cuts?.length && !was.joins?.length) return undefined;
  // (The stored text read here, not by write.ts's sourceText: write.ts calls supersede below.)
  const before = (prepared(db, `SELECT text FROM library_source_text WHERE source_id = ? ORDER BY seq`).pluck().all(previous.id) as string[]).join('').split(/\r\n|\n|\r/);
  const now = text.split(/\r\n|\n|\r/);
  const at = new Map<string, number[]>();
  now.forEach((l, k) => {
    const key = l.trim();
    if (key) at.set(key, [...(at.get(key) ?? []), k + 1]);
  });
  const move = (lines: readonly number[] | undefined) => {
    const out: number[] = [];
    for (const line of lines ?? []) {
      const same = at.get(before[line - 1]?.trim() ?? '');
      if (same) out.push(same.reduce((a, b) => (Math.abs(b - line) < Math.abs(a - line) ? b : a)));
    }
    return out.length ? [...new Set(out)].sort((a, b) => a - b) : undefined;
  };
  const [keep, cuts, joins] = [move(was.kept), move(was.cuts), move(was.joins)];
  if (!keep && !cuts && !joins) return undefined;
  return { keep, cuts, joins, debris: report.debris, headings: report.headings, notices: report.notices };
}

type Row = Record<string, unknown>;

/**
 * Inside the transaction that wrote the new version (`sourceId`, its documents `written` from
 * `documents`): matches it with the version before and carries her choices over (see above).
 * Undefined, and nothing changed, when the file is not a version of that one after all: one of the
 * same name from elsewhere sharing less than half of its pieces.
 */
export function supersede(db: Database.Database, previous: Previous, path: string, written: WrittenDocument[], documents: readonly CleanedDoc[]): VersionReport | undefined {
  const rows = prepared(db, `SELECT id, seq, title, genre, meta_json, corrected_json, removed_at, body_key, cleaned_text FROM library_documents WHERE source_id = ? ORDER BY seq`).all(previous.id) as Row[];
  const old: Piece[] = rows.map((r) => ({ title: (parse(r.corrected_json).title ?? r.title) as string, body: (r.body_key as string | null) ?? null, text: r.cleaned_text as string }));
  const fresh: Piece[] = documents.map((d) => ({ title: d.title, body: bodyKey(d.passages), text: d.text }));
  const match = matchPieces(old, fresh);
  const found = match.from.filter((k) => k >= 0).length;
  // A file of the same name from elsewhere is a version of it only when at least half of its pieces
  // are found again by their text: titles alone (「会议记录」, 「讲话稿」) say nothing of two files.
  const alike = match.alike.filter(Boolean).length;
  if (found === 0 || (previous.path !== path && 2 * alike < rows.length)) return undefined;
  const report: VersionReport = { previousSourceId: previous.id, unchanged: [], changed: [], added: [], gone: [] };
  const sourceId = written.length ? (prepared(db, `SELECT source_id FROM library_documents WHERE id = ?`).pluck().get(written[0]!.id) as number) : -1;
  const unmatched = match.from.flatMap((k, i) => (k < 0 ? [i] : []));
  const purgedAgain = dropPurged(db, previous.id, sourceId, written, documents, unmatched);
  const set = prepared(db, `UPDATE library_documents SET title = ?, genre = ?, corrected_json = ?, removed_at = ? WHERE id = ?`);
  const drop = prepared(db, `DELETE FROM library_documents WHERE id = ?`);
  const purged: string[][] = [];
  written.forEach((doc, i) => {
    const k = match.from[i]!;
    const fate = match.fate[i]!;
    const entry = () => ({ id: doc.id, title: doc.title });
    if (purgedAgain.has(i)) return;
    if (k < 0) return report.added.push(entry());
    const r = rows[k]!;
    const hers = parse(r.corrected_json);
    const title = hers.title !== undefined ? (r.title as string) : doc.title;
    const genre = hers.genre !== undefined ? (r.genre as DocGenre) : doc.genre;
    const was = { ...(title !== doc.title ? { title: doc.title } : {}), ...(genre !== doc.genre ? { genre: doc.genre } : {}) };
    set.run(title, genre, Object.keys(was).length ? JSON.stringify(was) : null, (r.removed_at as number | null) ?? null, doc.id);
    doc.title = title;
    doc.genre = genre;
    drop.run(r.id);
    takeId(db, doc, r.id as number);
    // Moved, not deleted by her: a version found by name later never takes it for one she deleted (version-keep.ts).
    purged.push([...placeKeys(r), `moved:${doc.id}`]);
    report[fate === 'unchanged' ? 'unchanged' : 'changed'].push(entry());
  });
  if (purgedAgain.size) {
    report.purged = [...purgedAgain].map((i) => ({ title: written[i]!.title }));
    for (const i of [...purgedAgain].sort((a, b) => b - a)) written.splice(i, 1);
  }
  for (const k of match.gone) if (rows[k]!.removed_at === null) report.gone.push({ id: rows[k]!.id as number, title: rows[k]!.title as string });
  const left = prepared(db, `SELECT count(*) FROM library_documents WHERE source_id = ?`).pluck().get(previous.id) as number;
  if (left === 0) prepared(db, `DELETE FROM library_sources WHERE id = ?`).run(previous.id);
  else {
    const before = JSON.parse(prepared(db, `SELECT purged_json FROM library_sources WHERE id = ?`).pluck().get(previous.id) as string) as string[][];
    prepared(db, `UPDATE library_sources SET purged_json = ? WHERE id = ?`).run(JSON.stringify([...before, ...purged]), previous.id);
  }
  return report;
}

function parse(json: unknown): { title?: string; genre?: DocGenre } {
  return typeof json === 'string' ? (JSON.parse(json) as { title?: string; genre?: DocGenre }) : {};
}
