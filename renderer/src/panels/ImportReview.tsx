// 导入清理记录: what cleaning removed from each imported file, each with 恢复 to undo it (the file is
// analysed again with that line kept; library.restore), and what was restored before. Folded by
// default: it is for checking an import, not for everyday drafting.
import { useState } from 'react';
import type { Output } from '../../../core/api.ts';
import { call } from '../api.ts';
import type { Status } from '../App.tsx';

type Source = Output<'library.sources'>[number];

const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ⏎ ');

export function ImportReview({ status }: { status: Status }) {
  const [sources, setSources] = useState<Source[] | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const load = async () => {
    try {
      setSources(await call('library.sources', {}));
    } catch (e) {
      status.error(e);
    }
  };
  const restore = async (source: Source, n: number) => {
    setBusy(`${source.id}:${n}`);
    try {
      const r = await call('library.restore', { sourceId: source.id, entries: [n] });
      setSources((list) => list?.map((s) => (s.id === source.id ? r.source : s)) ?? null);
      status.info(`已恢复 ${r.restored} 处：${source.name} 已重新分析，可以搜到恢复的文字`);
    } catch (e) {
      status.error(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <details
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
        <section key={s.id} data-source={s.id}>
          <h4>{s.name}</h4>
          {s.removed.length === 0 && <p className="hint">清理未删去任何内容。</p>}
          <ol>
            {s.removed.map((r) => (
              <li key={r.n}>
                <span className="reason">{r.reason}</span>
                <span className="line">第 {r.line} 行</span>
                <span className="text">{oneLine(r.text)}</span>
                <button disabled={busy !== null} onClick={() => void restore(s, r.n)}>
                  {busy === `${s.id}:${r.n}` ? '…' : '恢复'}
                </button>
              </li>
            ))}
          </ol>
          {s.restored.length > 0 && (
            <p className="hint restored">
              已恢复：
              {s.restored.map((r) => `〔${r.reason}〕${oneLine(r.text)}`).join('；')}
            </p>
          )}
        </section>
      ))}
    </details>
  );
}
