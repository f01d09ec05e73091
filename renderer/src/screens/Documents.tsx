// 文稿: the stored documents, a title filter, new / import / open / delete to the 回收站 and back.
import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import { call, callOrEarly } from '../api.ts';
import { FileButton, type PickedFile } from '../files.tsx';
import type { Status } from '../status.ts';
import { formatTime, KIND_NAMES } from '../labels.ts';

type Summary = Output<'documents.list'>[number];

/** `onShown` is called once the list (or its empty message) is on screen. */
export function Documents({ status, onNew, onOpen, onShown }: { status: Status; onNew(): void; onOpen(id: number): void; onShown?(): void }) {
  const [docs, setDocs] = useState<Summary[] | null>(null);
  const [query, setQuery] = useState('');
  const [bin, setBin] = useState(false);

  const load = useCallback(async () => {
    try {
      const all = await callOrEarly('documents.list', { includeDeleted: bin });
      setDocs(bin ? all.filter((d) => d.deletedAt !== null) : all.filter((d) => d.deletedAt === null));
    } catch (e) {
      status.error(e);
      setDocs([]);
    }
  }, [bin, status]);

  useEffect(() => {
    void load();
  }, [load]);
  const shownOnce = docs !== null;
  useEffect(() => {
    if (shownOnce) onShown?.();
  }, [shownOnce, onShown]);

  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      status.info(done);
      await load();
    } catch (e) {
      status.error(e);
    }
  };

  /** A speech written elsewhere becomes a document and opens in the editor, where it is proofread. */
  const importDocument = async ([file]: PickedFile[]) => {
    if (!file) return;
    try {
      const { documentId } = await call('documents.import', { name: file.name, base64: await file.base64() });
      onOpen(documentId);
    } catch (e) {
      status.error(e);
    }
  };

  const q = query.trim();
  const shown = (docs ?? []).filter((d) => !q || d.title.includes(q));

  return (
    <section className="documents" data-ready={docs !== null ? 'yes' : 'no'}>
      <div className="row">
        <input className="search" type="search" placeholder="按标题查找" aria-label="按标题查找" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button className="primary" onClick={onNew}>
          新建
        </button>
        <FileButton label="导入文稿" accept=".txt,.md,.docx" kind="document" onFiles={(files) => void importDocument(files)} />
        <label className="toggle">
          <input type="checkbox" checked={bin} onChange={(e) => setBin(e.target.checked)} /> 回收站
        </label>
      </div>
      {docs !== null && shown.length === 0 && <p className="empty">{bin ? '回收站是空的。' : q ? '没有标题含此文字的文稿。' : '还没有文稿，点“新建”起草第一篇，或导入已有的文稿来校对。'}</p>}
      {shown.length > 0 && <DocList docs={shown} bin={bin} onOpen={onOpen} act={(fn, done) => void act(fn, done)} />}
    </section>
  );
}

/** The documents shown: 打开 and 删除 each, or in the 回收站 恢复. */
function DocList(p: { docs: Summary[]; bin: boolean; onOpen(id: number): void; act(fn: () => Promise<unknown>, done: string): void }) {
  const { bin, act } = p;
  return (
    <table className="doclist">
      <thead>
        <tr>
          <th>标题</th>
          <th>类型</th>
          <th>版本</th>
          <th>修改时间</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {p.docs.map((d) => (
          <tr key={d.id}>
            <td className="title">{d.title}</td>
            <td>{KIND_NAMES[d.kind] ?? d.kind}</td>
            <td>{d.versions}</td>
            <td>{formatTime(d.updatedAt)}</td>
            <td className="actions">
              {bin ? (
                <button onClick={() => act(() => call('documents.undelete', { documentId: d.id }), `已恢复《${d.title}》`)}>恢复</button>
              ) : (
                <>
                  <button className="primary" onClick={() => p.onOpen(d.id)}>
                    打开
                  </button>
                  <button onClick={() => act(() => call('documents.delete', { documentId: d.id }), `已移到回收站：《${d.title}》`)}>删除</button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
