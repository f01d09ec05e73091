// Where the printed pages end, drawn over the page view: the body sits on a 22-line grid
// (FORMAT.md), and the pages break where the exported .docx breaks them — headings and the lines
// kept with the next go over with it, no line of a paragraph is left alone (page-ends.ts). The status
// bar counts the pages these marks make while the page view is on (one count on screen, not two).
import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import type { RefObject } from 'react';
import { pageEnds } from './page-ends.ts';

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((y, k) => Math.abs(y - b[k]!) < 0.5);

/** `editor`: the editor on the paper (its paragraphs' keep rules); `onPages`: how many pages the marks make, so that the status bar says the same. */
export function PageMarks({ paper, editor, onPages }: { paper: RefObject<HTMLElement | null>; editor(): LexicalEditor | null; onPages?(pages: number): void }) {
  const [marks, setMarks] = useState<number[]>([]);
  useEffect(() => onPages?.(marks.length + 1), [marks.length, onPages]);
  useEffect(() => {
    const el = paper.current;
    if (!el) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const next = pageEnds(el, editor());
      setMarks((was) => (same(was, next) ? was : next));
    };
    const later = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    const ro = new ResizeObserver(later);
    ro.observe(el);
    // An edit that keeps the height may still change what is kept with what (a line now ends in 「：」).
    const mo = new MutationObserver(later);
    mo.observe(el, { subtree: true, childList: true, characterData: true });
    return () => {
      ro.disconnect();
      mo.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [paper, editor]);
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
