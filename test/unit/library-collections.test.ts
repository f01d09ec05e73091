// Collections and new file types through the real readers and the analysis: every fixture in
// test/fixtures/collections (built by its build.ts from our own texts and a real scraped speech) is
// read as the library reads it, and compared with the outline written by hand in
// test/fixtures/outlines/collection-*.json: documents split exactly (titles, genres), the outline of
// each (levels, numbers, headings, children), no debris left in any document and all of it in the
// report, the text around the debris kept, and what the reader asks the user to check (notices).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import type { CleanedDoc, ImportReport, OutlineNode } from '../../core/outline/index.ts';
import { docToText } from '../../main/services/library/doc.ts';
import { formatOf, readFormat } from '../../main/services/library/read.ts';
import { findSoffice } from '../../main/services/library/soffice.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = path.join(root, 'test', 'fixtures', 'collections');
const HAND = path.join(root, 'test', 'fixtures', 'outlines');

/** A node as written by hand: 「一、heading」, or { 「一、heading」: [children] }. */
type Node = string | Record<string, Node[]>;

interface Expected {
  file: string;
  note: string;
  debris: string[];
  kept: string[];
  /** Lines that must each stand as a whole paragraph of their own (one line of a document's text), not run into another. */
  paragraphs?: string[];
  /** What the reader says the user should check (a PDF page it could not order); none when absent. */
  notices?: string[];
  documents: { title: string; genre: string; outline: Node[] }[];
}

function compact(nodes: OutlineNode[]): Node[] {
  return nodes.map((n) => (n.children.length ? { [`${n.number}${n.heading}`]: compact(n.children) } : `${n.number}${n.heading}`));
}

function check(want: Expected, documents: CleanedDoc[], report: ImportReport): void {
  expect(documents.map((d) => [d.title, d.genre])).toEqual(want.documents.map((d) => [d.title, d.genre]));
  expect(report.documents).toBe(want.documents.length);
  documents.forEach((doc, i) => expect(compact(doc.outline), doc.title).toEqual(want.documents[i]!.outline));
  const removed = report.removed.map((r) => r.text).join('\n');
  for (const debris of want.debris) {
    for (const doc of documents) {
      expect(doc.text, debris).not.toContain(debris);
      expect(doc.title, debris).not.toContain(debris);
    }
    expect(removed, debris).toContain(debris);
  }
  const text = documents.map((d) => d.text).join('\n');
  for (const kept of want.kept) expect(text, kept).toContain(kept);
  const lines = new Set(text.split('\n'));
  for (const own of want.paragraphs ?? []) expect(lines.has(own), own).toBe(true);
  expect(report.notices ?? []).toEqual(want.notices ?? []);
}

const expectations = readdirSync(HAND)
  .filter((f) => f.startsWith('collection-'))
  .map((f) => JSON.parse(readFileSync(path.join(HAND, f), 'utf8')) as Expected);

describe('collections and file types equal the hand-written outlines', () => {
  it('every fixture has its outline', () => {
    // Folders as a user imports them (folder-readme/), not pieces/ (the builders' texts); files refused on purpose left out.
    const refused = ['scanned.pdf', 'encrypted.pdf', 'folder-readme/README.md', 'folder-readme/目录.txt'];
    const built = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' }).filter((f) => formatOf(f) && !f.startsWith('pieces/') && !refused.includes(f) && !f.endsWith('.wps'));
    expect(built.sort()).toEqual(expectations.map((e) => e.file).sort());
  });

  for (const want of expectations) {
    it(`${want.file}`, async () => {
      const file = path.join(FIXTURES, want.file);
      const bytes = readFileSync(file);
      // The .doc is read by the built-in reader here; LibreOffice's path is tested below.
      const read = want.file.endsWith('.doc') ? await docToText(bytes, 'doc', { soffice: false }) : await readFormat(formatOf(file)!, bytes);
      const { documents, report } = analyse(read.text, { debris: read.debris, headings: read.headings, notices: read.notices });
      check(want, documents, report);
    });
  }
});

describe('old Word and WPS', () => {
  const want = expectations.find((e) => e.file === 'renovation-speech.doc')!;
  const bytes = readFileSync(path.join(FIXTURES, 'renovation-speech.doc'));

  it('a .wps in the Word binary format reads as the .doc does', async () => {
    const read = await docToText(readFileSync(path.join(FIXTURES, 'renovation-speech.wps')), 'wps', { soffice: false });
    const { documents, report } = analyse(read.text);
    check(want, documents, report);
    expect(read.encoding).toBe('wps');
  });

  it('a .doc without automatic lists is read by the built-in reader alone: LibreOffice is not started', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'wengao-soffice-'));
    try {
      // A stand-in program that only leaves a mark when it is started.
      const program = path.join(dir, 'soffice');
      writeFileSync(program, `#!/bin/sh\ntouch '${path.join(dir, 'started')}'\n`, { mode: 0o755 });
      const read = await docToText(bytes, 'doc', { soffice: program });
      check(want, analyse(read.text).documents, analyse(read.text).report);
      expect(existsSync(path.join(dir, 'started'))).toBe(false);
      // Nor for one that declares a list no paragraph uses (LibreOffice Writer's outline numbering, s18 c07).
      await docToText(readFileSync(path.join(FIXTURES, 'plain-speeches-office.doc')), 'doc', { soffice: program });
      expect(existsSync(path.join(dir, 'started'))).toBe(false);
      // A file with automatic lists is given to it (here it converts nothing: the built-in text is used).
      const lists = await docToText(readFileSync(path.join(FIXTURES, 'numbered-lists.doc')), 'doc', { soffice: program });
      expect(existsSync(path.join(dir, 'started'))).toBe(true);
      expect(lists.text).toContain('认清形势，克服麻痹思想');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(findSoffice() !== null)('through LibreOffice (found at run time) automatic list numbers become the headings', async () => {
    const read = await docToText(readFileSync(path.join(FIXTURES, 'numbered-lists.doc')), 'doc', { soffice: findSoffice()! });
    const [doc] = analyse(read.text).documents;
    expect(compact(doc!.outline)).toEqual(['1.认清形势，克服麻痹思想', '2.突出重点，严管野外火源', '3.压实责任，确保万无一失']);
    // LibreOffice starts in a few seconds on a quiet machine; a loaded one can take a minute.
  }, 180_000);
});
