// 版本: every version; pick two to compare side by side; 恢复 makes an old one current again.
import { useEffect, useRef, useState, type MouseEvent } from 'react';
import type { Output } from '../../../core/api.ts';
import type { ParagraphDiff } from '../../../core/doc/diff.ts';
import { call } from '../api.ts';
import { shortTime, versionKindName } from '../labels.ts';
import type { EditorCtx } from './context.ts';
import { DiffView } from './DiffView.tsx';
import { RevisionActions } from './RevisionActions.tsx';

type Version = Output<'versions.list'>[number];
/** Two versions compared. */
interface Compared {
  paragraphs: ParagraphDiff[];
  stats: Record<string, number>;
  from: number;
  to: number;
}

export function VersionsPanel({ ctx }: { ctx: EditorCtx }) {
  const [versions, setVersions] = useState<Version[]>([]);
  const [onlyChanges, setOnlyChanges] = useState(true);
  const [picked, setPicked] = useState<number[]>([]);
  const [diff, setDiff] = useState<Compared | null>(null);
  // Once asked for, the comparison follows the ticks: after a new version (a restore moves them) it is
  // made again for the two ticked, never left showing two versions no longer ticked.
  const [comparing, setComparing] = useState(false);
  const { documentId, status, versionTick } = ctx;

  useEffect(() => {
    let live = true;
    (async () => {
      await ctx.flush();
      const list = await call('versions.list', { documentId });
      if (!live) return;
      const sorted = [...list].sort((a, b) => b.number - a.number);
      setVersions(sorted);
      setPicked(sorted.slice(0, 2).map((v) => v.number));
    })().catch((e: unknown) => status.error(e));
    return () => {
      live = false;
    };
    // Reload on a new version only (ctx.flush is a fresh closure each render).
  }, [documentId, status, versionTick]);

  const toggle = (n: number) => setPicked((p) => (p.includes(n) ? p.filter((x) => x !== n) : [...p.slice(-1), n]));

  /**
   * A row clicked: that version beside the text she has now (the newest version) — what a restore would
   * bring back; the newest row beside the version before it.
   */
  const open = (n: number) => {
    const other = n === versions[0]?.number ? versions[1] : versions[0];
    if (!other) return;
    setPicked([other.number, n]);
    setComparing(true);
  };

  useEffect(() => {
    if (!comparing || picked.length !== 2) {
      setDiff(null);
      return;
    }
    let live = true;
    const [from, to] = [...picked].sort((a, b) => a - b) as [number, number];
    call('versions.diff', { documentId, from, to })
      .then((d) => live && setDiff({ paragraphs: d.paragraphs, stats: d.stats, from, to }))
      .catch((e: unknown) => status.error(e));
    return () => {
      live = false;
    };
  }, [comparing, picked, documentId, status]);

  /** Shows version `version` for 采纳 / 放弃; on 采纳 it becomes the newest version (nothing is overwritten). */
  const restore = async (version: number) => {
    try {
      await ctx.flush();
      const { doc } = await call('versions.get', { documentId, version });
      ctx.propose({ label: `恢复第 ${version} 版`, doc: doc, commit: () => call('versions.restore', { documentId, version }) });
    } catch (e) {
      status.error(e);
    }
  };

  return (
    <div className="panel-versions">
      <VersionsTable versions={versions} picked={picked} toggle={toggle} open={open} restore={(v) => void restore(v)} />
      <button className="primary" disabled={picked.length !== 2} onClick={() => setComparing(true)}>
        比较所选两版
      </button>
      <RevisionActions ctx={ctx} picked={picked} versions={versions.map((v) => v.number)} />
      {diff && <VersionDiff diff={diff} newest={versions[0]?.number} onlyChanges={onlyChanges} setOnlyChanges={setOnlyChanges} />}
    </div>
  );
}

/**
 * Versions that replaced the text before them (a new wording, a restore, an edited file): the list
 * says which version they replaced — that version keeps its own kind and label (「替换前的原文」 is
 * said here, by the one that replaced it, never by renaming it after the fact).
 */
const REPLACING = new Set(['generated', 'restored', 'imported']);

function VersionsTable(props: { versions: Version[]; picked: number[]; toggle(n: number): void; open(n: number): void; restore(n: number): void }) {
  const { versions, picked, toggle, open, restore } = props;
  // A click on the row (not on its tick or its 恢复) shows what that version changed.
  const onRow = (e: MouseEvent, n: number) => {
    if (!(e.target as HTMLElement).closest('input, button')) open(n);
  };
  return (
    <table className="versions">
      <tbody>
        {versions.map((v, i) => (
          <tr key={v.number} data-version={v.number} className={picked.includes(v.number) ? 'picked' : undefined} title="点击与现在的文字比较" onClick={(e) => onRow(e, v.number)}>
            <td>
              <input type="checkbox" aria-label={`选择第 ${v.number} 版`} checked={picked.includes(v.number)} onChange={() => toggle(v.number)} />
            </td>
            <td>第 {v.number} 版</td>
            <td className="vkind">{versionKindName(v)}</td>
            <td className="vlabel">
              {v.label ?? (v.note && <span className="vnote">{v.note}</span>)}
              {REPLACING.has(v.kind) && versions[i + 1] && <span className="replaced">（替换了第 {versions[i + 1]!.number} 版）</span>}
            </td>
            <td>{v.chars} 字</td>
            <td className="vtime">{shortTime(v.savedAt)}</td>
            <td>
              <button onClick={() => restore(v.number)}>恢复</button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Two versions side by side, with how many characters were added and deleted. */
function VersionDiff(props: { diff: Compared; newest: number | undefined; onlyChanges: boolean; setOnlyChanges(on: boolean): void }) {
  const { diff, newest, onlyChanges, setOnlyChanges } = props;
  const now = diff.to === newest ? '（现在的文字）' : '';
  // A new comparison is brought into view (the list above may be long).
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.scrollIntoView?.({ block: 'nearest' });
  }, [diff.from, diff.to]);
  return (
    <div className="diffbox" ref={box}>
      <p className="hint">
        第 {diff.from} 版 → 第 {diff.to} 版{now}：增加 {diff.stats.inserted ?? 0} 字，删除 {diff.stats.deleted ?? 0} 字
      </p>
      <label className="toggle">
        <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} /> 只看改动
      </label>
      <div className="diffhead">
        <span>第 {diff.from} 版</span>
        <span>
          第 {diff.to} 版{now}
        </span>
      </div>
      <DiffView paragraphs={onlyChanges ? diff.paragraphs.filter((p) => p.kind !== 'equal') : diff.paragraphs} />
    </div>
  );
}
