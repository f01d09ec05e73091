// 查找和替换 in the document (Ctrl+F, Ctrl+H), as in Word and WPS: every match highlighted (CSS
// Custom Highlight API, like 校对's underlines: Lexical's DOM is not touched), the current one
// selected and scrolled to; Enter goes to the next, Shift+Enter to the previous; 替换 replaces the
// current match, 全部替换 every match in one step that Ctrl+Z undoes. Numbers are not text, so
// 「一、」 is not found — the words of a heading are.
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { $proofParagraphs, $replaceSpan, $selectSpan } from './proof-spans.ts';
import { domRange } from './proof-ranges.ts';

interface Match {
  para: number;
  offset: number;
  /** The paragraph's text when the match was found: a replacement checks it is still there. */
  text: string;
}

const HIGHLIGHT = 'find-match';
const CURRENT = 'find-current';

function findAll(editor: LexicalEditor, query: string): { matches: Match[]; keys: string[] } {
  const { texts, keys } = editor.getEditorState().read($proofParagraphs);
  const matches: Match[] = [];
  if (query) {
    texts.forEach((text, para) => {
      for (let at = text.indexOf(query); at >= 0; at = text.indexOf(query, at + query.length)) matches.push({ para, offset: at, text });
    });
  }
  return { matches, keys };
}

function paint(editor: LexicalEditor, matches: Match[], keys: string[], length: number, current: number): void {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  const all = new Highlight();
  const now = new Highlight();
  matches.forEach((m, i) => {
    const el = editor.getElementByKey(keys[m.para]!);
    const range = el ? domRange(el, m.offset, length) : null;
    if (range) (i === current ? now : all).add(range);
  });
  CSS.highlights.set(HIGHLIGHT, all);
  CSS.highlights.set(CURRENT, now);
}

/** Every match replaced in one update (one undo step); how many were. */
function replaceMatches(editor: LexicalEditor, matches: readonly Match[], length: number, replacement: string): number {
  let n = 0;
  // Back to front, so that each offset still points where it did.
  editor.update(
    () => {
      for (const m of [...matches].reverse()) if ($replaceSpan(m.para, m.offset, length, replacement)) n++;
    },
    { discrete: true },
  );
  return n;
}

function clear(): void {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  CSS.highlights.delete(HIGHLIGHT);
  CSS.highlights.delete(CURRENT);
}

/** Every match of `query` in the editor, found again after each edit (150 ms later), and highlighted with the current one. */
function useMatches(editor: LexicalEditor | null, query: string) {
  const [found, setFound] = useState<{ matches: Match[]; keys: string[] }>({ matches: [], keys: [] });
  const [current, setCurrent] = useState(0);

  const refresh = useCallback(() => {
    if (!editor) return;
    const next = findAll(editor, query);
    setFound(next);
    setCurrent((c) => Math.min(c, Math.max(0, next.matches.length - 1)));
  }, [editor, query]);

  useEffect(() => {
    refresh();
    if (!editor) return;
    let t: ReturnType<typeof setTimeout> | null = null;
    const off = editor.registerUpdateListener(() => {
      if (t) clearTimeout(t);
      t = setTimeout(refresh, 150);
    });
    return () => {
      off();
      if (t) clearTimeout(t);
    };
  }, [editor, refresh]);

  useEffect(() => {
    if (editor) paint(editor, found.matches, found.keys, query.length, current);
  }, [editor, found, current, query]);
  useEffect(() => clear, []);
  return { found, current, setCurrent, refresh };
}

/**
 * Opened on a query (逐处查看 the gaps; the bar is made anew for each): the first match is shown once
 * found — a match of this query, not of one typed before.
 */
function useShowFirst(asked: string | undefined, query: string, matches: readonly Match[], go: (i: number) => void): void {
  const showFirst = useRef(!!asked);
  useEffect(() => {
    const first = matches[0];
    if (!showFirst.current || !first || first.text.slice(first.offset, first.offset + query.length) !== query) return;
    showFirst.current = false;
    go(0);
  });
}

export function FindBar(p: { editor: LexicalEditor | null; replace: boolean; focusKey: number; query?: string; onClose(): void; onReplaced(n: number): void }) {
  const { editor } = p;
  const [query, setQuery] = useState(p.query ?? '');
  const [replacement, setReplacement] = useState('');
  const { found, current, setCurrent, refresh } = useMatches(editor, query);
  const box = useRef<HTMLInputElement>(null);
  const landed = useRef(false);

  useEffect(() => {
    box.current?.focus();
    box.current?.select();
  }, [p.focusKey]);

  const go = (i: number) => {
    const n = found.matches.length;
    if (!editor || !n) return;
    const next = ((i % n) + n) % n;
    landed.current = true;
    setCurrent(next);
    const m = found.matches[next]!;
    editor.update(() => void $selectSpan(m.para, m.offset, query.length));
    editor.getElementByKey(found.keys[m.para]!)?.scrollIntoView({ block: 'center' });
  };

  useShowFirst(p.query, query, found.matches, go);

  const replaceOne = () => {
    const m = found.matches[current];
    if (!editor || !m) return;
    editor.update(() => void $replaceSpan(m.para, m.offset, query.length, replacement, m.text), { discrete: true });
    p.onReplaced(1);
    refresh();
  };

  const replaceAll = () => {
    if (!editor || !found.matches.length) return;
    p.onReplaced(replaceMatches(editor, found.matches, query.length, replacement));
    refresh();
  };

  const count = found.matches.length;
  return (
    <div className="findbar" role="search" aria-label="查找和替换">
      <input
        ref={box}
        aria-label="查找内容"
        placeholder="查找（Ctrl+F）"
        value={query}
        onChange={(e) => {
          landed.current = false;
          setCurrent(0);
          setQuery(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            // The first Enter shows the first match; the next ones move on.
            go(landed.current ? current + (e.shiftKey ? -1 : 1) : current);
          } else if (e.key === 'Escape') p.onClose();
        }}
      />
      <span className="findcount" aria-live="polite">
        {query ? (count ? `第 ${current + 1} / ${count} 处` : '没有找到') : ''}
      </span>
      <button onClick={() => go(current - 1)} disabled={!count} title="上一处（Shift+Enter）">
        ↑
      </button>
      <button onClick={() => go(current + 1)} disabled={!count} title="下一处（Enter）">
        ↓
      </button>
      {p.replace && <ReplaceFields replacement={replacement} setReplacement={setReplacement} count={count} replaceOne={replaceOne} replaceAll={replaceAll} onClose={p.onClose} />}
      <button className="close" onClick={p.onClose} title="关闭（Esc）" aria-label="关闭查找">
        ×
      </button>
    </div>
  );
}

function ReplaceFields(p: { replacement: string; setReplacement(text: string): void; count: number; replaceOne(): void; replaceAll(): void; onClose(): void }) {
  return (
    <>
      <input aria-label="替换为" placeholder="替换为" value={p.replacement} onChange={(e) => p.setReplacement(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && p.onClose()} />
      <button onClick={p.replaceOne} disabled={!p.count}>
        替换
      </button>
      <button onClick={p.replaceAll} disabled={!p.count}>
        全部替换
      </button>
    </>
  );
}
