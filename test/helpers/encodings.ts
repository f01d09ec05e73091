// Text in legacy encodings for the import tests. Node decodes GB18030 but cannot encode it: the
// `iconv` command does it where installed; otherwise a reverse table is built from Node's own
// decoder over every two-byte GBK sequence (enough for the fixtures' characters).
import { execFileSync } from 'node:child_process';

let table: Map<string, [number, number]> | undefined;

function reverseTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const dec = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = dec.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

function hasIconv(): boolean {
  try {
    execFileSync('iconv', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function iconv(text: string, to: string): Buffer | undefined {
  if (!hasIconv()) return undefined;
  try {
    return execFileSync('iconv', ['-f', 'UTF-8', '-t', to], { input: Buffer.from(text, 'utf8'), maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

export function encodeGb18030(text: string): Buffer {
  const viaIconv = iconv(text, 'GB18030');
  if (viaIconv) return viaIconv;
  const t = reverseTable();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const pair = t.get(ch);
    if (!pair) throw new Error(`no two-byte GB18030 code for ${ch} (U+${c.toString(16)})`);
    out.push(...pair);
  }
  return Buffer.from(out);
}
