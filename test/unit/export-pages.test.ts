// Page breaks of the exported .docx as LibreOffice prints them (session 20's screen test: a speech's
// last page held only 「卷！」). Over every example and a spread of our fixtures — speeches, a 纪要,
// 会议记录: no page whose body is one line, no last page of only 「散会。」 and the signatures, no heading as a page's last line or broken over pages, no
// paragraph leaving one line alone on either side of a break; the layout stays 22 lines × 28
// characters. All files go through one LibreOffice run. Invented: 澄川区 (its last line alone at seed 16 before).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { draft } from '../../core/draft/index.ts';
import { validateInput, type WengaoInput } from '../../core/input/index.ts';
import { loadDraftLibrary, PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { exportDocx } from '../../main/services/export/docx.ts';
import { loadExamples } from '../helpers/examples.ts';
import { OFFICE_TIMEOUT_MS, pdfPages } from '../helpers/office.ts';
import { pageBreakProblems } from '../helpers/page-breaks.ts';

const run = promisify(execFile);
const library = loadDraftLibrary();
const fixture = (...p: string[]) => join(PACKAGE_ROOT, 'test', 'fixtures', ...p);

/** [name, material file, seed, template]: each example, and fixtures whose pages broke badly before. */
const CASES: [string, string, number, string?][] = [
  ...loadExamples().flatMap((e): [string, string, number][] => [[`${e.name}@1`, e.path, 1], [`${e.name}@2`, e.path, 2]]),
  ['ui21 澄川区@16', fixture('ui21', 'speech-last-line.json'), 16],
  ['ui21 枫桥湾街道@1', fixture('ui21', 'speech-two-parts.json'), 1],
  ['ui21 砚石镇 record@1', fixture('ui21', 'record-decisions.json'), 1],
  ['g11a-forest-district-fire-words@2', fixture('campaigns', 'g11a-forest-district-fire-words.json'), 2],
  ['g11b-relief-district-branch-peers@1', fixture('campaigns', 'g11b-relief-district-branch-peers.json'), 1],
  ['business-district-service@2', fixture('campaigns', 'business-district-service.json'), 2],
  ['attendees-town-flood-clerk@1', fixture('campaigns', 'attendees-town-flood-clerk.json'), 1],
  ['county-standing-flood@1', fixture('minutes', 'county-standing-flood.json'), 1],
  ['county-standing-flood record@2', fixture('minutes', 'county-standing-flood.json'), 2, 'record'],
  ['township-mayor-office@1', fixture('minutes', 'township-mayor-office.json'), 1],
  ['county-promotion-flat@2', fixture('minutes', 'county-promotion-flat.json'), 2],
  ['county-promotion-flat record@2', fixture('minutes', 'county-promotion-flat.json'), 2, 'record'],
  ['township-party-committee record@1', fixture('minutes', 'township-party-committee.json'), 1, 'record'],
  // Its page 2 held only 「散会。」 and the two signature lines (session 22's screen test, 9).
  ['ui23 溪口乡 record@1', fixture('ui23', 'record-signatures.json'), 1],
];

const dir = mkdtempSync(join(tmpdir(), 'wengao-pages-'));
const docs = new Map<string, DocModel>();
const printed = new Map<string, string[][]>();

beforeAll(async () => {
  const files: string[] = [];
  for (const [i, [name, path, seed, template]] of CASES.entries()) {
    const v = validateInput(JSON.parse(readFileSync(path, 'utf8')));
    if (!v.ok) throw new Error(`${name}: ${JSON.stringify(v.errors)}`);
    const doc = draft(v.value as WengaoInput, library, { seed, ...(template ? { template } : {}) });
    docs.set(name, doc);
    files.push(join(dir, `${i}.docx`));
    writeFileSync(files.at(-1)!, await exportDocx(doc));
  }
  const profile = pathToFileURL(join(dir, 'profile')).href;
  await run('soffice', ['--headless', '--norestore', `-env:UserInstallation=${profile}`, '--convert-to', 'pdf', '--outdir', dir, ...files], { timeout: OFFICE_TIMEOUT_MS * 2 });
  for (const [i, [name]] of CASES.entries()) printed.set(name, await pdfPages(join(dir, `${i}.pdf`)));
}, OFFICE_TIMEOUT_MS * 3);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('page breaks of the exported .docx', () => {
  it.each(CASES.map(([name]) => name))('%s: no lone line, no heading at a page’s foot', (name) => {
    const pages = printed.get(name)!;
    expect(pageBreakProblems(docs.get(name)!, pages)).toEqual([]);
    // The grid stays: at most 22 lines a page and 28 characters a line.
    for (const page of pages) {
      const lines = page.map((l) => l.replace(/\s/g, '')).filter((l) => l && !/^—\d+—$/.test(l));
      expect(lines.length).toBeLessThanOrEqual(22);
    }
  });
});
