// Migration 0014 (a 会议记录 is a genre of its own; the user's corrections of a document's 体裁 and
// title kept with it): seeded at version 13 in memory, library_documents is rebuilt with every row,
// id and column as it was, its indexes and 0010's heading triggers made again; it takes 'record' and
// corrected_json, and still refuses a genre it does not know.
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../main/services/store/migrations/index.ts';
import { createDb, insertRows, migrateTo, readTable } from '../helpers/db.ts';

const now = 1_764_900_000_000;
const doc = (source: number, seq: number, title: string, genre: string) => ({
  source_id: source,
  seq,
  title,
  genre,
  year: 2027,
  salutation: null,
  closing: null,
  outline_json: [{ heading: '关于春耕备耕工作', children: [] }],
  meta_json: { line: seq * 10 },
  cleaned_text: '正文',
  removed_at: seq === 2 ? now : null,
  body_key: `k${seq}`,
});

describe('migration 0014 (genre record, corrected_json)', () => {
  it('keeps every document as it was and takes the new genre', () => {
    const db = createDb();
    migrateTo(db, 13);
    insertRows(db, 'library_sources', [{ path: '/tmp/a.txt', name: 'a.txt', format: 'txt', encoding: 'utf-8', bytes: 10, hash: 'h1', report_json: { removed: [] }, imported_at: now, pending: null, purged_json: [] }]);
    insertRows(db, 'library_documents', [doc(1, 1, '澜沧乡党委会会议记录', 'minutes'), doc(1, 2, '在澜沧乡春耕会议上的讲话', 'speech')]);
    insertRows(db, 'passages', [{ document_id: 1, seq: 1, role: '任务', path: '一', heading: null, text: '种子化肥要在3月底前送到各村。' }]);
    const before = readTable(db, 'library_documents');
    const headings = readTable(db, 'library_headings');
    const passages = readTable(db, 'passages');

    migrateTo(db, 14);
    expect(schemaVersion(db)).toBe(14);
    expect(readTable(db, 'library_documents')).toEqual(before.map((r) => ({ ...r, corrected_json: null })));
    expect(readTable(db, 'library_headings')).toEqual(headings);
    expect(readTable(db, 'passages')).toEqual(passages);
    const indexes = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'library_documents' AND sql IS NOT NULL ORDER BY name`).pluck().all();
    expect(indexes).toEqual(['library_documents_by_body', 'library_documents_by_year', 'library_documents_removed']);

    db.prepare(`UPDATE library_documents SET genre = 'record', title = ?, corrected_json = ? WHERE id = 1`).run('澜沧乡党委会第3次会议记录', JSON.stringify({ genre: 'minutes', title: '澜沧乡党委会会议记录' }));
    // 0010's triggers follow the rebuilt table: the search's title is the new one.
    expect(db.prepare(`SELECT title FROM library_headings WHERE document_id = 1`).pluck().get()).toBe('澜沧乡党委会第3次会议记录');
    expect(() => db.prepare(`UPDATE library_documents SET genre = 'notice' WHERE id = 1`).run()).toThrow(/CHECK/);
    // The cascade from the source still reaches the documents and their passages.
    db.prepare(`DELETE FROM library_sources WHERE id = 1`).run();
    expect(readTable(db, 'library_documents')).toEqual([]);
    expect(readTable(db, 'passages')).toEqual([]);
    expect(readTable(db, 'library_headings')).toEqual([]);
  });
});
