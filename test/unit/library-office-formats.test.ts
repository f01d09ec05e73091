// Files a user will try that are not Word, PDF or a web page (the session-10 tester's edge files):
// an RTF and an OpenDocument text (.odt) — the same three 纪要 saved by LibreOffice — are read through
// LibreOffice where it is installed, and refused with what to do where it is not; a 压缩包, a
// spreadsheet, a picture are refused naming what they are and what to do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { unsupportedReason } from '../../core/library-formats.ts';
import { docToText } from '../../main/services/library/doc.ts';
import { formatOf } from '../../main/services/library/read.ts';
import { findSoffice } from '../../main/services/library/soffice.ts';

const OFFICE = join(import.meta.dirname, '..', 'fixtures', 'office');
const bytes = (name: string) => readFileSync(join(OFFICE, name));
const TITLES = ['县人民政府第15次常务会议纪要', '县人民政府第16次常务会议纪要', '镇党委2024年第12次会议纪要'];

describe('.rtf and .odt', () => {
  it('are taken by the library: .rtf read by the built-in reader, .odt refused saying what to do where LibreOffice is not installed', async () => {
    expect([formatOf('纪要.rtf'), formatOf('纪要.ODT')]).toEqual(['doc', 'doc']);
    const rtf = await docToText(bytes('standing-minutes.rtf'), 'doc', { soffice: false });
    expect(analyse(rtf.text, { headings: rtf.headings }).documents.map((d) => [d.title, d.genre])).toEqual(TITLES.map((t) => [t, 'minutes']));
    await expect(docToText(bytes('standing-minutes.odt'), 'doc', { soffice: false })).rejects.toThrow('这是 OpenDocument 文本（.odt）：请在 WPS 或 LibreOffice 中另存为 .docx 后再导入');
  });

  it.runIf(findSoffice() !== null)(
    'are read through LibreOffice (found at run time): the three 纪要 with their 议定事项',
    async () => {
      for (const name of ['standing-minutes.odt']) {
        let converting = false;
        const read = await docToText(bytes(name), 'doc', { soffice: findSoffice()!, converting: () => (converting = true) });
        const { documents } = analyse(read.text, { headings: read.headings });
        expect(documents.map((d) => [d.title, d.genre]), name).toEqual(TITLES.map((t) => [t, 'minutes']));
        expect(documents[1]!.outline.map((n) => n.heading)[0]).toBe('关于“五一”假期安全生产和旅游市场秩序工作');
        expect(converting, name).toBe(true);
      }
    },
    240_000,
  );
});

describe('kinds the library does not take', () => {
  it('say what the file is and what to do', () => {
    expect(unsupportedReason('领导讲话稿（压缩包）.zip')).toBe('这是压缩包：请先解压，再导入其中的文件');
    expect(unsupportedReason('任务分解表.et')).toMatch(/^这是表格文件：.*另存为 \.docx 后再导入$/);
    expect(unsupportedReason('讲话.PNG')).toMatch(/^这是图片：/);
    expect(unsupportedReason('公文.ofd')).toMatch(/^这种版式文件无法读取：/);
    expect(unsupportedReason('说明')).toBe('不支持的文件类型（可导入 .txt、.md、.docx、.doc、.wps、.rtf、.odt、.pdf、.html、.mhtml、.eml）');
  });
});
