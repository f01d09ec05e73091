// A .docx's soft line breaks (Shift+Enter): where they are few beside the paragraphs, a break after a sentence's end
// is a line broken inside its paragraph, not a new one (the s22 outside test's c01: 「…专项考核。↵9月30日前，…」 had
// been two passages); a heading glued to its paragraph by a break, and a break before a numbered line, still end a
// line; where every line of a pasted page is soft-broken, every break ends one. Our own words (滢溪镇 invented).
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { docxToText } from '../../main/services/library/docx.ts';

const p = (...lines: string[]) => `<w:p><w:r>${lines.map((l) => `<w:t>${l}</w:t>`).join('<w:br/>')}</w:r></w:p>`;

async function text(body: string): Promise<string[]> {
  const zip = new JSZip();
  zip.file('word/document.xml', `<w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`);
  return (await docxToText(await zip.generateAsync({ type: 'uint8array' }))).split('\n');
}

describe('soft line breaks in a .docx', () => {
  it('few of them: after a sentence\'s end the paragraph goes on; a glued heading and a numbered line stay lines', async () => {
    const lines = await text(
      [
        p('在滢溪镇河道清淤工作会议上的讲话'),
        p('同志们：'),
        p('一、充分肯定成绩', '去年全镇清淤河道十二公里。'),
        p('各村都按期完成了任务。', '镇水利站做了大量工作。'),
        p('二、明确今年任务'),
        p('今年要完成清淤十五公里。', '（一）抓进度'),
        p('各村五月底前全部开工。'),
        p('同志们，让我们共同努力！'),
      ].join(''),
    );
    expect(lines).toEqual([
      '在滢溪镇河道清淤工作会议上的讲话',
      '同志们：',
      '一、充分肯定成绩',
      '去年全镇清淤河道十二公里。',
      '各村都按期完成了任务。镇水利站做了大量工作。',
      '二、明确今年任务',
      '今年要完成清淤十五公里。',
      '（一）抓进度',
      '各村五月底前全部开工。',
      '同志们，让我们共同努力！',
    ]);
  });

  it('a page pasted as one paragraph of soft-broken lines: every break ends a line', async () => {
    const lines = await text(p('去年全镇清淤河道十二公里。', '各村都按期完成了任务。', '镇水利站做了大量工作。', '今年要完成清淤十五公里。'));
    expect(lines).toHaveLength(4);
  });

  it('beside a page pasted as one paragraph (its breaks not counted with the file\'s), the typed paragraphs\' breaks still run on', async () => {
    const lines = await text(
      [
        p('在滢溪镇河道清淤工作会议上的讲话'),
        p('同志们：'),
        p('各村都按期完成了任务。', '镇水利站做了大量工作。'),
        p('今年要完成清淤十五公里。', '各村五月底前全部开工。'),
        p('同志们，让我们共同努力！'),
        p('在漾川乡河长制工作会议上的讲话'),
        p('同志们：', '今年全乡河道保洁实行网格化管理。', '各村要配齐保洁员。', '乡水利站要加强巡查。', '同志们，请大家抓紧抓实！'),
      ].join(''),
    );
    expect(lines).toEqual([
      '在滢溪镇河道清淤工作会议上的讲话',
      '同志们：',
      '各村都按期完成了任务。镇水利站做了大量工作。',
      '今年要完成清淤十五公里。各村五月底前全部开工。',
      '同志们，让我们共同努力！',
      '在漾川乡河长制工作会议上的讲话',
      '同志们：',
      '今年全乡河道保洁实行网格化管理。',
      '各村要配齐保洁员。',
      '乡水利站要加强巡查。',
      '同志们，请大家抓紧抓实！',
    ]);
  });
});
