// 审阅修改稿: an edited .docx as Word shows it under 修订 — what each reviewer inserted and deleted,
// moved paragraphs and changed levels, the 批注 beside their paragraphs — against the version it was
// exported from. Each change can be accepted or rejected; then 全部接受, 全部拒绝 or 按所选导入
// hands the decisions on (the editor previews the result before anything is stored).
import { useMemo, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import type { Decision, Decisions } from '../../../core/revision/types.ts';

export type RevisionResult = Output<'documents.importRevision'>;
type Change = RevisionResult['changes'][number];
type Para = RevisionResult['paragraphs'][number];

const TYPE_NAME: Record<Change['type'], string> = { insert: '增', delete: '删', move: '移动', level: '改级别' };
const LEVEL_NAME = ['正文', '一级标题', '二级标题', '三级标题', '四级标题'];

/** When a change was made, as the file says (2026-12-06 10:00). */
function when(date: string | undefined): string {
  return date ? date.replace('T', ' ').replace(/(\d\d:\d\d)(?::\d\d)?Z?$/, '$1') : '';
}

/** The changes a paragraph holds, in reading order. */
function changesOf(p: Para): number[] {
  const ids: number[] = [];
  if (p.kind === 'changed') for (const s of p.spans) if (s.change !== undefined) ids.push(s.change);
  if (p.kind === 'inserted' || p.kind === 'deleted' || (p.kind === 'moved' && p.side === 'to')) ids.push(p.change);
  if (p.levelChange !== undefined) ids.push(p.levelChange);
  return ids;
}

function Text({ p, state }: { p: Para; state(id: number): Decision | undefined }) {
  const cls = (id: number | undefined) => (id === undefined ? undefined : `rev-${state(id) ?? 'open'}`);
  switch (p.kind) {
    case 'equal':
      return <>{p.mark + p.text}</>;
    case 'changed':
      return (
        <>
          {p.mark}
          {p.spans.map((s, k) =>
            s.op === 'equal' ? (
              <span key={k}>{s.text}</span>
            ) : s.op === 'insert' ? (
              <ins key={k} className={cls(s.change)} data-change={s.change}>
                {s.text}
              </ins>
            ) : (
              <del key={k} className={cls(s.change)} data-change={s.change}>
                {s.text}
              </del>
            ),
          )}
        </>
      );
    case 'inserted':
      return (
        <ins className={cls(p.change)} data-change={p.change}>
          {p.mark + p.text}
        </ins>
      );
    case 'deleted':
      return (
        <del className={cls(p.change)} data-change={p.change}>
          {p.mark + p.text}
        </del>
      );
    case 'moved':
      return p.side === 'from' ? (
        <del className={`moved ${cls(p.change)}`}>（移走）{p.mark + p.text}</del>
      ) : (
        <ins className={`moved ${cls(p.change)}`} data-change={p.change}>
          （移入）{p.mark + p.text}
        </ins>
      );
  }
}

function ChangeChip({ c, state, set }: { c: Change; state: Decision | undefined; set(d: Decision): void }) {
  const what = c.type === 'level' && c.levels ? `${LEVEL_NAME[c.levels.from]}→${LEVEL_NAME[c.levels.to]}` : c.text.length > 24 ? `${c.text.slice(0, 24)}…` : c.text;
  return (
    <div className={`rev-chip rev-${state ?? 'open'}`} role="group" aria-label={`第 ${c.id} 处修改`}>
      <span className="rev-what">
        {c.id}. {TYPE_NAME[c.type]}「{what}」
      </span>
      <span className="rev-who">
        {c.author}
        {c.tracked ? '' : '（未留修订痕迹）'} {when(c.date)}
      </span>
      <button className={state === 'accept' ? 'on' : ''} aria-pressed={state === 'accept'} onClick={() => set('accept')}>
        接受
      </button>
      <button className={state === 'reject' ? 'on' : ''} aria-pressed={state === 'reject'} onClick={() => set('reject')}>
        拒绝
      </button>
    </div>
  );
}

export function RevisionReview(p: {
  name: string;
  result: RevisionResult;
  versions: number[];
  onRebase(version: number): void;
  onDecide(decisions: Decisions): void;
  onCancel(): void;
}) {
  const { result } = p;
  const [decided, setDecided] = useState<ReadonlyMap<number, Decision>>(new Map());
  const [onlyChanges, setOnlyChanges] = useState(true);
  const byId = useMemo(() => new Map(result.changes.map((c) => [c.id, c])), [result]);
  const commentsAt = useMemo(() => {
    const m = new Map<number, RevisionResult['comments']>();
    for (const c of result.comments) m.set(c.para, [...(m.get(c.para) ?? []), c]);
    return m;
  }, [result]);
  const set = (id: number, d: Decision) => setDecided((m) => new Map(m).set(id, d));
  const accepted = [...decided].filter(([, d]) => d === 'accept').map(([id]) => id);
  const rejected = [...decided].filter(([, d]) => d === 'reject').map(([id]) => id);
  const open = result.changes.length - decided.size;
  const rows = result.paragraphs.map((para, k) => ({ para, k })).filter(({ para, k }) => !onlyChanges || para.kind !== 'equal' || para.levelChange !== undefined || commentsAt.has(k));

  return (
    <div className="modal-back" role="presentation">
      <div className="modal revision-review" role="dialog" aria-modal="true" aria-label={`审阅修改稿：${p.name}`} onKeyDown={(e) => e.key === 'Escape' && p.onCancel()}>
        <h2>审阅修改稿：{p.name}</h2>
        <BaseLine result={result} versions={p.versions} onRebase={p.onRebase} />
        {result.match.by === 'similarity' && <p className="warn-box">这份文件没有文稿台的版本标识（可能另存过），是按内容找到的版本。如不对，请在上面改选所依据的版本。</p>}
        <label className="toggle">
          <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} /> 只看有修改或批注的段落
        </label>
        <div className="modal-body rev-body">
          {rows.length === 0 && <p className="empty">这份文件与第 {result.base} 版相同，没有修订和批注。</p>}
          {rows.map(({ para, k }) => (
            <div key={k} className="rev-row" data-para={k}>
              <div className="rev-text">
                <p className={para.level ? `rev-p rev-h${para.level}` : 'rev-p'}>
                  <Text p={para} state={(id) => decided.get(id)} />
                </p>
                {changesOf(para).map((id) => (
                  <ChangeChip key={id} c={byId.get(id)!} state={decided.get(id)} set={(d) => set(id, d)} />
                ))}
              </div>
              <Comments comments={commentsAt.get(k) ?? []} />
            </div>
          ))}
        </div>
        <div className="row end">
          <button className="primary" onClick={() => p.onDecide({ rest: 'accept' })}>
            全部接受
          </button>
          <button onClick={() => p.onDecide({ rest: 'reject' })}>全部拒绝</button>
          <button disabled={decided.size === 0} onClick={() => p.onDecide({ rest: 'reject', accept: accepted, reject: rejected })}>
            按所选导入（接受 {accepted.length} 处，拒绝 {rejected.length} 处{open ? `，未选的 ${open} 处按拒绝` : ''}）
          </button>
          <button onClick={p.onCancel}>取消</button>
        </div>
      </div>
    </div>
  );
}

/** The version the file is read against (changeable), how it was found, and what the file holds. */
function BaseLine({ result, versions, onRebase }: { result: RevisionResult; versions: number[]; onRebase(version: number): void }) {
  const how =
    result.match.by === 'identity' ? '按文件中记录的版本标识' : result.match.by === 'chosen' ? '按您的选择' : `按内容相似度 ${Math.round((result.match.score ?? 0) * 100)}%`;
  return (
    <p className="hint">
      依据第{' '}
      <select aria-label="所依据的版本" value={result.base} onChange={(e) => onRebase(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>{' '}
      版（{how}）· 修订 {result.changes.length} 处 · 批注 {result.comments.length} 条 · 作者：{result.authors.join('、') || '无'}
    </p>
  );
}

/** The 批注 beside a paragraph. */
function Comments({ comments }: { comments: RevisionResult['comments'] }) {
  return (
    <div className="rev-notes">
      {comments.map((c, n) => (
        <div key={n} className="comment-card">
          <b>{c.author}</b> <span className="hint">{when(c.date)}</span>
          <div>{c.text}</div>
          {c.quote && <div className="hint">批在「{c.quote.length > 30 ? `${c.quote.slice(0, 30)}…` : c.quote}」</div>}
        </div>
      ))}
    </div>
  );
}
