// Fuzzing the importer: real files of every format the library reads (.txt .md .docx .html .mhtml
// .pdf), mutated — bytes flipped, cut, repeated, and for a .docx its document.xml edited inside the
// zip, so the XML reader and not only the unzip is reached — must each end in a Chinese refusal or
// a document, within a time and a memory bound.
import fc from 'fast-check';
import JSZip from 'jszip';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { analyseFileBytes, type Format } from '../../main/services/library/analysis.ts';
import { LibraryError } from '../../main/services/library/errors.ts';
import { formatOf } from '../../main/services/library/read.ts';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { SHARED } from '../helpers/examples.ts';
import { count, fail, HOSTILE_STRINGS, messageProblem, tally, type Tally } from './common.ts';
import type { FuzzRun } from './input.ts';

const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures');
/** Seeds: real files nobody here wrote, and ours, one or more of each format. */
export const SEEDS = [
  join(FIXTURES, 'collections', 'straw-speech-gbk.html'),
  join(FIXTURES, 'collections', 'records-page.html'),
  join(FIXTURES, 'collections', 'renovation-speeches.md'),
  join(FIXTURES, 'collections', 'flood-speech-page.mhtml'),
  join(FIXTURES, 'collections', 'straw-speech.pdf'),
  join(FIXTURES, 'collections', 'materials.docx'),
  join(FIXTURES, 'collections', 'renovation-speech.doc'),
  join(FIXTURES, 'collections', 'renovation-speech.wps'),
  // The readers' session-9 paths: PDF columns, footnotes and pages it cannot order; .docx tables,
  // heading styles and outline levels; a .doc whose quotes and 文号 lines are kept.
  join(FIXTURES, 'collections', 'tech-speeches-two-column.pdf'),
  join(FIXTURES, 'collections', 'three-column-bulletin.pdf'),
  join(FIXTURES, 'collections', 'river-speeches-heading-styles.docx'),
  join(FIXTURES, 'collections', 'spring-materials-notice.docx'),
  join(FIXTURES, 'collections', 'executive-minutes-redhead.doc'),
  join(FIXTURES, 'revision', 'word-flood.docx'),
  join(FIXTURES, 'revision', 'wps-renovation.docx'),
  join(FIXTURES, 'outline', 'complaint-noise.txt'),
  join(SHARED, 'fixtures', 'import', 'gov-work-report-2010.txt'),
  join(SHARED, 'fixtures', 'hostile', 'export-uffff.docx'),
  join(SHARED, 'fixtures', 'hostile', 'numbering-letter-bomb.docx'),
];

/** XML a .docx's document.xml may be given: entities, deep nesting, numbering, broken tags. */
const XML_PIECES = [
  '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>一项</w:t></w:r></w:p>',
  '<w:p><w:pPr><w:numPr><w:ilvl w:val="99999999"/><w:numId w:val="__proto__"/></w:numPr></w:pPr></w:p>',
  '<w:p><w:pPr><w:pStyle w:val="constructor"/></w:pPr><w:r><w:t>&constructor;&#xFFFF;&#xD800;&#1;</w:t></w:r></w:p>',
  '<w:r><w:t>',
  '</w:p>',
  '<![CDATA[',
  '<!--',
  '<w:p>'.repeat(2000),
  '<w:br/>'.repeat(500),
  '<w:del><w:r><w:delText>删</w:delText></w:r></w:del>',
  '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>格</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>内</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>',
  '</w:tc></w:tr></w:tbl>',
  '<w:tbl><w:tr><w:tc>'.repeat(300),
  '<w:p><w:pPr><w:outlineLvl w:val="99999999"/><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>题</w:t></w:r></w:p>',
  '<w:p><w:pPr><w:outlineLvl w:val="-3"/></w:pPr><w:r><w:t>十</w:t></w:r></w:p>',
  '"\'>',
];

interface Mutation {
  kind: 'flip' | 'cut' | 'insert' | 'repeat' | 'xml';
  at: number;
  len: number;
  byte: number;
  text: string;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('flip', 'cut', 'insert', 'repeat', 'xml', 'xml'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 4096 }),
  byte: fc.nat(255),
  text: fc.oneof(fc.constantFrom(...XML_PIECES), fc.constantFrom(...HOSTILE_STRINGS)),
});

async function mutate(bytes: Uint8Array, format: Format, ms: readonly Mutation[]): Promise<Uint8Array> {
  let b: Buffer = Buffer.from(bytes);
  for (const m of ms) {
    const at = b.length ? m.at % b.length : 0;
    switch (m.kind) {
      case 'flip':
        if (b.length) b[at] = m.byte;
        break;
      case 'cut':
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + m.len))]);
        break;
      case 'insert':
        b = Buffer.concat([b.subarray(0, at), Buffer.alloc(Math.min(m.len, 64), m.byte), b.subarray(at)]);
        break;
      case 'repeat':
        b = Buffer.concat([b.subarray(0, at), b.subarray(at, at + m.len), b.subarray(at)]);
        break;
      case 'xml':
        b = format === 'docx' ? await editDocumentXml(b, m) : Buffer.concat([b.subarray(0, at), Buffer.from(m.text, 'utf8'), b.subarray(at)]);
        break;
    }
  }
  return b;
}

/** Inserts a piece into word/document.xml inside the zip (left as it is when it no longer unzips). */
async function editDocumentXml(b: Buffer, m: Mutation): Promise<Buffer> {
  try {
    const zip = await JSZip.loadAsync(b);
    const part = zip.file('word/document.xml');
    if (!part) return b;
    const xml = await part.async('string');
    const at = m.at % (xml.length + 1);
    zip.file('word/document.xml', xml.slice(0, at) + m.text + xml.slice(at));
    return await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  } catch {
    return b;
  }
}

export interface ImporterTally extends Tally {
  slowestMs: number;
  slowestFile: string;
  peakRssMb: number;
}

/**
 * `formats`: only the seed files of these formats (`npm run fuzz -- --formats pdf,html,doc`). A file
 * that fails is written to `failedDir` (`npm run fuzz`: a folder under the system's temporary one),
 * named for the seed and the run, so that it can be read again and become a fixture.
 */
export async function fuzzImporter(
  { runs, seed, collect = false, formats, failedDir }: FuzzRun & { formats?: readonly Format[]; failedDir?: string },
  bounds = { ms: 2000, rssMb: 512 },
): Promise<ImporterTally> {
  const t: ImporterTally = { ...tally(), slowestMs: 0, slowestFile: '', peakRssMb: 0 };
  const seeds = SEEDS.map((path) => ({ path, format: formatOf(path)!, bytes: readFileSync(path) })).filter((s) => !formats || formats.includes(s.format));
  if (seeds.length === 0) throw new Error(`no seed file of the formats ${formats?.join(', ')}`);
  const keep = failedDir ? (run: number, path: string, bytes: Uint8Array) => saveFailed(failedDir, `${seed}-${run}`, path, bytes) : () => '';
  // .doc and .wps are read by the built-in reader: a LibreOffice conversion (5–6 s a file, a process
  // of its own) measures LibreOffice, not our readers, and would make 10,000 runs take a day.
  const soffice = process.env.WENGAO_SOFFICE;
  process.env.WENGAO_SOFFICE = 'off';
  try {
    await fuzzImporterRuns(t, seeds, runs, seed, collect, bounds, keep);
  } finally {
    if (soffice === undefined) delete process.env.WENGAO_SOFFICE;
    else process.env.WENGAO_SOFFICE = soffice;
  }
  return t;
}

async function fuzzImporterRuns(
  t: ImporterTally,
  seeds: { path: string; format: Format; bytes: Uint8Array }[],
  runs: number,
  seed: number,
  collect: boolean,
  bounds: { ms: number; rssMb: number },
  keep: (run: number, path: string, bytes: Uint8Array) => string,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fc.nat(seeds.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (i, ms) => {
      const s = seeds[i]!;
      const bytes = await mutate(s.bytes, s.format, ms);
      t.tried++;
      const run = t.tried;
      const started = performance.now();
      let outcome: 'imported' | 'refused';
      try {
        const a = await analyseFileBytes(s.format, bytes);
        outcome = a.documents.length > 0 ? 'imported' : 'refused';
      } catch (err) {
        if (!(err instanceof LibraryError)) return fail(t, 'exceptions', `${extname(s.path)}${keep(run, s.path, bytes)}: ${(err as Error).stack ?? String(err)}`, collect);
        outcome = 'refused';
        const problem = messageProblem(err.message);
        if (problem) fail(t, 'bad refusal', `${problem}${keep(run, s.path, bytes)}`, collect);
      }
      count(t, outcome);
      const ms_ = performance.now() - started;
      const rss = process.memoryUsage().rss / 1048576;
      t.peakRssMb = Math.max(t.peakRssMb, rss);
      if (ms_ > t.slowestMs) Object.assign(t, { slowestMs: ms_, slowestFile: `${s.path.split('/').pop()} mutated (${bytes.length} bytes)` });
      if (bytes.length <= 1048576 && ms_ > bounds.ms) fail(t, 'too slow', `${s.path}: ${Math.round(ms_)} ms${keep(run, s.path, bytes)}`, collect);
      if (rss > bounds.rssMb) fail(t, 'too much memory', `${s.path}: ${Math.round(rss)} MB${keep(run, s.path, bytes)}`, collect);
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
}

/** Writes a failing input out; what to add to the failure's line (the file's path). */
function saveFailed(dir: string, name: string, seedPath: string, bytes: Uint8Array): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}${extname(seedPath)}`);
  writeFileSync(path, bytes);
  return ` (the input: ${path})`;
}
