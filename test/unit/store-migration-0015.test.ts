// Migration 0015: library_headings (0010) without its insert trigger — the writer inserts a document's
// row there itself (library/doc-row.ts insertDocument), its headings computed before the write
// (core/outline/heading-lines.ts). Checked: after every migration no trigger on library_documents
// fires on an insert (a later rebuild must not bring 0010's back); a database upgraded from 14 keeps
// its headings and its update and delete triggers; a document imported (in this thread, and with the
// analysis worker) has the row the trigger gave — the same lines json_tree reads of its outline —
// and is found by a heading as before; the analysis worker hands the writer each document's rows made
// (doc-row.ts). Fixture: test/fixtures/library-headings (苇塘乡, invented).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { headingLines } from '../../core/outline/heading-lines.ts';
import { workerAnalyser } from '../../main/services/library/analyser.ts';
import { analyseFileBytes } from '../../main/services/library/analysis.ts';
import { docRow } from '../../main/services/library/doc-row.ts';
import { importFiles, search } from '../../main/services/library/library.ts';
import { LATEST_VERSION, schemaVersion } from '../../main/services/store/migrations/index.ts';
import { Store } from '../../main/services/store/store.ts';
import { createDb, insertRows, migrateTo, readTable } from '../helpers/db.ts';

const now = 1_765_000_000_000;
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'library-headings', 'weitang-grain-speech.txt');
const node = (heading: string, children: unknown[] = [], runIn = false) => ({ level: 1, number: '一、', heading, runIn, role: '任务', children });
/** The headings as 0010's triggers compute them from the outline's JSON. */
const BY_JSON_TREE = `coalesce((SELECT group_concat(j.value, char(10)) FROM json_tree(d.outline_json) j WHERE j.key = 'heading' AND j.type = 'text'), '')`;

const insertTriggers = (db: { prepare(sql: string): { pluck(): { all(): unknown[] } } }) =>
  (db.prepare(`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'library_documents'`).pluck().all() as string[]).filter((sql) =>
    /\b(BEFORE|AFTER|INSTEAD\s+OF)\s+INSERT\b/i.test(sql),
  );

const tmp = mkdtempSync(join(tmpdir(), 'wengao-headings-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('migration 0015 (library_headings written by the writer)', () => {
  it('leaves no insert trigger on library_documents after every migration', () => {
    const db = createDb();
    migrateTo(db, LATEST_VERSION);
    expect(insertTriggers(db)).toEqual([]);
    // The update and delete triggers stay.
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'library_documents' ORDER BY name`).pluck().all()).toEqual([
      'library_headings_delete',
      'library_headings_update',
    ]);
  });

  it('keeps the headings of a database upgraded from 14, and follows its updates and deletes', () => {
    const db = createDb();
    migrateTo(db, 14);
    expect(insertTriggers(db)).toHaveLength(1);
    insertRows(db, 'library_sources', [{ path: '/tmp/w.txt', name: 'w.txt', format: 'txt', encoding: 'utf-8', bytes: 10, hash: 'h1', report_json: { removed: [] }, imported_at: now, pending: null, purged_json: [] }]);
    const outline = [node('看清形势', [node('保障烘干能力', [], true)]), node('压实"责任"\\落实')];
    insertRows(db, 'library_documents', [{ source_id: 1, seq: 1, title: '在苇塘乡秋粮收储工作会议上的讲话', genre: 'speech', outline_json: outline, meta_json: {}, cleaned_text: '正文' }]);
    const before = readTable(db, 'library_headings');
    expect(before).toEqual([{ document_id: 1, source_id: 1, title: '在苇塘乡秋粮收储工作会议上的讲话', headings: '看清形势\n保障烘干能力\n压实"责任"\\落实' }]);

    migrateTo(db, 15);
    expect(schemaVersion(db)).toBe(15);
    expect(readTable(db, 'library_headings')).toEqual(before);
    expect(headingLines(outline)).toBe(before[0]!.headings);
    db.prepare(`UPDATE library_documents SET title = ? WHERE id = 1`).run('苇塘乡秋粮收储讲话');
    expect(db.prepare(`SELECT title, headings FROM library_headings WHERE document_id = 1`).get()).toEqual({ title: '苇塘乡秋粮收储讲话', headings: before[0]!.headings });
    db.prepare(`DELETE FROM library_sources WHERE id = 1`).run();
    expect(readTable(db, 'library_headings')).toEqual([]);
  });

  for (const worker of [false, true]) {
    it(`a document imported ${worker ? 'with the analysis worker' : 'in this thread'} has its heading row, and is found by a heading`, async () => {
      const store = new Store(join(tmp, `w${Number(worker)}`, 'wengao.db'));
      try {
        const { files } = await importFiles(store, [FIXTURE], undefined, { worker });
        expect(files[0]?.status).toBe('imported');
        const rows = store.db
          .prepare(`SELECT h.source_id = d.source_id AS same_source, h.title = d.title AS same_title, h.headings, ${BY_JSON_TREE} AS by_json FROM library_documents d LEFT JOIN library_headings h ON h.document_id = d.id`)
          .all() as { same_source: number; same_title: number; headings: string; by_json: string }[];
        expect(rows).toHaveLength(1);
        expect(rows[0]).toMatchObject({ same_source: 1, same_title: 1 });
        expect(rows[0]!.headings).toBe(rows[0]!.by_json);
        expect(rows[0]!.headings.split('\n')).toEqual(['看清形势，把握收储工作的主动权', '突出重点，抓好收储关键环节', '保障烘干能力', '规范收购秩序', '压实责任，确保"颗粒归仓"\\落到实处']);
        const { hits } = search(store, '规范收购秩序');
        expect(hits[0]?.heading).toBe('规范收购秩序');
      } finally {
        store.close();
      }
    });
  }
});

describe('the rows the writer stores, made by the analysis worker', () => {
  it('a worker’s analysis carries each document’s rows; one made in this thread carries none (the writer makes them)', async () => {
    const bytes = readFileSync(FIXTURE);
    const analyser = workerAnalyser();
    try {
      const fromWorker = await analyser.await(analyser.analyse('txt', bytes));
      expect(fromWorker.rows).toEqual(fromWorker.documents.map((d) => docRow(d)));
      expect(fromWorker.rows![0]!.headings).toBe('看清形势，把握收储工作的主动权\n突出重点，抓好收储关键环节\n保障烘干能力\n规范收购秩序\n压实责任，确保"颗粒归仓"\\落到实处');
      expect((await analyseFileBytes('txt', bytes)).rows).toBeUndefined();
    } finally {
      analyser.close();
    }
  });
});

describe('headingLines (the lines json_tree gave)', () => {
  it('agrees with json_tree on nested, empty and odd outlines', () => {
    const db = createDb();
    const cases: unknown[] = [
      [],
      [node('一级', [node('二级', [node('三级')]), node('')]), node('尾')],
      [{ heading: 5, children: [{ heading: '数字之下' }] }, { children: [], heading: '键在后' }],
      [{ heading: { heading: '对象里的' } }, { note: { heading: '别处的' } }, '散字'],
      [node('含\n换行与"引号"、\\反斜杠、𠀾与emoji🌾')],
    ];
    for (const c of cases) {
      const json = JSON.stringify(c);
      const sql = db.prepare(`SELECT ${BY_JSON_TREE.replace('d.outline_json', '?')}`).pluck().get(json);
      expect(headingLines(c), json).toBe(sql);
    }
  });
});
