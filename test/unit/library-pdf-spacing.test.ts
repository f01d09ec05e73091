// Letter-spaced print (pdf-spacing.ts): a PDF set with extra space after every glyph reads, through
// pdf.js, with a space between every two characters. The file is told from its runs, and the text
// reads as typed: numbers whole, 「1.」 items found, no OCR mending counted on a born-digital file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import type { Run } from '../../main/services/library/pdf-columns.ts';
import { letterSpaced, unspaced } from '../../main/services/library/pdf-spacing.ts';
import { pdfToText } from '../../main/services/library/pdf.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const run = (str: string): Run => ({ x: 0, y: 0, w: 10, size: 10, str });

describe('letter-spaced PDF text', () => {
  it('a file whose runs have a space between nearly every two characters is letter-spaced; ordinary runs are not', () => {
    const spaced = [[run('全 县 规 模 以 上 工 业 增 加 值 同 比 增 长'), run('8 . 4 %'), run('高 于 全 市 平 均 水 平'), run('1 . 1'), run('个 百 分 点 。'), run('固 定 资 产 投 资 完 成 情 况 好 于 预 期')]];
    expect(letterSpaced(spaced)).toBe(true);
    const plain = [[run('全县规模以上工业增加值同比增长'), run('8.4%'), run('，高于全市平均水平'), run('1.1'), run('个百分点。Wengao 2.0 release notes')]];
    expect(letterSpaced(plain)).toBe(false);
    // Too little text to tell.
    expect(letterSpaced([[run('第 1 页')]])).toBe(false);
  });

  it('the spacing goes from a line: numbers and an item number are whole again', () => {
    expect(unspaced('1 .宣传先行，开展活动1 2余场次，占8 0 %以上')).toBe('1.宣传先行，开展活动12余场次，占80%以上');
  });

  it('a letter-spaced speech reads as typed, with its items and wrapped headings, and nothing counted as OCR mending', async () => {
    const read = await pdfToText(readFileSync(path.join(root, 'test', 'fixtures', 'collections', 'letterspaced-speeches.pdf')));
    const { documents, report } = analyse(read.text, { debris: read.debris });
    const text = documents.map((d) => d.text).join('\n');
    expect(text).not.toMatch(/[0-9] [0-9.%]/);
    expect(text).toContain('一季度开工率仅为52.2%，比去年同期低6.5个百分点');
    expect(report.ocrMended).toBeUndefined();
  });
});
