// A 领导名录 from a table: pasted from Word or Excel (tab-separated), a .csv file (comma-separated,
// quoted fields), or the rows of an .xlsx sheet (read in main/services/roster-file.ts). Columns are
// found by their header (姓名, 职务, 排序) or, without one, taken as 姓名, 职务, [排序]. Without an
// order column the rows' order is the order. All or nothing: the first bad row is named with its
// line number, in the user's words.
import type { RosterEntry } from './roster.ts';

export class RosterTableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RosterTableError';
  }
}

const MAX_ROWS = 500;
const NAME = /^[\u4e00-\u9fff·•]{2,12}$/u;
const HEADERS: [keyof Columns, RegExp][] = [
  ['name', /^(?:姓名|名字|领导姓名)$/u],
  ['title', /^(?:职务|职位|职务名称|现任职务)$/u],
  ['order', /^(?:排序|顺序|次序|序号|排名|位次)$/u],
];

interface Columns {
  name: number;
  title: number;
  order: number;
}

/** One CSV line into fields (RFC 4180 quotes; a quoted field does not span lines here). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') field += line[++i];
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',' || c === '，') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);
  return out;
}

/** Rows of a pasted table or a .csv text: tabs if there are any, else commas, else runs of spaces. */
export function rowsFromText(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r?\n/u);
  const tabs = lines.some((l) => l.includes('\t'));
  const commas = !tabs && lines.some((l) => /[,，]/u.test(l));
  return lines.map((l) => (tabs ? l.split('\t') : commas ? csvFields(l) : l.trim().split(/[ \u3000]{1,}/u)));
}

function columnsOf(header: readonly string[]): Columns | undefined {
  const cols: Columns = { name: -1, title: -1, order: -1 };
  header.forEach((cell, k) => {
    for (const [key, re] of HEADERS) if (re.test(cell.trim()) && cols[key] < 0) cols[key] = k;
  });
  return cols.name >= 0 ? cols : undefined;
}

/** A rank from 1, 2, 3 … (or 第1位); undefined for an empty cell. */
function rankOf(cell: string, line: number): number | undefined {
  const t = cell.trim().replace(/^第|位$/gu, '');
  if (t === '') return undefined;
  if (!/^\d{1,4}$/u.test(t) || Number(t) < 1) throw new RosterTableError(`第${line}行：排序“${cell.trim()}”应为 1、2、3 这样的数字`);
  return Number(t);
}

/** The roster in a table's rows (the header row optional); ranks renumbered 1…n in order. */
export function parseRoster(rows: readonly (readonly string[])[]): RosterEntry[] {
  const numbered = rows.map((cells, k) => ({ cells: cells.map((c) => c.trim()), line: k + 1 })).filter((r) => r.cells.some((c) => c !== ''));
  if (numbered.length === 0) throw new RosterTableError('表格是空的：至少需要一行“姓名、职务”');
  const header = columnsOf(numbered[0]!.cells);
  const cols = header ?? { name: 0, title: 1, order: 2 };
  const body = header ? numbered.slice(1) : numbered;
  if (body.length > MAX_ROWS) throw new RosterTableError(`领导名录最多 ${MAX_ROWS} 行（现有 ${body.length} 行）`);
  if (header && header.title < 0) throw new RosterTableError('表头缺少“职务”列');
  const seen = new Map<string, number>();
  const entries = body.map(({ cells, line }, k) => {
    const name = (cells[cols.name] ?? '').replace(/\s+/gu, '');
    const title = (cells[cols.title] ?? '').replace(/\s+/gu, '');
    if (name === '') throw new RosterTableError(`第${line}行：缺少姓名`);
    if (!NAME.test(name)) throw new RosterTableError(`第${line}行：姓名“${name}”应为 2 至 12 个汉字（少数民族姓名可用间隔号“·”）`);
    if (title === '') throw new RosterTableError(`第${line}行：缺少“${name}”的职务`);
    if ([...title].length > 50) throw new RosterTableError(`第${line}行：职务不能超过 50 个字`);
    const earlier = seen.get(name);
    if (earlier !== undefined) throw new RosterTableError(`第${line}行：“${name}”与第${earlier}行重复`);
    seen.set(name, line);
    return { name, title, rank: (cols.order >= 0 ? rankOf(cells[cols.order] ?? '', line) : undefined) ?? 1000 + k, row: k };
  });
  return entries
    .sort((a, b) => a.rank - b.rank || a.row - b.row)
    .map(({ name, title }, k) => ({ name, title, rank: k + 1 }));
}
