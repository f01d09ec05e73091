// A 讲话登记表 in Word with one speech a row: the left cell its title, speaker and date (three paragraphs), the right cell
// its whole text (session 25, the outside tester's c05). The left cell is the piece's head, as a title cell or a
// date-and-speaker cell is: each row is a speech of its own, its paragraphs kept, the speaker and date its head lines;
// each row had been flattened into one line 「标题 讲话人 日期 | 同志们： …」 and the three speeches made one document.
// The fixture collections/row-speeches-register.docx (岚屿县, build-row-speeches.ts) is compared by library-collections.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { analyseFileBytes, decodeFile } from '../../main/services/library/analysis.ts';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'collections', 'row-speeches-register.docx');
const cell = (...paragraphs: string[]) => new TableCell({ children: paragraphs.map((p) => new Paragraph(p)) });
const row = (...cells: TableCell[]) => new TableRow({ children: cells });

describe('docx: a register of speeches, the head in the left cell of each row', () => {
  it('each row is a speech of its own: its title, its speaker and date under it, its paragraphs and parts', async () => {
    const a = await analyseFileBytes('docx', readFileSync(FIXTURE));
    expect(a.documents.map((d) => d.title)).toEqual(['在全县冬春季森林防灭火工作会议上的讲话', '在全县老年人福利院建设现场推进会上的讲话', '在全县农村公路养护工作会议上的讲话']);
    expect(a.documents.map((d) => d.outline.length)).toEqual([3, 0, 3]);
    const [first] = a.documents;
    expect(first!.text.split('\n').slice(0, 4)).toEqual(['在全县冬春季森林防灭火工作会议上的讲话', '县委副书记　葛晓川', '（2026年11月9日）', '同志们：']);
    expect(a.documents.map((d) => d.text).join('\n')).not.toMatch(/ \| |登记表/);
    expect(a.report.removed.map((r) => r.text)).toContain('岚屿县2026年领导讲话登记表');
  });

  it('a row of data whose first cell names a document and its date stays one line', async () => {
    const bytes = await Packer.toBuffer(
      new Document({ sections: [{ children: [new Table({ rows: [row(cell('关于做好冬季防火工作的通知', '2026年11月2日'), cell('已转发各乡镇', '已报县应急局'))] })] }] }),
    );
    expect((await decodeFile('docx', bytes)).text.split('\n')).toEqual(['关于做好冬季防火工作的通知 2026年11月2日 | 已转发各乡镇 已报县应急局']);
  });
});
