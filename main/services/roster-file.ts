// A 领导名录 file → rows of cells: .xlsx through exceljs (the first sheet that has cells), .csv/.txt
// through the library's text decoder (UTF-8, UTF-16 with a BOM, or GBK as Excel saves CSV on Chinese
// Windows). What is wrong is said in Chinese, naming the file.
import ExcelJS from 'exceljs';
import { rowsFromText } from '../../core/proof/roster-table.ts';
import { decodeText } from './library/decode.ts';
import { RosterError } from './store/roster.ts';

const MAX_BYTES = 5 * 1024 * 1024;

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
    if ('text' in v) return String(v.text);
    if (v instanceof Date) return v.toISOString().slice(0, 10);
    return '';
  }
  return String(v);
}

async function xlsxRows(bytes: Uint8Array, name: string): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    throw new RosterError(`“${name}”不是有效的 .xlsx 表格（旧版 .xls 请在 Excel 或 WPS 中另存为 .xlsx）`);
  }
  const sheet = book.worksheets.find((s) => s.actualRowCount > 0);
  if (!sheet) throw new RosterError(`“${name}”中没有内容`);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (cells[col - 1] = cellText(cell.value)));
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return rows;
}

/** The rows of a roster file: .xlsx, .csv, .tsv or .txt. */
export async function rosterRows(bytes: Uint8Array, name: string): Promise<string[][]> {
  if (bytes.length > MAX_BYTES) throw new RosterError(`“${name}”太大（不能超过 5 MB）`);
  const ext = name.toLowerCase().split('.').pop();
  if (ext === 'xlsx') return xlsxRows(bytes, name);
  if (ext === 'xls') throw new RosterError(`“${name}”是旧版 .xls 表格：请在 Excel 或 WPS 中另存为 .xlsx 或 .csv 后再导入`);
  if (ext !== 'csv' && ext !== 'tsv' && ext !== 'txt') throw new RosterError(`“${name}”：领导名录只能从 .xlsx、.csv 或 .txt 导入`);
  try {
    return rowsFromText(decodeText(bytes).text);
  } catch (err) {
    throw new RosterError(`“${name}”：${(err as Error).message}`);
  }
}
