// Bytes of a .txt/.md file → text. Secretaries' folders hold UTF-8 (web pages saved, WPS, newer
// Notepad), UTF-16 with a byte-order mark (older Notepad's "Unicode") and GBK/GB18030 (older
// Notepad's "ANSI" on Chinese Windows) and Big5 (the same "ANSI" on a 繁體 Windows, or a file from
// Taiwan or Hong Kong: its text is converted to simplified afterwards, simplify.ts). Anything else is
// refused with a message, never guessed into mojibake: a binary file, an empty one, one over the size
// limit, or an encoding we cannot tell apart from noise (UTF-32, Shift-JIS …).
import { isTraditional } from '../../../core/outline/traditional.ts';
import { TRADITIONAL_ONLY } from '../../../core/outline/traditional-chars.ts';
import { LibraryError, MAX_FILE_BYTES, tooLarge } from './errors.ts';
import { utf8Text } from './utf8.ts';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
}

export const EMPTY = '文件为空';
export const NOT_TEXT = '不是文本文件';
export const UNKNOWN_ENCODING = '无法识别的文字编码（支持 UTF-8、GBK/GB18030、Big5）';

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new LibraryError(EMPTY);
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length);
  const decoded = decodeBytes(bytes);
  const text = normalise(decoded.text);
  if (text.trim() === '') throw new LibraryError(EMPTY);
  return { text, encoding: decoded.encoding };
}

function decodeBytes(b: Uint8Array): Decoded {
  // UTF-32's byte-order marks first: FF FE 00 00 also begins like UTF-16LE's.
  if (startsWith(b, [0xff, 0xfe, 0x00, 0x00]) || startsWith(b, [0x00, 0x00, 0xfe, 0xff])) throw new LibraryError(UNKNOWN_ENCODING);
  if (startsWith(b, [0xef, 0xbb, 0xbf])) return { text: textOnly(strict('utf-8', b.subarray(3))), encoding: 'utf-8' };
  if (startsWith(b, [0xff, 0xfe])) return { text: textOnly(strict('utf-16le', b.subarray(2))), encoding: 'utf-16le' };
  if (startsWith(b, [0xfe, 0xff])) return { text: textOnly(strict('utf-16be', b.subarray(2))), encoding: 'utf-16be' };
  if (b.includes(0)) {
    if (looksUtf32(b)) throw new LibraryError(UNKNOWN_ENCODING);
    const utf16 = utf16WithoutBom(b);
    if (utf16) return utf16;
    throw new LibraryError(NOT_TEXT);
  }
  const utf8 = attempt('utf-8', b);
  // In valid UTF-8 a control byte is a control character: counted in the text, where most files
  // have none (one native scan), instead of byte by byte.
  if (utf8 !== undefined ? tooManyControls(controlsIn(utf8), b.length) : binaryControls(b)) throw new LibraryError(NOT_TEXT);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const gb = attempt('gb18030', b);
  if (gb !== undefined && looksChinese(b, gb)) return { text: gb, encoding: 'gb18030' };
  // Big5 bytes read as GBK come out as rare characters (「轑カ稲瓣」), which the test above refuses.
  const big5 = attempt('big5', b);
  if (big5 !== undefined && looksTraditional(big5)) return { text: big5, encoding: 'big5' };
  throw new LibraryError(UNKNOWN_ENCODING);
}

function startsWith(b: Uint8Array, prefix: number[]): boolean {
  return b.length >= prefix.length && prefix.every((x, i) => b[i] === x);
}

function attempt(encoding: string, b: Uint8Array): string | undefined {
  if (encoding === 'utf-8') return utf8Text(b);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return undefined;
  }
}

function strict(encoding: string, b: Uint8Array): string {
  const text = attempt(encoding, b);
  if (text === undefined) throw new LibraryError(UNKNOWN_ENCODING);
  return text;
}

/** Decoded UTF-16 that is full of control characters was not text in the first place. */
function textOnly(text: string): string {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c)) controls++;
  }
  if (controls > text.length * 0.01) throw new LibraryError(NOT_TEXT);
  return text;
}

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return, SUB and ESC; and DEL. */
function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d && c !== 0x1a && c !== 0x1b) || c === 0x7f;
}

/**
 * More than 1% control bytes (and more than a handful). In UTF-8 and GB18030 every byte of a
 * multi-byte character is ≥ 0x30, so a control byte is a control character: a text has almost
 * none (a stray one from copying is dropped), a binary file many.
 */
function binaryControls(b: Uint8Array): boolean {
  let controls = 0;
  for (let i = 0; i < b.length; i++) if (isControl(b[i]!)) controls++;
  return tooManyControls(controls, b.length);
}

function tooManyControls(controls: number, bytes: number): boolean {
  return controls > 4 && controls > bytes * 0.01;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000E-\u0019\u001C-\u001F\u007F]/;

/** The control characters (isControl) in a text. */
function controlsIn(text: string): number {
  if (!CONTROL.test(text)) return 0;
  let controls = 0;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) controls++;
  return controls;
}

/** UTF-32 without a byte-order mark: the two high bytes of (nearly) every 4-byte unit are zero. */
function looksUtf32(b: Uint8Array): boolean {
  if (b.length % 4 !== 0 || b.length < 8) return false;
  let le = 0;
  let be = 0;
  const units = b.length / 4;
  for (let i = 0; i < b.length; i += 4) {
    if (b[i + 2] === 0 && b[i + 3] === 0 && (b[i] !== 0 || b[i + 1] !== 0)) le++;
    if (b[i] === 0 && b[i + 1] === 0 && (b[i + 2] !== 0 || b[i + 3] !== 0)) be++;
  }
  return le > units * 0.9 || be > units * 0.9;
}

/**
 * UTF-16 without a byte-order mark (rare, but some tools write it): zero bytes all on one side of
 * the 2-byte units, as the high byte of ASCII characters and line breaks. Accepted only when the
 * decoded text has no control characters beyond line breaks and tabs.
 */
function utf16WithoutBom(b: Uint8Array): Decoded | undefined {
  if (b.length % 2 !== 0) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < b.length; i++) {
    if (b[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  // A CJK character can have a zero byte too (U+4E00 一 is 00 4E in LE), on the other side and
  // rarely; ASCII characters put theirs all on one side.
  const units = b.length / 2;
  const encoding = odd > even * 3 && odd > units * 0.01 ? 'utf-16le' : even > odd * 3 && even > units * 0.01 ? 'utf-16be' : undefined;
  if (!encoding) return undefined;
  const text = attempt(encoding, b);
  if (text === undefined) return undefined;
  for (let i = 0; i < text.length; i++) if (isControl(text.charCodeAt(i))) return undefined;
  return { text, encoding };
}

/**
 * GB18030 decodes almost any byte string, so a successful decode proves little: Shift-JIS, Big5 or
 * EUC-KR bytes come out as rare or random characters. Real Chinese text keeps to the common
 * GB2312 range (lead and trail bytes A1–FE) and uses the most frequent characters heavily.
 */
function looksChinese(b: Uint8Array, text: string): boolean {
  let pairs = 0;
  let common = 0;
  for (let i = 0; i < b.length; ) {
    const lead = b[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const trail = b[i + 1] ?? 0;
    pairs++;
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4; // a four-byte GB18030 sequence: outside GBK, rare in real text
      continue;
    }
    if (lead >= 0xa1 && lead <= 0xf7 && trail >= 0xa1 && trail <= 0xfe) common++;
    i += 2;
  }
  if (pairs === 0 || common < pairs * 0.7) return false;
  const { hanzi, frequent } = hanziCount(text, (ch) => FREQUENT.has(ch));
  return hanzi < 20 || frequent >= hanzi * 0.15;
}

/** The Han characters (U+4E00–U+9FFF) of `text`, and how many of them are `frequent`. */
function hanziCount(text: string, isFrequent: (ch: string) => boolean): { hanzi: number; frequent: number } {
  let hanzi = 0;
  let frequent = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x4e00 || c > 0x9fff) continue;
    hanzi++;
    if (isFrequent(ch)) frequent++;
  }
  return { hanzi, frequent };
}

/**
 * Text read as Big5 that is 繁體 Chinese: its Han characters use the frequent ones heavily — those
 * written alike in both scripts (的、一、是) or the traditional forms of frequent ones (們、個、會) —
 * and most of those the scripts write apart are traditional. Other bytes (Shift-JIS, noise) read as
 * Big5 come out as rare characters.
 */
function looksTraditional(text: string): boolean {
  const { hanzi, frequent } = hanziCount(text, (ch) => FREQUENT.has(ch) || TRADITIONAL.has(ch));
  return hanzi >= 20 && frequent >= hanzi * 0.3 && isTraditional(text);
}

const TRADITIONAL = new Set(TRADITIONAL_ONLY);

/** About 240 of the most frequent characters of modern Chinese: together a third or more of any running text. */
const FREQUENT = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府县乡镇村抓落实推进'.split(''),
);

// eslint-disable-next-line no-control-regex
const NEEDS_NORMALISING = /^\uFEFF|[\r\u0000-\u0008\u000B-\u001F\u007F]/;

/** One text form for analysis: no byte-order mark, \n line breaks, no stray control characters. */
function normalise(text: string): string {
  // Most files need none of it: one scan instead of four.
  if (!NEEDS_NORMALISING.test(text)) return text;
  // eslint-disable-next-line no-control-regex
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u000B\u000C]/g, '\n').replace(/[\u0000-\u0008\u000E-\u001F\u007F]/g, '');
}
