// UTF-8 bytes → text, refusing bytes that are not UTF-8 (as TextDecoder('utf-8', { fatal: true,
// ignoreBOM: true }) does), by Node's native code: the check by simdutf (buffer.isUtf8), the
// conversion by ICU to UTF-16 (buffer.transcode), whose bytes become the string as they are. Node 20's
// TextDecoder and Buffer#toString build a string of Chinese text from UTF-8 a character at a time:
// ~55 µs for a 7.6 KB speech, ~5 µs so — the decoding was 4 % of an import's analysis.
import { isAscii, isUtf8, transcode } from 'node:buffer';

/** The text of `bytes`, or undefined when they are not well-formed UTF-8. A byte-order mark stays in the text (U+FEFF). */
export function utf8Text(bytes: Uint8Array): string | undefined {
  if (!isUtf8(bytes)) return undefined;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // (ASCII alone is made a string directly, one byte a character.)
  return isAscii(bytes) ? buffer.toString('latin1') : transcode(buffer, 'utf8', 'utf16le').toString('utf16le');
}
