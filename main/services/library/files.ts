// Reading a file for the 范文库: its bytes checked (type, size, readable) and hashed, decoded by its
// reader; and collecting the files under the paths the user gave (folders walked).
import { hash } from 'node:crypto';
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { wholeCollectionNotice } from '../../../core/outline/collection-notice.ts';
import { analyse } from '../../../core/outline/index.ts';
import type { CleanedDoc, DocGenre, ImportReport, OutlineNode } from '../../../core/outline/index.ts';
import { decodeFile, type Format } from './analysis.ts';
import { LibraryError, MAX_FILE_BYTES, tooLarge } from './errors.ts';
import { formatOf, unsupportedReason } from './read.ts';
import { folderLitter, lockFile, originalsFirst } from '../../../core/library-formats.ts';
import type { SameAs } from './same-body.ts';
import type { JoinedPage, VersionReport } from './file-outcomes.ts';

// ── reading one file ───────────────────────────────────────────────────────────────────────────

export interface FileText {
  text: string;
  /** Lines of `text` the reader knows are not the document's (a web page's navigation, comments…). */
  debris?: { line: number; reason: string }[];
  /** Lines the file's formatting makes headings (a Word 标题 style). */
  headings?: { line: number; level: number }[];
  /** What the reader could not do well, for the user to check. */
  notices?: string[];
  format: Format;
  /** utf-8 · utf-16le · utf-16be · gb18030 · docx · pdf · doc … */
  encoding: string;
  bytes: number;
  hash: string;
  /** Characters a .docx cannot carry, dropped when the file was read (read.ts). */
  removedChars?: number;
}

/** A file's bytes and their hash, not yet decoded; a LibraryError says in Chinese why it cannot be read. */
export function readBytes(path: string): { format: Format; bytes: Buffer; hash: string } {
  const format = formatOf(path);
  if (!format) throw new LibraryError(unsupportedReason(path));
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new LibraryError('这是一个文件夹');
    size = st.size;
  } catch (err) {
    if (err instanceof LibraryError) throw err;
    throw new LibraryError('找不到文件');
  }
  // Refused before reading: a 2 GB file is never pulled into memory.
  if (size > MAX_FILE_BYTES) throw tooLarge(size);
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new LibraryError('无法读取文件（请检查权限）');
  }
  return { format, bytes, hash: hash('sha256', bytes, 'hex') };
}

/** A file held in memory (a picked file's upload), checked and hashed as readBytes does one read from disk. */
export function heldBytes(path: string, bytes: Buffer): { format: Format; bytes: Buffer; hash: string } {
  const format = formatOf(path);
  if (!format) throw new LibraryError(unsupportedReason(path));
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length);
  return { format, bytes, hash: hash('sha256', bytes, 'hex') };
}

/** A file the library does not take (its kind, or an office program's lock file): how an import says so. */
export function notTaken(path: string): FileResult | undefined {
  return formatOf(path) && !lockFile(path) ? undefined : { file: path, status: 'skipped', reason: unsupportedReason(path) };
}

/** Reads and decodes one file as the library does; a LibraryError says in Chinese why it cannot be read. */
export async function readFile(path: string): Promise<FileText> {
  const { format, bytes, hash } = readBytes(path);
  const { text, encoding, debris, headings, notices, removedChars } = await decodeFile(format, bytes);
  return { text, ...(debris?.length ? { debris } : {}), ...(headings?.length ? { headings } : {}), ...(notices?.length ? { notices } : {}), format, encoding, bytes: bytes.length, hash, ...(removedChars ? { removedChars } : {}) };
}

/**
 * A file's text for a reader of it (importing a speech as a document, proofreading it): the lines
 * its reader knows are not the document's — a web page's navigation and comments — and a PDF's
 * page breaks are left out. (A PDF's running headers are found only by the library's analysis.)
 */
export async function readTextFile(path: string): Promise<FileText> {
  const file = await readFile(path);
  if (!file.debris && !file.text.includes('\f')) return file;
  const drop = new Set(file.debris?.map((d) => d.line));
  const text = file.text
    .split('\n')
    .filter((line, i) => !drop.has(i + 1) && line !== '\f')
    .join('\n');
  return { ...file, text, debris: undefined, headings: undefined };
}

/** Reads a file and finds the documents in it, without storing anything (`wengao outline`). */
export async function analyseFile(path: string): Promise<{ file: FileText; documents: CleanedDoc[]; report: ImportReport }> {
  const file = await readFile(path);
  const { documents, report } = analyse(file.text, { debris: file.debris, headings: file.headings, notices: file.notices });
  const empty = nothingToImport(documents);
  if (empty) throw new LibraryError(empty);
  const collection = wholeCollectionNotice(path, documents, report);
  if (collection) report.collection = collection;
  return { file, documents, report };
}

export const NO_TEXT = '没有找到可导入的正文（清理后没有留下文字）';
export const titleOnly = (title: string) => `没有找到可导入的正文：文件只有标题「${title.slice(0, 40)}」，没有其他文字`;

/**
 * Why a file's analysis gives the library nothing to keep, or undefined: no document at all, or
 * documents that are a title alone (a README of one heading) — not a 讲话 or 纪要 to learn from.
 * A 提纲 of headings with no text under them is kept: its outline is what the library learns from
 * (its headings are searched and their patterns harvested), as it is of any speech.
 */
export function nothingToImport(documents: readonly CleanedDoc[]): string | undefined {
  if (documents.length === 0) return NO_TEXT;
  if (documents.every((d) => d.passages.length === 0 && headingCount(d.outline) < OUTLINE_MIN)) return titleOnly(documents[0]!.title);
  return undefined;
}

/** A document with no text but this many headings of its own is a 提纲, not a title alone. */
const OUTLINE_MIN = 2;

/** Headings in the file's text (not those known only from a 目录 whose text the site cut). */
const headingCount = (nodes: readonly OutlineNode[]): number => nodes.reduce((n, node) => n + (node.fromContents ? 0 : 1) + headingCount(node.children), 0);

// ── collecting files ───────────────────────────────────────────────────────────────────────────

export type FileResult =
  | {
      file: string;
      status: 'imported';
      sourceId: number;
      encoding: string;
      /** sameAs: the live document imported before it with the same body (a copy of it: same-body.ts). */
      documents: { id: number; title: string; genre: DocGenre; year: number | null; passages: number; patterns: number; sameAs?: SameAs }[];
      report: ImportReport;
      /** The file is a new version of one imported before: which of its pieces are unchanged, changed, new or gone (versions.ts). */
      version?: VersionReport;
      /** The file is page N of an article whose pages before it are in the library: joined to them (pages.ts), no document of its own. */
      page?: JoinedPage;
    }
  /**
   * Already in the library (same bytes): its documents, and those of them in the 回收站; `returned`,
   * the documents of it that had been deleted for good and were imported again from it (write.ts).
   */
  | { file: string; status: 'duplicate'; documentIds: number[]; binned: { id: number; title: string }[]; returned?: { id: number; title: string }[] }
  | { file: string; status: 'skipped'; reason: string }
  | { file: string; status: 'failed'; error: string };

export interface ImportSummary {
  files: FileResult[];
  /** Files imported, already in the library (the same file: not imported again), skipped (unsupported type) and failed. */
  imported: number;
  duplicates: number;
  skipped: number;
  failed: number;
  documents: number;
  /**
   * Documents imported whose 正文 is the same as one already in the library (another file of the same
   * speech: both kept, each such document with its notice 「…正文相同」) — the count the notices make,
   * as the app's library.import says it; 0 when none.
   */
  copies: number;
}

/**
 * The files to import under `paths`: files as given, folders walked recursively (in name order,
 * hidden files, Word's ~$ lock files and the system's own files (Thumbs.db, desktop.ini) left out,
 * each folder once even through links).
 */
/** The folder a browser saves beside a page (「网页，全部」): 「讲话_files」 next to 「讲话.html」. */
const RESOURCES = /^(.+?)(?:_files|\.files|_文件)$/;
const PAGE = /\.(?:html?|shtml|xhtml|mhtml?)$/i;

/**
 * Whether folder `name` holds a saved page's scripts, styles, images and frames, the page itself
 * among `siblings`: not the user's documents, passed over in a folder's walk (else a folder of
 * saved pages listed a dozen files skipped and frames not imported for every page that imported).
 */
function pageResources(name: string, siblings: readonly string[]): boolean {
  const base = RESOURCES.exec(name)?.[1];
  return base !== undefined && siblings.some((s) => PAGE.test(s) && s.slice(0, s.lastIndexOf('.')) === base);
}

export function collectFiles(paths: readonly string[]): { files: string[]; others: FileResult[] } {
  const files: string[] = [];
  const others: FileResult[] = [];
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  const addFile = (path: string) => {
    const abs = resolve(path);
    if (seenFiles.has(abs)) return;
    seenFiles.add(abs);
    const skipped = notTaken(abs);
    if (skipped) others.push(skipped);
    else files.push(abs);
  };
  const walk = (dir: string) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch {
      return;
    }
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      others.push({ file: resolve(dir), status: 'failed', error: '无法读取文件夹（请检查权限）' });
      return;
    }
    for (const name of names) {
      if (folderLitter(name)) continue;
      const full = join(dir, name);
      let st;
      try {
        st = statSync(full);
      } catch {
        continue; // a broken link
      }
      if (st.isDirectory()) {
        if (!pageResources(name, names)) walk(full);
      } else if (st.isFile()) addFile(full);
    }
  };
  for (const p of paths) {
    let st;
    try {
      st = statSync(p);
    } catch {
      others.push({ file: resolve(p), status: 'failed', error: '找不到文件或文件夹' });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else addFile(p);
  }
  return { files: originalsFirst(files, (f) => f), others };
}
