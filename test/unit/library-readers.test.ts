// The readers of PDF, old Word/WPS and saved web pages against a real database file: the collection
// fixtures import (a file that holds several documents as several), bad files of each kind are
// refused in Chinese with the library unchanged, a web page's chrome is in the report and can be
// restored like any removal, and a file misnamed .doc is read as what it is.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY, NOT_TEXT, UNKNOWN_ENCODING } from '../../main/services/library/decode.ts';
import { ENCRYPTED_DOC, NOT_DOC, docToText } from '../../main/services/library/doc.ts';
import { htmlToText } from '../../main/services/library/html.ts';
import { importFiles, libraryCounts, readTextFile, type FileResult } from '../../main/services/library/library.ts';
import { NOT_MHTML } from '../../main/services/library/mhtml.ts';
import { ENCRYPTED_PDF, NOT_PDF, SCANNED_PDF } from '../../main/services/library/pdf.ts';
import { RENAMED_TEXT } from '../../main/services/library/renamed.ts';
import { restoreRemoved, sourceReview } from '../../main/services/library/review.ts';
import { Store } from '../../main/services/store/store.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'collections');
const fixture = (name: string) => join(FIXTURES, name);
const tmp = mkdtempSync(join(tmpdir(), 'wengao-readers-'));
let store: Store;
let results: FileResult[];

beforeAll(async () => {
  process.env.WENGAO_SOFFICE = 'off';
  store = new Store(join(tmp, 'wengao.db'));
  results = (await importFiles(store, readdirSync(FIXTURES).filter((f) => f.includes('.') && !f.endsWith('.ts')).map(fixture))).files;
});

afterAll(() => {
  delete process.env.WENGAO_SOFFICE;
  store?.close();
  rmSync(tmp, { recursive: true, force: true });
});

const result = (name: string) => results.find((r) => r.file.endsWith(`/${name}`))!;

describe('import of every kind into a real library', () => {
  it('each fixture imports as its documents; the .wps is the .doc again (a duplicate)', () => {
    const counts = Object.fromEntries(results.filter((r) => r.status === 'imported').map((r) => [r.file.split('/').pop(), r.status === 'imported' ? r.documents.length : 0]));
    expect(counts).toEqual({
      // Session 26 imp's: a speech, then three 提纲 with no date line under their titles; a 致辞 with no parts, then a speech's title over 「一、」.
      'undated-outlines-no-head.txt': 4,
      'partless-speech-parts-next.txt': 2,
      // Two 纪要 under their 版头 「会议纪要」 over a bare number 「〔2026〕2号」 (the issuing office under it or not).
      'bare-number-minutes-heads.txt': 2,
      // Three speeches with no blank lines, a speaker's line with its date right over each opening.
      'speaker-date-glued-openings.txt': 3,
      // An OCR app's lines cut at one width, paragraphs indented: headings on two lines, a line cut after 「…总结」.
      'ocr-lines-wrapped-headings.txt': 2,
      // A PDF printed from a browser: no indents, no spacing; 「一要」 after a full line ending with 「。」.
      'flush-items-speech.pdf': 1,
      // Sections titled only in their first-page headers, the date line under the title there.
      'header-dated-speeches.docx': 2,
      // An office platform's page: the properties table (成文日期) over the speech.
      'oa-page-made-date.html': 1,
      // Session 25 imp's: a 发言提纲 of headings only (kept with its outline, as the two 提纲 under piece marks now are).
      'water-brief-outline-only.txt': 1,
      'marked-outlines-no-text.txt': 2,
      // A title glued on after the thanks, over 「今天，我们…召开」 (no salutation).
      'glued-title-convening-speeches.txt': 2,
      // Two short speeches with no parts, the second with no salutation under its title.
      'short-speeches-no-parts.txt': 2,
      // A register in Word, one speech a row: title, speaker and date in the left cell, the text in the right.
      'row-speeches-register.docx': 3,
      // Three 提纲 with their date lines and no text, no piece marks.
      'dated-outlines-no-marks.txt': 3,
      // Page numbers 「· 2 ·」 and the running header in the middle of a paragraph.
      'dot-page-marks-speech.txt': 1,
      // A knowledge base's book exported as .md: 「::: tip」 boxes, folding 「<details>」 boxes.
      'kb-book-boxes-speeches.md': 2,
      // One speech with the chair's closing after it.
      'single-speech-chair-close.txt': 1,
      // Session 24 imp's (the s24 outside test's shapes in our own words): speeches glued with no blank line, captions of
      // pictures, a note vault's speech, a meeting's materials with the chair's script, a title wrapped over a blank line,
      // an editors' note over a 公众号 article's speeches.
      'glued-speeches-no-blank.txt': 3,
      'caption-speeches-pictures.txt': 2,
      'vault-note-speech.md': 1,
      'meeting-materials-chair.txt': 3,
      'wrapped-title-blank-lines.txt': 2,
      'editors-note-speeches.txt': 2,
      // Session 24 imp2's: a 汇编 whose titles Word's list numbers, on new pages; 纪要 of a numbered series under their 版头.
      'auto-numbered-speeches.docx': 3,
      'minutes-issues-masthead.txt': 2,
      // Session 23 imp's: speeches copied from a government site's page (a breadcrumb over each); speeches under their 提纲.
      'web-paste-breadcrumb-speeches.txt': 2,
      'outline-points-speeches.txt': 3,
      'wiki-export-speech.md': 1,
      // Session 22 imp2's: 纪要 under their 版头, a memo above a speech, a paragraph cut by a page, a name line's full-width space in a PDF.
      'forest-minutes-redhead-marks.txt': 2,
      'flood-memo-todo-speech.md': 2,
      'toilet-speech-page-cut.txt': 1,
      'name-space-speech.pdf': 1,
      // Session 21 imp's: a 汇编 in parts, a chat export, news reports beside speeches, 提纲 with bullets, a record book, slogan titles.
      // Session 22 imp's: main titles with their subtitles (on one line and apart).
      'exchange-speeches-subtitled.txt': 4,
      'village-records-ranked.txt': 3,
      'header-wide-speech.pdf': 1,
      'header-close-speech.pdf': 1,
      'flood-speeches-first-unmarked.txt': 3,
      'greening-compilation-parts.txt': 5,
      'flood-speeches-chat-export.txt': 2,
      'grain-speeches-chat-qq.txt': 2,
      'fire-news-speeches.txt': 4,
      'drought-outlines-bullets.txt': 2,
      'town-record-book.txt': 3,
      'farming-speeches-slogan-marks.txt': 3,
      'flood-records.txt': 6,
      'housing-speeches-fanwen-themed.html': 3,
      'food-speeches-numbered-third.txt': 3,
      'portal-speech-layout-gb2312.htm': 1,
      'portal-speech-rows-gb2312.htm': 1,
      'heating-compilation-cover-afterword.docx': 3,
      'market-speeches-no-salutation.txt': 3,
      'river-speeches-named-titles.txt': 2,
      'town-minutes-ellipsis-rule.txt': 2,
      'year-footer-speech.pdf': 1,
      'toilet-speech-submitted-tail.txt': 1,
      'figures-footer-speech.pdf': 1,
      'notice-annex-speeches.txt': 3,
      'drought-speeches-numbered-theme.md': 3,
      'flood-speech-page.mhtml': 1,
      'flood-speeches-numbered.txt': 3,
      'insurance-speeches-untitled-rules.md': 3,
      'gas-speeches-contents.txt': 8,
      'school-speeches-title-notes.txt': 2,
      'head-blocks.txt': 4,
      'heating-speeches-site-tails.txt': 2,
      'materials.docx': 3,
      'records-page.html': 3,
      'renovation-speech.doc': 1,
      'renovation-speeches.md': 5,
      'straw-speech-gbk.html': 1,
      'straw-speech.pdf': 1,
      'safety-speeches-marked.txt': 5,
      'petition-speeches-gbk.txt': 4,
      'county-speeches-title-block.docx': 4,
      'economy-speeches-gb2312.html': 4,
      'minutes-page.htm': 4,
      'speeches-compilation.pdf': 5,
      'speeches-compilation.doc': 5,
      'fire-speeches-fanwen.txt': 3,
      'election-speeches-rules.txt': 3,
      'flood-speeches-articles.html': 3,
      'numbered-lists.doc': 1,
      'flood-speeches-bracketed-gbk.txt': 5,
      'rural-speeches-headed.md': 4,
      'town-speeches-numbered.txt': 3,
      'civility-speeches-page.mhtml': 3,
      'livelihood-speeches-contract.docx': 5,
      'farmland-speeches-wenku.txt': 3,
      'drowning-speeches-wechat.html': 3,
      'economy-compilation-cover-toc.docx': 4,
      'river-speeches-heading-styles.docx': 3,
      'executive-minutes-redhead.doc': 3,
      'drug-speeches-end-marks.txt': 4,
      'party-speeches-gb18030.txt': 3,
      'leaders-compilation-scanned-page.pdf': 4,
      'pledge-speeches-52.txt': 52,
      'tech-speeches-two-column.pdf': 2,
      'three-column-bulletin.pdf': 1,
      'mirrored-margin-speeches.pdf': 2,
      'petition-minutes-br-gbk.html': 3,
      'spring-materials-notice.docx': 4,
      'water-minutes-redhead.txt': 5,
      'straw-speeches-styled.docx': 2,
      'ocr-speeches-scanned.txt': 3,
      'printed-speeches-glued.pdf': 3,
      'oa-forms-speeches.doc': 3,
      'wechat-speeches-article.mhtml': 2,
      'mail-speech-attached.eml': 2,
      'mail-speech-body.eml': 1,
      'hidden-notes-speeches.rtf': 2,
      'watermark-speeches.pdf': 2,
      'flat-watermark-speeches.pdf': 2,
      'flat-watermark-speeches.docx': 2,
      'untitled-speeches-page-breaks.docx': 4,
      'wechat-pieces-page.html': 3,
      'two-column-landscape-speeches.pdf': 3,
      'winter-minutes-colophon.txt': 2,
      'winter-minutes-notice-traditional.txt': 2,
      'road-speeches-report-words.docx': 2,
      'roads-speech-task-table-tabs.txt': 1,
      'county-reports-speeches-numbered.txt': 3,
      'flood-note-front-matter-tags.md': 1,
      'flood-notes-truncated-tags.md': 2,
      'town-minutes-quoted-speech.txt': 2,
      'lake-speeches-note-title.txt': 2,
      'township-committee-records.txt': 2,
      'bureau-record-form.docx': 1,
      'town-minutes-issuer-roll.txt': 2,
      'ocr-safety-speech-lookalikes.txt': 1,
      'baseline-notes-speech.pdf': 1,
      'enlist-speech-notice-big5.txt': 2,
      'cell-speeches-register.docx': 2,
      'straw-speech-plan.txt': 2,
      'redhead-notices-speeches.docx': 4,
      'revised-speeches-comments.docx': 2,
      'paged-speeches-footer.pdf': 2,
      'ledger-minutes-untitled.txt': 3,
      'archive-speeches-front-matter.md': 3,
      'doc88-speeches-watermark.txt': 2,
      'tourism-speeches-speaker-only.txt': 2,
      'register-speeches-table.docx': 3,
      'footnoted-speeches-a5.pdf': 2,
      'letterspaced-speeches.pdf': 2,
      'safety-speeches-docin-fields.txt': 2,
      'twoline-titles-annotations.docx': 2,
      'tourism-compilation-preface.txt': 2,
      'memo-export-speeches.txt': 2,
      'water-speeches-wenku-preview.txt': 2,
      'spring-farming-speech-wechat.html': 1,
      'running-title-speeches.pdf': 2,
      'school-speeches-series-subtitles.txt': 2,
      'village-speeches-short-titles.txt': 2,
      'header-titled-minutes.docx': 3,
      'rule-separated-untitled-speeches.md': 3,
      'plain-speeches-office.doc': 2,
      'lanting-reports-records-intro.txt': 3,
      'lanting-note-date-no-year.md': 1,
      'straw-speeches-spaced-marks.txt': 8,
      'straw-speeches-picked-html.html': 8,
    });
    expect(result('renovation-speech.wps').status).toBe('duplicate');
    expect(result('scanned.pdf')).toMatchObject({ status: 'failed', error: SCANNED_PDF });
    expect(result('encrypted.pdf')).toMatchObject({ status: 'failed', error: ENCRYPTED_PDF });
    const formats = store.db.prepare(`SELECT name, format, encoding FROM library_sources WHERE name IN ('straw-speech-gbk.html', 'straw-speech.pdf', 'flood-speech-page.mhtml', 'renovation-speech.doc') ORDER BY name`).all();
    expect(formats).toEqual([
      { name: 'flood-speech-page.mhtml', format: 'mhtml', encoding: 'utf-8' },
      { name: 'renovation-speech.doc', format: 'doc', encoding: 'doc' },
      { name: 'straw-speech-gbk.html', format: 'html', encoding: 'gb18030' },
      { name: 'straw-speech.pdf', format: 'pdf', encoding: 'pdf' },
    ]);
  });

  it("a web page's comments are in the report, and restoring them brings them back into the text", () => {
    const page = result('records-page.html');
    if (page.status !== 'imported') throw new Error('not imported');
    const review = sourceReview(store, page.sourceId);
    const comments = review.removed.find((r) => r.reason === '评论')!;
    expect(comments.text).toContain('网友甲');
    const documents = () => store.db.prepare(`SELECT cleaned_text FROM library_documents WHERE source_id = ? ORDER BY seq`).pluck().all(page.sourceId) as string[];
    expect(documents().join('\n')).not.toContain('网友甲');
    const after = restoreRemoved(store, page.sourceId, [comments.n]);
    expect(documents().join('\n')).toContain('网友甲');
    // The rest of the page's chrome stays removed: the reader's findings were kept with the source.
    expect(after.review.removed.map((r) => r.reason)).toEqual(expect.arrayContaining(['导航', '分享', '上一篇/下一篇', '版权声明']));
    expect(after.documents).toHaveLength(3);
  });

  it("a PDF's headers and page numbers are in the report as page furniture", () => {
    const pdf = result('straw-speech.pdf');
    if (pdf.status !== 'imported') throw new Error('not imported');
    const reasons = sourceReview(store, pdf.sourceId).removed.map((r) => `${r.reason}:${r.text}`);
    expect(reasons).toEqual(['页眉页脚:某某街道办事处领导讲话材料', '页码:— 1 —', '页眉页脚:某某街道办事处领导讲话材料', '页码:— 2 —', '页眉页脚:某某街道办事处领导讲话材料', '页码:— 3 —']);
  });

  it('a watermark set flat in large type on every page (PDF, and a .docx a converter wrote) is removed as 水印 once a page, nothing else with it', () => {
    for (const [name, pages] of [['flat-watermark-speeches.pdf', 7], ['flat-watermark-speeches.docx', 7]] as const) {
      const r = result(name);
      if (r.status !== 'imported') throw new Error(`${name} not imported`);
      const removed = sourceReview(store, r.sourceId).removed;
      expect(removed.map((x) => x.reason), name).toEqual(Array(pages).fill('水印'));
      expect(new Set(removed.map((x) => x.text.replace(/\s/g, '')))).toEqual(new Set(['岚江县政府办公室内部资料']));
    }
  });

  it('for a reader of the file (proofreading, import as a document) the chrome and page breaks are left out', async () => {
    const page = await readTextFile(fixture('straw-speech-gbk.html'));
    expect(page.text).not.toMatch(/网友评论|当前位置|版权所有/);
    expect(page.text).toContain('同志们：');
    const pdf = await readTextFile(fixture('straw-speech.pdf'));
    expect(pdf.text).not.toContain('\f');
  });
});

describe('bad files are refused in Chinese and change nothing', () => {
  const bad = (name: string, bytes: Uint8Array | string) => {
    const path = join(tmp, name);
    writeFileSync(path, bytes);
    return path;
  };
  const ole = readFileSync(fixture('renovation-speech.doc'));
  /** The same .doc with the FIB's fEncrypted flag set, as Word writes a password-protected file. */
  const encrypted = (() => {
    const copy = Buffer.from(ole);
    // The WordDocument stream starts on a 512-byte sector with the FIB's magic number, 0xA5EC.
    let fib = 0;
    while (fib < copy.length && !(copy[fib] === 0xec && copy[fib + 1] === 0xa5)) fib += 512;
    copy[fib + 0x0b]! |= 0x01;
    return copy;
  })();

  const cases: [string, Uint8Array | string, string | RegExp][] = [
    ['not-a.pdf', '这不是 PDF 文件，只是改了扩展名的文字。', `${NOT_PDF}（${RENAMED_TEXT}）`],
    ['text.doc', '在全县防汛工作会议上的讲话\n同志们：', `${NOT_DOC}（${RENAMED_TEXT}）`],
    ['broken.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage', NOT_PDF],
    ['empty.pdf', '', /文件为空/],
    ['random.doc', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)), NOT_DOC],
    ['locked.doc', encrypted, ENCRYPTED_DOC],
    ['locked.wps', encrypted, ENCRYPTED_DOC],
    ['empty.html', '', EMPTY],
    ['shift-jis.html', '<html><head><meta charset="shift_jis"></head><body><p>テキスト</p></body></html>', /无法识别的文字编码/],
    ['binary.htm', Buffer.from([0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e, ...Array.from({ length: 2000 }, (_, i) => i % 32)]), NOT_TEXT],
    ['no-page.mhtml', 'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nxx\r\n--b--\r\n', NOT_MHTML],
  ];

  it.each(cases)('%s', async (name, bytes, message) => {
    const before = libraryCounts(store);
    const r = (await importFiles(store, [bad(name, bytes)])).files[0]!;
    expect(r.status).toBe('failed');
    if (r.status === 'failed') expect(r.error).toMatch(message);
    expect(libraryCounts(store)).toEqual(before);
  });

  it('the unknown-encoding message names the charset the page declares', async () => {
    await expect(htmlToText(new TextEncoder().encode('<meta charset="koi8-r"><p>x</p>'))).rejects.toThrow(`${UNKNOWN_ENCODING}：网页声明的编码为 koi8-r`);
  });
});

describe('a file misnamed .doc is read as what it is', () => {
  it('a web page offered as 「Word 下载」, and a .docx renamed', async () => {
    const page = await docToText(readFileSync(fixture('records-page.html')), 'doc', { soffice: false });
    expect(page.text).toContain('燃气安全专项整治工作会议记录');
    expect(page.debris?.length).toBeGreaterThan(0);
    const docx = await docToText(readFileSync(fixture('materials.docx')), 'doc', { soffice: false });
    expect(docx.text).toContain('材料1：在全县防汛工作会议上的讲话');
  });
});
