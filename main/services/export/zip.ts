// A .docx is a ZIP of XML parts. This writes one with Node's own zlib (native deflate and CRC-32):
// fflate's deflate in JavaScript was over a third of a CLI export's time. Only what a .docx needs:
// no ZIP64 (a package is far below 4 GiB), ASCII part names, every entry deflated.
import { crc32, deflateRawSync } from 'node:zlib';

/** 1980-01-01 00:00 in MS-DOS form: the same document gives the same bytes at any time. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const VERSION = 20;
const DEFLATE = 8;

/** A part, compressed: what the ZIP stores of it, wherever in the file it goes. */
export interface ZipEntry {
  name: Buffer;
  crc: number;
  size: number;
  data: Buffer;
}

interface Entry extends ZipEntry {
  offset: number;
}

/** The fields a local header and a central directory record share, from "version needed" to the name's length. */
function common(view: DataView, at: number, e: Entry): void {
  view.setUint16(at, VERSION, true);
  view.setUint16(at + 2, 0, true);
  view.setUint16(at + 4, DEFLATE, true);
  view.setUint16(at + 6, DOS_TIME, true);
  view.setUint16(at + 8, DOS_DATE, true);
  view.setUint32(at + 10, e.crc, true);
  view.setUint32(at + 14, e.data.length, true);
  view.setUint32(at + 18, e.size, true);
  view.setUint16(at + 22, e.name.length, true);
  view.setUint16(at + 24, 0, true);
}

function localHeader(e: Entry): Buffer {
  const b = Buffer.alloc(30 + e.name.length);
  const v = new DataView(b.buffer, b.byteOffset, b.length);
  v.setUint32(0, 0x04034b50, true);
  common(v, 4, e);
  e.name.copy(b, 30);
  return b;
}

function centralRecord(e: Entry): Buffer {
  const b = Buffer.alloc(46 + e.name.length);
  const v = new DataView(b.buffer, b.byteOffset, b.length);
  v.setUint32(0, 0x02014b50, true);
  v.setUint16(4, VERSION, true);
  common(v, 6, e);
  // comment length, disk number, internal and external attributes: all zero (Buffer.alloc).
  v.setUint32(42, e.offset, true);
  e.name.copy(b, 46);
  return b;
}

function endRecord(count: number, size: number, offset: number): Buffer {
  const b = Buffer.alloc(22);
  const v = new DataView(b.buffer, b.byteOffset, b.length);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, count, true);
  v.setUint16(10, count, true);
  v.setUint32(12, size, true);
  v.setUint32(16, offset, true);
  return b;
}

/** One part (path, text or bytes) compressed, ready to be placed in a ZIP (zipEntries). */
export function zipEntry(path: string, content: string | Uint8Array): ZipEntry {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  if (!/^[\x21-\x7e]+$/.test(path)) throw new Error(`zip: part name ${JSON.stringify(path)} is not plain ASCII`);
  return { name: Buffer.from(path, 'latin1'), crc: crc32(raw), size: raw.length, data: deflateRawSync(raw) };
}

/** The ZIP of compressed parts, in their order: parts that never change are compressed once (skeleton.ts). */
export function zipEntries(parts: readonly ZipEntry[]): Uint8Array {
  const chunks: Buffer[] = [];
  const entries: Entry[] = [];
  let offset = 0;
  for (const part of parts) {
    const e: Entry = { ...part, offset };
    const header = localHeader(e);
    chunks.push(header, e.data);
    offset += header.length + e.data.length;
    entries.push(e);
  }
  const central = entries.map(centralRecord);
  const size = central.reduce((n, b) => n + b.length, 0);
  const zip = Buffer.concat([...chunks, ...central, endRecord(entries.length, size, offset)]);
  return new Uint8Array(zip.buffer, zip.byteOffset, zip.length);
}
