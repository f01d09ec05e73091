// The 批注 that came with imported files, beside the paragraphs they are anchored to, until the user
// marks them 已解决. A comment finds its paragraph by the text it covers (the document may have been
// edited since), else by its line; the covered text is highlighted (CSS Custom Highlight API, the
// editor's DOM untouched).
import { useCallback, useEffect, useLayoutEffect, useState, type RefObject } from 'react';
import type { Output } from '../../../core/api.ts';
import type { DocModel } from '../../../core/doc/model.ts';
import { unitOf } from '../../../core/revision/incoming.ts';
import { call } from '../api.ts';
import type { Status } from '../status.ts';
import { domRange } from './proof-ranges.ts';

type Comment = Output<'comments.list'>['comments'][number];

const HIGHLIGHT = 'comment-anchor';

/** The paper's paragraphs in reading order: the head lines, then the editor's blocks. */
function blocksOf(paper: HTMLElement): HTMLElement[] {
  return [...paper.querySelectorAll<HTMLElement>('.dochead > h1, .dochead > p, .editable > *')];
}

/** What to look for: the first line of the covered text, without a typed number (numbers are drawn by CSS). */
function needle(quote: string): string {
  const first = quote.split('\n').find((l) => l.trim()) ?? '';
  return unitOf(first.trim()).text.slice(0, 40);
}

/** The paragraph a comment belongs to, and where its text starts there. */
export function anchorOf(blocks: readonly HTMLElement[], c: Pick<Comment, 'quote' | 'line'>): { el: HTMLElement; offset: number; length: number } | null {
  const want = needle(c.quote);
  if (want) {
    let best: { el: HTMLElement; offset: number; distance: number } | null = null;
    blocks.forEach((el, k) => {
      const at = (el.textContent ?? '').indexOf(want);
      if (at >= 0 && (!best || Math.abs(k - c.line) < best.distance)) best = { el, offset: at, distance: Math.abs(k - c.line) };
    });
    const found = best as { el: HTMLElement; offset: number } | null;
    if (found) return { el: found.el, offset: found.offset, length: want.length };
  }
  const el = blocks[Math.min(c.line, blocks.length - 1)];
  return el ? { el, offset: 0, length: 0 } : null;
}

/** The width the margin takes beside the paper: the gap, a card, the gap to the panel (styles.css pads the paper area by as much). */
const MARGIN = 12 + 220 + 16;

/**
 * In 页面视图 the sheet is a fixed 210 mm, wider than the paper area leaves beside a margin at common
 * window sizes (1440 px): the sheet is shown smaller rather than the cards pushed under the side panel.
 * The sheet's layout (its lines, its page ends) is unchanged; only its scale is.
 */
function fitSheet(sheet: HTMLElement, wrap: HTMLElement): void {
  sheet.style.zoom = '';
  if (!wrap.classList.contains('page-view')) return;
  const style = getComputedStyle(wrap);
  const room = wrap.clientWidth - parseFloat(style.paddingLeft) - MARGIN;
  if (sheet.offsetWidth > room && room > 0) sheet.style.zoom = String(room / sheet.offsetWidth);
}

interface Placed {
  comment: Comment;
  top: number;
  found: boolean;
}

/**
 * Each card level with its paragraph, pushed down below the card above it; the margin's left edge
 * beside the sheet (fitted first); the covered texts highlighted.
 */
function placeCards(el: HTMLElement, wrap: HTMLElement, comments: readonly Comment[]): { placed: Placed[]; left: number } {
  fitSheet(el, wrap);
  const blocks = blocksOf(el);
  const box = wrap.getBoundingClientRect();
  const below = (node: HTMLElement) => node.getBoundingClientRect().top - box.top + wrap.scrollTop;
  const ranges: Range[] = [];
  let bottom = 0;
  const placed = comments.map((comment) => {
    const a = anchorOf(blocks, comment);
    if (a && a.length) {
      const r = domRange(a.el, a.offset, a.length);
      if (r) ranges.push(r);
    }
    const top = Math.max(a ? below(a.el) : 0, bottom);
    bottom = top + 96;
    return { comment, top, found: !!a && a.length > 0 };
  });
  const left = el.getBoundingClientRect().right - box.left + wrap.scrollLeft + 12;
  const css = (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS;
  const Highlight = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  if (css?.highlights && Highlight) {
    if (ranges.length) css.highlights.set(HIGHLIGHT, new Highlight(...ranges));
    else css.highlights.delete(HIGHLIGHT);
  }
  return { placed, left };
}

export function CommentsMargin(p: { documentId: number; paper: RefObject<HTMLElement | null>; doc: DocModel; versionTick: number; status: Status; onShown(shown: boolean): void }) {
  const { documentId, paper, doc, versionTick, status, onShown } = p;
  const [comments, setComments] = useState<Comment[]>([]);
  const [placed, setPlaced] = useState<Placed[]>([]);
  const [left, setLeft] = useState(0);

  const load = useCallback(() => {
    call('comments.list', { documentId }).then((r) => setComments(r.comments), (e: unknown) => status.error(e));
  }, [documentId, status]);
  useEffect(load, [load, versionTick]);
  useEffect(() => onShown(comments.length > 0), [comments.length, onShown]);

  // Place each card level with its paragraph, pushed down below the card above it.
  useLayoutEffect(() => {
    const el = paper.current;
    const wrap = el?.closest<HTMLElement>('.paper-wrap');
    if (!el || !wrap) return;
    const place = () => {
      const at = placeCards(el, wrap, comments);
      setPlaced(at.placed);
      setLeft(at.left);
    };
    place();
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('resize', place);
      el.style.zoom = '';
    };
  }, [comments, doc, paper]);

  useEffect(
    () => () => {
      (globalThis as { CSS?: { highlights?: Map<string, unknown> } }).CSS?.highlights?.delete(HIGHLIGHT);
    },
    [],
  );

  const resolve = async (id: number) => {
    try {
      await call('comments.resolve', { id, resolved: true });
      load();
      status.info('批注已标为已解决（版本面板之外不再显示）');
    } catch (e) {
      status.error(e);
    }
  };

  if (placed.length === 0) return null;
  return (
    <aside className="comments-margin" aria-label="批注" style={{ left }}>
      {placed.map(({ comment: c, top, found }) => (
        <div key={c.id} className="comment-card" style={{ top }} data-comment={c.id}>
          <b>{c.author}</b> <span className="hint">{c.date ? c.date.replace('T', ' ').slice(0, 16) : ''}</span>
          <div>{c.text}</div>
          {c.quote && (
            <div className="hint">
              {found ? '批在' : '原批在（文字已改）'}「{c.quote.length > 24 ? `${c.quote.slice(0, 24)}…` : c.quote}」
            </div>
          )}
          <button className="link" onClick={() => void resolve(c.id)}>
            已解决
          </button>
        </div>
      ))}
    </aside>
  );
}
