// 换一种说法: a new wording for one part or the whole draft, shown first for 采纳 / 放弃; the old text
// is kept as a version before it is replaced. Below, the 范文库's headings for each part (HeadingChoices).
import { useState } from 'react';
import { call } from '../api.ts';
import type { EditorCtx } from './context.ts';
import { HeadingChoices } from './HeadingChoices.tsx';

/** A part as the buttons and the preview both name it: 「开场」「第一部分」…「结尾」. */
function partLabel(name: string): string {
  return /^[一二三四五六七八九十]+$/.test(name) ? `第${name}部分` : name;
}

export function RewordPanel({ ctx }: { ctx: EditorCtx }) {
  const doc = ctx.current();
  const parts = doc.parts?.length ? doc.parts : ['开场', '一', '二', '三', '结尾'];
  const [busy, setBusy] = useState<number | 'all' | null>(null);
  const run = async (part: number | 'all') => {
    setBusy(part);
    try {
      await ctx.flush();
      const { documentId } = ctx;
      if (part === 'all') {
        const seed = Math.floor(Math.random() * 1_000_000);
        const res = await call('documents.redraft', { documentId, options: { seed }, preview: true });
        ctx.propose({ label: res.label, doc: res.doc, commit: async () => (await call('documents.redraft', { documentId, options: { seed } })).doc });
      } else {
        const res = await call('documents.redraft', { documentId, part, preview: true });
        const doc = res.doc;
        const seed = doc.partSeeds?.[part];
        ctx.propose({
          label: res.label,
          doc,
          part,
          commit: async () => (await call('documents.redraft', { documentId, part, ...(seed !== undefined ? { options: { seed } } : {}) })).doc,
        });
      }
    } catch (e) {
      ctx.status.error(e);
    } finally {
      setBusy(null);
    }
  };
  return (
    <div className="panel-reword">
      <p className="hint">换一种说法只改措辞，不改材料中的事实。点一个部分先看预览，采纳后只替换这一部分，其他地方（包括您改过的文字）不变；原文会保存为版本，也可按 Ctrl+Z 撤销。</p>
      <div className="buttons" role="group" aria-label="要换说法的部分">
        {parts.slice(0, 5).map((name, i) => (
          <button key={i} data-part={i} disabled={busy !== null} onClick={() => void run(i)}>
            {busy === i ? '正在生成…' : partLabel(name)}
          </button>
        ))}
        <span className="or">或</span>
        <button data-part="all" disabled={busy !== null} onClick={() => void run('all')}>
          {busy === 'all' ? '正在生成…' : '全文'}
        </button>
      </div>
      <HeadingChoices ctx={ctx} />
    </div>
  );
}
