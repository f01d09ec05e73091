// UTF-8 decoded by Node's native code (main/services/library/utf8.ts): the same text as
// TextDecoder('utf-8', { fatal: true, ignoreBOM: true }) gave, and the same bytes refused. Fixture
// test/fixtures/utf8/chengting-fire-speech.txt (澄汀镇: invented): Chinese, a character beyond the BMP
// (𠮷), an emoji, a byte-order mark inside the text, and ASCII.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../main/services/library/decode.ts';
import { utf8Text } from '../../main/services/library/utf8.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const fatal = (b: Uint8Array): string | undefined => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return undefined;
  }
};

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, out);
    else if (/\.(?:txt|md|html?)$/.test(name)) out.push(p);
  }
  return out;
}

describe('utf8Text', () => {
  it('gives what the fatal TextDecoder gave, for every text fixture', () => {
    const all = files(FIXTURES);
    expect(all.length).toBeGreaterThan(100);
    for (const file of all) {
      const bytes = new Uint8Array(readFileSync(file));
      expect(utf8Text(bytes), file).toBe(fatal(bytes));
    }
  });

  it('refuses what it refused: overlong forms, surrogates, beyond U+10FFFF, cut sequences, stray continuation bytes', () => {
    const cases = [
      [0xc0, 0x80], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80],
      [0xe4, 0xb8], [0x80], [0xbf, 0x41], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xe5, 0x9c, 0xa8, 0xe6, 0xbe],
      // and takes what it took: a NUL, a byte-order mark, the last character, an emoji, ASCII alone, nothing
      [0x00, 0x41], [0xef, 0xbb, 0xbf, 0x41], [0xf4, 0x8f, 0xbf, 0xbf], [0xf0, 0x9f, 0x98, 0x80], [0x41, 0x42, 0x0a], [],
    ];
    for (const c of cases) expect(utf8Text(new Uint8Array(c)), c.join(' ')).toBe(fatal(new Uint8Array(c)));
    expect(utf8Text(new Uint8Array([0xed, 0xa0, 0x80]))).toBeUndefined();
  });

  it('a file with 𠮷, an emoji and a byte-order mark inside is read as it was', () => {
    const bytes = new Uint8Array(readFileSync(join(FIXTURES, 'utf8', 'chengting-fire-speech.txt')));
    const text = utf8Text(bytes)!;
    expect(text).toBe(fatal(bytes));
    expect(text).toContain('𠮷溪村、\uFEFF石门村要落实巡山责任😀。');
    expect(decodeText(bytes)).toEqual({ text: fatal(bytes), encoding: 'utf-8' });
    // A subarray of a larger buffer: only its own bytes.
    const inner = new Uint8Array([0x41, ...bytes, 0x42]).subarray(1, bytes.length + 1);
    expect(utf8Text(inner)).toBe(text);
  });
});
