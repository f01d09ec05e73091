// Found by `npm run fuzz` (seed 20261204, 10,000 importer runs): a web page without a usable root
// element made linkedom throw a TypeError, and a damaged PDF page made pdf.js throw its own
// exception — both reached the user as 「内部错误」. Each is now a refusal that says what is wrong.
// (The PDF cuts below did not reproduce the pdf.js exception; they guard the refusal path.)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryError } from '../../../main/services/library/errors.ts';
import { docToText, NOT_DOC } from '../../../main/services/library/doc.ts';
import { htmlToText, NO_ARTICLE } from '../../../main/services/library/html.ts';
import { pdfToText } from '../../../main/services/library/pdf.ts';
import { PACKAGE_ROOT } from '../../../main/services/library-files.ts';

describe('readers refuse what they cannot read', () => {
  it('a page without a root element is refused as having no text', async () => {
    for (const page of ['<!DOCTYPE html>', '<!-- 评论', '</html>', '<?xml version="1.0"?>']) {
      await expect(htmlToText(Buffer.from(page)), page).rejects.toThrow(NO_ARTICLE);
    }
  });

  it('a PDF cut or damaged anywhere is read or refused, never an exception of pdf.js', async () => {
    const pdf = readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'collections', 'straw-speech.pdf'));
    for (let k = 1; k < 12; k++) {
      const at = Math.floor((pdf.length * k) / 12);
      const damaged = [Buffer.concat([pdf.subarray(0, at), pdf.subarray(at + 512)]), Buffer.concat([pdf.subarray(0, at), Buffer.alloc(64, 0x29), pdf.subarray(at + 64)])];
      for (const bytes of damaged) {
        try {
          await pdfToText(bytes);
        } catch (err) {
          expect(err, `damaged at ${at}: ${(err as Error).message}`).toBeInstanceOf(LibraryError);
        }
      }
    }
  });

  // `npm run fuzz -- --seed 1`: one byte of this .doc's allocation table changed (entry 13, at byte
  // 1588, from 14 to 11) makes the chain through sectors 11–13 loop; the built-in reader followed it
  // until V8 ended the process ("invalid size error"), taking the import worker and the app with it.
  it('a .doc whose sector chain loops is read or refused, and the process lives', async () => {
    const doc = readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'collections', 'renovation-speech.doc'));
    const looped = Buffer.from(doc);
    expect(looped[1588]).toBe(14);
    looped[1588] = 11;
    try {
      const { text } = await docToText(looped, 'doc', { soffice: false });
      expect(text.length).toBeLessThan(doc.length);
    } catch (err) {
      expect(err).toBeInstanceOf(LibraryError);
      expect((err as Error).message).toBe(NOT_DOC);
    }
    // The undamaged file still reads whole.
    expect((await docToText(doc, 'doc', { soffice: false })).text).toContain('老旧小区');
  });

  // `npm run fuzz -- --seed 1171810613`, run 8,296: 「9999-99-99」 inserted at byte 30 of this .wps
  // made the header's sector shift 0x3939, i.e. 32 MB sectors; the built-in reader allocated sector
  // count × 32 MB and V8 ended the process out of memory.
  it('a .doc or .wps whose header gives impossible sector sizes is refused, and the process lives', async () => {
    const wps = readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'collections', 'renovation-speech.wps'));
    const inserted = Buffer.concat([wps.subarray(0, 30), Buffer.from('9999-99-99'), wps.subarray(30)]);
    await expect(docToText(inserted, 'wps', { soffice: false })).rejects.toThrow(NOT_DOC);
    // Sector shift, short-sector shift (16 bits); allocation-table and extra table sectors (32 bits).
    const damages: [number, number, 2 | 4][] = [[30, 20, 2], [32, 12, 2], [0x2c, 0x7fffffff, 4], [0x48, 0x7fffffff, 4]];
    for (const [at, value, size] of damages) {
      const damaged = Buffer.from(wps);
      if (size === 2) damaged.writeUInt16LE(value, at);
      else damaged.writeUInt32LE(value, at);
      await expect(docToText(damaged, 'wps', { soffice: false }), `offset ${at}`).rejects.toThrow(NOT_DOC);
    }
    expect((await docToText(wps, 'wps', { soffice: false })).text).toContain('老旧小区');
  });
});

