// A .docx whose pieces carry their titles only in their sections' page headers (the s18 outside
// tester's c08): the header that is a title naming its kind becomes the section's first line when
// the section's opening holds no title of its own. An office's name, a page number, a header that
// repeats the title in the text, and a header linked over the sections after it add nothing.
// Our own texts (漓坪乡), made by the docx library; the fixture header-titled-minutes.docx is
// compared with its hand-written outline in library-collections.
import { Document, Header, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { readDocx } from '../../main/services/library/docx.ts';

const speech = (lead: string) => [
  '同志们：',
  `${lead}下面，我讲两点意见。`,
  '一、提高认识',
  '各村要把这项工作摆上重要议事日程，主要负责同志亲自抓。',
  '二、狠抓落实',
  '乡直各单位要按照分工抓好落实，每月向乡党政办报送一次进展情况。',
  '同志们，任务已经明确，关键在于落实！',
];
const header = (text: string) => new Header({ children: [new Paragraph(text)] });
type Part = { header?: string; lines: string[] };
const build = async (parts: Part[]) =>
  readDocx(
    await Packer.toBuffer(
      new Document({
        sections: parts.map((p) => ({ ...(p.header === undefined ? {} : { headers: { default: header(p.header) } }), children: p.lines.map((l) => new Paragraph(l)) })),
      }),
    ),
  );
const titles = (read: Awaited<ReturnType<typeof build>>) => analyse(read.text, { headings: read.headings, notices: read.notices }).documents.map((d) => d.title);

describe('titles from the sections\' page headers', () => {
  it('an untitled section takes its header\'s title, and the user is told', async () => {
    const read = await build([
      { header: '在全乡林长制工作会议上的讲话', lines: speech('今天召开全乡林长制工作会议。') },
      { header: '在全乡村级集体经济发展推进会上的讲话', lines: ['（2026年8月5日）', ...speech('今天召开村级集体经济发展推进会。')] },
    ]);
    expect(titles(read)).toEqual(['在全乡林长制工作会议上的讲话', '在全乡村级集体经济发展推进会上的讲话']);
    expect(read.notices).toEqual(['正文没有标题，已用页眉中的标题：《在全乡林长制工作会议上的讲话》《在全乡村级集体经济发展推进会上的讲话》']);
  });

  it('an office\'s name or a page line in the header is no title', async () => {
    const read = await build([{ header: '漓坪乡人民政府办公室　　第 1 页', lines: speech('今天召开全乡林长制工作会议。') }]);
    expect(read.text.split('\n')[0]).toBe('同志们：');
    expect(read.notices).toBeUndefined();
  });

  it('a header repeating the title in the text adds nothing', async () => {
    const read = await build([{ header: '在全乡林长制工作会议上的讲话', lines: ['在全乡林长制工作会议上的讲话', ...speech('今天召开全乡林长制工作会议。')] }]);
    expect(read.text.split('\n').filter((l) => l === '在全乡林长制工作会议上的讲话')).toHaveLength(1);
    expect(read.notices).toBeUndefined();
  });

  it('a header linked over the next section (none of its own) titles the first only', async () => {
    const read = await build([{ header: '在全乡林长制工作会议上的讲话', lines: speech('今天召开全乡林长制工作会议。') }, { lines: ['附件', '漓坪乡林长制工作任务分解表'] }]);
    expect(read.text.split('\n').filter((l) => l === '在全乡林长制工作会议上的讲话')).toHaveLength(1);
  });
});
