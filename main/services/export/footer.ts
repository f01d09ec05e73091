// Page numbers 「— 1 —」 (GB 7.5): 四号 宋体, em dashes U+2014 with a space each side of the number,
// odd pages right and even pages left, one 四号 character (280 twips) in from the edge of the type
// area. The distance is a paragraph indent, not spaces: trailing spaces in a right-aligned line are
// not reliable. Needs `evenAndOddHeaderAndFooters` on the document.
import { AlignmentType, Footer, LineRuleType, PageNumber, Paragraph, TextRun } from 'docx';
import type { IIndentAttributesProperties } from 'docx';
import { PAGE_NUMBER_FONT, SIZE, runFonts } from './fonts.ts';
import { STYLE } from './style-ids.ts';

/** One 四号 character. */
export const PAGE_NUMBER_INSET = 280;

function pageNumberRun(children: (string | typeof PageNumber.CURRENT)[]): TextRun {
  return new TextRun({
    children,
    font: runFonts(PAGE_NUMBER_FONT, PAGE_NUMBER_FONT),
    size: SIZE.pageNumber,
    sizeComplexScript: SIZE.pageNumber,
  });
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const indent: IIndentAttributesProperties =
    side === 'odd'
      ? { right: PAGE_NUMBER_INSET, firstLine: 0, firstLineChars: 0 }
      : { left: PAGE_NUMBER_INSET, firstLine: 0, firstLineChars: 0 };
  return new Footer({
    children: [
      new Paragraph({
        style: STYLE.footer,
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent,
        spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO },
        // Three runs, so the PAGE field has a run of its own as Word writes it.
        children: [pageNumberRun(['\u2014 ']), pageNumberRun([PageNumber.CURRENT]), pageNumberRun([' \u2014'])],
      }),
    ],
  });
}

export function pageNumberFooters(): { default: Footer; even: Footer } {
  return { default: pageNumberFooter('odd'), even: pageNumberFooter('even') };
}
