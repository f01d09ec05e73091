// 范文库中的文档: every imported document with its genre, the file it came from, when it was imported
// and its length; sorted by any column, filtered by genre and file; a title opens it to read.
// 移到回收站 takes documents out of search and drafting and can be undone at once (撤销) or later
// from the 回收站, where they are restored exactly or, after a confirmation, deleted for good.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import { call } from '../api.ts';
import { formatTime } from '../labels.ts';
import type { Status } from '../status.ts';
import { GENRE_NAMES, LibraryReader } from './LibraryReader.tsx';

type Entry = Output<'library.documents'>[number];
type Column = 'title' | 'genre' | 'sourceName' | 'importedAt' | 'chars' | 'removedAt';

const COLUMNS: readonly { key: Column; name: string; bin?: boolean }[] = [
  { key: 'title', name: '标题' },
  { key: 'genre', name: '体裁' },
  { key: 'sourceName', name: '来源文件' },
  { key: 'importedAt', name: '导入时间' },
  { key: 'chars', name: '字数' },
  { key: 'removedAt', name: '移入回收站', bin: true },
];

const titleOf = (d: { title: string }) => d.title || '（无标题）';

/** A title the analysis made from the body of an untitled document (core/outline/derived-title.ts). */
const DERIVED = /（据正文）$/;
const DERIVED_HINT = '原文没有标题，这个标题是按正文内容拟的；点开后可用“更正标题或体裁”改成您要的标题';
/** 「正文相同」: the bodies agree word for word; what lies outside them may not (same-body.ts). */
const SAME_BODY_HINT = '两篇的正文逐字相同；标题、讲话人、日期等正文以外的行可能不同，字数因此可能略有差别';

/** A file's name that wraps anywhere but inside its extension (「…讲话.doc / x」): the last character and the extension stay together. */
function FileName({ name }: { name: string }) {
  const m = /^(.*?)(.?\.[A-Za-z0-9]{1,5})$/su.exec(name);
  return m ? (
    <>
      {m[1]}
      <span className="ext">{m[2]}</span>
    </>
  ) : (
    <>{name}</>
  );
}
/** 「《甲》」, 「《甲》等 3 篇」 */
const named = (docs: readonly Entry[]) => `《${titleOf(docs[0]!)}》${docs.length > 1 ? `等 ${docs.length} 篇` : ''}`;

function compare(a: Entry, b: Entry, key: Column): number {
  const x = key === 'genre' ? GENRE_NAMES[a.genre] : a[key];
  const y = key === 'genre' ? GENRE_NAMES[b.genre] : b[key];
  if (typeof x === 'number' || typeof y === 'number') return Number(x ?? 0) - Number(y ?? 0);
  return String(x ?? '').localeCompare(String(y ?? ''), 'zh-CN');
}

/** The list's state: what is shown (documents or the 回收站), its filters and order, what is picked. */
function useLibraryList(status: Status, refreshKey: number) {
  const [bin, setBin] = useState(false);
  const [docs, setDocs] = useState<Entry[] | null>(null);
  /** How many documents are live and how many in the 回收站, whichever list is shown: both tabs say theirs. */
  const [liveCount, setLiveCount] = useState<number | null>(null);
  const [binCount, setBinCount] = useState(0);
  const [genre, setGenre] = useState('');
  const [source, setSource] = useState('');
  const [sort, setSort] = useState<{ key: Column; up: boolean }>({ key: 'importedAt', up: true });
  const [picked, setPicked] = useState<Set<number>>(new Set());

  const load = useCallback(async () => {
    try {
      const [live, binned] = await Promise.all([call('library.documents', { removed: false }), call('library.documents', { removed: true })]);
      const shown = bin ? binned : live;
      setDocs(shown);
      setLiveCount(live.length);
      setBinCount(binned.length);
      setPicked((p) => new Set([...p].filter((id) => shown.some((d) => d.id === id))));
    } catch (e) {
      status.error(e);
      setDocs([]);
    }
  }, [bin, status]);
  useEffect(() => {
    void load();
  }, [load, refreshKey]);

  const sources = useMemo(() => [...new Set((docs ?? []).map((d) => d.sourceName))].sort((a, b) => a.localeCompare(b, 'zh-CN')), [docs]);
  const shown = useMemo(() => {
    const list = (docs ?? []).filter((d) => (!genre || d.genre === genre) && (!source || d.sourceName === source));
    return list.sort((a, b) => (sort.up ? 1 : -1) * (compare(a, b, sort.key) || a.id - b.id));
  }, [docs, genre, source, sort]);
  const switchTo = (toBin: boolean) => {
    setBin(toBin);
    setPicked(new Set());
    setSource('');
    setSort({ key: toBin ? 'removedAt' : 'importedAt', up: !toBin });
  };
  const toggle = (id: number) => setPicked((p) => (p.has(id) ? new Set([...p].filter((x) => x !== id)) : new Set([...p, id])));
  return { bin, switchTo, docs, liveCount, binCount, load, genre, setGenre, source, setSource, sources, sort, setSort, shown, picked, setPicked, toggle };
}

type List = ReturnType<typeof useLibraryList>;

/** `refreshKey` changes after an import: the list is read again. `onChanged`: documents went to or came from the 回收站. */
export function LibraryDocuments({ status, refreshKey, onChanged }: { status: Status; refreshKey: number; onChanged?: () => void }) {
  const list = useLibraryList(status, refreshKey);
  const { bin, docs, shown } = list;
  const [reading, setReading] = useState<number | null>(null);
  /** What the last 移到回收站 moved, for 撤销. */
  const [undo, setUndo] = useState<Entry[] | null>(null);
  const [confirming, setConfirming] = useState<Entry[] | null>(null);

  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      status.info(done);
    } catch (e) {
      status.error(e);
    }
    await list.load();
    onChanged?.();
  };
  const actions: Actions = {
    remove(entries) {
      if (!entries.length) return;
      setReading(null);
      setUndo(entries);
      void act(() => call('library.remove', { documentIds: entries.map((d) => d.id) }), `已移到回收站：${named(entries)}（不再被搜索和用于起草，可撤销）`);
    },
    recover(entries, done = `已从回收站恢复：${named(entries)}`) {
      setUndo(null);
      void act(() => call('library.recover', { documentIds: entries.map((d) => d.id) }), done);
    },
    confirmPurge: setConfirming,
    read: setReading,
  };
  const purge = (entries: Entry[]) => {
    setConfirming(null);
    void act(() => call('library.purge', { documentIds: entries.map((d) => d.id) }), `已彻底删除：${named(entries)}`);
  };
  const closeReader = useCallback(() => setReading(null), []);

  return (
    <section className="library-docs" aria-label="范文库中的文档" data-ready={docs !== null ? 'yes' : 'no'}>
      <ListBar list={list} actions={actions} onSwitch={() => setConfirming(null)} />
      {undo && !bin && (
        <p className="library-undo" role="status">
          已移到回收站：{named(undo)}。{undo.length > 1 ? '它们' : '这篇'}不再被搜索，也不用于起草。
          <button onClick={() => actions.recover(undo, `已撤销：${named(undo)} 已回到范文库`)}>撤销</button>
        </p>
      )}
      {confirming && <PurgeConfirm entries={confirming} onPurge={() => purge(confirming)} onCancel={() => setConfirming(null)} />}
      {docs !== null && shown.length === 0 && (
        <p className="empty">{bin ? '回收站是空的。' : docs.length ? '没有符合筛选条件的文档。' : list.binCount ? `范文库中暂无可用的文档：${list.binCount} 篇在回收站中，可在回收站恢复。` : '范文库还是空的：导入往年的讲话稿、纪要，或整个文件夹。'}</p>
      )}
      {shown.length > 0 && <ListTable list={list} actions={actions} />}
      {shown.some((d) => DERIVED.test(d.title)) && <p className="hint library-legend">标题后注“（据正文）”的：原文没有标题，标题是按正文内容拟的，可点开后更正。</p>}
      {reading !== null && (
        <LibraryReader documentId={reading} status={status} onClose={closeReader} onChanged={() => void list.load()} onRemove={(doc) => actions.remove(docs?.filter((d) => d.id === doc.id) ?? [])} />
      )}
    </section>
  );
}

interface Actions {
  remove(entries: Entry[]): void;
  recover(entries: Entry[], done?: string): void;
  confirmPurge(entries: Entry[]): void;
  read(id: number): void;
}

function PurgeConfirm(p: { entries: Entry[]; onPurge(): void; onCancel(): void }) {
  return (
    <div className="warn-box library-confirm" role="alertdialog" aria-label="确认彻底删除">
      彻底删除{named(p.entries)}后不能恢复：正文、提纲和导入清理记录都会删去。
      <button className="danger" onClick={p.onPurge}>
        确定彻底删除
      </button>
      <button autoFocus onClick={p.onCancel}>
        取消
      </button>
    </div>
  );
}

/** The tabs (文档 / 回收站), the filters, and what can be done with the documents picked. */
function ListBar({ list, actions, onSwitch }: { list: List; actions: Actions; onSwitch(): void }) {
  const { bin } = list;
  const chosen = list.shown.filter((d) => list.picked.has(d.id));
  const count = chosen.length ? `（${chosen.length} 篇）` : '';
  const to = (toBin: boolean) => {
    onSwitch();
    list.switchTo(toBin);
  };
  return (
    <div className="row library-docs-bar">
      <div role="tablist" aria-label="范文库文档">
        <button role="tab" className={bin ? 'tab' : 'tab on'} aria-selected={!bin} onClick={() => to(false)}>
          文档{list.liveCount !== null ? `（${list.liveCount} 篇）` : ''}
        </button>
        <button role="tab" className={bin ? 'tab on' : 'tab'} aria-selected={bin} onClick={() => to(true)}>
          回收站（{list.binCount}）
        </button>
      </div>
      <label>
        体裁{' '}
        <select aria-label="按体裁筛选" value={list.genre} onChange={(e) => list.setGenre(e.target.value)}>
          <option value="">全部</option>
          {Object.entries(GENRE_NAMES).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      </label>
      <label>
        来源文件{' '}
        <select aria-label="按来源文件筛选" value={list.source} onChange={(e) => list.setSource(e.target.value)}>
          <option value="">全部</option>
          {list.sources.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {bin ? (
        <>
          <button disabled={!chosen.length} onClick={() => actions.recover(chosen)}>
            恢复{count}
          </button>
          <button className="danger" disabled={!chosen.length} onClick={() => actions.confirmPurge(chosen)}>
            彻底删除{count}
          </button>
        </>
      ) : (
        <button className="danger" disabled={!chosen.length} onClick={() => actions.remove(chosen)}>
          移到回收站{count}
        </button>
      )}
    </div>
  );
}

/** The documents, one row each: a title to open, the columns to sort by, and the row's own buttons. */
function ListTable({ list, actions }: { list: List; actions: Actions }) {
  const { bin, shown, sort, picked } = list;
  const allPicked = shown.length > 0 && shown.every((d) => picked.has(d.id));
  return (
    <table className="doclist library-list">
      <thead>
        <tr>
          <th>
            <input type="checkbox" aria-label="全选" checked={allPicked} onChange={() => list.setPicked(allPicked ? new Set() : new Set(shown.map((d) => d.id)))} />
          </th>
          {COLUMNS.filter((c) => !c.bin || bin).map((c) => (
            <th key={c.key} aria-sort={sort.key === c.key ? (sort.up ? 'ascending' : 'descending') : 'none'}>
              <button className="sort" onClick={() => list.setSort((s) => ({ key: c.key, up: s.key === c.key ? !s.up : true }))}>
                {c.name}
                {sort.key === c.key ? (sort.up ? ' ▲' : ' ▼') : ''}
              </button>
            </th>
          ))}
          <th />
        </tr>
      </thead>
      <tbody>
        {shown.map((d) => (
          <tr key={d.id} data-id={d.id}>
            <td>
              <input type="checkbox" aria-label={`选中《${titleOf(d)}》`} checked={picked.has(d.id)} onChange={() => list.toggle(d.id)} />
            </td>
            <td className="title">
              <button className="link" onClick={() => actions.read(d.id)} {...(DERIVED.test(d.title) ? { title: DERIVED_HINT } : {})}>
                {titleOf(d)}
              </button>
              {d.sameAs && (
                <span className="same-as" title={SAME_BODY_HINT}>
                  与《{d.sameAs.title || '（无标题）'}》（来自 {d.sameAs.sourceName}）正文相同
                </span>
              )}
            </td>
            <td>{GENRE_NAMES[d.genre] ?? d.genre}</td>
            <td className="source">
              <FileName name={d.sourceName} />
            </td>
            <td>{formatTime(d.importedAt)}</td>
            <td>{d.chars}</td>
            {bin && <td>{d.removedAt !== null ? formatTime(d.removedAt) : ''}</td>}
            <td className="actions">
              {bin ? (
                <>
                  <button onClick={() => actions.recover([d])}>恢复</button>
                  <button className="danger" onClick={() => actions.confirmPurge([d])}>
                    彻底删除
                  </button>
                </>
              ) : (
                <button className="danger" onClick={() => actions.remove([d])}>
                  移到回收站
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
