// Which characters the chosen fonts cannot show (FORMAT.md: "warn at export when a character falls
// outside the chosen font's character set"). 仿宋_GB2312 and 楷体_GB2312 cover GB2312 only, so rare
// characters in names (镕, 堃) and even 〇 print in a fallback face; 仿宋/楷体 and the 方正 _GBK faces
// cover GBK. The sets are read from the platform's GBK decoder, so no table is shipped.
import type { DocModel } from '../../../core/doc/model.ts';
import { docLines } from '../../../core/doc/text.ts';
import type { FontProfile } from './fonts.ts';

export type Charset = 'GB2312' | 'GBK';

export const PROFILE_CHARSET: Readonly<Record<FontProfile, Charset>> = {
  gb2312: 'GB2312',
  windows: 'GBK',
  'fangzheng-gbk': 'GBK',
};

/** Per charset, one flag per UTF-16 unit: whether the charset has that character. */
const cache = new Map<Charset, Uint8Array>();

/**
 * GB2312: lead bytes A1–F7, trail A1–FE. GBK: lead 81–FE, trail 40–FE without 7F. Every pair is
 * decoded in one call, a newline after each, so that a pair that is no character cannot shift the rest
 * (a call per pair, 24,000 of them, was a tenth of a CLI export); the result is kept as a table of
 * flags by code unit (a Set of 8,000 one-character strings took as long again as the decode).
 */
function charset(name: Charset): Uint8Array {
  let table = cache.get(name);
  if (table) return table;
  const [leadFrom, leadTo, trailFrom] = name === 'GB2312' ? [0xa1, 0xf7, 0xa1] : [0x81, 0xfe, 0x40];
  const bytes = new Uint8Array((leadTo - leadFrom + 1) * (0xff - trailFrom) * 3);
  let n = 0;
  for (let lead = leadFrom; lead <= leadTo; lead++) {
    for (let trail = trailFrom; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      bytes[n++] = lead;
      bytes[n++] = trail;
      bytes[n++] = 0x0a;
    }
  }
  const text = new TextDecoder('gbk').decode(bytes.subarray(0, n));
  table = new Uint8Array(0x10000);
  // A character is a single unit between two newlines; U+FFFD marks a pair that is none.
  for (let i = 0; i < text.length; i += 2) {
    const c = text.charCodeAt(i);
    if (text.charCodeAt(i + 1) === 0x0a && c !== 0xfffd && c !== 0x0a) table[c] = 1;
    else {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1;
    }
  }
  cache.set(name, table);
  return table;
}

/** The distinct characters of `text` outside the profile's character set, in order of appearance.
 * ASCII is left out: letters and digits are set in Times New Roman. */
export function charsOutside(text: string, profile: FontProfile): string[] {
  const table = charset(PROFILE_CHARSET[profile]);
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp > 0x7f && (cp > 0xffff || table[cp] !== 1) && !/\s/.test(ch)) out.add(ch);
  }
  return [...out];
}

export interface CoverageWarning {
  chars: string[];
  charset: Charset;
  message: string;
}

/** A warning for the export dialog or the CLI, or undefined when every character is covered (never 符合标准 otherwise). */
export function coverageWarning(doc: DocModel, profile: FontProfile = 'gb2312'): CoverageWarning | undefined {
  const chars = charsOutside(docLines(doc).join('\n'), profile);
  if (chars.length === 0) return undefined;
  const cs = PROFILE_CHARSET[profile];
  const hint = cs === 'GB2312' ? '，可改用 Windows 字体方案（仿宋/楷体）' : '';
  return { chars, charset: cs, message: `以下字符不在 ${cs} 字符集内，所选字体可能无法显示：${chars.join('')}${hint}` };
}

