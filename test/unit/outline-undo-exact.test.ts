// Undo brings back the chosen line and nothing else (issue 17, s14: the outside tester restored
// 「篇一」 of a 公众号 collection and got two other removals back and the piece untitled). For every
// collection fixture and every removal that took a whole line: analysed with that line kept, the
// other removals are exactly as before, the documents as many and titled as before, and the line's
// text is in a document. A collection's own title is the one exception by design: kept, it opens
// the first document (library-restore.test.ts); a PDF's page number kept is open (BY_DESIGN).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, type Removal } from '../../core/outline/index.ts';
import { rawLines, wholeLines } from '../../core/outline/undo.ts';
import { docToText } from '../../main/services/library/doc.ts';
import { formatOf, readFormat } from '../../main/services/library/read.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'collections');
const files = readdirSync(FIXTURES).filter((f) => formatOf(f) && !/^(?:scanned|encrypted)\.pdf$|\.wps$/.test(f));
/**
 * Not checked: a collection's title, kept, opens the first document by design; a PDF's page
 * number, kept, stands as a line between the halves of the paragraph that ran on over the page,
 * which it no longer joins, and so does the line standing for a scanned page (open: they would have
 * to stand apart from the text's flow); a line OCR misread, kept, is taken as it stands, unmended.
 */
const BY_DESIGN = new Set(['合集标题', '扫描页']);
const squeeze = (s: string) => s.replace(/\s+/g, '');
const key = (r: { line: number; reason: string; text: string }) => `${r.line}〔${r.reason}〕${r.text}`;

describe('undo of one removal brings back that line only', () => {
  for (const file of files) {
    it(file, async () => {
      const bytes = readFileSync(join(FIXTURES, file));
      const read = file.endsWith('.doc') ? await docToText(bytes, 'doc', { soffice: false }) : await readFormat(formatOf(file)!, bytes);
      const options = { debris: read.debris, headings: read.headings, notices: read.notices };
      const before = analyse(read.text, options);
      const lines = rawLines(read.text);
      const removedLines = (removed: readonly Removal[]) => [...new Set([...removed.map((x) => x.line), ...wholeLines(removed, lines).keys()])].sort((a, b) => a - b);
      for (const [line, reason] of wholeLines(before.report.removed, lines)) {
        // (A line inside a paragraph of several lines removed as one — a 后记's 「编者」 over its date — has no entry of its own.)
        const r = before.report.removed.find((x) => x.line === line) ?? { line, reason, text: lines[line - 1]! };
        if (BY_DESIGN.has(reason) || squeeze(r.text) !== squeeze(lines[line - 1]!)) continue;
        const after = analyse(read.text, { ...options, keep: [line] });
        const label = `${file} keep ${key(r)}`;
        // The same lines stay removed (a neighbour may be itemised or named another way: 广告 for 相关推荐).
        expect(removedLines(after.report.removed), label).toEqual(removedLines(before.report.removed).filter((x) => x !== line));
        expect(after.documents.map((d) => d.title), label).toEqual(before.documents.map((d) => d.title));
        // (A 目录's entry kept is an entry of the 目录 still: the outline's frame, not the text.)
        if (reason !== '目录') expect(squeeze(after.documents.map((d) => d.text).join('')), label).toContain(squeeze(lines[line - 1]!).slice(0, 12));
      }
    });
  }
});
