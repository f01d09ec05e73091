// 范文库: import model texts (text, Word, WPS, PDF, saved web pages; picked or dropped), search them,
// read a passage whole, and (in the editor) insert it at the cursor. The same panel is the 范文库
// screen, reachable from 文稿.
import { useEffect, useRef, useState } from 'react';
import type { Output } from '../../../core/api.ts';
import { convertingMessage, LIBRARY_EXTENSIONS, libraryFile, originalsFirst, unsupportedReason } from '../../../core/library-formats.ts';
import type { ImportReport } from './import-tally.ts';
import { useLibraryImport } from './library-import.ts';
import { call } from '../api.ts';
import { FileButton, FolderButton, fromInput, type PickedFile } from '../files.tsx';
import type { Status } from '../status.ts';
import { BinnedImports } from './BinnedImports.tsx';
import { ImportReview } from './ImportReview.tsx';
import { LibraryDocuments } from './LibraryDocuments.tsx';

type Hit = Output<'library.search'>['hits'][number];
/** Hits shown for one search. */
const LIMIT = 20;

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

/** `text` with each of the query's words marked 【…】, as the snippets mark them. */
function marked(text: string, query: string): string {
  const words = query.split(/[\s\u3000]+/).filter(Boolean);
  if (!words.length) return text;
  const escaped = words.sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text.replace(new RegExp(escaped.join('|'), 'gi'), (m) => `【${m}】`);
}

/** 「讲话汇编.docx · 2024年 · 县委书记 王强」: the file a hit comes from, with its year and speaker when known. */
function sourceLine(hit: Hit): string {
  return [hit.source, hit.year ? `${hit.year}年` : '', hit.speaker ?? ''].filter(Boolean).join(' · ');
}

/**
 * One hit: its snippet, or the whole passage once opened (「展开全文」), and 插入 in the editor. A hit
 * found by its heading or its document's title has the words marked there.
 */
function HitItem({ hit, query, onInsert }: { hit: Hit; query: string; onInsert?: ((text: string) => void) | undefined }) {
  const [open, setOpen] = useState(false);
  return (
    <li data-via={hit.via}>
      <div className="hit-head">
        <span className="role">{ROLE_NAMES[hit.role] ?? hit.role}</span>
        <span className={hit.via === 'title' ? 'src matched' : 'src'}>{hit.via === 'title' ? marked(hit.title, query) : hit.title}</span>
        {hit.heading && <span className={hit.via === 'heading' ? 'src matched' : 'src'}>· {hit.via === 'heading' ? marked(hit.heading, query) : hit.heading}</span>}
      </div>
      {hit.source && <p className="hit-source">来自：{sourceLine(hit)}</p>}
      {open ? <p className="passage">{hit.text}</p> : <p className="snippet">{hit.snippet}</p>}
      {hit.copies && (
        <p className="copies">
          正文相同的还有：{hit.copies.map((c) => `《${c.title || '（无标题）'}》（来自 ${c.sourceName}）`).join('、')}
        </p>
      )}
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
  const { query, setQuery, found, searching, search } = useLibrarySearch(status);
  const box = useRef<HTMLInputElement>(null);
  useEffect(() => box.current?.focus(), [focusKey]);
  const { progress, report, imports, refresh, importFiles, cancel, dismissReport } = useLibraryImport(status);
  const [dropping, setDropping] = useState(false);
  /** How many times documents went to or came from the 回收站: an open 导入清理记录 reads itself again. */
  const [binMoves, setBinMoves] = useState(0);
  /** Merges, splits and 恢复 in 导入清理记录: the documents changed, the list reads them again. */
  const [corrections, setCorrections] = useState(0);
  useSearchFollows(found?.query, search, imports + binMoves);

  /** Files dropped on the panel or in a chosen folder: those of a kind the library takes; the others are named in the import's account. */
  const drop = (files: PickedFile[]) => {
    const others = files.filter((f) => !libraryFile(f.name)).map((f) => `${f.name}：${unsupportedReason(f.name)}`);
    // (A copy after its original: the original is imported, the copy found again.)
    void importFiles(
      originalsFirst(
        files.filter((f) => libraryFile(f.name)),
        (f) => f.name,
      ),
      others,
    );
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
        drop(fromInput(e.dataTransfer.files));
      }}
    >
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
        <FileButton label="导入范文" accept={LIBRARY_EXTENSIONS.join(',')} kind="library" multiple onFiles={(files) => void importFiles(originalsFirst(files, (f) => f.name))} />
        <FolderButton label="导入文件夹" onFiles={(files) => drop(files)} />
        <span className="hint">也可把文件拖到{onInsert ? '这里' : '本页任意位置'}</span>
      </div>
      <ImportOutcome progress={progress} report={report} status={status} cancel={cancel} refresh={refresh} dismiss={dismissReport} />
      <SearchResults found={found} searching={searching} onInsert={onInsert} />
      {/* On the 范文库 screen (not beside the editor): the documents, to read or remove. */}
      {!onInsert && (
        <LibraryDocuments
          status={status}
          refreshKey={imports + corrections}
          onChanged={() => {
            setBinMoves((n) => n + 1);
            // The import's summary told the library as the import left it: once documents are binned,
            // restored or deleted, it is taken down (the status line says what changed).
            dismissReport();
          }}
        />
      )}
      <ImportReview status={status} refreshKey={imports + binMoves} onCorrected={() => setCorrections((n) => n + 1)} />
    </div>
  );
}

type LibraryImport = ReturnType<typeof useLibraryImport>;

/** While an import runs, which file of how many (with 取消); after it, what it did (ImportSummary). */
function ImportOutcome(p: { progress: LibraryImport['progress']; report: LibraryImport['report']; status: Status; cancel(): void; refresh(): void; dismiss(): void }) {
  const { progress, report } = p;
  return (
    <>
      {progress && (
        <div className="row import-progress" role="status">
          <progress max={progress.total} value={progress.done} />
          <span>
            正在导入 {progress.done + 1}/{progress.total}：{progress.converting ? convertingMessage(progress.converting) : progress.name}
          </span>
          <button onClick={p.cancel}>取消</button>
        </div>
      )}
      {report && <ImportSummary key={report.key} report={report} status={p.status} refresh={p.refresh} dismiss={p.dismiss} />}
    </>
  );
}

/**
 * What the last import did, in the panel's own place: one short line (「已导入范文 12 篇，1 个文件未导入」),
 * 查看详情 for the files one by one, × to close it; the files whose documents are in the 回收站 with their 恢复.
 */
function ImportSummary(p: { report: ImportReport; status: Status; refresh(): void; dismiss(): void }) {
  const { report } = p;
  const [open, setOpen] = useState(false);
  return (
    <div className={report.error ? 'import-result error' : 'import-result'} role="status" aria-label="导入结果">
      <div className="import-summary">
        <span className="import-said">{report.summary}</span>
        {report.lines.length > 0 && (
          <button type="button" className="link" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
            {open ? '收起详情' : '查看详情'}
          </button>
        )}
        <button type="button" className="close" aria-label="关闭导入结果" title="关闭" onClick={p.dismiss}>
          ×
        </button>
      </div>
      {(open || report.binned.length > 0) && (
        <ul aria-label="导入详情">
          {open && report.lines.map((l) => <li key={l}>{l}</li>)}
          <BinnedImports files={report.binned} status={p.status} onRecovered={p.refresh} />
        </ul>
      )}
    </div>
  );
}

/**
 * The hits on screen answer for the library as it is: when `changes` moves (an import, documents
 * moved to or from the 回收站 or deleted for good), the last search (`query`) runs again.
 */
function useSearchFollows(query: string | undefined, search: (again?: string) => Promise<void>, changes: number) {
  const seen = useRef(changes);
  useEffect(() => {
    if (seen.current === changes) return;
    seen.current = changes;
    if (query) void search(query);
    // Only on a change of the library, not when the hits themselves change.
  }, [changes]);
}

interface Found {
  query: string;
  hits: Hit[];
}

/** The search box's words and the hits of the last search that answered. */
function useLibrarySearch(status: Status) {
  const [query, setQuery] = useState('');
  // The hits belong to the words searched, not to what the box holds now; while a search runs, the
  // last one's hits are not shown (nor insertable) as if they answered the new words.
  const [found, setFound] = useState<Found | null>(null);
  const [searching, setSearching] = useState<string | null>(null);
  const searches = useRef(0);

  /** Searches the box's words, or `again` (the last search's words, after the library changed). */
  const search = async (again?: string) => {
    const words = (again ?? query).trim().slice(0, 100);
    if (!words) return;
    // A search started after this one answers for the box: this one's late answer is dropped.
    const mine = ++searches.current;
    setSearching(words);
    try {
      const { hits } = await call('library.search', { query: words, limit: LIMIT });
      if (mine === searches.current) setFound({ query: words, hits });
    } catch (e) {
      if (mine === searches.current) setFound(null);
      status.error(e);
    } finally {
      if (mine === searches.current) setSearching(null);
    }
  };
  return { query, setQuery, found, searching, search };
}

function SearchResults({ found, searching, onInsert }: { found: Found | null; searching: string | null; onInsert?: ((text: string) => void) | undefined }) {
  return (
    <>
      {searching !== null && (
        <p className="hits-said" role="status">
          正在搜索“{searching}”…
        </p>
      )}
      {searching === null && found && found.hits.length > 0 && (
        <p className="hits-said">
          “{found.query}”：{found.hits.length < LIMIT ? `找到 ${found.hits.length} 段` : `最相关的 ${LIMIT} 段`}
        </p>
      )}
      {searching === null && found && found.hits.length === 0 && <p className="empty">没有找到相关段落。</p>}
      <ul className="hits" data-query={found?.query} aria-busy={searching !== null}>
        {searching === null && found?.hits.map((h, i) => <HitItem key={`${found.query}:${i}`} hit={h} query={found.query} onInsert={onInsert} />)}
      </ul>
    </>
  );
}
