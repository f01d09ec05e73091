// The style ids the body's paragraphs name (styles.ts defines the styles; docx is not needed to name them).
import type { HeadingLevel } from '../../../core/doc/model.ts';

export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  footer: 'Footer',
  tableText: 'TableText',
  heading: (level: HeadingLevel) => `Heading${level}`,
} as const;

/** Styles set off the line grid, so LibreOffice does not round their lines up to whole grid lines
 * (patch.ts): the 二号 title and 纪要 mark, 四号 table cells, the page number. */
export const OFF_GRID = [STYLE.title, STYLE.tableText, STYLE.footer] as const;
