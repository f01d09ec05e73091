// A .docx whose sections carry the title only in their first-page header, with the date line under it (session 26,
// after the outside tester's c07): the date comes into the text with the title, under it — the piece's date and year —
// unless the section opens with a date line of its own (not set twice). Our own fixture
// collections/header-dated-speeches.docx (build-header-dates.ts, 蒗川县 invented).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, Header, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { readDocx } from '../../main/services/library/docx.ts';

const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'collections', 'header-dated-speeches.docx');
const speech = ['同志们：', '今天召开全县防汛工作会议，安排部署今年的防汛工作。', '一、压实责任', '各乡镇要落实防汛责任人，确保安全度汛。'];

describe("the date line under a header's title", () => {
  it('comes with the title: each speech dated, its year known, the date once', async () => {
    const read = await readDocx(readFileSync(FILE));
    const { documents } = analyse(read.text, { headings: read.headings, notices: read.notices });
    expect(documents.map((d) => [d.title, d.dateLine, d.year])).toEqual([
      ['在蒗川县防汛抗旱工作会议上的讲话', '（2026年6月3日）', 2026],
      ['在蒗川县秋季森林防火工作会议上的讲话', '（2026年9月18日）', 2026],
    ]);
    expect(read.text.split('\n').filter((l) => l === '（2026年9月18日）')).toHaveLength(1);
  });

  it('not a line under the title that is no date line', async () => {
    const header = new Header({ children: ['在蒗川县防汛工作会议上的讲话', '第 1 页'].map((t) => new Paragraph(t)) });
    const read = await readDocx(await Packer.toBuffer(new Document({ sections: [{ headers: { default: header }, children: speech.map((l) => new Paragraph(l)) }] })));
    expect(read.text.split('\n').slice(0, 2)).toEqual(['在蒗川县防汛工作会议上的讲话', '同志们：']);
  });
});
