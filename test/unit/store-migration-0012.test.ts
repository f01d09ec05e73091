// Migration 0012 (patterns per document): seeded at version 11 in memory, every pattern row is kept
// as it was, and the same heading may now be stored for a second document (it was refused by
// UNIQUE (pattern), the first document keeping it) but not twice for one document; a document's
// deletion still takes its patterns with it.
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../main/services/store/migrations/index.ts';
import { createDb, insertRows, migrateTo, readTable } from '../helpers/db.ts';

const now = 1_764_900_000_000;
const HEADING = '夯实基础，守牢X底线';

describe('migration 0012 (patterns per document)', () => {
  it('keeps every pattern, and lets a second document hold the same heading', () => {
    const db = createDb();
    migrateTo(db, 11);
    insertRows(db, 'library_sources', [{ path: '/tmp/b.txt', name: 'b.txt', format: 'txt', encoding: 'utf-8', bytes: 10, hash: 'h1', report_json: { removed: [] }, imported_at: now, pending: null, purged_json: [] }]);
    insertRows(db, 'library_documents', [
      { source_id: 1, seq: 1, title: '在苇塘镇护坡工作会议上的讲话', genre: 'speech', year: null, salutation: null, closing: null, outline_json: [], meta_json: {}, cleaned_text: '正文', removed_at: now },
      { source_id: 1, seq: 2, title: '在芦湾乡护坡工作会议上的讲话', genre: 'speech', year: null, salutation: null, closing: null, outline_json: [], meta_json: {}, cleaned_text: '正文二', removed_at: null },
    ]);
    insertRows(db, 'patterns', [
      { pattern: HEADING, level: 1, source: '在苇塘镇护坡工作会议上的讲话', document_id: 1 },
      { pattern: '压紧压实责任', level: 2, source: '在苇塘镇护坡工作会议上的讲话', document_id: 1 },
    ]);
    expect(() => db.prepare(`INSERT INTO patterns (pattern, level, source, document_id) VALUES (?, 1, 'x', 2)`).run(HEADING)).toThrow(/UNIQUE/);
    const before = readTable(db, 'patterns');

    migrateTo(db, 12);
    expect(schemaVersion(db)).toBe(12);
    expect(readTable(db, 'patterns')).toEqual(before);
    db.prepare(`INSERT INTO patterns (pattern, level, source, document_id) VALUES (?, 1, '在芦湾乡护坡工作会议上的讲话', 2)`).run(HEADING);
    expect(() => db.prepare(`INSERT INTO patterns (pattern, level, source, document_id) VALUES (?, 1, 'x', 2)`).run(HEADING)).toThrow(/UNIQUE/);
    db.prepare(`DELETE FROM library_documents WHERE id = 1`).run();
    expect((readTable(db, 'patterns') as { document_id: number }[]).map((r) => r.document_id)).toEqual([2]);
  });
});
