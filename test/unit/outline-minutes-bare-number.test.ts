// A 纪要's 版头 with a bare number (session 26, after the outside tester's c03): 「会议纪要」 over 「〔2026〕3号」 (no issuer's
// short name before the bracket), the issuing office alone under the number or not, then the 纪要's own title. The mark,
// number and office are the 版头 (removed, reported, restorable); the title under them is the document's. The whole fixture
// collections/bare-number-minutes-heads.txt is compared by library-collections; here the edges (蔺岙县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const title = '关于研究蔺岙县春季造林绿化有关事项的会议纪要';
const body = ['2026年3月2日，副县长葛远航主持召开专题会议，研究春季造林绿化有关事项。现纪要如下：', '一、关于苗木采购', '县林业局要在3月10日前完成苗木采购。', '二、关于资金保障', '县财政局要及时拨付造林补助资金。'];
const run = (lines: string[]) => analyse(lines.join('\n'));

describe("a 纪要's 版头 with a bare number", () => {
  it('the mark, the number and the office under it are the 版头; the title under them is the title', () => {
    for (const head of [['会议纪要', '〔2026〕3号', '蔺岙县人民政府办公室'], ['会议纪要', '〔2026〕3号'], ['蔺岙县人民政府会议纪要', '［2026］第3号', '蔺岙县人民政府办公室']]) {
      const { documents, report } = run([...head, title, ...body]);
      expect(documents.map((d) => d.title), head.join('/')).toEqual([title]);
      expect(report.removed.map((r) => [r.reason, r.text]), head.join('/')).toEqual(head.map((h) => ['版头', h]));
      expect(documents[0]!.outline.map((n) => n.heading)).toEqual(['关于苗木采购', '关于资金保障']);
    }
  });

  it("a mark with no title under its number is the 纪要's title, and a bare number elsewhere is text", () => {
    const untitled = run(['县人民政府常务会议纪要', '〔2026〕3号', ...body]);
    expect(untitled.documents.map((d) => d.title)).toEqual(['县人民政府常务会议纪要']);
    expect(untitled.report.removed).toEqual([]);
    const speech = run(['在蔺岙县春季造林绿化动员会上的讲话', '同志们：', '〔2026〕3号', '蔺岙县人民政府办公室', '今天我们召开会议，部署春季造林绿化工作。']);
    expect(speech.report.removed).toEqual([]);
  });
});
