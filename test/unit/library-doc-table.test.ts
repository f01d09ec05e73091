// A Word 97 .doc whose 会议记录 has its 时间/地点/主持人 header in a table: the built-in reader gives each
// row a line of its own, cells joined as a .docx's are (「时间 | 2023年5月9日上午9时」), and the table
// after a title opens a record as typed fields do. Our own file (build-table-head-records.ts); the
// session-11 tester's c05 had the rows run together (「…上午9时地点…」) and the record merged into the one before.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { docToText } from '../../main/services/library/doc.ts';

const file = join(import.meta.dirname, '..', 'fixtures', 'office', 'forestry-records-table-head.doc');

describe('a .doc with a table for a record\'s header', () => {
  it('gives each row a line, and the record after it is a document of its own', async () => {
    const read = await docToText(readFileSync(file), 'doc', { soffice: false });
    const lines = read.text.split('\n');
    expect(lines).toContain('时间 | 2023年5月9日上午9时');
    expect(lines).toContain('地点 | 局二楼会议室');
    const { documents } = analyse(read.text, { debris: read.debris, headings: read.headings });
    expect(documents.map((d) => [d.title, d.genre, d.year ?? null])).toEqual([
      ['某某村“两委”班子会议记录', 'record', 2022],
      ['县林业局党组会议记录', 'record', 2023],
    ]);
    expect(documents[1]!.outline.map((n) => n.heading)).toEqual(['研究森林防火工作']);
    expect(documents[1]!.passages.map((p) => p.text)).toContain('地点 | 局二楼会议室');
  });
});
