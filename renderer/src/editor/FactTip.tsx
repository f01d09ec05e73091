// Where a fact came from, on hover: 「来自材料：第1项任务的牵头单位」. Facts carry their source
// field (data-src, text-nodes.ts); the field is named as the material form names it (labels.ts).
import { useState } from 'react';
import type { ReactNode } from 'react';
import { fieldLabel, parseFieldPath, type MaterialKind } from '../../../core/input/labels.ts';

interface Tip {
  text: string;
  x: number;
  y: number;
}

/** Wraps the paper: shows the tip near a hovered fact. */
export function FactTips({ kind, children }: { kind: MaterialKind; children: ReactNode }) {
  const [tip, setTip] = useState<Tip | null>(null);
  const over = (target: EventTarget) => {
    const el = target instanceof Element ? target.closest<HTMLElement>('.fact[data-src]') : null;
    if (!el) return setTip(null);
    const box = el.getBoundingClientRect();
    setTip({ text: `来自材料：${fieldLabel(kind, parseFieldPath(el.dataset.src ?? ''))}`, x: box.left, y: box.bottom + 4 });
  };
  return (
    <div className="fact-tips" onMouseOver={(e) => over(e.target)} onMouseLeave={() => setTip(null)}>
      {children}
      {tip && (
        <div className="fact-tip" role="tooltip" style={{ left: tip.x, top: tip.y }}>
          {tip.text}
        </div>
      )}
    </div>
  );
}
