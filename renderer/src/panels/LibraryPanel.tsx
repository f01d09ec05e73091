// 范文库: import model texts (text, Word, WPS, PDF, saved web pages; picked or dropped), search them
// and insert a passage at the cursor.
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import { LIBRARY_EXTENSIONS, libraryFile } from '../../../core/library-formats.ts';
import { call } from '../api.ts';
import { FileButton, fromInput, type PickedFile } from '../files.tsx';
import type { EditorCtx } from './context.ts';
import { ImportReview } from './ImportReview.tsx';

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
  const [progress, setProgress] = useState<{ done: number; total: number; name: string } | null>(null);
  const [dropping, setDropping] = useState(false);
  const cancelled = useRef(false);

  const search = async () => {
    if (!query.trim()) return;
    try {
      setHits((await call('library.search', { query: query.trim().slice(0, 100), limit: 20 })).hits);
    } catch (e) {
      ctx.status.error(e);
    }
  };
  /**
   * Imports the files one by one — each in a transaction of its own, so 取消 stops between two files
   * and never leaves half of one — showing which file of how many is being read; a bad file names
   * itself and the others still go in.
   */
  const importFiles = async (files: PickedFile[]) => {
    if (progress) return;
    const done: string[] = [];
    const failed: string[] = [];
    cancelled.current = false;
    for (const [i, f] of files.entries()) {
      if (cancelled.current) {
        done.push(`已取消，其余 ${files.length - i} 个文件未导入`);
        break;
      }
      setProgress({ done: i, total: files.length, name: f.name });
      try {
        const r = await call('library.import', { name: f.name, base64: await f.base64() });
        done.push(r.duplicate ? `${f.name}：已在范文库中` : `${f.name}：${r.documents} 篇，清理 ${r.removed} 处`);
      } catch (e) {
        failed.push(e instanceof Error ? e.message : String(e));
      }
    }
    setProgress(null);
    if (failed.length) ctx.status.error(new Error([...failed, ...done].join('；')));
    else if (done.length) ctx.status.info(`已导入范文：${done.join('；')}`);
  };
  /** Files dropped on the panel: those of a kind the library takes; the others are named. */
  const drop = (list: FileList) => {
    const files = fromInput(list);
    const others = files.filter((f) => !libraryFile(f.name)).map((f) => f.name);
    if (others.length) ctx.status.error(new Error(`不支持的文件类型：${others.join('、')}（可导入 ${LIBRARY_EXTENSIONS.join(' ')}）`));
    void importFiles(files.filter((f) => libraryFile(f.name)));
  };
  const insert = (text: string) => {
    const editor = ctx.editor();
    editor?.update(() => {
      const sel = $getSelection();
      if ($isRangeSelection(sel)) {
        // A passage is a paragraph: at the end of a paragraph with text it starts a new one.
        const anchor = sel.anchor.getNode();
        const block = anchor.getTopLevelElement();
        const atEnd = sel.isCollapsed() && block !== null && block.getTextContent() !== '' && sel.anchor.offset === anchor.getTextContentSize() && anchor.getNextSibling() === null;
        if (atEnd) sel.insertParagraph();
        sel.insertText(text);
      }
      else $getRoot().append($createParagraphNode().append($createTextNode(text)));
    });
    ctx.status.info('已插入范文段落');
  };
  return (
    <div
      className={dropping ? 'panel-library dropping' : 'panel-library'}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(e) => {
        if (!e.dataTransfer.files.length) return;
        e.preventDefault();
        setDropping(false);
        drop(e.dataTransfer.files);
      }}
    >
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
      <div className="row import">
        <FileButton label="导入范文" accept={LIBRARY_EXTENSIONS.join(',')} kind="library" multiple onFiles={(files) => void importFiles(files)} />
        <span className="hint">也可把文件拖到这里</span>
      </div>
      {progress && (
        <div className="row import-progress" role="status">
          <progress max={progress.total} value={progress.done} />
          <span>
            正在导入 {progress.done + 1}/{progress.total}：{progress.name}
          </span>
          <button onClick={() => (cancelled.current = true)}>取消</button>
        </div>
      )}
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
      <ImportReview ctx={ctx} />
    </div>
  );
}

