// 材料: the material the draft was made from; edit it, pick a frame and 重新生成.
import { useState } from 'react';
import { call } from '../api.ts';
import { FramePicker } from '../form/FramePicker.tsx';
import { MaterialForm } from '../form/MaterialForm.tsx';
import { clean } from '../form/material.ts';
import type { EditorCtx } from './context.ts';

export function MaterialPanel({ ctx }: { ctx: EditorCtx }) {
  const doc = ctx.current();
  const [template, setTemplate] = useState(doc.template);
  const [busy, setBusy] = useState(false);
  if (!ctx.input) return <p className="empty">此文稿没有保存材料。</p>;
  const regenerate = async () => {
    setBusy(true);
    try {
      await ctx.flush();
      const res = await call('documents.redraft', { documentId: ctx.documentId, input: clean(ctx.input) ?? {}, options: template ? { template } : {} });
      ctx.load(res.doc);
      ctx.status.info(`已重新生成（原文保存为版本）`);
    } catch (e) {
      ctx.status.error(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="panel-material">
      <div className="row">
        <FramePicker kind={doc.kind} value={template} onChange={setTemplate} />
        <button className="primary" disabled={busy} onClick={() => void regenerate()}>
          {busy ? '正在生成…' : '重新生成'}
        </button>
      </div>
      <MaterialForm data={ctx.input} onChange={ctx.setInput} />
    </div>
  );
}
