// The side panels as tabs. 校对 stays mounted while hidden: its underlines and checks go on.
import { useState } from 'react';
import type { DocModel, LengthInfo } from '../../../core/doc/model.ts';
import type { EditorCtx } from './context.ts';
import { LengthPanel } from './LengthPanel.tsx';
import { insertPassage } from '../editor/insert.ts';
import { LibraryPanel } from './LibraryPanel.tsx';
import { MaterialPanel } from './MaterialPanel.tsx';
import { ProofPanel } from './ProofPanel.tsx';
import { runsText } from '../../../core/doc/text.ts';
import { RewordPanel } from './RewordPanel.tsx';
import { VersionsPanel } from './VersionsPanel.tsx';

const TABS = ['材料', '换一种说法', '范文库', '版本', '校对', '篇幅'];

function insert(ctx: EditorCtx, text: string): void {
  const editor = ctx.editor();
  if (!editor) return;
  insertPassage(editor, text);
  ctx.status.info('已插入范文段落');
}

export function SidePanels(p: { ctx: EditorCtx; panel: string; onPanel(name: string): void; doc: DocModel; targetMinutes: number | undefined; generated: LengthInfo | undefined; searchFocus: number }) {
  const [proofErrors, setProofErrors] = useState(0);
  return (
    <aside className="side">
      <div className="tabs" role="tablist">
        {TABS.map((t) => (
          <button key={t} role="tab" aria-selected={p.panel === t} className={p.panel === t ? 'tab on' : 'tab'} onClick={() => p.onPanel(t)}>
            {t}
            {t === '校对' && proofErrors > 0 && (
              <span className="badge" aria-label={`${proofErrors} 处错误`}>
                {proofErrors}
              </span>
            )}
          </button>
        ))}
      </div>
      <div className="panel" role="tabpanel" aria-label={p.panel}>
        {p.panel === '材料' && <MaterialPanel key={p.ctx.versionTick} ctx={p.ctx} />}
        {p.panel === '换一种说法' && <RewordPanel ctx={p.ctx} />}
        {p.panel === '范文库' && <LibraryPanel status={p.ctx.status} focusKey={p.searchFocus} onInsert={(text) => insert(p.ctx, text)} />}
        {p.panel === '版本' && <VersionsPanel ctx={p.ctx} />}
        <ProofPanel ctx={p.ctx} active={p.panel === '校对'} onCount={setProofErrors} title={runsText(p.doc.title)} />
        {p.panel === '篇幅' && <LengthPanel doc={p.doc} targetMinutes={p.targetMinutes} generated={p.generated} />}
      </div>
    </aside>
  );
}
