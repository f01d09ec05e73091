// 材料: the material the draft was made from; edit it, pick a frame and 重新生成. The material is
// checked first (problems listed and marked, as on 新建); the new draft is shown for 采纳 / 放弃.
import { useState } from 'react';
import { call } from '../api.ts';
import { FormErrors } from '../form/FormErrors.tsx';
import { FramePicker } from '../form/FramePicker.tsx';
import { MaterialForm } from '../form/MaterialForm.tsx';
import { clean } from '../form/material.ts';
import { useMaterialCheck } from '../form/useMaterialCheck.ts';
import type { EditorCtx } from './context.ts';

export function MaterialPanel({ ctx }: { ctx: EditorCtx }) {
  const doc = ctx.current();
  const [template, setTemplate] = useState(doc.template);
  const [busy, setBusy] = useState(false);
  const checker = useMaterialCheck(ctx.input);
  if (!ctx.input) return <p className="empty">此文稿没有保存材料。</p>;
  const regenerate = async () => {
    setBusy(true);
    try {
      if (!(await checker.check())) return;
      await ctx.flush();
      const input = clean(ctx.input) ?? {};
      const res = await call('documents.redraft', { documentId: ctx.documentId, input, options: template ? { template } : {}, preview: true });
      const doc = res.doc;
      // The same frame and seed on 采纳 draft the same text.
      const options = { template: doc.template, seed: doc.seed };
      ctx.propose({ label: res.label, doc, commit: () => call('documents.redraft', { documentId: ctx.documentId, input, options }) });
    } catch (e) {
      ctx.status.error(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="panel-material" ref={checker.root}>
      <div className="row">
        <FramePicker kind={doc.kind} value={template} material={ctx.input} onChange={setTemplate} />
        <button className="primary" disabled={busy} onClick={() => void regenerate()}>
          {busy ? '正在生成…' : '重新生成'}
        </button>
      </div>
      <FormErrors problems={checker.problems} root={() => checker.root.current} onClose={checker.clear} action="重新生成" />
      <MaterialForm data={ctx.input} onChange={ctx.setInput} errors={checker.byField} />
    </div>
  );
}
