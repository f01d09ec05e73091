// A paragraph that starts with a page break and carries Word's automatic list number (a 汇编's piece title on a new
// page, numbered 「1.」 by a list — session 24, the outside test's c01): the page break stands before the number, so
// the number heads the title's line. It had left 「1.」 on a line of its own and the title under it as text (an empty
// numbered heading, two pieces merged). The whole fixture collections/auto-numbered-speeches.docx (沅江县) is compared by
// library-collections; here the line itself, in our own words (澄口镇 invented).
import { describe, expect, it } from 'vitest';
import { Document, LevelFormat, Packer, PageBreak, Paragraph, TextRun } from 'docx';
import { docxToText } from '../../main/services/library/docx.ts';

const numbering = { config: [{ reference: 'pieces', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1 }] }] };
const titled = (text: string, pageBreak: boolean) => new Paragraph({ numbering: { reference: 'pieces', level: 0 }, children: [...(pageBreak ? [new PageBreak()] : []), new TextRun(text)] });

async function lines(paras: Paragraph[]): Promise<string[]> {
  const bytes = await Packer.toBuffer(new Document({ numbering, sections: [{ children: paras }] }));
  return (await docxToText(new Uint8Array(bytes))).split('\n').filter((l) => l.trim() !== '');
}

describe('a list number on a paragraph that opens a new page', () => {
  it('heads the text after the page break, on one line', async () => {
    const got = await lines([titled('在澄口镇春耕生产动员会上的讲话', false), new Paragraph({ children: [new TextRun('同志们，春耕在即，请大家抓紧准备！')] }), titled('在澄口镇防汛工作会议上的讲话', true)]);
    expect(got).toEqual(['1.在澄口镇春耕生产动员会上的讲话', '同志们，春耕在即，请大家抓紧准备！', '2.在澄口镇防汛工作会议上的讲话']);
  });
});
