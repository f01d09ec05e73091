// A document's properties table removed as the page's (an office platform's or a site's 「文件标题 … 成文日期 2026-03-12」;
// session 26, after the outside tester's c06): its 成文日期 gives the document's year when the text says none. A page's
// 发布时间 (when it went online) does not. The fixture collections/oa-page-made-date.html is compared by
// library-collections; here the year (蕲岙县 invented).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { REASON } from '../../core/outline/lines.ts';
import { yearsFromProperties } from '../../core/outline/front-dates.ts';
import type { CleanedDoc, Removal } from '../../core/outline/types.ts';
import { readFormat } from '../../main/services/library/read.ts';

const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'collections', 'oa-page-made-date.html');
const doc = (line: number, year?: number) => ({ title: '在蕲岙县森林防火工作会议上的讲话', line, year }) as CleanedDoc;
const table = (line: number, text: string): Removal => ({ line, text, reason: REASON.site });

describe("a properties table's 成文日期", () => {
  it("gives the page's speech its year", async () => {
    const read = await readFormat('html', readFileSync(FILE));
    const [speech] = analyse(read.text, { debris: read.debris, headings: read.headings, notices: read.notices }).documents;
    expect(speech!.year).toBe(2026);
  });

  it('the document after the table, else the one before; never over a year of its own; not a 发布时间', () => {
    const after = [doc(5)];
    yearsFromProperties(after, [table(2, '文件标题 在蕲岙县森林防火工作会议上的讲话 成文日期 2025-12-30 密级 无')]);
    expect(after[0]!.year).toBe(2025);
    const before = [doc(1)];
    yearsFromProperties(before, [table(40, '成文日期：2026年1月8日')]);
    expect(before[0]!.year).toBe(2026);
    const own = [doc(5, 2024)];
    yearsFromProperties(own, [table(2, '成文日期 2026-03-12')]);
    expect(own[0]!.year).toBe(2024);
    const online = [doc(5)];
    yearsFromProperties(online, [table(2, '发布时间：2026-03-12 来源：蕲岙县人民政府')]);
    expect(online[0]!.year).toBeUndefined();
  });
});
