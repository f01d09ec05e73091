// 校对 underlines: a finding's span as a DOM Range over a paragraph's rendered text nodes, for the CSS
// Custom Highlight API (CSS.highlights). Ranges only point into Lexical's DOM; nothing is changed in it.
// Numbers of headings and leads are CSS counters (::before), not text nodes, so offsets line up.

/** A DOM Range over text[offset, offset+length) of a paragraph's DOM element, or null. */
export function domRange(el: HTMLElement, offset: number, length: number): Range | null {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const end = offset + length;
  let at = 0;
  let start: { node: Text; offset: number } | null = null;
  for (let t = walker.nextNode() as Text | null; t; t = walker.nextNode() as Text | null) {
    const n = t.data.length;
    if (!start && offset >= at && offset < at + n) start = { node: t, offset: offset - at };
    if (start && end <= at + n) {
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(t, end - at);
      return range;
    }
    at += n;
  }
  return null;
}
