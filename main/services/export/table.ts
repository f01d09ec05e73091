// Tables (督办台账, and any table in a draft): full type-area width, single black borders, 四号 仿宋 in
// the cells, the header row in 黑体 and repeated at the top of every page it runs onto.
import type { Run, TableBlock } from '../../../core/doc/model.ts';
import { SIZE, run } from './fonts.ts';
import type { FontSet, RunStyle } from './fonts.ts';
import { INDENT_NONE, TYPE_WIDTH, para } from './layout.ts';
import type { Align } from './layout.ts';
import { STYLE } from './style-ids.ts';
import { tableXml } from './wordml.ts';
import type { Border, CellXml } from './wordml.ts';

/** 22 pt lines for 14 pt text: the body's 28.95 pt grid line would make every row twice as tall. */
export const TABLE_LINE = 440;

const LINE: Border = { style: 'single', size: 4, color: '000000' };

/** Column widths in twips that add up to the type-area width exactly. */
export function columnWidths(count: number, relative?: readonly number[], typeWidth: number = TYPE_WIDTH): number[] {
  const weights = relative && relative.length === count ? relative : Array.from({ length: count }, () => 1);
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((typeWidth * w) / total));
  widths[count - 1]! += typeWidth - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function cell(runs: readonly Run[], width: number, style: RunStyle, align: Align): CellXml {
  const children = runs.filter((r) => r.text !== '').map((r) => run(r.text, style));
  // Cells are never indented: INDENT_NONE overrides anything a style might say.
  return { width, centred: true, content: para(children, { style: STYLE.tableText, indent: INDENT_NONE, align, line: TABLE_LINE }) };
}

export function tableBlock(block: TableBlock, fonts: FontSet, typeWidth: number = TYPE_WIDTH): string {
  const widths = columnWidths(block.header.length, block.widths, typeWidth);
  const head: RunStyle = { font: fonts.hei, size: SIZE.table };
  const body: RunStyle = { font: fonts.fang, size: SIZE.table };
  const header = { header: true, cells: block.header.map((text, i) => cell([{ text }], widths[i]!, head, 'center')) };
  // A 序号 column is centred; text columns are set left: justified text in a narrow column spreads
  // its characters apart (「各 乡 镇」).
  const align = (i: number): Align => (i === 0 && block.header[0] === '序号' ? 'center' : 'left');
  // Rows may split across pages: a tall row kept whole would leave half a page empty.
  const rows = block.rows.map((row) => ({ cells: widths.map((w, i) => cell(row[i] ?? [], w, body, align(i))) }));
  return tableXml(
    {
      width: typeWidth,
      columns: widths,
      margins: { top: 57, bottom: 57, left: 85, right: 85 },
      borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideH: LINE, insideV: LINE },
    },
    [header, ...rows],
  );
}
