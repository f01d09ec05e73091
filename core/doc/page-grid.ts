// The printed page's grid (FORMAT.md "Page"): 仿宋 三号 on an exact 28.95 pt pitch, 28 characters a
// line across the 156 mm type area and 22 lines down its 225 mm. Everything that counts lines or
// pages — the export's keep rules, the page view's page ends, the status bar's page count — counts
// on this grid, so the screen and the printout break alike.

/** Characters of 三号 on one line of the type area (28 × 315 twips ≤ 8844). */
export const CHARS_PER_LINE = 28;
/** Lines of the exact 579-twip pitch on one page's type area. */
export const LINES_PER_PAGE = 22;
/** A body paragraph's first-line indent, in characters. */
export const INDENT_CHARS = 2;

/** Lines a paragraph of `chars` characters prints on, after an indent of `indent` characters (at least one). */
export function printedLines(chars: number, indent = INDENT_CHARS): number {
  return Math.max(1, Math.ceil((chars + indent) / CHARS_PER_LINE));
}
