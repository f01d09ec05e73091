// Old Word (.doc, Word 97–2003) and WPS (.wps: Kingsoft WPS writes the same binary format) → text.
//
// word-extractor reads the binary format itself; it checks the file and finds an encrypted one
// first. Where LibreOffice is installed it is the better path for a file with automatic lists (it
// draws Word's automatic list numbers, which are not in the text): such a file is converted to .docx
// and read as one. Should the conversion fail, word-extractor's text is used.
//
// A file named .doc is often something else — a .docx renamed, or a web page or RTF that a site
// offered as 「Word 下载」: each is read as what it is.
import { CELL_SEPARATOR } from '../../../core/outline/marks.ts';
import { usesLists } from './doc-lists.ts';
import { readDocx } from './docx.ts';
import { LibraryError, MAX_FILE_BYTES, tooLarge } from './errors.ts';
import type { ReadText } from './read-text.ts';
import { withRenameHint } from './renamed.ts';
import { rtfToText } from './rtf.ts';
import { convertToDocx, findSoffice } from './soffice.ts';

export const NOT_DOC = '不是有效的 Word 文档（.doc）或 WPS 文档（.wps）';
export const ENCRYPTED_DOC = '文档设有打开密码，无法读取（请在 Word 或 WPS 中取消密码后再导入）';
export const RTF_NEEDS_OFFICE = '这是 RTF 格式的文件：请在 Word 或 WPS 中另存为 .docx 后再导入';
export const ODT_NEEDS_OFFICE = '这是 OpenDocument 文本（.odt）：请在 WPS 或 LibreOffice 中另存为 .docx 后再导入';

/** A format only LibreOffice reads (RTF, .odt): converted to .docx and read as one, or refused saying what to do. */
async function throughOffice(bytes: Uint8Array, extension: 'rtf' | 'odt', soffice: string | false | null, options: DocOptions, refusal: string): Promise<ReadText> {
  if (soffice) options.converting?.();
  const docx = soffice ? await convertToDocx(soffice, bytes, extension) : undefined;
  if (!docx) throw new LibraryError(refusal);
  return readDocx(docx, extension);
}

export interface DocOptions {
  /** The LibreOffice program to convert with; false: the built-in reader only. Default: found at run time. */
  soffice?: string | false;
  /** Told when a LibreOffice conversion starts (it takes half a minute: the import says so). */
  converting?: () => void;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** FIB flags (offset 0x0A of the WordDocument stream): fEncrypted. */
const F_ENCRYPTED = 0x0100;

export async function docToText(bytes: Uint8Array, format: 'doc' | 'wps', options: DocOptions = {}): Promise<ReadText> {
  if (bytes.length === 0) throw new LibraryError('文件为空');
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length);
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1');
  const soffice = options.soffice === undefined ? findSoffice() : options.soffice;
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    // An OpenDocument text (.odt: a zip whose first entry names its type): LibreOffice's own format.
    if (!head.includes('application/vnd.oasis.opendocument.text')) return readDocx(bytes);
    return throughOffice(bytes, 'odt', soffice, options, ODT_NEEDS_OFFICE);
  }
  if (/^\s*<(?:!doctype|html|\?xml)/i.test(head) || /^MIME-Version:/im.test(head)) {
    return /^MIME-Version:/im.test(head) ? (await import('./mhtml.ts')).mhtmlToText(bytes) : (await import('./html.ts')).htmlToText(bytes);
  }
  if (head.startsWith('{\\rtf')) {
    // Read here (rtf.ts): hidden text left out, and no LibreOffice to wait for. A file whose text
    // this reader finds none of (all of it in objects or pictures) is still given to LibreOffice.
    const read = rtfToText(bytes);
    if (/[\p{L}\p{N}]/u.test(read.text)) return read;
    return throughOffice(bytes, 'rtf', soffice, options, RTF_NEEDS_OFFICE);
  }
  if (!OLE.every((b, i) => bytes[i] === b)) throw new LibraryError(withRenameHint(NOT_DOC, bytes));
  // A .docx saved with a password is an OLE file holding the encrypted package.
  if (Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'))) throw new LibraryError(ENCRYPTED_DOC);
  const builtIn = await extract(bytes);
  // LibreOffice is started only for what the built-in reader cannot give: a file without automatic
  // lists has all its text in the built-in reader's (LibreOffice's start-up with a fresh profile
  // took 15–18 s for a 10-page file, and a folder of old speeches holds dozens).
  if (soffice && builtIn.lists) {
    options.converting?.();
    const docx = await convertToDocx(soffice, bytes, format);
    if (docx) {
      try {
        return readDocx(docx, format);
      } catch {
        // The built-in reader's text below.
      }
    }
  }
  return { text: builtIn.text, encoding: format };
}

/**
 * word-extractor follows a sector chain of the file's allocation table until the chain ends, and
 * stops only a sector that points at itself: in a damaged file whose chain loops through two or
 * more sectors (one changed byte of a 13 KB .doc, found by `npm run fuzz`) it pushed sector ids
 * until V8 gave up and ended the whole process. A chain visits each sector at most once, so it is
 * cut where it comes back; the reader then reads what the sectors hold, or refuses the file.
 */
async function boundSectorChains(): Promise<void> {
  const { default: AllocationTable } = await import('word-extractor/lib/ole-allocation-table.js');
  AllocationTable.prototype.getSecIdChain = function getSecIdChain(this: { _table: number[] }, startSecId: number): number[] {
    const chain: number[] = [];
    const seen = new Set<number>();
    // Negative ids end a chain (free, end of chain, table sectors); an id past the table ends it too.
    for (let id = startSecId; id >= 0 && id < this._table.length && !seen.has(id); id = this._table[id]!) {
      seen.add(id);
      chain.push(id);
    }
    return chain;
  };
}

/**
 * Whether the compound file's header describes a file of this size. word-extractor takes the sector
 * size as `1 << shift` from the header and allocates sector count × size: one damaged shift (「9999」
 * written over offset 30 of a 13 KB .wps, found by `npm run fuzz`) asked for 32 MB sectors and ended
 * the process out of memory. The format allows 512-byte sectors (shift 9, version 3) or 4096-byte ones
 * (shift 12, version 4), 64-byte short sectors, and no more table sectors than the file holds.
 */
function plausibleHeader(bytes: Uint8Array): boolean {
  if (bytes.length < 512) return false;
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, 512);
  const shift = b.readUInt16LE(30);
  if ((shift !== 9 && shift !== 12) || b.readUInt16LE(32) !== 6) return false;
  const sectors = Math.ceil((bytes.length - 512) / (1 << shift));
  // Allocation-table sectors (0x2C) and extra table-of-table sectors (0x48) are sectors of the file.
  return b.readUInt32LE(0x2c) <= sectors && b.readUInt32LE(0x48) <= sectors;
}

/**
 * Whether the WordDocument stream's FIB declares list format overrides (PlfLfo, the 75th fc/lcb pair
 * of FibRgFcLcb97 at offset 154): the lists a paragraph's automatic number comes from. Without
 * them no paragraph is numbered automatically. A FIB too short to say counts as having lists.
 */
function declaresLists(stream: Buffer): boolean {
  const LFO = 74;
  if (stream.length < 154 + (LFO + 1) * 8 || stream.readUInt16LE(152) <= LFO) return true;
  return stream.readUInt32LE(154 + LFO * 8 + 4) > 0;
}

/** word-extractor's text of the main document, refusing an encrypted one; and whether it has automatic lists. */
async function extract(bytes: Uint8Array): Promise<{ text: string; lists: boolean }> {
  if (!plausibleHeader(bytes)) throw new LibraryError(NOT_DOC);
  await boundSectorChains();
  const { default: WordOleExtractor } = await import('word-extractor/lib/word-ole-extractor.js');
  const { default: BufferReader } = await import('word-extractor/lib/buffer-reader.js');
  let lists = true;
  class Checked extends WordOleExtractor {
    override extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown> {
      if (buffer.length >= 0x0c && (buffer.readUInt16LE(0x0a) & F_ENCRYPTED) !== 0) return Promise.reject(new LibraryError(ENCRYPTED_DOC));
      lists = declaresLists(buffer);
      return super.extractWordDocument(document, buffer);
    }
    // (Given the table stream: the paragraphs and styles that say whether a list is used.)
    override writeParagraphProperties(buffer: Buffer, table: Buffer): void {
      lists &&= usesLists(buffer, table);
      super.writeParagraphProperties(buffer, table);
    }
  }
  let body: string;
  try {
    // filterUnicode off: by default word-extractor turns “ ” ‘ ’ — into ASCII, changing the document's own characters.
    body = (await new Checked().extract(new BufferReader(Buffer.from(bytes)))).getBody({ filterUnicode: false });
  } catch (err) {
    if (err instanceof LibraryError) throw err;
    throw new LibraryError(NOT_DOC);
  }
  // Cells end with a tab, a row with the line: a row's cells are joined as a .docx's are (「时间 | 2024年
  // 3月19日」), so that a row is not run into the next. Pages and sections end with a form feed.
  const text = body
    .replace(/\r\n?/g, '\n')
    .replace(/^([^\n]*?)\t+$/gm, (_, row: string) => row.split(/\t+/).join(CELL_SEPARATOR))
    .replace(/[\v\f]/g, '\n');
  if (text.trim() === '') throw new LibraryError('文档中没有文字');
  return { text, lists };
}
