// 范文库: search the library of model texts and insert a passage at the cursor.
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import { call } from '../api.ts';
import type { EditorCtx } from './context.ts';

type Hit = Output<'library.search'>['hits'][number];

const ROLE_NAMES: Record<string, string> = {
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

export function LibraryPanel({ ctx, focusKey }: { ctx: EditorCtx; focusKey: number }) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<Hit[] | null>(null);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), [focusKey]);

  const search = async () => {
    if (!query.trim()) return;
    try {
      setHits((await call('library.search', { query: query.trim().slice(0, 100), limit: 20 })).hits);
    } catch (e) {
      ctx.status.error(e);
    }
  };
  const insert = (text: string) => {
    const editor = ctx.editor();
    editor?.update(() => {
      const sel = $getSelection();
      if ($isRangeSelection(sel)) sel.insertText(text);
      else $getRoot().append($createParagraphNode().append($createTextNode(text)));
    });
    ctx.status.info('已插入范文段落');
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
        <input ref={box} type="search" aria-label="搜索范文" placeholder="搜索范文（Ctrl+F）" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit">搜索</button>
      </form>
      {hits && hits.length === 0 && <p className="empty">没有找到相关段落。</p>}
      <ul className="hits">
        {hits?.map((h, i) => (
          <li key={i}>
            <div className="hit-head">
              <span className="role">{ROLE_NAMES[h.role] ?? h.role}</span>
              <span className="src">{h.title}</span>
            </div>
            <p className="snippet">{h.snippet}</p>
            <button onMouseDown={(e) => e.preventDefault()} onClick={() => insert(h.text)}>
              插入
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
