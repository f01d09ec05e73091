// The 范文库 reader's front (renderer/src/panels/reader-front.ts): the text's own title and head lines
// come out of the body and are shown once, in the file's order; anything else stays as it was.
import { describe, expect, it } from 'vitest';
import { readerParts } from '../../renderer/src/panels/reader-front.ts';

const TITLE = '在澄川县第九届人民代表大会第三次会议上的政府工作报告';

describe('readerParts', () => {
  it('takes a title over two lines, the speaker and the date out of the text, in the file’s order', () => {
    const text = '在澄川县第九届人民代表大会\n第三次会议上的政府工作报告\n\n县长　殷若兰\n（2027年1月9日）\n各位代表：\n现在，我代表县人民政府……';
    expect(readerParts(TITLE, ['（2027年1月9日）', '县长　殷若兰'], text)).toEqual({
      title: TITLE,
      head: ['县长　殷若兰', '（2027年1月9日）'],
      body: ['各位代表：', '现在，我代表县人民政府……'],
    });
  });

  it('keeps head lines the text does not hold, and a text that does not open with its front', () => {
    const text = '各位代表：\n现在，我代表县人民政府……';
    expect(readerParts(TITLE, ['（2027年1月9日）'], text)).toEqual({ title: null, head: ['（2027年1月9日）'], body: text.split('\n') });
  });

  it('leaves a title taken only in part (a derived title) in the text', () => {
    const text = '在澄川县第九届人民代表大会\n各位代表：';
    expect(readerParts(TITLE, [], text)).toEqual({ title: null, head: [], body: text.split('\n') });
  });
});
