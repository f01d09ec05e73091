// What an import stores, hashed: every importable file under the given folders imported into a new
// database (WORKER=1: with the analysis worker), then each table the import writes hashed — sources
// (the report with every removal), documents (titles, genres, outlines, text), the search's headings,
// passages, patterns, source texts, the trigram index. A change meant to keep every import's outcome (a speed change)
// shows it unchanged: run before and after, compare the lines.
//   WENGAO_SOFFICE=off npx tsx scripts/import-store-hash.ts test/fixtures ../shared/fixtures/import ../shared/genre
// test/fixtures is imported without hostile/ (files that test the import's time budget).
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFiles } from '../main/services/library/library.ts';
import { Store } from '../main/services/store/store.ts';

process.env.WENGAO_SOFFICE ??= 'off';

const expand = (d: string): string[] => (d.replace(/\/$/, '').endsWith('test/fixtures') ? readdirSync(d).filter((n) => n !== 'hostile').map((n) => join(d, n)) : [d]);
const tmp = mkdtempSync(join(tmpdir(), 'import-store-hash-'));
const store = new Store(join(tmp, 'x.db'));
try {
  const s = await importFiles(store, process.argv.slice(2).flatMap(expand), undefined, { worker: process.env.WORKER === '1' });
  const db = store.db;
  const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);
  const table = (sql: string) => hash(db.prepare(sql).raw().all());
  console.log(`files ${s.files.length} imported ${s.imported} dup ${s.duplicates} failed ${s.failed} docs ${s.documents}`);
  console.log('summary', hash(s.files.map((f) => ({ ...f, sourceId: undefined }))));
  console.log('sources', table(`SELECT id, path, name, format, encoding, bytes, hash, report_json, pending FROM library_sources ORDER BY id`));
  console.log('documents', table(`SELECT * FROM library_documents ORDER BY id`));
  console.log('headings', table(`SELECT * FROM library_headings ORDER BY document_id`));
  console.log('passages', table(`SELECT * FROM passages ORDER BY id`));
  console.log('patterns', table(`SELECT * FROM patterns ORDER BY id`));
  console.log('texts', table(`SELECT * FROM library_source_text ORDER BY source_id, seq`));
  console.log('fts', table(`SELECT rowid FROM passages_fts WHERE passages_fts MATCH '工作' ORDER BY rowid`), db.prepare(`SELECT count(*) FROM passages_fts`).pluck().get());
} finally {
  store.close();
  rmSync(tmp, { recursive: true, force: true });
}
