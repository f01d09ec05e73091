// Defect 2: characters XML cannot hold (U+FFFE, U+FFFF, lone surrogates, C0 controls) reached
// word/document.xml through imported documents, versions.save, export.docx and `wengao save`, and
// LibreOffice refused the file. Reproduced first with ../shared/fixtures/hostile/export-uffff.docx.
// One sanitiser (core/doc/xml-text.ts) now drops them at the import boundary (every reader), at the
// store and at export, and says how many it dropped.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../../core/doc/model.ts';
import { toPlainText } from '../../../core/doc/text.ts';
import { xmlSafe } from '../../../core/doc/xml-text.ts';
import { decodeEntities } from '../../../main/services/library/xml.ts';
import { importFiles, readTextFile } from '../../../main/services/library/library.ts';
import { useApi } from '../../helpers/api.ts';
import { wengao } from '../../helpers/cli.ts';
import { docxXmlProblems } from '../../helpers/docx-xml.ts';
import { SHARED } from '../../helpers/examples.ts';
import { docxToPdf, OFFICE_TIMEOUT_MS, pdfText } from '../../helpers/office.ts';
import { speechModel } from '../../fixtures/docmodels.ts';

const FIXTURE = join(SHARED, 'fixtures', 'hostile', 'export-uffff.docx');
// U+FFFF, a lone low surrogate, U+FFFE, a lone high surrogate, a vertical tab and a NUL.
const HOSTILE = ['\uFFFF', '\uDC00', '\uFFFE', '\uD800', '\u000B', '\u0000'];
const PAIR = '𠀀'; // a surrogate pair is a character like any other

function withHostileText(doc: DocModel): DocModel {
  const [first, ...rest] = doc.blocks;
  if (first?.type !== 'paragraph' && first?.type !== 'heading') throw new Error('fixture: first block has no runs');
  return { ...doc, title: [{ text: `标题${HOSTILE[0]}${PAIR}` }], blocks: [{ ...first, runs: [{ text: `正文${HOSTILE.join('')}结束${PAIR}` }] }, ...rest] };
}

describe('characters XML cannot hold', () => {
  const api = useApi('wengao-xmltext-');

  it('the sanitiser drops exactly those characters', () => {
    expect(xmlSafe(`a${HOSTILE.join('')}b${PAIR}\t\n\r\u3000\uFFFD`)).toEqual({ text: `ab${PAIR}\t\n\r\u3000\uFFFD`, removed: HOSTILE.length });
    expect(decodeEntities('&#xD800;&#xDFFF;&#xFFFF;&#xFFFE;&#1;&#x4E00;&#x20000;')).toBe('一𠀀');
  });

  it('the hostile .docx imports as a document whose export LibreOffice opens', async () => {
    const { documentId, removedChars } = await api.call('documents.import', { name: 'export-uffff.docx', base64: readFileSync(FIXTURE).toString('base64') });
    expect(removedChars).toBeGreaterThan(0);
    const { doc } = await api.call('documents.open', { documentId });
    const text = toPlainText(doc);
    expect(text).not.toMatch(/[\uFFFE\uFFFF]/);
    const { base64 } = await api.call('export.docx', { doc });
    const bytes = Buffer.from(base64, 'base64');
    expect(await docxXmlProblems(bytes)).toEqual([]);
    const out = join(api.dir, 'uffff.docx');
    writeFileSync(out, bytes);
    const printed = await pdfText(await docxToPdf(out));
    expect(printed.replace(/\s/g, '')).toContain(text.split('\n').find((l) => l.trim().length > 4)!.replace(/\s/g, '').slice(0, 8));
  }, OFFICE_TIMEOUT_MS);

  it('versions.save drops them, says how many, and the stored version exports', async () => {
    const { documentId } = api.store.createDocument(speechModel(), 'generated');
    const saved = await api.call('versions.save', { documentId, doc: withHostileText(speechModel()), kind: 'saved' });
    expect(saved.removedChars).toBe(HOSTILE.length + 1);
    const { doc } = await api.call('versions.get', { documentId, version: saved.version });
    expect(toPlainText(doc)).toContain(`正文结束${PAIR}`);
    expect(await docxXmlProblems(Buffer.from((await api.call('export.docx', { doc })).base64, 'base64'))).toEqual([]);
  });

  it('export.docx of unsaved editor text leaves them out and says how many', async () => {
    const r = await api.call('export.docx', { doc: withHostileText(speechModel()) });
    expect(r.removedChars).toBe(HOSTILE.length + 1);
    expect(await docxXmlProblems(Buffer.from(r.base64, 'base64'))).toEqual([]);
  });

  it('every reader drops them: a .txt with U+FFFF imports clean into the 范文库 and as a document', async () => {
    const dir = join(api.dir, 'txt');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, 'uffff.txt');
    writeFileSync(path, `关于做好防汛工作的讲话\n\n同志们：\n今年汛期来得早\uFFFF、来得猛，各乡镇要压实责任\uFFFE。\n`);
    expect((await readTextFile(path)).removedChars).toBe(2);
    const summary = await importFiles(api.store, [path]);
    expect(summary.imported).toBe(1);
    const texts = api.store.db.prepare(`SELECT text FROM passages`).pluck().all() as string[];
    expect(texts.join('')).toContain('今年汛期来得早、来得猛');
    expect(texts.join('')).not.toMatch(/[\uFFFE\uFFFF]/);
  });

  it('wengao save says what it dropped', () => {
    const data = join(api.dir, 'cli');
    const txt = join(api.dir, 'edited.txt');
    writeFileSync(txt, '关于防汛工作的讲话\n\n同志们：\n各单位要守土有责\uFFFF。\n');
    expect(wengao(['import-doc', txt, '--data-dir', data]).status).toBe(0);
    const r = wengao(['save', '1', txt, '--data-dir', data]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('已去掉 1 个无法写入 Word 文件的字符');
  });
});
