// The style sheet. It replaces docx's default one (blue Calibri headings, a 28-pt Title) entirely:
// passing `importedStyles` overrides the library's list instead of adding to it. Built-in style
// names ("heading 1", "Title", "footer") are what Word recognises, so its navigation pane works.
import { AlignmentType, DocumentDefaults, LineRuleType } from 'docx';
import type { IParagraphStyleOptions, IStylesOptions } from 'docx';
import type { HeadingLevel } from '../../../core/doc/model.ts';
import { PAGE_NUMBER_FONT, SIZE, headingFont, runFonts } from './fonts.ts';
import type { FontSet } from './fonts.ts';
import { INDENT_FIRST, INDENT_NONE, LINE_PITCH } from './layout.ts';
import { STYLE } from './style-ids.ts';

const GRID_LINE = { before: 0, after: 0, line: LINE_PITCH, lineRule: LineRuleType.EXACT } as const;

function headingStyle(fonts: FontSet, level: HeadingLevel, level3Bold: boolean): IParagraphStyleOptions {
  const bold = level === 3 && level3Bold;
  return {
    id: STYLE.heading(level),
    name: `heading ${level}`,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    paragraph: {
      keepNext: true,
      outlineLevel: level - 1,
      indent: INDENT_FIRST,
      spacing: GRID_LINE,
      alignment: AlignmentType.BOTH,
    },
    // bold is written either way: Word's own built-in heading styles are bold, ours must say not.
    run: { font: runFonts(headingFont(fonts, level)), size: SIZE.body, sizeComplexScript: SIZE.body, bold, boldComplexScript: bold },
  };
}

export function buildStyles(fonts: FontSet, level3Bold: boolean): IStylesOptions {
  // docDefaults: the body face and size, zh-CN for East Asian text, the 579 grid line. No indent here:
  // an indent in docDefaults leaks into the title, the footer and table cells (gbt9704-notes §3.0).
  const defaults = new DocumentDefaults({
    run: {
      font: runFonts(fonts.fang),
      size: SIZE.body,
      sizeComplexScript: SIZE.body,
      language: { value: 'en-US', eastAsia: 'zh-CN' },
    },
    paragraph: { spacing: GRID_LINE, alignment: AlignmentType.BOTH },
  });
  const paragraphStyles: IParagraphStyleOptions[] = [
    {
      id: STYLE.normal,
      name: 'Normal',
      quickFormat: true,
      paragraph: { spacing: GRID_LINE, alignment: AlignmentType.BOTH },
      run: { font: runFonts(fonts.fang), size: SIZE.body, sizeComplexScript: SIZE.body },
    },
    {
      id: STYLE.title,
      name: 'Title',
      basedOn: STYLE.normal,
      next: STYLE.normal,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.CENTER, indent: INDENT_NONE, spacing: GRID_LINE },
      run: { font: runFonts(fonts.title), size: SIZE.title, sizeComplexScript: SIZE.title, bold: false, boldComplexScript: false },
    },
    headingStyle(fonts, 1, level3Bold),
    headingStyle(fonts, 2, level3Bold),
    headingStyle(fonts, 3, level3Bold),
    headingStyle(fonts, 4, level3Bold),
    {
      // Table cells: 四号 仿宋, not indented; the table sets the line height (table.ts).
      id: STYLE.tableText,
      name: 'Table Text',
      basedOn: STYLE.normal,
      quickFormat: true,
      paragraph: { indent: INDENT_NONE, spacing: GRID_LINE },
      run: { font: runFonts(fonts.fang), size: SIZE.table, sizeComplexScript: SIZE.table },
    },
    {
      // Page numbers sit outside the grid: single spacing, 四号 宋体 in all four slots.
      id: STYLE.footer,
      name: 'footer',
      basedOn: STYLE.normal,
      paragraph: { indent: INDENT_NONE, spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO } },
      run: { font: runFonts(PAGE_NUMBER_FONT, PAGE_NUMBER_FONT), size: SIZE.pageNumber, sizeComplexScript: SIZE.pageNumber },
    },
  ];
  return { importedStyles: [defaults], paragraphStyles };
}
