// Opening a .docx: it is a zip, so a hostile one can be a zip bomb. The declared sizes are checked
// before anything is inflated, and the inflation itself is counted and stopped at the limit, since
// declared sizes can lie. Only the parts asked for are inflated (docx.ts: the main document,
// numbering and styles); images and the rest are never decompressed.
import JSZip from 'jszip';
import { crc32 } from 'node:zlib';
import { Numberer, parseNumbering, parseStyles } from './docx-numbering.ts';
import { LibraryError, MAX_FILE_BYTES, tooLarge } from './errors.ts';
import { withRenameHint } from './renamed.ts';
import { descendants, parseXmlTree, type XmlElement } from './xml.ts';

export const NOT_DOCX = '不是有效的 .docx 文件';
export const ZIP_BOMB = '.docx 文件异常（解压后过大，可能是压缩炸弹）';

/** The parts read, inflated, may total at most this. */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
/** A part larger than 1 MB may inflate at most this many times its compressed size. */
export const MAX_RATIO = 100;
/** All entries of the archive together may declare at most this (they are not all inflated). */
const MAX_DECLARED_TOTAL = 1024 * 1024 * 1024;

// jszip 3.10 (pinned) keeps the sizes from the central directory on `_data` and offers a
// pausable stream of the inflated bytes as `internalStream`; neither is in its type definitions.
interface ZipEntry extends JSZip.JSZipObject {
  _data?: { compressedSize?: number; uncompressedSize?: number; crc32?: number };
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

/** An opened .docx: its parts read under the zip-bomb limits, where the main document is, and what it names. */
export interface OpenedDocx {
  parts: PartReader;
  /** The main document part, e.g. word/document.xml. */
  documentPath: string;
  /** A part the main document names by relationship type (numbering, styles, comments), with a fallback path. */
  target(type: string, fallback: string): string;
  /** The part the main document names by a relationship's id (a section's header: r:id="rId4"), if any. */
  byId(id: string): string | undefined;
  /** Word's list counters for the paragraphs in document order (numbering.xml and styles.xml read once). */
  numberer(): Promise<Numberer>;
}

/** Checks the bytes are a .docx (not empty, not too large, not an old .doc or encrypted file, a zip) and opens it. */
export async function openDocx(bytes: Uint8Array): Promise<OpenedDocx> {
  if (bytes.length === 0) throw new LibraryError('文件为空');
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length);
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw new LibraryError(`${NOT_DOCX}（这是旧版 Word 的 .doc 文件或加密的文档：请在 Word 中另存为 .docx 后再导入）`);
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new LibraryError(withRenameHint(NOT_DOCX, bytes));
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  } catch {
    throw new LibraryError(NOT_DOCX);
  }
  let declaredTotal = 0;
  for (const entry of Object.values(zip.files) as ZipEntry[]) declaredTotal += entry._data?.uncompressedSize ?? 0;
  if (declaredTotal > MAX_DECLARED_TOTAL) throw new LibraryError(ZIP_BOMB);

  const parts = new PartReader(zip);
  const documentPath = await mainDocumentPath(parts);
  const rels = await parts.tree(relsPath(documentPath));
  const target = (type: string, fallback: string) => {
    const rel = rels && descendants(rels, 'Relationship').find((r) => (r.attrs.Type ?? '').endsWith(`/${type}`));
    return rel?.attrs.Target ? resolve(documentPath, rel.attrs.Target) : fallback;
  };
  const numberer = async () =>
    new Numberer(parseNumbering(await parts.tree(target('numbering', 'word/numbering.xml'))), parseStyles(await parts.tree(target('styles', 'word/styles.xml'))));
  const byId = (id: string) => {
    const rel = rels && descendants(rels, 'Relationship').find((r) => r.attrs.Id === id);
    return rel?.attrs.Target && rel.attrs.TargetMode !== 'External' ? resolve(documentPath, rel.attrs.Target) : undefined;
  };
  return { parts, documentPath, target, byId, numberer };
}

/** Inflates parts under the size, ratio and total limits. */
export class PartReader {
  private inflated = 0;
  constructor(private readonly zip: JSZip) {}

  async text(path: string): Promise<string | undefined> {
    const entry = this.zip.file(path) as ZipEntry | null;
    if (!entry || entry.dir) return undefined;
    const declared = entry._data?.uncompressedSize ?? 0;
    const compressed = entry._data?.compressedSize ?? 0;
    if (this.inflated + declared > MAX_INFLATED_BYTES) throw new LibraryError(ZIP_BOMB);
    if (declared > 1024 * 1024 && declared > compressed * MAX_RATIO) throw new LibraryError(ZIP_BOMB);
    // The declared size may lie: the inflation is counted and stopped at the declared size (or the
    // remaining budget, whichever is smaller).
    const limit = Math.min(declared, MAX_INFLATED_BYTES - this.inflated);
    const data = await inflateLimited(entry, limit);
    this.inflated += data.length;
    // Checked here, on the parts read, rather than by jszip at load (checkCRC32), which would
    // inflate every entry — images and whatever a zip bomb holds — before any limit applies.
    if (entry._data?.crc32 !== undefined && crc32(data) !== entry._data.crc32 >>> 0) throw new LibraryError(`${NOT_DOCX}（文件已损坏：校验不符）`);
    return new TextDecoder('utf-8').decode(data);
  }

  async tree(path: string): Promise<XmlElement | undefined> {
    const xml = await this.text(path);
    return xml === undefined ? undefined : parseXmlTree(xml);
  }
}

function inflateLimited(entry: ZipEntry, limit: number): Promise<Uint8Array> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let done = false;
    let stream: JSZip.JSZipStreamHelper<Uint8Array>;
    try {
      stream = entry.internalStream('uint8array');
    } catch {
      reject(new LibraryError(NOT_DOCX));
      return;
    }
    stream
      .on('data', (chunk) => {
        if (done) return;
        total += chunk.length;
        if (total > limit) {
          done = true;
          stream.pause();
          chunks.length = 0;
          reject(new LibraryError(ZIP_BOMB));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => {
        if (done) return;
        done = true;
        reject(new LibraryError(NOT_DOCX));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const out = new Uint8Array(total);
        let offset = 0;
        for (const c of chunks) {
          out.set(c, offset);
          offset += c.length;
        }
        resolvePromise(out);
      })
      .resume();
  });
}

async function mainDocumentPath(reader: PartReader): Promise<string> {
  const rels = await reader.tree('_rels/.rels');
  const rel = rels && descendants(rels, 'Relationship').find((r) => /\/officeDocument$/.test(r.attrs.Type ?? ''));
  return rel?.attrs.Target ? resolve('', rel.attrs.Target) : 'word/document.xml';
}

function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the part that names it ('/word/x.xml' is absolute). */
function resolve(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}
