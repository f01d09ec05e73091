// 导入清理记录: for each imported file, the documents it became and what cleaning removed, each removal
// with 恢复 to undo it (the file is analysed again with that line kept; library.restore), and what
// was restored before. 「拆分有误」 corrects where its documents begin: 与上一篇合并 (library.merge) and
// 从此处拆开 at a line (library.split). Folded by default: it is for checking an import, not for
// everyday drafting.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { Output } from '../../../core/api.ts';
import { readableLines } from '../../../core/outline/readable.ts';
import { call } from '../api.ts';
import type { Status } from '../status.ts';

type Source = Output<'library.sources'>[number];
type Line = Output<'library.lines'>[number];

/** The imported files, read at each opening of the record and again (while open) when `refreshKey` moves (`onRead` first). */
function useSources(status: Status, refreshKey: number, box: RefObject<HTMLDetailsElement | null>, onRead: () => void) {
  const [sources, setSources] = useState<Source[] | null>(null);
  const load = useCallback(async () => {
    try {
      setSources(await call('library.sources', {}));
    } catch (e) {
      status.error(e);
    }
  }, [status]);
  useEffect(() => {
    if (!box.current?.open) return;
    onRead();
    void load();
  }, [refreshKey, load]);
  return { sources, setSources, load };
}

/**
 * `refreshKey` changes after an import or a move to or from the 回收站: read again while open (拆分有误's
 * lines closed, not stale). `onCorrected`: a merge, split or 恢复 changed the documents (the list reads them again).
 */
export function ImportReview({ status, refreshKey, onCorrected }: { status: Status; refreshKey: number; onCorrected?(): void }) {
  const box = useRef<HTMLDetailsElement>(null);
  const [busy, setBusy] = useState<string | null>(null);
  /** The source whose lines are shown for 「拆分有误」, with its lines. */
  const [resplit, setResplit] = useState<{ id: number; lines: Line[] } | null>(null);
  const { sources, setSources, load } = useSources(status, refreshKey, box, () => setResplit(null));
  /** A source re-analysed (a merge, split or 恢复): shown as it is now; the documents changed. */
  const replace = (next: Source) => {
    setSources((list) => list?.map((s) => (s.id === next.id ? next : s)) ?? null);
    onCorrected?.();
  };
  const showLines = async (source: Source) => {
    try {
      setResplit({ id: source.id, lines: await call('library.lines', { sourceId: source.id }) });
    } catch (e) {
      status.error(e);
    }
  };
  /** A merge or a split, then the source and its lines read again. */
  const correct = async (source: Source, key: string, action: () => Promise<{ documents: number; source: Source }>) => {
    setBusy(key);
    try {
      const r = await action();
      replace(r.source);
      status.info(`${source.name} 已重新分析：现为 ${r.documents} 篇`);
      await showLines(r.source);
    } catch (e) {
      status.error(e);
    } finally {
      setBusy(null);
    }
  };
  const restore = async (source: Source, n: number) => {
    setBusy(`${source.id}:${n}`);
    try {
      const r = await call('library.restore', { sourceId: source.id, entries: [n] });
      replace(r.source);
      status.info(`已恢复 ${r.restored} 处：${source.name} 已重新分析，可以搜到恢复的文字`);
      // The keyboard stays on what happened (the 已恢复 line), not on the next 恢复, which Enter would press.
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`.import-review section[data-source="${source.id}"] .restored`)?.focus());
    } catch (e) {
      status.error(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <details
      ref={box}
      className="import-review"
      onToggle={(e) => {
        // Read again at every opening: a file may have been imported since.
        if (e.currentTarget.open) void load();
      }}
    >
      <summary>导入清理记录</summary>
      {sources === null && <p className="hint">正在读取…</p>}
      {sources?.length === 0 && <p className="hint">范文库还是空的。</p>}
      {sources?.map((s) => (
        <SourceReview
          key={s.id}
          s={s}
          busy={busy}
          lines={resplit?.id === s.id ? resplit.lines : null}
          onResplit={() => (resplit?.id === s.id ? setResplit(null) : void showLines(s))}
          correct={(key, action) => void correct(s, key, action)}
          restore={(n) => void restore(s, n)}
        />
      ))}
    </details>
  );
}

/**
 * One imported file: its documents (with 与上一篇合并 while 「拆分有误」 is open), the lines a document
 * may start at (从此处拆开), what cleaning removed (恢复), and what was restored.
 */
function SourceReview(p: {
  s: Source;
  busy: string | null;
  /** The source's lines while 「拆分有误」 is open for it. */
  lines: Line[] | null;
  onResplit(): void;
  correct(key: string, action: () => Promise<{ documents: number; source: Source }>): void;
  restore(n: number): void;
}) {
  const { s, busy, lines } = p;
  const binned = s.documents.filter((d) => d.removedAt !== undefined).length;
  // A document in the 回收站 is neither merged nor split (library/resplit.ts): restored first.
  const inBin = (k: number) => s.documents[k]?.removedAt !== undefined;
  return (
    <section data-source={s.id}>
      <h4>
        {s.name}
        <span className="count">
          共 {s.documents.length} 篇{binned > 0 && `，其中 ${binned} 篇在回收站中`}
        </span>
        {/* An offer, not a verdict on the file (s23 outside screen test, 8): asked, beside its 共 N 篇. */}
        <button className="link" disabled={busy !== null} onClick={p.onResplit} title="这个文件拆成的篇数或各篇的分界不对时，可在此合并或拆开">
          {lines ? '收起' : '拆分有误？调整'}
        </button>
      </h4>
      {s.notices.map((n) => (
        <p key={n} role="note" className="notice">
          注意：{n}
        </p>
      ))}
      <ol className="documents">
        {s.documents.map((d, k) => (
          <li key={d.id} className={inBin(k) ? 'binned' : undefined}>
            <span className="title">{d.title || '（无标题）'}</span>
            {d.line !== undefined && <span className="line">第 {d.line} 行起</span>}
            {inBin(k) && <span className="bin-mark">已移入回收站（可在回收站恢复）</span>}
            {lines && k > 0 && d.line !== undefined && !inBin(k) && !inBin(k - 1) && (
              <button disabled={busy !== null} onClick={() => p.correct(`merge:${d.id}`, () => call('library.merge', { sourceId: s.id, documentId: d.id }))}>
                与上一篇合并
              </button>
            )}
          </li>
        ))}
      </ol>
      {lines && (
        <ol className="split-lines" aria-label="选择拆分位置">
          {lines.flatMap((l, i) => {
            // Where a document begins: a mark across the list with its number and title, so that each
            // line's document is plain; a document's own first line is that mark (no split before it).
            const d = s.documents[l.document - 1];
            const starts = i === 0 || lines[i - 1]!.document !== l.document;
            const mark = (
              <li key={`doc:${l.document}`} className="doc-start">
                第 {l.document} 篇：{d?.title || '（无标题）'}
                {d?.line !== undefined ? `（第 ${d.line} 行起）` : ''}
                {inBin(l.document - 1) ? '——在回收站中，恢复后才能在其中拆开' : ''}
              </li>
            );
            if (d?.line === l.line || s.documents.some((x) => x.line === l.line) || inBin(l.document - 1)) return starts ? [mark] : [];
            const row = (
              <li key={l.line}>
                <span className="line">第 {l.line} 行</span>
                <span className="text">{l.text.slice(0, 40)}</span>
                <button disabled={busy !== null} onClick={() => p.correct(`split:${l.line}`, () => call('library.split', { sourceId: s.id, line: l.line }))}>
                  从此处拆开
                </button>
              </li>
            );
            return starts ? [mark, row] : [row];
          })}
        </ol>
      )}
      <Removals s={s} busy={busy} restore={p.restore} />
    </section>
  );
}

function Removals({ s, busy, restore }: { s: Source; busy: string | null; restore(n: number): void }) {
  return (
    <>
      {s.removed.length === 0 ? <p className="hint">清理未删去任何内容。</p> : <p className="removals-head">清理删去的内容（{s.removed.length} 处，可逐处恢复）：</p>}
      <ol className="removals">
        {s.removed.map((r) => (
          <li key={r.n}>
            <span className="reason">{r.reason}</span>
            <span className="line">第 {r.line} 行</span>
            <span className="text">
              {readableLines(r.text).map((l, i) => (
                <span key={i} className="text-line">
                  {l}
                </span>
              ))}
            </span>
            <button disabled={busy !== null} onClick={() => restore(r.n)}>
              {busy === `${s.id}:${r.n}` ? '…' : '恢复'}
            </button>
          </li>
        ))}
      </ol>
      {s.restored.length > 0 && (
        <p className="hint restored" tabIndex={-1}>
          已恢复：
          {s.restored.map((r) => `〔${r.reason}〕${readableLines(r.text).join('　')}`).join('；')}
        </p>
      )}
    </>
  );
}
