// 校对's results: the summary by severity, the findings in the head lines (title, date line …, which
// are edited elsewhere) and the body's findings by severity, each with 采纳 / 忽略 / 总是忽略 (not on a finding of her own 纠错 entry).
import type { MouseEvent } from 'react';
import { PROOF_CATEGORY_NAMES, PROOF_HIGHLIGHTS, PROOF_SEVERITIES } from '../labels.ts';
import { around, findingKey, spanOf, type Checked, type Finding } from './proof-findings.ts';

/** What the user may do with a finding of the body. */
export interface FindingActions {
  select(f: Finding): void;
  accept(f: Finding): void;
  ignoreOnce(f: Finding): void;
  ignoreAlways(f: Finding): Promise<void>;
}

export function ProofSummary({ visible, busy }: { visible: readonly Finding[]; busy: boolean }) {
  return (
    <p className="proof-summary">
      {visible.length === 0
        ? '未发现问题。'
        : PROOF_SEVERITIES.map((s) => (
            <span key={s} className={`count sev-${PROOF_HIGHLIGHTS[s]}`}>
              {s} {visible.filter((f) => f.severity === s).length}
            </span>
          ))}
      {busy && <span className="hint">正在校对…</span>}
    </p>
  );
}

/** The wrong text, the suggestion if any (「（删去）」 for an empty one). */
function Correction({ wrong, f, className }: { wrong: string; f: Finding; className: string }) {
  return (
    <>
      <span className={className}>{wrong || '（此处）'}</span>
      {f.suggestion !== undefined && (
        <>
          <span className="arrow">→</span>
          <span className="right">{f.suggestion || '（删去）'}</span>
        </>
      )}
    </>
  );
}

export function HeadFindings({ head, findings }: { head: Checked; findings: readonly Finding[] }) {
  return (
    <section className="proof-group proof-head-lines" aria-label="标题与题注">
      <h4>标题与题注（{findings.length}）</h4>
      <p className="hint">点击文稿标题即可修改；日期、讲话人等题注随「材料」重新生成。</p>
      <ul className="findings">
        {findings.map((f) => (
          <li key={findingKey(f)} className={`finding sev-${PROOF_HIGHLIGHTS[f.severity]}`} data-rule={f.rule}>
            <p className="finding-main">
              <Correction wrong={spanOf(head, f)} f={f} className="wrong" />
              <span className="cat">
                {f.severity} · {PROOF_CATEGORY_NAMES[f.category] ?? f.category}
              </span>
            </p>
            <p className="context">{head.texts[f.para]}</p>
            <p className="message">{f.message}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The body's findings, one section per severity that has any. */
export function FindingGroups({ checked, visible, actions }: { checked: Checked; visible: readonly Finding[]; actions: FindingActions }) {
  return PROOF_SEVERITIES.map((s) => {
    const list = visible.filter((f) => f.severity === s);
    if (list.length === 0) return null;
    return (
      <section key={s} className={`proof-group sev-${PROOF_HIGHLIGHTS[s]}`} aria-label={s}>
        <h4>
          {s}（{list.length}）
        </h4>
        <ul className="findings">
          {list.map((f) => (
            <FindingItem key={findingKey(f)} checked={checked} f={f} actions={actions} />
          ))}
        </ul>
      </section>
    );
  });
}

function FindingItem({ checked, f, actions }: { checked: Checked; f: Finding; actions: FindingActions }) {
  // The buttons keep the editor's selection: a mouse-down on them would take the focus.
  const keepFocus = (e: MouseEvent) => e.preventDefault();
  return (
    <li className="finding" data-rule={f.rule}>
      <button className="finding-main" onClick={() => actions.select(f)} title="在正文中选中">
        <Correction wrong={spanOf(checked, f)} f={f} className={f.suggestion !== undefined ? 'wrong fix' : 'wrong'} />
        <span className="cat">{PROOF_CATEGORY_NAMES[f.category] ?? f.category}</span>
      </button>
      <p className="context">
        {around(checked, f).before}
        <mark>{spanOf(checked, f)}</mark>
        {around(checked, f).after}
      </p>
      <p className="message">{f.message}</p>
      <div className="actions">
        {f.suggestion !== undefined && (
          <button className="primary" onMouseDown={keepFocus} onClick={() => actions.accept(f)}>
            采纳
          </button>
        )}
        <button onMouseDown={keepFocus} onClick={() => actions.ignoreOnce(f)}>
          忽略
        </button>
        {f.category !== 'user' && (
          <button onMouseDown={keepFocus} onClick={() => void actions.ignoreAlways(f)} disabled={f.length === 0} title="加入用户词库的忽略词：所有文稿都不再提示这个词（可在用户词库中删除）">
            总是忽略
          </button>
        )}
      </div>
    </li>
  );
}
