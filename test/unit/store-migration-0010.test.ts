// Migration 0010 (library_headings): the titles and headings the 范文库 search reads, in a narrow
// table kept by triggers. Seeded at version 9 in memory: the migration fills it from every document
// (headings of every level, depth first; a document with no outline has none), leaves every other
// table as it was, and from then on an insert, an update, a delete of a document and the cascade
// from a deleted source keep it exact.
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../main/services/store/migrations/index.ts';
import { createDb, insertRows, migrateTo, readTable, tableNames } from '../helpers/db.ts';

const now = 1_763_900_000_000;
const node = (heading: string, children: unknown[] = [], runIn = false) => ({ level: 1, number: '一、', heading, runIn, role: '任务', children });

describe('migration 0010 (library_headings)', () => {
  it('holds each document’s title and headings, and follows every change to the documents', () => {
    const db = createDb();
    migrateTo(db, 9);
    insertRows(db, 'library_sources', [
      { path: '/tmp/a.txt', name: 'a.txt', format: 'txt', encoding: 'utf-8', bytes: 10, hash: 'h1', report_json: { removed: [] }, imported_at: now, pending: null },
      { path: '/tmp/b.txt', name: 'b.txt', format: 'txt', encoding: 'utf-8', bytes: 20, hash: 'h2', report_json: { removed: [] }, imported_at: now, pending: null },
    ]);
    insertRows(db, 'library_documents', [
      {
        source_id: 1,
        seq: 1,
        title: '在鹭洲镇渔港安全工作会议上的讲话',
        genre: 'speech',
        outline_json: [node('压实"三个一"责任', [node('船东是第一责任人', [], true)]), node('加强"渔港"巡查\\值守')],
        meta_json: {},
        cleaned_text: '正文一',
      },
      { source_id: 2, seq: 1, title: '鹭洲镇渔港会议纪要', genre: 'minutes', outline_json: [], meta_json: {}, cleaned_text: '正文二' },
    ]);
    const before = Object.fromEntries(tableNames(db).map((t) => [t, readTable(db, t)]));

    migrateTo(db, 10);
    expect(schemaVersion(db)).toBe(10);
    for (const [t, rows] of Object.entries(before)) expect(readTable(db, t), t).toEqual(rows);
    const headings = () => db.prepare(`SELECT document_id, source_id, title, headings FROM library_headings ORDER BY document_id`).all();
    expect(headings()).toEqual([
      { document_id: 1, source_id: 1, title: '在鹭洲镇渔港安全工作会议上的讲话', headings: '压实"三个一"责任\n船东是第一责任人\n加强"渔港"巡查\\值守' },
      { document_id: 2, source_id: 2, title: '鹭洲镇渔港会议纪要', headings: '' },
    ]);

    // Insert, update (title and outline), delete, and a source's cascade.
    insertRows(db, 'library_documents', [{ source_id: 2, seq: 2, title: '鹭洲镇休渔期工作安排', genre: 'other', outline_json: [node('休渔期管理')], meta_json: {}, cleaned_text: '正文三' }]);
    db.prepare(`UPDATE library_documents SET title = ?, outline_json = ? WHERE id = 2`).run('鹭洲镇渔港工作会议纪要', JSON.stringify([node('会议议定事项')]));
    expect(headings()).toEqual([
      expect.objectContaining({ document_id: 1 }),
      { document_id: 2, source_id: 2, title: '鹭洲镇渔港工作会议纪要', headings: '会议议定事项' },
      { document_id: 3, source_id: 2, title: '鹭洲镇休渔期工作安排', headings: '休渔期管理' },
    ]);
    db.prepare(`DELETE FROM library_documents WHERE id = 1`).run();
    expect(headings().map((r) => (r as { document_id: number }).document_id)).toEqual([2, 3]);
    db.prepare(`DELETE FROM library_sources WHERE id = 2`).run();
    expect(headings()).toEqual([]);
  });
});
