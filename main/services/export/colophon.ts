// 版记 (GB/T 9704 §7.4, gbt9704-notes §3.5) at the foot of the last page of a 会议纪要:
//   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━  thick rule (0.35 mm)
//    分送：县委办公室，县人大常委会办公室，…。        wrapped lines align after the colon
//   ──────────────────────────────  thin rule (0.25 mm)
//    抄送：市人民政府办公室。
//   ──────────────────────────────
//    清河县人民政府办公室          2026年5月13日印发   office one character in, date one character short
//   ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━  thick rule, on the bottom edge of the type area
// 四号仿宋, full type-area width. It is a one-column table whose borders are the rules, floating at the
// bottom of the type area (as mizzlelover's generator does), so it lands on the last page's foot
// whatever the length of the body; when the last page has no room left, Word, WPS and LibreOffice
// move it to a page of its own. The table is anchored horizontally to the page at the left margin:
// LibreOffice 7.4 sets a floating table anchored to the margin in line with the text when it is as
// wide as the type area (measured), but floats one anchored to the page.
import type { Colophon, Run } from '../../../core/doc/model.ts';
import { runsOf } from './blocks.ts';
import { TAB, run } from './fonts.ts';
import type { FontSet, RunStyle } from './fonts.ts';
import { PAGE, TYPE_WIDTH, blankLine, para } from './layout.ts';
import { tableXml } from './wordml.ts';
import type { Border, RowXml } from './wordml.ts';

/** 四号 (14 pt) in half-points, and one 四号 character in twips. */
export const COLOPHON_SIZE = 28;
const CHAR4 = 280;
/** 22 pt lines: the 版记 is set tighter than the body's 28.95 pt grid. */
const COLOPHON_LINE = 440;

/** 0.35 mm ≈ 1 pt (8 eighths) for the first and last rules, 0.25 mm ≈ 0.75 pt for those between. */
const THICK: Border = { style: 'single', size: 8, color: '000000' };
const THIN: Border = { style: 'single', size: 6, color: '000000' };
const NONE: Border = { style: 'none', size: 0, color: 'auto' };

function row(paragraph: string): RowXml {
  return { cantSplit: true, cells: [{ width: TYPE_WIDTH, content: paragraph }] };
}

/** 「分送：…。」: the label, then the offices; a wrapped line starts under the first office. */
function officeLine(label: string, runs: readonly Run[], style: RunStyle): string {
  const hanging = (label.length + 1) * CHAR4;
  return para([run(`${label}：`, style), ...runsOf(runs, style)], {
    indent: { left: CHAR4 + hanging, right: CHAR4, hanging },
    align: 'left',
    line: COLOPHON_LINE,
  });
}

/** The issuing office one character in from the left, 「…印发」 one character in from the right. */
function printedLine(c: Colophon, style: RunStyle): string {
  return para([...runsOf(c.printedBy, style), run(TAB, style), ...runsOf(c.printed, style)], {
    indent: { left: CHAR4, right: CHAR4, firstLine: 0 },
    align: 'left',
    line: COLOPHON_LINE,
    tabStops: [{ type: 'right', position: TYPE_WIDTH - CHAR4 }],
  });
}

/** The 版记 table, then the paragraph it is anchored to. */
export function colophonBlocks(c: Colophon, fonts: FontSet): string[] {
  const style: RunStyle = { font: fonts.fang, size: COLOPHON_SIZE };
  const rows = [...c.lines.map((l) => row(officeLine(l.label, l.runs, style))), row(printedLine(c, style))];
  const table = tableXml(
    {
      width: TYPE_WIDTH,
      columns: [TYPE_WIDTH],
      // No cell margins at the table level either: LibreOffice shifts a floating table left by them.
      margins: { top: 40, bottom: 40, left: 0, right: 0 },
      borders: { top: THICK, bottom: THICK, left: NONE, right: NONE, insideH: THIN, insideV: NONE },
      floatAtFootFromLeft: PAGE.left,
    },
    rows,
  );
  return [table, blankLine()];
}
