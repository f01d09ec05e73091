// 校对: the editor's text proofread on the machine (proof.check), 600 ms after typing stops or on
// 「校对」. Findings are listed by severity (错误 red, 疑似 orange, 提示 grey) and underlined in the text
// with the CSS Custom Highlight API — Ranges over the editor's DOM text, so Lexical's model and DOM
// are never touched for decoration. Clicking a finding selects its text; 采纳 replaces it with the
// suggestion; 忽略 hides it and is remembered for the document (the text is not flagged again in it);
// 总是忽略 adds an 忽略 entry to the user's lexicon (no document flags it). The material's names are
// sent along and never flagged; the 领导名录 tab keeps the leaders 校对 checks names against. The panel stays mounted while another tab is shown, so the underlines stay too.
import type { LexicalEditor } from 'lexical';
import { useEffect, useMemo, useState, type RefObject } from 'react';
import { call } from '../api.ts';
import { $proofParagraphs, $replaceSpan, $selectSpan } from '../editor/proof-spans.ts';
import { useUndoStatus } from '../editor/undo-status.ts';
import type { Status } from '../status.ts';
import type { EditorCtx } from './context.ts';
import { LexiconTab } from './LexiconTab.tsx';
import { RosterTab } from './RosterTab.tsx';
import { afterAccept, ignoreKey, spanOf, type Checked, type Finding } from './proof-findings.ts';
import { FindingGroups, HeadFindings, ProofSummary, type FindingActions } from './ProofFindings.tsx';
import { useProofCheck, type DocIgnored } from './useProofCheck.ts';

export { PROOF_DELAY_MS } from './useProofCheck.ts';

type Tab = '结果' | '词库' | '名录';
const TAB_NAMES: Record<Tab, string> = { 结果: '校对结果', 词库: '用户词库', 名录: '领导名录' };

export function ProofPanel({ ctx, active, onCount, title }: { ctx: EditorCtx; active: boolean; onCount?(errors: number): void; title?: string }) {
  const [tab, setTab] = useState<Tab>('结果');
  const [lexiconTick, setLexiconTick] = useState(0);
  const proof = useProofCheck(ctx, title);
  const { checked, head, busy, problem, auto, setAuto, ignored, check } = proof;
  const { status } = ctx;
  const actions = useFindingActions(ctx, status, proof, () => setLexiconTick((t) => t + 1));

  const visible = useMemo(() => (checked ? checked.findings.filter((f) => !ignored.has(ignoreKey(checked, f))) : []), [checked, ignored]);
  const headVisible = head?.findings ?? [];
  const errors = visible.filter((f) => f.severity === '错误').length + headVisible.filter((f) => f.severity === '错误').length;
  useEffect(() => onCount?.(errors), [errors, onCount]);

  return (
    <div className="panel-proof" hidden={!active}>
      <div className="proof-head">
        <div className="subtabs" role="tablist" aria-label="校对">
          {(['结果', '词库', '名录'] as const).map((t) => (
            <button key={t} role="tab" aria-selected={tab === t} className={tab === t ? 'subtab on' : 'subtab'} onClick={() => setTab(t)}>
              {TAB_NAMES[t]}
            </button>
          ))}
        </div>
        <label className="toggle hint" title="停止输入 0.6 秒后自动校对">
          <input type="checkbox" checked={auto} onChange={(e) => setAuto(e.target.checked)} />
          自动校对
        </label>
        <button className="primary" onClick={() => void check()} disabled={busy}>
          校对
        </button>
      </div>
      {tab === '结果' ? (
        <div className="proof-results" aria-busy={busy}>
          {problem && <p className="hint warn">校对未完成：{problem}</p>}
          {checked && !problem && <ProofSummary visible={[...visible, ...headVisible]} busy={busy} />}
          {!checked && <p className="empty">{busy ? '正在校对…' : '点「校对」检查全文。'}</p>}
          {head && headVisible.length > 0 && <HeadFindings head={head} findings={headVisible} />}
          {checked && <FindingGroups checked={checked} visible={visible} actions={actions} />}
        </div>
      ) : tab === '词库' ? (
        <LexiconTab status={status} reloadKey={lexiconTick} onChanged={() => void check()} />
      ) : (
        <RosterTab status={status} onChanged={() => void check()} />
      )}
    </div>
  );
}

interface ProofState {
  checkedRef: RefObject<Checked | null>;
  docIgnored: DocIgnored;
  setIgnored(update: (s: ReadonlySet<string>) => ReadonlySet<string>): void;
  show(c: Checked | null): void;
  check(): Promise<void>;
}

/** A correction undone names no version of its own (its autosave says what changed). */
const NO_LABEL = (): void => {};

/** Clicking a finding selects its text; 采纳 replaces it; 忽略 hides it in this document; 总是忽略 in every document. */
function useFindingActions(ctx: EditorCtx, status: Status, proof: ProofState, onLexicon: () => void): FindingActions {
  const { checkedRef, docIgnored, setIgnored, show, check } = proof;
  const editor = (): LexicalEditor | null => ctx.editor();
  const follow = useUndoStatus(ctx.editor, ctx.current, status, NO_LABEL);

  const select = (f: Finding) => {
    const ed = editor();
    const c = checkedRef.current;
    if (!ed || !c) return;
    // Typed since the check: the offsets may point elsewhere now; check again instead.
    if (ed.getEditorState().read(() => $proofParagraphs().texts[f.para]) !== c.texts[f.para]) {
      void check();
      return;
    }
    ed.getRootElement()?.focus({ preventScroll: true });
    ed.update(() => void $selectSpan(f.para, f.offset, f.length), { discrete: true });
    const key = ed.getEditorState().read(() => $proofParagraphs().keys[f.para]);
    if (key) ed.getElementByKey(key)?.scrollIntoView({ block: 'center' });
  };

  const accept = (f: Finding) => {
    const ed = editor();
    const c = checkedRef.current;
    const suggestion = f.suggestion;
    if (!ed || !c || suggestion === undefined) return;
    const before = c.texts[f.para] ?? '';
    const wrong = before.slice(f.offset, f.offset + f.length);
    const was = ctx.current();
    let done = false;
    ed.update(() => void (done = $replaceSpan(f.para, f.offset, f.length, suggestion, before)), { discrete: true });
    if (!done) {
      status.info('这段文字已改动，已重新校对');
      void check();
      return;
    }
    show(afterAccept(c, { ...f, suggestion }));
    // Ctrl+Z of it says 「已撤销」: the note 「已采纳」 never stays over the text it no longer holds (session 23's screen test, 6).
    follow(`“${wrong}”改为“${suggestion}”`, was, ctx.current());
    status.info(`已采纳：“${wrong}”改为“${suggestion}”`);
  };

  /** 忽略: hidden now, and not flagged again in this document (remembered per document). */
  const ignoreOnce = (f: Finding) => {
    const c = checkedRef.current;
    if (!c) return;
    setIgnored((s) => new Set(s).add(ignoreKey(c, f)));
    docIgnored.add(spanOf(c, f));
  };

  const ignoreAlways = async (f: Finding) => {
    const c = checkedRef.current;
    if (!c) return;
    const word = spanOf(c, f);
    try {
      await call('lexicon.add', { kind: 'allow', wrong: word, reason: `校对时选择总是忽略（${f.message}）`.slice(0, 200) });
      status.info(`已设为总是忽略：“${word}”，所有文稿都不再提示（可在用户词库中删除）`);
      onLexicon();
      await check();
    } catch (e) {
      status.error(e);
    }
  };

  return { select, accept, ignoreOnce, ignoreAlways };
}
