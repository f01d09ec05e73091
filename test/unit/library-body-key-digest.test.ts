// The digests an import stores, made by one call (crypto.hash) instead of a Hash object: the same
// hex as before — a document's body_key (same-body.ts: its passages joined, spaces out, NFKC, SHA-1)
// and a file's hash (files.ts: SHA-256 of its bytes). A changed digest would make every copy imported
// before look new. Fixtures line-facts/liaoan-flood-page.txt (蓼岸镇) and line-facts/yanxi-flood-speech.txt
// (砚溪镇, a character beyond the BMP): invented.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { readBytes } from '../../main/services/library/files.ts';
import { bodyKey } from '../../main/services/library/same-body.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'line-facts');
const FILES = ['liaoan-flood-page.txt', 'yanxi-flood-speech.txt'];
const sha1 = (s: string) => createHash('sha1').update(s).digest('hex');

describe('the digests of an import', () => {
  it('body_key is the SHA-1 of the folded body, as a Hash object made it', () => {
    for (const f of FILES) {
      const [doc] = analyse(readFileSync(join(DIR, f), 'utf8')).documents;
      const body = doc!.passages.map((p) => p.text).join('').replace(/[\s\u3000]+/g, '').normalize('NFKC');
      expect(bodyKey(doc!.passages)).toBe(body.length >= 120 ? sha1(body) : null);
    }
    // A body with a character beyond the BMP and full-width forms folded by NFKC.
    const passages = [{ text: '𠮷溪村要落实巡山责任，ＡＢＣ组。'.repeat(10) }];
    expect(bodyKey(passages)).toBe(sha1(passages[0]!.text.normalize('NFKC')));
    expect(bodyKey([{ text: '短' }])).toBeNull();
  });

  it("a file's hash is the SHA-256 of its bytes", () => {
    for (const f of FILES) {
      const path = join(DIR, f);
      expect(readBytes(path).hash).toBe(createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  });
});
