// Migration 0013 (a document's body keyed, to tell copies of one speech apart: library/same-body.ts):
// seeded at version 12 in memory, the documents already in the library are keyed from their
// passages — two with the same passages (spaces and full-width forms aside) alike, another and a
// short one not — and no other row changes.
import { describe, expect, it } from 'vitest';
import { schemaVersion } from '../../main/services/store/migrations/index.ts';
import { sameAsOf } from '../../main/services/library/same-body.ts';
import { createDb, insertRows, migrateTo, readTable } from '../helpers/db.ts';

const now = 1_764_900_000_000;
const PARA = '今年以来，全镇新建农村公路十二公里，改造危桥三座，建制村通客车率达到百分之百，群众出行条件明显改善；镇村两级落实路长制，每个建制村明确一名专职养护员，路面整洁、边沟畅通。';
const doc = (source: number, seq: number, title: string) => ({ source_id: source, seq, title, genre: 'speech', year: null, salutation: null, closing: null, outline_json: [], meta_json: {}, cleaned_text: '正文', removed_at: null });
const passage = (document: number, seq: number, text: string) => ({ document_id: document, seq, role: '成绩', path: '一', heading: null, text });

describe('migration 0013 (documents keyed by their body)', () => {
  it('keys the documents already there: copies alike, others apart', () => {
    const db = createDb();
    migrateTo(db, 12);
    insertRows(db, 'library_sources', [
      { path: '/tmp/a.docx', name: 'a.docx', format: 'docx', encoding: 'docx', bytes: 10, hash: 'h1', report_json: { removed: [] }, imported_at: now, pending: null, purged_json: [] },
      { path: '/tmp/b.html', name: 'b.html', format: 'html', encoding: 'utf-8', bytes: 10, hash: 'h2', report_json: { removed: [] }, imported_at: now, pending: null, purged_json: [] },
    ]);
    insertRows(db, 'library_documents', [doc(1, 1, '在全镇交通工作会议上的讲话'), doc(1, 2, '短讯'), doc(2, 1, '镇长在全镇交通工作会议上的讲话'), doc(2, 2, '在全镇农业工作会议上的讲话')]);
    insertRows(db, 'passages', [
      passage(1, 1, PARA),
      passage(1, 2, PARA.replace('十二', '十三')),
      passage(2, 1, '会议定于明天召开。'),
      // The web page's copy: the same paragraphs with a space and half-width forms.
      passage(3, 1, `${PARA.slice(0, 10)} ${PARA.slice(10).replace('，', ',')}`),
      passage(3, 2, PARA.replace('十二', '十三')),
      passage(4, 1, PARA),
      passage(4, 2, PARA.replace('农村公路', '高标准农田')),
    ]);
    const before = readTable(db, 'passages');

    migrateTo(db, 13);
    expect(schemaVersion(db)).toBe(13);
    const keys = readTable(db, 'library_documents').map((r) => r.body_key);
    expect(keys[0]).toMatch(/^[0-9a-f]{40}$/);
    expect(keys[2]).toBe(keys[0]);
    expect(keys[1]).toBeNull();
    expect(keys[3]).not.toBe(keys[0]);
    expect(readTable(db, 'passages')).toEqual(before);
    expect([...sameAsOf(db, [1, 2, 3, 4])]).toEqual([[3, { documentId: 1, title: '在全镇交通工作会议上的讲话', sourceName: 'a.docx' }]]);
  });
});
