// 用户词库: the unit's own proofreading entries — 纠错 (错误写法 → 正确写法) and 忽略 (「总是忽略」 on a finding) —
// listed with 启用 and 删除, an add form, and import / export of the TSV exchange format
// (类型 错误写法 正确写法 级别 说明 启用; see main/services/store/proof-lexicon.ts).
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import { call } from '../api.ts';
import type { Status } from '../status.ts';
import { saveBytes } from '../download.ts';
import { LEXICON_KIND_NAMES, PROOF_SEVERITIES, type ProofSeverity } from '../labels.ts';

type Entry = Output<'lexicon.list'>['entries'][number];

export function LexiconTab({ status, reloadKey, onChanged }: { status: Status; reloadKey: number; onChanged(): void }) {
  const [entries, setEntries] = useState<Entry[] | null>(null);

  const reload = useCallback(async () => {
    try {
      setEntries((await call('lexicon.list', {})).entries);
    } catch (e) {
      status.error(e);
    }
  }, [status]);

  useEffect(() => void reload(), [reload, reloadKey]);

  const changed = async () => {
    await reload();
    onChanged();
  };

  return (
    <div className="lexicon">
      <LexiconAddForm status={status} onAdded={changed} />
      <LexiconFiles status={status} canExport={!!entries?.length} onImported={changed} />
      {entries && entries.length === 0 && <p className="empty">词库还没有条目。校对结果中点「总是忽略」，这个词在所有文稿中都不再提示；也可以在上面添加。</p>}
      {entries && entries.length > 0 && <LexiconList entries={entries} status={status} onChanged={changed} />}
    </div>
  );
}

/** 添加: a 纠错 entry (错误写法 → 正确写法, with its 级别) or a 忽略 entry, with an optional 说明. */
function LexiconAddForm({ status, onAdded }: { status: Status; onAdded(): Promise<void> }) {
  const [kind, setKind] = useState<'confusion' | 'allow'>('confusion');
  const [wrong, setWrong] = useState('');
  const [right, setRight] = useState('');
  const [severity, setSeverity] = useState<ProofSeverity>('错误');
  const [reason, setReason] = useState('');

  const add = async () => {
    try {
      const { entry } = await call('lexicon.add', {
        kind,
        wrong,
        ...(kind === 'confusion' ? { right, severity } : {}),
        ...(reason.trim() ? { reason } : {}),
      });
      status.info(entry.kind === 'allow' ? `已加入忽略词：“${entry.wrong}”` : `已加入词库：“${entry.wrong}”→“${entry.right}”`);
      setWrong('');
      setRight('');
      setReason('');
      await onAdded();
    } catch (e) {
      status.error(e);
    }
  };

  return (
    <form
      className="lexicon-add"
      onSubmit={(e) => {
        e.preventDefault();
        void add();
      }}
    >
      <select aria-label="类型" value={kind} onChange={(e) => setKind(e.target.value as 'confusion' | 'allow')}>
        <option value="confusion">纠错</option>
        <option value="allow">忽略</option>
      </select>
      <input aria-label={kind === 'allow' ? '忽略的词语' : '错误写法'} placeholder={kind === 'allow' ? '忽略的词语' : '错误写法'} value={wrong} maxLength={50} onChange={(e) => setWrong(e.target.value)} />
      {kind === 'confusion' && (
        <>
          <input aria-label="正确写法" placeholder="正确写法" value={right} maxLength={50} onChange={(e) => setRight(e.target.value)} />
          <select aria-label="级别" value={severity} onChange={(e) => setSeverity(e.target.value as ProofSeverity)}>
            {PROOF_SEVERITIES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </>
      )}
      <input className="reason" aria-label="说明" placeholder="说明（可不填）" value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} />
      <button type="submit" disabled={!wrong.trim() || (kind === 'confusion' && !right.trim())}>
        添加
      </button>
    </form>
  );
}

/** 导入词库 / 导出词库 in the TSV exchange format. */
function LexiconFiles({ status, canExport, onImported }: { status: Status; canExport: boolean; onImported(): Promise<void> }) {
  const importFile = async (file: File) => {
    try {
      const r = await call('lexicon.import', { text: await file.text() });
      status.info(`已导入词库：新增 ${r.added} 条，更新 ${r.updated} 条`);
      await onImported();
    } catch (e) {
      status.error(e);
    }
  };

  const exportFile = async () => {
    try {
      const out = await call('lexicon.export', {});
      // With a BOM, so that Excel and WPS open the file as UTF-8; import skips it.
      if (await saveBytes(out.name, { text: '\uFEFF' + out.text }, 'text/tab-separated-values;charset=utf-8')) status.info(`已导出词库：${out.name}`);
    } catch (e) {
      status.error(e);
    }
  };

  return (
    <div className="row lexicon-io">
      <label className="filebutton">
        导入词库…
        <input
          type="file"
          accept=".tsv,.txt,.json,text/tab-separated-values,text/plain,application/json"
          aria-label="导入词库"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void importFile(f);
          }}
        />
      </label>
      <button onClick={() => void exportFile()} disabled={!canExport}>
        导出词库
      </button>
      <span className="hint">文件每行一条，依次是类型、错误写法、正确写法、级别、说明、启用六项（从电子表格复制这六列，粘贴到文本文件即可）</span>
    </div>
  );
}

/** The entries, each with 启用 and 删除. */
function LexiconList({ entries, status, onChanged }: { entries: Entry[]; status: Status; onChanged(): Promise<void> }) {
  const toggle = async (e: Entry) => {
    try {
      await call('lexicon.setEnabled', { id: e.id, enabled: !e.enabled });
      await onChanged();
    } catch (err) {
      status.error(err);
    }
  };

  const remove = async (e: Entry) => {
    try {
      await call('lexicon.remove', { id: e.id });
      status.info(`已删除词库条目：“${e.wrong}”`);
      await onChanged();
    } catch (err) {
      status.error(err);
    }
  };

  return (
    <table className="lexicon-list">
      <thead>
        <tr>
          <th>类型</th>
          <th>词语</th>
          <th>级别</th>
          <th>启用</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} className={e.enabled ? '' : 'off'} title={e.reason ?? undefined}>
            <td>{LEXICON_KIND_NAMES[e.kind]}</td>
            <td className="words">{e.kind === 'allow' ? e.wrong : `${e.wrong} → ${e.right ?? ''}`}</td>
            <td>{e.kind === 'allow' ? '' : e.severity}</td>
            <td>
              <input type="checkbox" aria-label={`启用“${e.wrong}”`} checked={e.enabled} onChange={() => void toggle(e)} />
            </td>
            <td>
              <button className="danger" onClick={() => void remove(e)}>
                删除
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
