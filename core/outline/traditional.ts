// Is a text written in traditional characters (繁體)? Every recogniser of the analysis — titles,
// salutations, 主送, genres, roles — is written in simplified characters, and a drafter searches and
// drafts in them, so a traditional text is converted for the library (main/services/library/simplify.ts)
// and the import says so. This is the test that decides, run on every file: one pass over the text,
// a table lookup per character, no dictionary loaded. Pure.
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from './traditional-chars.ts';

const SIMPLIFIED = 1;
const TRADITIONAL = 2;
/** Traditional-only characters a text must hold before it is called traditional (a name or a quoted title is not). */
const MIN_TRADITIONAL = 10;

let kinds: Uint8Array | undefined;

/** Each UTF-16 unit's kind: simplified-only, traditional-only, or neither (0). */
function table(): Uint8Array {
  if (kinds) return kinds;
  kinds = new Uint8Array(0x10000);
  for (let i = 0; i < SIMPLIFIED_ONLY.length; i++) kinds[SIMPLIFIED_ONLY.charCodeAt(i)] = SIMPLIFIED;
  for (let i = 0; i < TRADITIONAL_ONLY.length; i++) kinds[TRADITIONAL_ONLY.charCodeAt(i)] = TRADITIONAL;
  return kinds;
}

/** The text's characters that only one script writes: how many are simplified, how many traditional. */
export function scriptCounts(text: string): { simplified: number; traditional: number } {
  const k = table();
  let simplified = 0;
  let traditional = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00) continue;
    const kind = k[c];
    if (kind === SIMPLIFIED) simplified++;
    else if (kind === TRADITIONAL) traditional++;
  }
  return { simplified, traditional };
}

/**
 * Most of the characters that tell the scripts apart are traditional: a 繁體 text (a few simplified
 * characters in it are slips); a simplified text quoting a 繁體 name or title is not.
 */
export function isTraditional(text: string): boolean {
  const { simplified, traditional } = scriptCounts(text);
  return traditional >= MIN_TRADITIONAL && traditional > simplified;
}
