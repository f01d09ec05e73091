// A DocModel's table(s) as CSV (RFC 4180), for the spreadsheet a 督查室 keeps its 督办台账 in.
// A UTF-8 byte order mark comes first: without it, Excel on Chinese Windows reads the file as GBK.
import type { DocModel, TableBlock } from './model.ts';
import { runsText } from './text.ts';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** A field is quoted when it holds a comma, a quote, CR or LF; quotes inside are doubled. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function tableCsv(table: TableBlock): string {
  const records = [table.header, ...table.rows.map((row) => table.header.map((_, i) => runsText(row[i])))];
  return records.map((r) => r.map(csvField).join(',') + CRLF).join('');
}

/**
 * The header row, then one record a row, every line ended by CRLF. Several tables are written one
 * after the other, each with its own header, separated by an empty line.
 */
export function toCsv(doc: DocModel): string {
  const tables = doc.blocks.filter((b): b is TableBlock => b.type === 'table');
  if (!tables.length) throw new Error('只有督办台账可以导出为 CSV');
  return BOM + tables.map(tableCsv).join(CRLF);
}
