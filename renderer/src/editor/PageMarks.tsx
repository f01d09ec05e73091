// Where the printed pages end, drawn over the page view: the body sits on a 22-line grid
// (FORMAT.md), so page k ends after 22·k lines of the type area. Headings kept with their next
// line can move a break by a line or two in Word; the marks are a guide, not the printout. The status
// bar counts the pages these marks make while the page view is on (one count on screen, not two).
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';

const LINES_PER_PAGE = 22;

/** `onPages`: how many pages the marks make, so that the status bar says the same. */
export function PageMarks({ paper, onPages }: { paper: RefObject<HTMLElement | null>; onPages?(pages: number): void }) {
  const [marks, setMarks] = useState<number[]>([]);
  useEffect(() => onPages?.(marks.length + 1), [marks.length, onPages]);
  useEffect(() => {
    const el = paper.current;
    if (!el) return;
    const measure = () => {
      const style = getComputedStyle(el);
      const line = parseFloat(style.lineHeight);
      const top = parseFloat(style.paddingTop);
      const text = el.scrollHeight - top - parseFloat(style.paddingBottom);
      if (!(line > 0) || !(text > 0)) return setMarks([]);
      const page = line * LINES_PER_PAGE;
      const n = Math.floor((text - 1) / page);
      setMarks(Array.from({ length: n }, (_, k) => top + page * (k + 1)));
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [paper]);
  return (
    <>
      {marks.map((y, k) => (
        <div key={k} className="page-mark" style={{ top: `${y}px` }} aria-hidden="true">
          <span>第 {k + 1} 页止</span>
        </div>
      ))}
    </>
  );
}
