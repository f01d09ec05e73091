// 范文库: import model texts (.txt/.md/.docx), search them, read a passage whole, and (in the
// editor) insert it at the cursor. The same panel is the 范文库 screen, reachable from 文稿.
import { useEffect, useRef, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import { call } from '../api.ts';
import type { Status } from '../App.tsx';
import { FileButton, type PickedFile } from '../files.tsx';
import { ImportReview } from './ImportReview.tsx';

type Hit = Output<'library.search'>['hits'][number];

export const ROLE_NAMES: Record<string, string> = {
  opening: '开场',
  significance: '意义',
  achievement: '成绩',
  problem: '问题',
  task: '任务',
  guarantee: '保障',
  closing: '结尾',
  remark: '发言',
  decision: '议定',
  other: '其他',
};

/** One hit: its snippet, or the whole passage once opened (「展开全文」), and 插入 in the editor. */
function HitItem({ hit, onInsert }: { hit: Hit; onInsert?: ((text: string) => void) | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <li>
      <div className="hit-head">
        <span className="role">{ROLE_NAMES[hit.role] ?? hit.role}</span>
        <span className="src">{hit.title}</span>
        {hit.heading && <span className="src">· {hit.heading}</span>}
      </div>
      {open ? <p className="passage">{hit.text}</p> : <p className="snippet">{hit.snippet}</p>}
      <div className="hit-actions">
        <button onClick={() => setOpen((o) => !o)} aria-expanded={open}>
          {open ? '收起' : '展开全文'}
        </button>
        {onInsert && (
          <button onMouseDown={(e) => e.preventDefault()} onClick={() => onInsert(hit.text)}>
            插入
          </button>
        )}
      </div>
    </li>
  );
}

export function LibraryPanel({ status, focusKey, onInsert }: { status: Status; focusKey: number; onInsert?: (text: string) => void }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), [focusKey]);

  const search = async () => {
    if (!query.trim()) return;
    try {
      setHits((await call('library.search', { query: query.trim().slice(0, 100), limit: 20 })).hits);
    } catch (e) {
      status.error(e);
    }
  };
  /** Imports the files one by one, so one bad file names itself and the others still go in. */
  const importFiles = async (files: PickedFile[]) => {
    const done: string[] = [];
    for (const f of files) {
      try {
        const r = await call('library.import', { name: f.name, base64: await f.base64() });
        done.push(r.duplicate ? `${f.name}：已在范文库中` : `${f.name}：${r.documents} 篇，清理 ${r.removed} 处`);
      } catch (e) {
        status.error(e);
        return;
      }
    }
    if (done.length) status.info(`已导入范文：${done.join('；')}`);
  };
  return (
    <div className="panel-library">
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <input ref={box} type="search" aria-label="搜索范文" placeholder="搜索范文（Ctrl+Shift+F）" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit">搜索</button>
      </form>
      <div className="row import">
        <FileButton label="导入范文" accept=".txt,.md,.docx" kind="library" multiple onFiles={(files) => void importFiles(files)} />
      </div>
      {hits && hits.length === 0 && <p className="empty">没有找到相关段落。</p>}
      <ul className="hits">
        {hits?.map((h, i) => (
          <HitItem key={`${query}:${i}`} hit={h} onInsert={onInsert} />
        ))}
      </ul>
      <ImportReview status={status} />
    </div>
  );
}
