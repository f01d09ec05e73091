// Defects 3 and 4 and the .docx minor items: a list numbering that starts at 260,000,000 as
// letters (1,184 bytes → gigabytes), 8,000 styles each based on the previous (quadratic: 25 s),
// relationships nested 10⁴ deep (a stack overflow shown as 「内部错误」) and a part whose CRC does
// not match (imported as if whole). Reproduced first with ../shared/fixtures/hostile/.
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToText, formatNumber, MAX_LABEL, MAX_START, NOT_DOCX } from '../../../main/services/library/docx.ts';
import { documentXml, docxParts, handZip } from '../../helpers/docx-fixture.ts';
import { SHARED } from '../../helpers/examples.ts';

const HOSTILE = join(SHARED, 'fixtures', 'hostile');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

async function docx(parts: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('_rels/.rels', `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  for (const [path, xml] of Object.entries(parts)) zip.file(path, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const numbering = (start: number, format: string, text = '%1.') =>
  `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="${start}"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl></w:abstractNum><w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num></w:numbering>`;

const listed = (n: number) => documentXml(Array.from({ length: n }, (_, i) => ({ text: `第${i}项`, num: { id: 9, level: 0 } })));

describe('defect 3: list numbering bounded', () => {
  it('the 1 KB letter bomb reads as its paragraphs with short labels', async () => {
    const bytes = readFileSync(join(HOSTILE, 'numbering-letter-bomb.docx'));
    expect(bytes.length).toBeLessThan(2048);
    const heapBefore = process.memoryUsage().heapUsed;
    const text = await docxToText(bytes);
    const lines = text.split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(line.length, line.slice(0, 60)).toBeLessThanOrEqual(MAX_LABEL + 20);
    expect(lines[0]).toMatch(/第0项$/);
    // Before the bound this took gigabytes.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
  });

  it('a start beyond Word’s own limit is clamped to it; ordinary letter lists stay as Word draws them', async () => {
    const text = await docxToText(await docx({ 'word/document.xml': listed(2), 'word/numbering.xml': numbering(2_000_000_000, 'decimal') }));
    expect(text.split('\n')).toEqual([`${MAX_START}.第0项`, `${MAX_START + 1}.第1项`]);
    const letters = await docxToText(await docx({ 'word/document.xml': listed(3), 'word/numbering.xml': numbering(26, 'lowerLetter', '%1)') }));
    expect(letters.split('\n')).toEqual(['z)第0项', 'aa)第1项', 'bb)第2项']);
    expect(formatNumber(78, 'upperLetter')).toBe('ZZZ');
    expect(formatNumber(79, 'upperLetter')).toBe('79');
    expect(formatNumber(260_000_000, 'lowerLetter')).toBe('260000000');
  });

  it('a level text that repeats its number cannot make a long label', async () => {
    const text = await docxToText(await docx({ 'word/document.xml': listed(1), 'word/numbering.xml': numbering(100, 'decimal', '%1'.repeat(5000)) }));
    expect(text.length).toBeLessThanOrEqual(MAX_LABEL + 10);
  });
});

describe('defect 4: style chains resolved once', () => {
  it('8,000 styles each based on the previous read in linear time', async () => {
    const started = performance.now();
    const text = await docxToText(readFileSync(join(HOSTILE, 'style-chain-8000.docx')));
    const ms = performance.now() - started;
    expect(text.split('\n').length).toBeGreaterThan(1000);
    // Measured, as the acceptance asks (≤ 2 s a file): it took 25–35 s before.
    expect(ms).toBeLessThan(2000 * (process.env.CI ? 2 : 3));
  });

  it('numbering and alignment still come through a short basedOn chain, and a cycle ends', async () => {
    const styles = `<w:styles xmlns:w="${W}">
      <w:style w:type="paragraph" w:default="1" w:styleId="Normal"/>
      <w:style w:type="paragraph" w:styleId="Base"><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="9"/></w:numPr><w:jc w:val="center"/></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="Mid"><w:basedOn w:val="Base"/></w:style>
      <w:style w:type="paragraph" w:styleId="Top"><w:basedOn w:val="Mid"/></w:style>
      <w:style w:type="paragraph" w:styleId="A"><w:basedOn w:val="B"/></w:style>
      <w:style w:type="paragraph" w:styleId="B"><w:basedOn w:val="A"/></w:style>
    </w:styles>`;
    const doc = documentXml([{ text: '第一部分', style: 'Top' }, { text: '第二部分', style: 'Mid' }, { text: '正文', style: 'A' }]);
    const text = await docxToText(
      await docx({
        'word/document.xml': doc,
        'word/numbering.xml': numbering(1, 'chineseCounting', '%1、'),
        'word/styles.xml': styles,
        'word/_rels/document.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="r2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
      }),
    );
    expect(text.split('\n')).toEqual(['一、第一部分', '二、第二部分', '正文']);
  });
});

describe('minor: .docx structure', () => {
  it('relationships nested 10⁴ deep are read (or refused as not a .docx), never a stack overflow', async () => {
    const deep = '<x>'.repeat(10_000) + '</x>'.repeat(10_000);
    const zip = await docx({
      '_rels/.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${deep}<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      'word/document.xml': documentXml([{ text: '正文一段' }]),
    });
    expect(await docxToText(zip)).toBe('正文一段');
  });

  it('a part whose CRC does not match is refused as damaged', async () => {
    const whole = handZip(docxParts(Buffer.from(documentXml([{ text: '正文一段' }]))));
    expect(await docxToText(whole)).toBe('正文一段');
    const damaged = handZip(docxParts(Buffer.from(documentXml([{ text: '正文一段' }]))).map((e) => (e.name === 'word/document.xml' ? { ...e, noCrc: true } : e)));
    await expect(docxToText(damaged)).rejects.toThrow(`${NOT_DOCX}（文件已损坏：校验不符）`);
  });
});
