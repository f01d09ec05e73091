// A document as the 范文库 stores it: its row of library_documents and its row of library_headings
// (what the search reads of its title and headings, migration 0010), inserted together by
// insertDocument — the one inserter of both since 0015 took the insert trigger away. What the rows
// hold beside the document's own fields (the JSON of its outline and meta, its body key, its heading
// lines) is pure work, done before the write by docRow: in the import's analysis worker where there
// is one (analyse-worker.ts), so that the writer thread, which bounds a pooled import, only inserts;
// analysed in the writer's own thread, the rows are made as they are written (there it gained nothing
// to make them with the analysis, and they were held until the batch was written).
import type Database from 'better-sqlite3';
import { headingLines } from '../../../core/outline/heading-lines.ts';
import type { CleanedDoc } from '../../../core/outline/index.ts';
import { bodyKey } from './same-body.ts';
import { prepared } from './statements.ts';

/** What a document's rows hold beside its own fields. */
export interface DocRow {
  outlineJson: string;
  metaJson: string;
  bodyKey: string | null;
  /** Its headings, one a line (library_headings.headings). */
  headings: string;
}

export function docRow(doc: CleanedDoc): DocRow {
  const meta = { subtitle: doc.subtitle, dateLine: doc.dateLine, speaker: doc.speaker, issuer: doc.issuer, truncated: doc.truncated, line: doc.line };
  return { outlineJson: JSON.stringify(doc.outline), metaJson: JSON.stringify(meta), bodyKey: bodyKey(doc.passages), headings: headingLines(doc.outline) };
}

/** Inserts a document of source `sourceId` at place `seq` in its file, with its heading row; its id. */
export function insertDocument(db: Database.Database, sourceId: number, seq: number, doc: CleanedDoc, row: DocRow = docRow(doc)): number {
  const id = Number(
    prepared(
      db,
      `INSERT INTO library_documents (source_id, seq, title, genre, year, salutation, closing, outline_json, meta_json, cleaned_text, body_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(sourceId, seq, doc.title, doc.genre, doc.year ?? null, doc.salutation ?? null, doc.closing ?? null, row.outlineJson, row.metaJson, doc.text, row.bodyKey).lastInsertRowid,
  );
  writeHeadings(db, id, sourceId, doc.title, row.headings);
  return id;
}

/** A document's row of library_headings, for a writer that inserts the document itself (a test's own rows). */
export function writeHeadings(db: Database.Database, documentId: number, sourceId: number, title: string, headings: string): void {
  prepared(db, `INSERT INTO library_headings (document_id, source_id, title, headings) VALUES (?, ?, ?, ?)`).run(documentId, sourceId, title, headings);
}
