// LibreOffice and poppler, for tests that look at a .docx the way a reader will: as printed pages.
// Every conversion gets a LibreOffice profile of its own, removed when it is done: two soffice
// processes on one profile collide, and a profile left behind by a killed test worker is litter.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** soffice's first start on a machine can take ~20 s; a conversion usually takes a few seconds. */
export const OFFICE_TIMEOUT_MS = 180_000;

/** Converts a .docx to PDF next to it (same name, .pdf) and returns the PDF's path. */
export async function docxToPdf(docxPath: string): Promise<string> {
  const outDir = path.dirname(docxPath);
  const pdfPath = path.join(outDir, `${path.basename(docxPath, path.extname(docxPath))}.pdf`);
  const profile = mkdtempSync(path.join(tmpdir(), 'wengao-lo-profile-'));
  try {
    await run(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        docxPath,
      ],
      { timeout: OFFICE_TIMEOUT_MS },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  if (!existsSync(pdfPath)) throw new Error(`soffice wrote no PDF for ${docxPath}`);
  return pdfPath;
}

/** `pdftotext -layout`: the text as set, one printed line a line, pages separated by form feeds. */
export async function pdfText(pdfPath: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** The pages of `pdfText`, each split into lines (the trailing form feed dropped). */
export async function pdfPages(pdfPath: string): Promise<string[][]> {
  const pages = (await pdfText(pdfPath)).split('\f');
  if (pages[pages.length - 1]?.trim() === '') pages.pop();
  return pages.map((p) => p.split('\n'));
}

export async function pdfPageCount(pdfPath: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdfPath]);
  const m = /^Pages:\s+(\d+)/m.exec(stdout);
  if (!m) throw new Error(`pdfinfo: no page count for ${pdfPath}`);
  return Number(m[1]);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** The fonts `pdffonts` lists, with whether each is embedded. */
export async function pdfFonts(pdfPath: string): Promise<PdfFont[]> {
  const { stdout } = await run('pdffonts', [pdfPath]);
  // name type [type…] encoding emb sub uni object ID — the type may have spaces, so read from the right.
  return stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const cols = l.trim().split(/\s+/);
      const n = cols.length;
      return { name: cols[0]!, type: cols.slice(1, n - 6).join(' '), embedded: cols[n - 5] === 'yes' };
    });
}

/** Renders pages first..last to PNG files `<prefix>-<n>.png` and returns nothing; see pdftoppm(1). */
export async function pdfToPng(pdfPath: string, prefix: string, first = 1, last = first, dpi = 60): Promise<void> {
  await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(first), '-l', String(last), pdfPath, prefix]);
}

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}
export interface PdfLine extends PdfWord {
  words: PdfWord[];
}
export interface PdfPage {
  width: number;
  height: number;
  lines: PdfLine[];
}

const BOX = /xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"/;

function box(attrs: string): Omit<PdfWord, 'text'> {
  const m = BOX.exec(attrs);
  if (!m) throw new Error(`pdftotext -bbox: no box in ${attrs}`);
  return { xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]) };
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every printed line with its position in points from the top left of its page (`pdftotext -bbox-layout`). */
export async function pdfLines(pdfPath: string): Promise<PdfPage[]> {
  const { stdout } = await run('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 64 * 1024 * 1024 });
  return [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    lines: [...page[3]!.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)].map((line) => {
      const words = [...line[2]!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map((w) => ({ ...box(w[1]!), text: unescape(w[2]!) }));
      return { ...box(line[1]!), text: words.map((w) => w.text).join(' '), words };
    }),
  }));
}
