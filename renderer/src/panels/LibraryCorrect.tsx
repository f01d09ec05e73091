// 更正标题和体裁 in the 范文库's reader: a 会议记录 the analysis took for a 纪要, a title read from a
// cover line (library.update). Her choice is kept by every re-analysis of the file; 撤销 puts back
// what was there before, 改回分析结果 what the analysis found.
import { useState } from 'react';
import type { Output } from '../../../core/api.ts';
import { DOC_GENRES, GENRE_NAMES, type DocGenre } from '../../../core/outline/types.ts';
import { call } from '../api.ts';
import type { Status } from '../status.ts';

type Entry = Output<'library.update'>;
type Before = { title: string | null; genre: DocGenre | null };

/** What a document's fields were before a change, as library.update takes them back: null for the analysis's own. */
const before = (d: Entry): Before => ({ title: d.corrected?.title !== undefined ? d.title : null, genre: d.corrected?.genre !== undefined ? d.genre : null });

/** 「标题已由您更正（分析得到的是「…」）」: what the reader's head line adds for corrected fields. */
export function correctedNote(d: Pick<Entry, 'corrected'>): string {
  const c = d.corrected;
  if (!c) return '';
  const parts = [
    ...(c.genre !== undefined ? [`体裁已由您更正（分析结果为“${GENRE_NAMES[c.genre]}”）`] : []),
    ...(c.title !== undefined ? [`标题已由您更正（分析结果为“${c.title || '无标题'}”）`] : []),
  ];
  return parts.join('，');
}

export function LibraryCorrect(p: { doc: Entry; status: Status; onChanged(doc: Entry): void }) {
  const { doc, status } = p;
  const [editing, setEditing] = useState(false);
  const [undo, setUndo] = useState<{ was: Before; said: string } | null>(null);
  const [error, setError] = useState('');
  const send = async (fields: Before | { title?: string; genre?: DocGenre }, said: string, undoable: boolean) => {
    try {
      const next = await call('library.update', { documentId: doc.id, ...fields });
      setUndo(undoable ? { was: before(doc), said } : null);
      setEditing(false);
      setError('');
      status.info(said);
      p.onChanged(next);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const save = (title: string, genre: DocGenre) => {
    const changes: { title?: string; genre?: DocGenre } = { ...(title !== doc.title ? { title } : {}), ...(genre !== doc.genre ? { genre } : {}) };
    if (!Object.keys(changes).length) return setEditing(false);
    const said = [changes.genre && `体裁改为“${GENRE_NAMES[changes.genre]}”`, changes.title !== undefined && `标题改为“${changes.title.trim()}”`].filter(Boolean).join('，');
    void send(changes, `已更正：${said}（重新分析这个文件时保持不变，可撤销）`, true);
  };
  if (editing) return <CorrectForm doc={doc} error={error} onSave={save} onCancel={() => setEditing(false)} />;
  return (
    <div className="library-correct">
      {undo && (
        <p className="library-undo" role="status">
          {undo.said}
          <button onClick={() => void send(undo.was, '已撤销更正', false)}>撤销</button>
        </p>
      )}
      <button onClick={() => setEditing(true)}>更正标题或体裁</button>
      {doc.corrected && <button onClick={() => void send({ title: null, genre: null }, '已改回分析得到的标题和体裁（可撤销）', true)}>改回分析结果</button>}
    </div>
  );
}

/** The title and 体裁 as the user corrects them; `error` is the library's refusal (it names the field). */
function CorrectForm(p: { doc: Entry; error: string; onSave(title: string, genre: DocGenre): void; onCancel(): void }) {
  const [title, setTitle] = useState(p.doc.title);
  const [genre, setGenre] = useState<DocGenre>(p.doc.genre);
  return (
    <form
      className="library-correct editing"
      aria-label="更正标题或体裁"
      onSubmit={(e) => {
        e.preventDefault();
        p.onSave(title, genre);
      }}
    >
      <label>
        标题 <input value={title} onChange={(e) => setTitle(e.target.value)} size={40} />
      </label>
      <label>
        体裁{' '}
        <select aria-label="体裁" value={genre} onChange={(e) => setGenre(e.target.value as DocGenre)}>
          {DOC_GENRES.map((g) => (
            <option key={g} value={g}>
              {GENRE_NAMES[g]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="primary">
        保存
      </button>
      <button type="button" onClick={p.onCancel}>
        取消
      </button>
      {p.error && (
        <p className="warn-box" role="alert">
          {p.error}
        </p>
      )}
    </form>
  );
}
