// 换一种说法: a new wording for one part or the whole draft; the old text stays a version. Below,
// the 范文库's headings to choose for each part (HeadingChoices).
import { useState } from 'react';
import { call } from '../api.ts';
import type { EditorCtx } from './context.ts';
import { HeadingChoices } from './HeadingChoices.tsx';

export function RewordPanel({ ctx }: { ctx: EditorCtx }) {
  const doc = ctx.current();
  const parts = doc.parts?.length ? doc.parts : ['开场', '一', '二', '三', '结尾'];
  const [busy, setBusy] = useState<number | 'all' | null>(null);
  const run = async (part: number | 'all') => {
    setBusy(part);
    try {
      await ctx.flush();
      const res =
        part === 'all'
          ? await call('documents.redraft', { documentId: ctx.documentId, options: { seed: Math.floor(Math.random() * 1_000_000) } })
          : await call('documents.redraft', { documentId: ctx.documentId, part });
      ctx.load(res.doc);
      ctx.status.info(part === 'all' ? '全文已换一种说法' : `“${parts[part]}”已换一种说法`);
    } catch (e) {
      ctx.status.error(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="panel-reword">
      <p className="hint">换一种说法只改措辞，不改材料中的事实；原文自动保存为版本。</p>
      <div className="buttons">
        {parts.slice(0, 5).map((name, i) => (
          <button key={i} data-part={i} disabled={busy !== null} onClick={() => void run(i)}>
            {busy === i ? '…' : name}
          </button>
        ))}
        <button className="primary" disabled={busy !== null} onClick={() => void run('all')}>
          {busy === 'all' ? '…' : '全文'}
        </button>
      </div>
      <HeadingChoices ctx={ctx} />
    </div>
  );
}
