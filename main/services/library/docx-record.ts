// A 会议记录 typed into the printed 记录本's form: a table whose rows pair a label cell with its value —
// 会议时间 | … | 会议地点 | …, 主 持 人 | … | 记 录 人 | …, 出席人员 | …, 会议议题 | 1.… 2.…, 发言记录 | (every
// turn, a paragraph each), 议定事项 | 1.… 2.…. Joined by 「 | 」 a row was one passage, and the whole
// talk of a meeting one paragraph; as the record is typed without the form, each pair is a field
// line 「会议时间：…」, and a value of several paragraphs goes under its label 「发言记录：」 a line each,
// so that the analysis finds the record's fields, groups, turns and numbered items (core/outline/record.ts).

/** A label of the form (the spaces that spread it across its cell taken out). */
const RECORD_LABEL =
  /^(?:会议)?(?:名称|时间|日期|地点|主持人?|记录人?|(?:出席|列席|请假|缺席|参会|参加)(?:人员|人)?|议题|议程|内容|发言(?:记录|情况)?|讨论(?:情况)?|议定事项|决定事项|决定|议定|决议)$/;

const labelOf = (cell: readonly string[]): string | undefined => {
  if (cell.length !== 1) return undefined;
  const label = cell[0]!.replace(/[\s\u3000]+/g, '');
  return RECORD_LABEL.test(label) ? label : undefined;
};

/** A row of label and value pairs: its fields, or undefined when any pair's first cell is no label. */
function recordRow(cells: readonly string[][]): string[] | undefined {
  if (cells.length < 2 || cells.length % 2 !== 0) return undefined;
  const out: string[] = [];
  for (let k = 0; k < cells.length; k += 2) {
    const label = labelOf(cells[k]!);
    if (!label) return undefined;
    const value = cells[k + 1]!.map((p) => p.trim()).filter((p) => p !== '');
    // A field left blank on the form (「记录人 | 」) says nothing.
    if (value.length === 1) out.push(`${label}：${value[0]}`);
    else if (value.length > 1) out.push(`${label}：`, ...value);
  }
  return out;
}

/**
 * A table's rows as a record's lines, when it is a 记录本's form: two rows or more of label and value
 * pairs (a table of data with one such row is not); the other rows (a title across the form) as
 * `other` reads them. Undefined for any other table.
 */
export function recordFormLines(rows: readonly string[][][], other: (cells: string[][]) => string[]): string[] | undefined {
  const fields = rows.map(recordRow);
  if (fields.filter((f) => f !== undefined).length < 2) return undefined;
  return rows.flatMap((cells, r) => fields[r] ?? other(cells));
}
