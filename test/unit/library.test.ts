// The 范文库 against a real database file: every shared document imports (the two-speech file as
// two documents, a GB18030 copy as the same text, a Word file with its list numbers), search finds
// phrases with the match marked and filters work (1–2 characters too), and every kind of bad input
// is refused with a Chinese message while the library stays exactly as it was.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importCommand, libraryCommand, outlineCommand, searchCommand } from '../../main/cli/library-commands.ts';
import { UserError } from '../../main/cli/errors.ts';
import { stdio } from '../../main/cli/stdio.ts';
import { EMPTY, NOT_TEXT, UNKNOWN_ENCODING } from '../../main/services/library/decode.ts';
import { NOT_DOCX, ZIP_BOMB } from '../../main/services/library/docx.ts';
import { MAX_FILE_BYTES } from '../../main/services/library/errors.ts';
import { workerAnalyser } from '../../main/services/library/analyser.ts';
import { analyseFileBytes, type Analysis } from '../../main/services/library/analysis.ts';
import { sourceText } from '../../main/services/library/write.ts';
import { writeHeadings } from '../../main/services/library/doc-row.ts';
import {
  DENSE,
  importFiles,
  indexPassages,
  LibraryError,
  libraryCounts,
  libraryDocuments,
  search,
  snippet,
  type FileResult,
  type SearchHit,
} from '../../main/services/library/library.ts';
import { Store } from '../../main/services/store/store.ts';
import { buildDocx, docxParts, documentXml, handZip } from '../helpers/docx-fixture.ts';
import { encodeGb18030, iconv } from '../helpers/encodings.ts';
import { SHARED } from '../helpers/examples.ts';

const GENRE = join(SHARED, 'genre');
const IMPORT = join(SHARED, 'fixtures', 'import');
const TWO_SPEECHES = join(GENRE, 'speech-cw-review-two.txt');

const tmp = mkdtempSync(join(tmpdir(), 'wengao-library-'));
let store: Store;
let results: FileResult[];

beforeAll(async () => {
  store = new Store(join(tmp, 'data', 'wengao.db'));
  results = (await importFiles(store, [GENRE, IMPORT])).files;
});

afterAll(() => {
  store?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const imported = (file: string) => {
  const r = results.find((x) => x.file.endsWith(file));
  if (r?.status !== 'imported') throw new Error(`${file}: ${JSON.stringify(r)}`);
  return r;
};

/** Every row of every library table, the index's rows and vocabulary: one hash for "unchanged". */
function libraryState(s: Store): { counts: Record<string, number>; hash: string } {
  const h = createHash('sha256');
  for (const t of ['library_sources', 'library_documents', 'passages', 'patterns']) h.update(JSON.stringify(s.db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
  h.update(JSON.stringify(s.db.prepare(`SELECT rowid FROM passages_fts ORDER BY rowid`).pluck().all()));
  h.update(JSON.stringify(s.db.prepare(`SELECT term, doc, cnt FROM passages_vocab`).all()));
  return { counts: libraryCounts(s), hash: h.digest('hex') };
}

describe('import of the shared documents', () => {
  it('imports every file of genre/ and fixtures/import/ (folders walked)', () => {
    expect(results.map((r) => `${r.file.split('/').pop()} ${r.status}`).sort()).toEqual([
      'gov-work-report-2000.txt imported',
      'gov-work-report-2010.txt imported',
      'gov-work-report-2025.txt imported',
      'report-waste-sorting.txt imported',
      'speech-cw-promotion.txt imported',
      'speech-cw-review-two.txt imported',
      'speech-living-environment.txt imported',
    ]);
    for (const r of results) if (r.status === 'imported') for (const d of r.documents) expect(d.passages, `${r.file} ${d.title}`).toBeGreaterThan(0);
  });

  it('the file with two speeches becomes two library documents', () => {
    const r = imported('speech-cw-review-two.txt');
    expect(r.documents).toHaveLength(2);
    expect(r.documents.map((d) => d.genre)).toEqual(['speech', 'speech']);
    const docs = libraryDocuments(store).filter((d) => r.documents.some((x) => x.id === d.id));
    expect(docs.map((d) => d.sourceName)).toEqual(['speech-cw-review-two.txt', 'speech-cw-review-two.txt']);
    for (const d of docs) expect(d.outline.length).toBeGreaterThan(0);
  });

  it('the speaker and date lines under a title are listed with the document, not lost', async () => {
    const file = join(tmp, 'speaker.txt');
    writeFileSync(file, ['在全区秋冬季安全生产工作会议上的讲话', '区长\u3000郑某某', '（2021年10月8日）', '同志们：', '今天开会，部署秋冬季安全生产工作。', '同志们，大家要抓好落实！'].join('\n'));
    const own = new Store(join(tmp, 'speaker', 'wengao.db'));
    try {
      const r = (await importFiles(own, [file])).files[0]!;
      if (r.status !== 'imported') throw new Error(JSON.stringify(r));
      // In the file's order: the speaker is printed over the date (tester s14; library-head-order).
      expect(libraryDocuments(own)[0]!.head).toEqual(['区长\u3000郑某某', '（2021年10月8日）']);
    } finally {
      own.close();
    }
  });

  it('stores the raw text and the removal report, and no advert or site note survives in a passage', () => {
    const r = imported('speech-living-environment.txt');
    const source = store.db.prepare(`SELECT report_json FROM library_sources WHERE id = ?`).get(r.sourceId) as { report_json: string };
    expect(sourceText(store.db, r.sourceId)).toBe(readFileSync(join(GENRE, 'speech-living-environment.txt'), 'utf8').replace(/\r\n?/g, '\n'));
    expect((JSON.parse(source.report_json) as { removed: unknown[] }).removed.length).toBeGreaterThan(0);
    const all = (store.db.prepare(`SELECT text FROM passages`).pluck().all() as string[]).join('\n');
    for (const noise of ['仅供学习', '会员', '新文秘网', 'wm114', '收藏《', 'http']) expect(all, noise).not.toContain(noise);
  });

  it('indexes every passage once, and harvests heading patterns with their source', () => {
    const counts = libraryCounts(store);
    expect(store.db.prepare(`SELECT count(*) FROM passages_fts`).pluck().get()).toBe(counts.passages);
    expect(counts.patterns).toBeGreaterThan(0);
    const p = store.db.prepare(`SELECT p.pattern, p.level, p.source, d.title FROM patterns p JOIN library_documents d ON d.id = p.document_id LIMIT 1`).get() as Record<string, unknown>;
    expect(p.level).toBeGreaterThanOrEqual(1);
    expect(typeof p.source).toBe('string');
  });

  it('a file imported again is recognised and not duplicated; the library is unchanged', async () => {
    const before = libraryState(store);
    const again = await importFiles(store, [GENRE]);
    expect(again.files.map((f) => f.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);
    expect(libraryState(store)).toEqual(before);
  });

  it('a GB18030-encoded copy imports to the same text', async () => {
    const original = imported('speech-living-environment.txt');
    const file = join(tmp, 'gbk', '人居环境讲话（GBK）.txt');
    mkdirSync(join(tmp, 'gbk'), { recursive: true });
    writeFileSync(file, encodeGb18030(readFileSync(join(GENRE, 'speech-living-environment.txt'), 'utf8')));
    const r = (await importFiles(store, [file])).files[0]!;
    expect(r.status).toBe('imported');
    if (r.status !== 'imported') return;
    expect(r.encoding).toBe('gb18030');
    const text = (id: number) => store.db.prepare(`SELECT cleaned_text FROM library_documents WHERE id = ?`).pluck().get(id);
    expect(text(r.documents[0]!.id)).toBe(text(original.documents[0]!.id));
    const passages = (id: number) => store.db.prepare(`SELECT seq, role, path, heading, text FROM passages WHERE document_id = ? ORDER BY seq`).all(id);
    expect(passages(r.documents[0]!.id)).toEqual(passages(original.documents[0]!.id));
  });

  it('a Word file keeps the 一、（一） of its automatic lists', async () => {
    const file = join(tmp, 'word', '安全生产讲话.docx');
    mkdirSync(join(tmp, 'word'), { recursive: true });
    const body = '要严格落实安全生产责任制，层层签订责任书，做到横向到边、纵向到底，确保各项措施落到实处。';
    writeFileSync(
      file,
      await buildDocx([
        { text: '在全县安全生产工作会议上的讲话' },
        { text: '同志们：' },
        { text: '今天召开这次会议，主要任务是总结去年工作，部署今年安全生产工作。下面，我讲三点意见。' },
        { text: '提高思想认识，增强做好安全生产工作的责任感', num: { id: 1, level: 0 } },
        { text: body },
        { text: '突出工作重点，全力抓好隐患排查整治', num: { id: 1, level: 0 } },
        { text: '抓好重点行业领域整治', num: { id: 1, level: 1 } },
        { text: body },
        { text: '强化执法检查', num: { id: 1, level: 1 } },
        { text: body },
        { text: '加强组织领导，确保各项工作落到实处', num: { id: 1, level: 0 } },
        { text: body },
        { text: '同志们，安全生产责任重于泰山。让我们以高度负责的精神，扎实做好各项工作。' },
      ]),
    );
    const r = (await importFiles(store, [file])).files[0]!;
    expect(r.status).toBe('imported');
    if (r.status !== 'imported') return;
    expect(r.encoding).toBe('docx');
    const doc = libraryDocuments(store).find((d) => d.id === r.documents[0]!.id)!;
    expect(doc.outline.map((n) => n.number + n.heading)).toEqual([
      '一、提高思想认识，增强做好安全生产工作的责任感',
      '二、突出工作重点，全力抓好隐患排查整治',
      '三、加强组织领导，确保各项工作落到实处',
    ]);
    expect(doc.outline[1]!.children.map((n) => n.number + n.heading)).toEqual(['（一）抓好重点行业领域整治', '（二）强化执法检查']);
  });

  it('reports progress per file, and lists unsupported files as skipped', async () => {
    const dir = join(tmp, 'mixed');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff]));
    writeFileSync(join(dir, '.hidden.txt'), '隐藏文件');
    // Windows's own files and Word's lock file: passed over, not listed (the s13 tester's c08).
    writeFileSync(join(dir, 'Thumbs.db'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    writeFileSync(join(dir, 'desktop.ini'), '[.ShellClassInfo]');
    writeFileSync(join(dir, '~$讲话稿.docx'), Buffer.from([0x06, 0x77]));
    writeFileSync(join(dir, 'sub', '笔记.md'), '# 学习笔记\n\n## 一、工作要求\n\n要**认真**学习会议精神，切实把思想和行动统一到会议部署上来。\n');
    const progress: string[] = [];
    const r = await importFiles(store, [dir], (done, total, file) => progress.push(`${done}/${total} ${file.split('/').pop()}`));
    expect(progress).toEqual(['1/1 笔记.md']);
    expect(r.files.map((f) => [f.file.split('/').pop(), f.status])).toEqual([
      ['photo.jpg', 'skipped'],
      ['笔记.md', 'imported'],
    ]);
    expect(r.files[0]).toMatchObject({ reason: '这是图片：范文库无法识别图片中的文字，请先用 OCR 软件识别成文字，或导入原文件' });
    const md = r.files[1]!;
    if (md.status === 'imported') {
      const passages = store.db.prepare(`SELECT text FROM passages WHERE document_id = ?`).pluck().all(md.documents[0]!.id) as string[];
      expect(passages.join('')).not.toMatch(/[#*]/);
    }
  });
});

describe('a folder of pages saved from a browser', () => {
  it('passes over each page\'s 「…_files」 folder: the pages import, none of its files is listed', async () => {
    const dir = join(tmp, 'saved-pages');
    // A page of its own (a fixture's copy would be a duplicate of the one imported above).
    const page = Buffer.concat([readFileSync(join(import.meta.dirname, '..', 'fixtures', 'collections', 'straw-speech-gbk.html')), Buffer.from('\n<!-- saved -->\n')]);
    mkdirSync(join(dir, '讲话_files'), { recursive: true });
    writeFileSync(join(dir, '讲话.html'), page);
    writeFileSync(join(dir, '讲话_files', 'jquery.min.js'), 'window.$ = function () {};');
    writeFileSync(join(dir, '讲话_files', 'style.css'), 'body { margin: 0 }');
    writeFileSync(join(dir, '讲话_files', 'saved_resource.html'), '<html><body><script>var a = 1;</script></body></html>');
    // A folder named so with no page beside it is the user's own, walked as any other.
    mkdirSync(join(dir, '材料_files'));
    writeFileSync(join(dir, '材料_files', 'notes.js'), 'var b = 2;');
    const r = await importFiles(store, [dir]);
    expect(r.files.map((f) => [basename(f.file), f.status])).toEqual([
      ['notes.js', 'skipped'],
      ['讲话.html', 'imported'],
    ]);
    expect(r.failed).toBe(0);
  });
});

describe('search', () => {
  const texts = () => store.db.prepare(`SELECT p.id, p.text, p.role, p.document_id, d.year FROM passages p JOIN library_documents d ON d.id = p.document_id`).all() as {
    id: number;
    text: string;
    role: string;
    document_id: number;
    year: number | null;
  }[];

  it('finds a known phrase, ranked, with the match marked in a ~60-character snippet', () => {
    const r = search(store, '国家卫生县城');
    expect(r.mode).toBe('fts');
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) {
      expect(h.snippet).toContain('【国家卫生县城】');
      expect([...h.snippet.replace(/[【】…]/g, '')].length).toBeLessThanOrEqual(62);
      expect(h.title).not.toBe(undefined);
      expect(h.text).toContain('国家卫生县城');
    }
    // Every passage that contains the phrase is found (with a large enough limit).
    const expected = texts().filter((t) => t.text.includes('国家卫生县城')).length;
    expect(search(store, '国家卫生县城', { limit: 500 }).hits).toHaveLength(Math.min(500, expected));
  });

  it('several words: all must occur (long ones by the index, short ones by LIKE)', () => {
    const r = search(store, '城乡环境 整治 县', { limit: 500 });
    expect(r.hits.length).toBeGreaterThan(0);
    for (const h of r.hits) for (const w of ['城乡环境', '整治', '县']) expect(h.text).toContain(w);
    expect(r.hits).toHaveLength(texts().filter((t) => ['城乡环境', '整治', '县'].every((w) => t.text.includes(w))).length);
  });

  it('filters by role, document and year', () => {
    const byRole = search(store, '工作', { role: '任务', limit: 100 });
    expect(byRole.hits.length).toBeGreaterThan(0);
    for (const h of byRole.hits) expect(h.role).toBe('任务');
    const docId = imported('gov-work-report-2010.txt').documents[0]!.id;
    const byDoc = search(store, '经济发展', { documentId: docId, limit: 100 });
    expect(byDoc.hits.length).toBeGreaterThan(0);
    for (const h of byDoc.hits) expect(h.documentId).toBe(docId);
    const year = libraryDocuments(store).find((d) => d.id === docId)?.year;
    expect(year, 'the 2010 report has its year').toBe(2010);
    const byYear = search(store, '经济', { year: year!, limit: 100 });
    expect(byYear.hits.length).toBeGreaterThan(0);
    for (const h of byYear.hits) expect(h.year).toBe(year);
    expect(search(store, '国家卫生县城', { year: 1900 }).hits).toEqual([]);
  });

  /** The passages but those a live document imported before holds too, in a document with the same body. */
  const listedOnce = () =>
    store.db
      .prepare(
        `SELECT p.id, p.text FROM passages p JOIN library_documents d ON d.id = p.document_id WHERE NOT EXISTS (
           SELECT 1 FROM passages q JOIN library_documents e ON e.id = q.document_id
           WHERE e.body_key = d.body_key AND e.id < d.id AND e.removed_at IS NULL AND q.path = p.path AND q.text = p.text)`,
      )
      .all() as { id: number; text: string }[];

  it('1–2 character queries: LIKE, the same passages as a plain scan (those of a copy once), ranked by position', () => {
    for (const q of ['创卫', '县', '罚', '垃圾', '％', 'G', '。']) {
      const all = search(store, q, { limit: 500 });
      expect(all.mode, q).toBe('like');
      // Hits by a heading or title (via) are checked in library-search-outline.test.ts.
      const r = { ...all, hits: all.hits.filter((h) => !h.via) };
      // A passage of a copy (the same speech in another file: same-body.ts) is listed once, from the first.
      const expected = listedOnce().filter((t) => t.text.toLowerCase().includes(q.toLowerCase()));
      if (expected.length <= 500) expect(new Set(r.hits.map((h) => h.passageId)), q).toEqual(new Set(expected.map((t) => t.id)));
      else expect(r.hits).toHaveLength(500);
      for (const h of r.hits) expect(h.snippet.toLowerCase(), q).toContain(`【${q.toLowerCase()}】`);
      const positions = r.hits.map((h) => h.text.toLowerCase().indexOf(q.toLowerCase()));
      expect(positions, q).toEqual([...positions].sort((a, b) => a - b));
    }
  });

  it('a 1–2 character string at the very end of a passage is found (the index pads every passage)', () => {
    const sample = texts().filter((_, i) => i % 37 === 0);
    for (const t of sample) {
      const tail = [...t.text].slice(-2).join('');
      const hits = search(store, tail, { documentId: t.document_id, limit: 500 }).hits;
      expect(hits.map((h) => h.passageId), `${t.id} …${tail}`).toContain(t.id);
    }
  });

  it('LIKE wildcards and FTS syntax in a query are taken literally', () => {
    for (const q of ['%', '_', '\\', '"', '经济"发展', 'AND OR NOT', '*经济*', '(一)', 'NEAR(a b)']) {
      const r = search(store, q, { limit: 500 });
      for (const h of r.hits) for (const w of q.split(' ')) expect((h.via === 'heading' ? h.heading! : h.via === 'title' ? h.title : h.text).toLowerCase(), q).toContain(w.toLowerCase());
    }
  });

  it('an empty query or an unknown role is refused in Chinese', () => {
    expect(() => search(store, '  \u3000 ')).toThrow(LibraryError);
    expect(() => search(store, '  ')).toThrow('请输入要查找的文字');
    expect(() => search(store, '经济', { role: '闲话' as never })).toThrow(/没有“闲话”这一部分/);
  });

  it('snippet: the window around the first match, every match inside it marked', () => {
    const text = '甲'.repeat(100) + '安全生产' + '乙'.repeat(10) + '安全生产' + '丙'.repeat(100);
    const s = snippet(text, ['安全生产']);
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s.match(/【安全生产】/g)).toHaveLength(2);
    expect(snippet('短文本中的安全', ['安全'])).toBe('短文本中的【安全】');
  });
});

describe('1–2 character search on a larger library: common terms scanned, rare ones looked up', () => {
  let big: Store;
  beforeAll(() => {
    big = new Store(join(tmp, 'big', 'wengao.db'));
    big.db.transaction(() => {
      big.db
        .prepare(`INSERT INTO library_sources (path, name, format, encoding, bytes, hash, report_json, imported_at) VALUES ('x', 'x', 'txt', 'utf-8', 0, 'h', '{}', 0)`)
        .run();
      const doc = big.db.prepare(`INSERT INTO library_documents (source_id, seq, title, genre, year, outline_json, meta_json, cleaned_text) VALUES (1, ?, ?, 'speech', ?, '[]', '{}', '')`);
      const put = big.db.prepare(`INSERT INTO passages (document_id, seq, role, path, heading, text) VALUES (?, ?, ?, '', NULL, ?)`);
      for (let d = 1; d <= 30; d++) {
        doc.run(d, `第${d}篇`, 2000 + (d % 3));
        writeHeadings(big.db, d, 1, `第${d}篇`, '');
        for (let k = 1; k <= 100; k++) {
          const n = d * 1000 + k;
          // 「县」 everywhere, at a position that varies; 「罕」 in five passages only.
          const text = `${'各'.repeat(n % 17)}全县第${n}段工作要求${k === 50 && d % 6 === 0 ? '，罕见情形' : ''}，抓好落实。`;
          put.run(d, k, k % 4 === 0 ? '任务' : '其他', text);
        }
      }
      indexPassages(big.db);
    })();
  });
  afterAll(() => big.close());

  it('a common character: enough hits, ranked by position, filters applied', () => {
    const estimate = big.db.prepare(`SELECT sum(doc) FROM passages_vocab WHERE term >= '县' AND term < '县\uffff'`).pluck().get() as number;
    expect(estimate).toBeGreaterThan(DENSE);
    const r = search(big, '县');
    expect(r.hits).toHaveLength(20);
    const positions = r.hits.map((h) => h.text.indexOf('县'));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions[0]).toBe(1);
    for (const h of search(big, '县', { role: '任务', year: 2001 }).hits) expect([h.role, h.year]).toEqual(['任务', 2001]);
    // Within one document every match is reachable.
    expect(search(big, '县', { documentId: 7, limit: 500 }).hits).toHaveLength(100);
  });

  it('a rare character: every passage that has it, from the index', () => {
    const r = search(big, '罕', { limit: 500 });
    const expected = big.db.prepare(`SELECT id FROM passages WHERE text LIKE '%罕%' ORDER BY id`).pluck().all();
    expect(r.hits.map((h) => h.passageId).sort((a, b) => a - b)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(search(big, '罕见').hits).toHaveLength(expected.length);
  });
});

describe('bad input: refused with a message, the library unchanged', () => {
  const bad = join(tmp, 'bad');
  const cases: { name: string; message: string | RegExp }[] = [];

  beforeAll(async () => {
    mkdirSync(bad, { recursive: true });
    const put = (name: string, data: Uint8Array | string, message: string | RegExp) => {
      writeFileSync(join(bad, name), data);
      cases.push({ name, message });
    };
    put('binary.txt', Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919 + 13) % 256)), NOT_TEXT);
    put('sqlite.txt', readFileSync(store.path).subarray(0, 8192), NOT_TEXT);
    put('empty.txt', '', EMPTY);
    put('blank.md', '\n\n  \u3000\n', EMPTY);
    put('not-a-zip.docx', '这是一份改了扩展名的文本文件，不是 Word 文档。', NOT_DOCX);
    put('bomb-declared.docx', handZip(docxParts(Buffer.from(documentXml([{ text: '正文' }])), 4_000_000_000)), ZIP_BOMB);
    const huge = Buffer.alloc(150 * 1024 * 1024, 0x20);
    Buffer.from('<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>').copy(huge, 0);
    put('bomb-lying.docx', handZip(docxParts(huge, 1_000_000)), ZIP_BOMB);
    const utf32 = Buffer.alloc(4 + 40 * 4);
    utf32.set([0xff, 0xfe, 0, 0]);
    [...'同志们：今天召开全县安全生产工作会议，主要任务是部署今年的工作。'].forEach((ch, i) => utf32.writeUInt32LE(ch.codePointAt(0)!, 4 + i * 4));
    put('utf32.txt', utf32, UNKNOWN_ENCODING);
    const sjis = iconv('これは日本語の文章です。今日はとても良い天気ですね。明日も晴れるでしょう。私たちは公園で散歩をしました。', 'SHIFT_JIS');
    if (sjis) put('shift-jis.txt', sjis, UNKNOWN_ENCODING);
    // Over the limit by 1 KB; written sparse-free but deleted as soon as the test is done.
    const big = Buffer.alloc(MAX_FILE_BYTES + 1024, '政');
    put('50MB.txt', big, /^文件过大（50\.0 MB），单个文件最大 50 MB$/);
  });

  afterAll(() => rmSync(bad, { recursive: true, force: true }));

  it('each bad file alone: the Chinese message, nothing written', async () => {
    for (const c of cases) {
      const before = libraryState(store);
      const r = await importFiles(store, [join(bad, c.name)]);
      expect(r.files, c.name).toHaveLength(1);
      const f = r.files[0]!;
      expect(f.status, c.name).toBe('failed');
      if (f.status === 'failed') expect(f.error, c.name).toMatch(typeof c.message === 'string' ? new RegExp(`^${c.message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) : c.message);
      expect(libraryState(store), c.name).toEqual(before);
    }
  });

  it('the whole folder with one good file among the bad: the good one imports, the bad ones change nothing', async () => {
    const good = join(bad, 'good.txt');
    writeFileSync(good, '在全县防汛工作会议上的讲话\n同志们：\n今天召开会议，部署今年防汛工作。\n一、提高认识\n防汛工作事关人民群众生命财产安全，各级各部门要高度重视。\n');
    const before = libraryCounts(store);
    const r = await importFiles(store, [bad]);
    const byName = Object.fromEntries(r.files.map((f) => [f.file.split('/').pop(), f.status]));
    expect(byName['good.txt']).toBe('imported');
    for (const c of cases) expect(byName[c.name], c.name).toBe('failed');
    const after = libraryCounts(store);
    expect(after.sources).toBe(before.sources + 1);
    expect(after.documents).toBe(before.documents + 1);
    rmSync(good);
  });

  it('a path that does not exist', async () => {
    const r = await importFiles(store, [join(tmp, 'nowhere.txt')]);
    expect(r.files).toEqual([{ file: join(tmp, 'nowhere.txt'), status: 'failed', error: '找不到文件或文件夹' }]);
  });
});

describe('CLI: import, search, library, outline', () => {
  const dataDir = join(tmp, 'cli-data');

  function capture<T>(fn: () => Promise<T> | T): Promise<{ value: T; stdout: string; stderr: string }> {
    let stdout = '';
    let stderr = '';
    const out = vi.spyOn(stdio, 'out').mockImplementation((s: string) => void (stdout += s));
    const err = vi.spyOn(stdio, 'err').mockImplementation((s: string) => void (stderr += s));
    return Promise.resolve()
      .then(fn)
      .then((value) => ({ value, stdout, stderr }))
      .finally(() => {
        out.mockRestore();
        err.mockRestore();
      });
  }

  it('outline prints the documents of a file as JSON, opening no database', async () => {
    const r = await capture(() => outlineCommand({}, [TWO_SPEECHES]));
    expect(r.value).toBe(0);
    const out = JSON.parse(r.stdout) as { documents: { title: string; outline: { level: number; number: string; heading: string; role: string }[] }[] };
    expect(out.documents).toHaveLength(2);
    for (const d of out.documents) {
      expect(d.outline.length).toBeGreaterThan(0);
      expect(Object.keys(d.outline[0]!).sort()).toEqual(['children', 'heading', 'level', 'number', 'role', 'runIn']);
    }
    await expect(outlineCommand({}, [join(tmp, 'nowhere.txt')])).rejects.toThrow(UserError);
  });

  it('import prints progress on stderr, a summary with removed-line counts on stdout; search and library read it back', async () => {
    const r = await capture(() => importCommand({ 'data-dir': dataDir }, [GENRE]));
    expect(r.value).toBe(0);
    expect(r.stderr).toContain('[4/4]');
    expect(r.stdout).toContain('已导入：');
    expect(r.stdout).toMatch(/清理删去 \d+ 行：/);
    expect(r.stdout).toContain('共 4 个文件：导入 4 个（5 篇文档）');

    const s = await capture(() => searchCommand({ 'data-dir': dataDir, json: true }, ['卫生县城']));
    const result = JSON.parse(s.stdout) as { hits: SearchHit[] };
    expect(result.hits.length).toBeGreaterThan(0);
    const text = await capture(() => searchCommand({ 'data-dir': dataDir, role: '任务' }, ['卫生县城']));
    expect(text.stdout).toContain('【卫生县城】');
    expect(() => searchCommand({ 'data-dir': dataDir, role: '闲话' }, ['卫生'])).toThrow(/--role：应为 开场、意义/);
    expect(() => searchCommand({ 'data-dir': dataDir, doc: '0' }, ['卫生'])).toThrow(/--doc：应为/);

    const lib = await capture(() => libraryCommand({ 'data-dir': dataDir }));
    expect(lib.stdout.split('\n').filter((l) => /^\d+\t/.test(l))).toHaveLength(5);
    const json = await capture(() => libraryCommand({ 'data-dir': dataDir, json: true }));
    expect((JSON.parse(json.stdout) as unknown[]).length).toBe(5);
  });

  it('import of a bad file: exit 2, the reason on stderr', async () => {
    const empty = join(tmp, 'empty-cli.txt');
    writeFileSync(empty, '');
    const r = await capture(() => importCommand({ 'data-dir': dataDir }, [empty]));
    expect(r.value).toBe(2);
    expect(r.stderr).toContain(`未导入：${empty}：文件为空`);
  });
});

describe('batches and the analysis worker', () => {
  /** What an import produced, without ids, paths or times: documents, passages and patterns by file. */
  const content = (s: Store, names: readonly string[]) =>
    names.map((name) => {
      const docs = s.db
        .prepare(
          `SELECT d.id, d.seq, d.title, d.genre, d.year, d.outline_json, d.cleaned_text, s.encoding, s.report_json FROM library_documents d JOIN library_sources s ON s.id = d.source_id WHERE s.name = ? ORDER BY s.id, d.seq`,
        )
        .all(name) as { id: number }[];
      return docs.map(({ id, ...d }) => ({
        ...d,
        passages: s.db.prepare(`SELECT seq, role, path, heading, text FROM passages WHERE document_id = ? ORDER BY seq`).all(id),
        patterns: s.db.prepare(`SELECT pattern, level, source FROM patterns WHERE document_id = ? ORDER BY id`).all(id),
      }));
    });
  const NAMES = [...readdirSync(GENRE), ...readdirSync(IMPORT)].filter((f) => f.endsWith('.txt'));

  it('a worker thread decodes and analyses to the same library, and refuses bad files with the same messages', async () => {
    const w = new Store(join(tmp, 'worker', 'wengao.db'));
    try {
      const dir = join(tmp, 'worker-bad');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
      writeFileSync(join(dir, 'not-a-zip.docx'), '不是 Word 文档');
      writeFileSync(join(dir, 'gbk.txt'), encodeGb18030(readFileSync(join(GENRE, 'speech-living-environment.txt'), 'utf8')));
      const r = await importFiles(w, [GENRE, IMPORT, dir], undefined, { worker: true });
      expect(r.imported).toBe(NAMES.length + 1);
      const errors = r.files.map((f) => (f.status === 'failed' ? f.error : f.status));
      expect(errors).toHaveLength(NAMES.length + 3);
      expect(errors.filter((e) => e.startsWith(NOT_TEXT) || e.startsWith(NOT_DOCX))).toHaveLength(2);
      expect(content(w, NAMES)).toEqual(content(store, NAMES));
      // Indexed when the import returns: every passage, and a phrase finds all that contain it.
      expect(w.db.prepare(`SELECT count(*) FROM passages_fts`).pluck().get()).toBe(libraryCounts(w).passages);
      const expected = w.db.prepare(`SELECT count(*) FROM passages WHERE text LIKE '%国家卫生县城%'`).pluck().get() as number;
      expect(expected).toBeGreaterThan(0);
      expect(search(w, '国家卫生县城', { limit: 500 }).hits).toHaveLength(expected);
    } finally {
      w.close();
    }
  });

  it('while it waits for the worker, the importing thread analyses small text files itself, to the same outcome', async () => {
    // Forty short files, as a scraped folder holds: the worker is handed two at a time; the thread
    // that waits for them takes the others from the end of the queue (analyser.ts).
    const texts = NAMES.map((n) => readFileSync(join(existsSync(join(GENRE, n)) ? GENRE : IMPORT, n)));
    const files = Array.from({ length: 40 }, (_, k) => Buffer.concat([texts[k % texts.length]!, Buffer.from(`\n${' '.repeat(k)}`)]));
    const analyser = workerAnalyser();
    try {
      const results = files.map((bytes) => analyser.analyse('txt', bytes));
      const shared: Analysis[] = [];
      for (const r of results) shared.push(await analyser.await(r));
      expect(analyser.analysedHere).toBeGreaterThan(0);
      expect(analyser.analysedHere).toBeLessThan(files.length);
      // As the import takes them (a worker's reply also carries its job's id).
      const outcome = (list: Analysis[]) => list.map(({ text, encoding, documents, report, patterns }) => JSON.stringify({ text, encoding, documents, report, patterns }));
      const alone = await Promise.all(files.map((bytes) => analyseFileBytes('txt', bytes)));
      const digest = (s: string) => createHash('sha256').update(s).digest('hex');
      expect(outcome(shared).map(digest)).toEqual(outcome(alone).map(digest));
    } finally {
      analyser.close();
    }
  });

  it('before the importing thread writes a batch, the worker is lent that many more files: it goes on meanwhile, and they are not taken back', async () => {
    // Session 15: during a batch's writes the worker had its two files and then waited (38 % of its
    // time idle on `wengao import` of 530 files). Twelve files queued, eight lent: the thread that
    // then waits takes back at most the other two (twelve less the eight and the two in flight).
    const texts = NAMES.map((n) => readFileSync(join(existsSync(join(GENRE, n)) ? GENRE : IMPORT, n)));
    const files = Array.from({ length: 12 }, (_, k) => Buffer.concat([texts[k % texts.length]!, Buffer.from(`\n${' '.repeat(k)}\t`)]));
    const analyser = workerAnalyser();
    try {
      await analyser.await(analyser.analyse('txt', files[0]!)); // the worker is up
      const lentAll = files.map((bytes) => analyser.analyse('txt', bytes));
      analyser.lend(files.length);
      for (const r of lentAll) await analyser.await(r);
      expect(analyser.analysedHere).toBe(0);
      const someLent = files.map((bytes) => analyser.analyse('txt', bytes));
      analyser.lend(8);
      const got = [];
      for (const r of someLent) got.push(await analyser.await(r));
      expect(analyser.analysedHere).toBeLessThanOrEqual(2);
      expect(got.map((a) => a.documents.length)).toEqual((await Promise.all(files.map((b) => analyseFileBytes('txt', b)))).map((a) => a.documents.length));
    } finally {
      analyser.close();
    }
  });

  it('a batch that fails at the database (disk full) is written again file by file: each file whole or not at all', async () => {
    const path = join(tmp, 'full', 'wengao.db');
    const empty = new Store(path);
    const pages = empty.db.pragma('page_count', { simple: true }) as number;
    empty.close();
    // Room for a few of the small files, not for everything. The seven files are one batch (under
    // 1 MB), which fails whole: any file imported was written again on its own.
    const full = new Store(path, { maxPages: pages + 60 });
    try {
      const r = await importFiles(full, [GENRE, IMPORT]);
      const imported = r.files.filter((f) => f.status === 'imported');
      const failed = r.files.filter((f) => f.status === 'failed');
      expect(imported.length).toBeGreaterThan(0);
      expect(failed.length).toBeGreaterThan(0);
      for (const f of failed) expect(f.status === 'failed' && f.error).toMatch(/磁盘空间不足/);
      // Exactly the files reported imported are there, indexed, and nothing of the others. (Patterns
      // left out: each is kept once, with the first document that has it, which depends on what failed.)
      const withoutPatterns = (c: ReturnType<typeof content>) => c.map((docs) => docs.map(({ patterns: _, ...d }) => d));
      const names = imported.map((f) => basename(f.file));
      expect(withoutPatterns(content(full, names))).toEqual(withoutPatterns(content(store, names)));
      expect(content(full, failed.map((f) => basename(f.file))).flat()).toEqual([]);
      const counts = libraryCounts(full);
      expect(counts.sources).toBe(imported.length);
      expect(full.db.prepare(`SELECT count(*) FROM passages_fts`).pluck().get()).toBe(counts.passages);
      for (const f of imported) {
        if (f.status !== 'imported') continue;
        const p = full.db.prepare(`SELECT text FROM passages WHERE document_id = ? ORDER BY seq LIMIT 1`).pluck().get(f.documents[0]!.id) as string;
        const phrase = [...p].slice(0, 6).join('');
        expect(search(full, phrase, { documentId: f.documents[0]!.id }).hits.length, phrase).toBeGreaterThan(0);
      }
      expect(full.db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      full.close();
    }
  });
});
