// 校对: the editor's text proofread on the machine (proof.check), 600 ms after typing stops or on
// 「校对」. Findings are listed by severity (错误 red, 疑似 orange, 提示 grey) and underlined in the text
// with the CSS Custom Highlight API — Ranges over the editor's DOM text, so Lexical's model and DOM
// are never touched for decoration. Clicking a finding selects its text; 采纳 replaces it with the
// suggestion; 忽略 hides it and is remembered for the document (the text is not flagged again in it);
// 加入词库 adds an 忽略 entry to the user's lexicon (no document flags it). The material's names are
// sent along and never flagged; the 领导名录 tab keeps the leaders 校对 checks names against. The panel stays mounted while another tab is shown, so the underlines stay too.
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import type { DocModel } from '../../../core/doc/model.ts';
import { runsText } from '../../../core/doc/text.ts';
import { call, errorText } from '../api.ts';
import { domRange } from '../editor/proof-ranges.ts';
import { $proofParagraphs, $replaceSpan, $selectSpan, type ProofParagraphs } from '../editor/proof-spans.ts';
import { PROOF_CATEGORY_NAMES, PROOF_HIGHLIGHTS, PROOF_SEVERITIES, type ProofSeverity } from '../labels.ts';
import type { EditorCtx } from './context.ts';
import { LexiconTab } from './LexiconTab.tsx';
import { RosterTab } from './RosterTab.tsx';
import { materialNames } from '../../../core/proof/material-names.ts';

type Finding = Output<'proof.check'>['findings'][number];

/** How long after the last keystroke the text is proofread again. */
export const PROOF_DELAY_MS = 600;

interface Checked {
  texts: string[];
  findings: Finding[];
}

const spanOf = (c: Checked, f: Finding) => (c.texts[f.para] ?? '').slice(f.offset, f.offset + f.length);
/** Up to 8 characters either side of the span, so that three 「X」 findings can be told apart. */
function around(c: Checked, f: Finding): { before: string; after: string } {
  const t = c.texts[f.para] ?? '';
  const a = Math.max(0, f.offset - 8);
  const end = f.offset + f.length;
  return { before: (a > 0 ? '…' : '') + t.slice(a, f.offset), after: t.slice(end, end + 8) + (end + 8 < t.length ? '…' : '') };
}
const ignoreKey = (c: Checked, f: Finding) => [f.rule, f.offset, f.length, c.texts[f.para] ?? ''].join('\u0000');
const findingKey = (f: Finding) => `${f.para}:${f.offset}:${f.length}:${f.rule}`;

/** The lines printed above the body (title, subtitle, date, speaker, the 纪要 head): not in the editor, proofread too. */
function headLines(doc: DocModel): string[] {
  const h = doc.minutesHead;
  return [doc.title, h?.issue, h?.organizer, h?.date, doc.subtitle, doc.dateLine, doc.speakerLine].map((r) => (r ? runsText(r) : '')).filter((t) => t !== '');
}

/** What the user chose to 忽略 in a document: remembered on this machine, per document. */
const ignoreStoreKey = (documentId: number) => `wengao:proof-ignore:${documentId}`;
function loadIgnored(documentId: number): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(ignoreStoreKey(documentId)) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

function clearHighlights(): void {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  for (const name of Object.values(PROOF_HIGHLIGHTS)) CSS.highlights.delete(name);
}

export function ProofPanel({ ctx, active, onCount, title }: { ctx: EditorCtx; active: boolean; onCount?(errors: number): void; title?: string }) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [head, setHead] = useState<Checked | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [auto, setAuto] = useState(true);
  const [tab, setTab] = useState<'结果' | '词库' | '名录'>('结果');
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const [lexiconTick, setLexiconTick] = useState(0);
  const [, setEditorReady] = useState(0);

  const checkedRef = useRef<Checked | null>(null);
  const ignoredRef = useRef(ignored);
  ignoredRef.current = ignored;
  const docIgnored = useRef<string[]>([]);
  const ignoredFor = useRef<number | null>(null);
  const autoRef = useRef(auto);
  autoRef.current = auto;
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const { status } = ctx;

  const editor = (): LexicalEditor | null => ctxRef.current.editor();

  /** The underlines: findings whose paragraph still has the text they were found in. */
  const paint = useCallback(() => {
    const ed = ctxRef.current.editor();
    const c = checkedRef.current;
    if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') return;
    if (!ed || !c || c.findings.length === 0) return clearHighlights();
    const now: ProofParagraphs = ed.getEditorState().read($proofParagraphs);
    const groups: Record<ProofSeverity, Range[]> = { 错误: [], 疑似: [], 提示: [] };
    for (const f of c.findings) {
      if (f.length === 0 || now.texts[f.para] !== c.texts[f.para] || ignoredRef.current.has(ignoreKey(c, f))) continue;
      const el = ed.getElementByKey(now.keys[f.para]!);
      const range = el ? domRange(el, f.offset, f.length) : null;
      if (range) groups[f.severity].push(range);
    }
    for (const s of PROOF_SEVERITIES) {
      const name = PROOF_HIGHLIGHTS[s];
      if (groups[s].length) CSS.highlights.set(name, new Highlight(...groups[s]));
      else CSS.highlights.delete(name);
    }
  }, []);

  const show = useCallback(
    (c: Checked | null) => {
      checkedRef.current = c;
      setChecked(c);
      paint();
    },
    [paint],
  );

  const check = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const ed = ctxRef.current.editor();
    if (!ed) return;
    const paras = ed.getEditorState().read($proofParagraphs);
    const n = ++seq.current;
    setBusy(true);
    try {
      const doc = ctxRef.current.current();
      const lines = headLines(doc);
      if (ignoredFor.current !== ctxRef.current.documentId) {
        ignoredFor.current = ctxRef.current.documentId;
        docIgnored.current = loadIgnored(ctxRef.current.documentId);
      }
      // The material's names (speaker, attendees, units …) and this document's 忽略 choices are never flagged.
      const context = { names: materialNames(doc), ignore: docIgnored.current };
      const [body, top] = await Promise.all([
        call('proof.check', { paragraphs: paras.texts, headings: paras.headings, ...context }),
        call('proof.check', { paragraphs: lines, headings: lines.map(() => true), ...context }),
      ]);
      if (n !== seq.current) return;
      setProblem(null);
      setHead({ texts: lines, findings: top.findings });
      show({ texts: paras.texts, findings: body.findings });
    } catch (e) {
      // Shown in the panel, not the status line: a background check must not interrupt the writer.
      if (n === seq.current) setProblem(errorText(e));
    } finally {
      if (n === seq.current) setBusy(false);
    }
  }, [show]);

  const schedule = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void check(), PROOF_DELAY_MS);
  }, [check]);

  // Follow the editor: repaint at once on every change (stale underlines vanish), check again after a pause.
  useEffect(() => {
    const ed = editor();
    if (!ed) {
      const t = setTimeout(() => setEditorReady((x) => x + 1), 100);
      return () => clearTimeout(t);
    }
    const off = ed.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      paint();
      if (autoRef.current) schedule();
    });
    if (autoRef.current) void check();
    return () => {
      off();
    };
    // A new editor (another document) or a new load: versionTick.
  }, [ctx.documentId, ctx.versionTick, paint, schedule, check]);

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
      seq.current++;
      clearHighlights();
    },
    [],
  );

  useEffect(() => paint(), [ignored, paint]);

  // The title is edited outside the editor: a corrected title is checked again at once.
  const firstTitle = useRef(true);
  useEffect(() => {
    if (firstTitle.current) {
      firstTitle.current = false;
      return;
    }
    if (autoRef.current) void check();
  }, [title, check]);

  const visible = useMemo(() => (checked ? checked.findings.filter((f) => !ignored.has(ignoreKey(checked, f))) : []), [checked, ignored]);
  const headVisible = head?.findings ?? [];
  const errors = visible.filter((f) => f.severity === '错误').length + headVisible.filter((f) => f.severity === '错误').length;
  useEffect(() => onCount?.(errors), [errors, onCount]);

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
    if (!ed || !c || f.suggestion === undefined) return;
    const before = c.texts[f.para] ?? '';
    const wrong = before.slice(f.offset, f.offset + f.length);
    let done = false;
    ed.update(() => void (done = $replaceSpan(f.para, f.offset, f.length, f.suggestion!, before)), { discrete: true });
    if (!done) {
      status.info('这段文字已改动，已重新校对');
      void check();
      return;
    }
    // The paragraph's other findings move with the text; those overlapping the replaced span go.
    const delta = f.suggestion.length - f.length;
    const end = f.offset + f.length;
    const texts = c.texts.map((t, i) => (i === f.para ? before.slice(0, f.offset) + f.suggestion + before.slice(end) : t));
    const findings = c.findings
      .filter((g) => g.para !== f.para || g.offset >= end || g.offset + g.length <= f.offset)
      .filter((g) => !(g.para === f.para && g.length === 0 && g.offset === f.offset))
      .map((g) => (g.para === f.para && g.offset >= end ? { ...g, offset: g.offset + delta } : g));
    show({ texts, findings });
    status.info(`已采纳：“${wrong}”改为“${f.suggestion}”`);
  };

  /** 忽略: hidden now, and not flagged again in this document (remembered per document). */
  const ignoreOnce = (f: Finding) => {
    const c = checkedRef.current;
    if (!c) return;
    setIgnored((s) => new Set(s).add(ignoreKey(c, f)));
    const word = spanOf(c, f);
    if (!word || docIgnored.current.includes(word)) return;
    docIgnored.current = [...docIgnored.current, word];
    try {
      localStorage.setItem(ignoreStoreKey(ctxRef.current.documentId), JSON.stringify(docIgnored.current));
    } catch {
      // Storage full or off: the choice holds for this session.
    }
  };

  const ignoreAlways = async (f: Finding) => {
    const c = checkedRef.current;
    if (!c) return;
    const word = spanOf(c, f);
    try {
      await call('lexicon.add', { kind: 'allow', wrong: word, reason: `校对时选择总是忽略（${f.message}）`.slice(0, 200) });
      status.info(`已加入词库：“${word}”，以后不再提示`);
      setLexiconTick((t) => t + 1);
      await check();
    } catch (e) {
      status.error(e);
    }
  };

  return (
    <div className="panel-proof" hidden={!active}>
      <div className="proof-head">
        <div className="subtabs" role="tablist" aria-label="校对">
          {(['结果', '词库', '名录'] as const).map((t) => (
            <button key={t} role="tab" aria-selected={tab === t} className={tab === t ? 'subtab on' : 'subtab'} onClick={() => setTab(t)}>
              {t === '结果' ? '校对结果' : t === '词库' ? '用户词库' : '领导名录'}
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
          {checked && !problem && (
            <p className="proof-summary">
              {visible.length === 0 && headVisible.length === 0
                ? '未发现问题。'
                : PROOF_SEVERITIES.map((s) => (
                    <span key={s} className={`count sev-${PROOF_HIGHLIGHTS[s]}`}>
                      {s} {[...visible, ...headVisible].filter((f) => f.severity === s).length}
                    </span>
                  ))}
              {busy && <span className="hint">正在校对…</span>}
            </p>
          )}
          {!checked && <p className="empty">{busy ? '正在校对…' : '点「校对」检查全文。'}</p>}
          {head && headVisible.length > 0 && (
            <section className="proof-group proof-head-lines" aria-label="标题与题注">
              <h4>标题与题注（{headVisible.length}）</h4>
              <p className="hint">点击文稿标题即可修改；日期、讲话人等题注随「材料」重新生成。</p>
              <ul className="findings">
                {headVisible.map((f) => (
                  <li key={findingKey(f)} className={`finding sev-${PROOF_HIGHLIGHTS[f.severity]}`} data-rule={f.rule}>
                    <p className="finding-main">
                      <span className="wrong">{spanOf(head, f) || '（此处）'}</span>
                      {f.suggestion !== undefined && (
                        <>
                          <span className="arrow">→</span>
                          <span className="right">{f.suggestion || '（删去）'}</span>
                        </>
                      )}
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
          )}
          {checked &&
            PROOF_SEVERITIES.map((s) => {
              const list = visible.filter((f) => f.severity === s);
              if (list.length === 0) return null;
              return (
                <section key={s} className={`proof-group sev-${PROOF_HIGHLIGHTS[s]}`} aria-label={s}>
                  <h4>
                    {s}（{list.length}）
                  </h4>
                  <ul className="findings">
                    {list.map((f) => (
                      <li key={findingKey(f)} className="finding" data-rule={f.rule}>
                        <button className="finding-main" onClick={() => select(f)} title="在正文中选中">
                          <span className={f.suggestion !== undefined ? 'wrong fix' : 'wrong'}>{spanOf(checked, f) || '（此处）'}</span>
                          {f.suggestion !== undefined && (
                            <>
                              <span className="arrow">→</span>
                              <span className="right">{f.suggestion || '（删去）'}</span>
                            </>
                          )}
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
                            <button className="primary" onMouseDown={(e) => e.preventDefault()} onClick={() => accept(f)}>
                              采纳
                            </button>
                          )}
                          <button onMouseDown={(e) => e.preventDefault()} onClick={() => ignoreOnce(f)}>
                            忽略
                          </button>
                          <button onMouseDown={(e) => e.preventDefault()} onClick={() => void ignoreAlways(f)} disabled={f.length === 0} title="加入用户词库的忽略词：所有文稿都不再提示">
                            加入词库
                          </button>
                        </div>
                      </li>
                    ))}
                  </ul>
                </section>
              );
            })}
        </div>
      ) : tab === '词库' ? (
        <LexiconTab status={status} reloadKey={lexiconTick} onChanged={() => void check()} />
      ) : (
        <RosterTab status={status} onChanged={() => void check()} />
      )}
    </div>
  );
}
