// RTF read by the built-in reader (main/services/library/rtf.ts), and hidden text left out of .rtf and
// .docx alike: a drafter's hidden notes (\v, w:vanish) are not the document's text. Our own words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { docToText } from '../../main/services/library/doc.ts';
import { readDocx } from '../../main/services/library/docx.ts';
import { rtfToText } from '../../main/services/library/rtf.ts';

const rtf = (body: string) => new Uint8Array(Buffer.from(`{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 \\'cb\\'ce\\'cc\\'e5;}}{\\colortbl;\\red0\\green0\\blue0;}{\\*\\generator Test;}${body}}`, 'latin1'));

describe('an RTF file', () => {
  it('gives its paragraphs: GBK bytes, \\uN with its fallback skipped, fields\' results, cells joined', () => {
    // 「讲话」 in GBK: bd b2 bb b0.
    const read = rtfToText(rtf(`\\pard\\f0 \\'bd\\'b2\\'bb\\'b0\\par \\uc1\\u21516?\\u24535?\\u20204?\\u65306?\\par {\\field{\\*\\fldinst HYPERLINK "http://x"}{\\fldrslt \\u38142?}}\\par \\trowd\\cellx1000\\cellx2000 \\intbl \\u19968?\\cell \\u20108?\\cell\\row`));
    expect(read.text.split('\n')).toEqual(['讲话', '同志们：', '链', '一 | 二', '']);
  });

  it('reads bytes in the default font\'s charset (WPS: \\ansicpg1252 with a GB2312 font), and passes over binary data', () => {
    const wps = new Uint8Array(Buffer.from(`{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}{\\f1\\fswiss\\fcharset0 Arial;}}\\pard \\'bd\\'b2{\\pict\\bin4 }{{}}\\'bb\\'b0\\par\\pard\\f1 abc\\par}`, 'latin1'));
    expect(rtfToText(wps).text.split('\n')).toEqual(['讲话', 'abc', '']);
  });

  it('leaves hidden text out, in a paragraph or inside a sentence', () => {
    const read = rtfToText(rtf(`\\pard {\\v \\u20462?\\u25913?\\par}\\pard \\u30475?{\\v \\u34255?}\\u35265?\\par \\pard \\plain \\u21448?\\v \\u34255?\\v0 \\u35265?\\par`));
    expect(read.text.split('\n').filter(Boolean)).toEqual(['看见', '又见']);
  });

  it('marks a heading by its outline level or its style\'s name', () => {
    const read = rtfToText(rtf(`{\\stylesheet{\\s0 Normal;}{\\s1\\outlinelevel0 heading 1;}}\\pard\\s1 \\u19968?\\par\\pard \\u20108?\\par\\pard\\outlinelevel1 \\u19977?\\par`));
    expect(read.headings).toEqual([{ line: 1, level: 1 }, { line: 3, level: 2 }]);
  });

  it('LibreOffice\'s RTF is read without LibreOffice, hidden notes left out', async () => {
    const file = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'collections', 'hidden-notes-speeches.rtf'));
    let converting = false;
    const read = await docToText(file, 'doc', { soffice: '/nonexistent/soffice', converting: () => (converting = true) });
    expect(converting).toBe(false);
    expect(read.text).toContain('部分农贸市场快检室形同虚设，校园周边小餐饮证照不全的问题比较突出。');
    for (const hidden of ['修改意见', '此处数据待核实', '办公室备注']) expect(read.text).not.toContain(hidden);
  });
});

describe('a .docx', () => {
  it('leaves hidden runs out', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('看得见。'), new TextRun({ text: '隐藏的备注', vanish: true }), new TextRun('又看得见。')] }), new Paragraph({ children: [new TextRun({ text: '整段隐藏', vanish: true })] })] }] });
    expect((await readDocx(await Packer.toBuffer(doc))).text).toBe('看得见。又看得见。');
  });
});
