// 导入范文 / 导入文件夹 / a drop on the 范文库: the picked files sent as ONE import (library.importFiles,
// a few calls only when the pick is larger than a call may be), its progress asked of main while it
// runs, 取消, and what it did file by file.
import { useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { Output } from '../../../core/api.ts';
import { versionSummary, type VersionCounts } from '../../../core/version-summary.ts';
import { call } from '../api.ts';
import type { PickedFile } from '../files.tsx';
import type { Status } from '../status.ts';
import type { BinnedFile } from './BinnedImports.tsx';

/** How often the panel asks how far the import is (and whether LibreOffice is converting a file of it). */
const STATUS_MS = 500;
/** Most bytes of files one call carries (as base64 a third more, well under browser mode's 70 MB a call);
 *  a larger file goes in a call of its own (the library takes files up to 50 MB). */
const CALL_BYTES = 24 * 1024 * 1024;

/** The import's copies in one line: which they are, the list marks under their titles. */
const copiesLine = (n: number) => `其中 ${n} 篇与范文库中已有的文档正文相同，已在列表中标出：都保留了，搜索时同一段只列一次；不需要的可移到回收站`;

/** The pick in calls of at most CALL_BYTES of files each, in order (usually one). */
export function callsOf<T extends { size?: number }>(files: readonly T[], most = CALL_BYTES): T[][] {
  const calls: T[][] = [];
  let bytes = Infinity;
  for (const f of files) {
    const size = f.size ?? 0;
    if (bytes + size > most) {
      calls.push([]);
      bytes = 0;
    }
    calls[calls.length - 1]!.push(f);
    bytes += size;
  }
  return calls;
}

type Progress = { done: number; total: number; name: string; converting?: string };

/**
 * Imports the picked files as one import, showing which file of how many is being read; a bad file
 * names itself and the others still go in. 取消 stops the file being read or written (nothing of it
 * is kept: library.cancelImport) and the files after it.
 */
export function useLibraryImport(status: Status) {
  const [progress, setProgress] = useState<Progress | null>(null);
  /** What the last import did: a summary line in the panel, the files one by one under 查看详情. */
  const [report, setReport] = useState<ImportReport | null>(null);
  const cancelled = useRef(false);
  /** How many imports have ended: the document list reads itself again after each. */
  const [imports, setImports] = useState(0);

  /** Imports `files`; `refused`, files of a kind the library does not take, each with why (said with the rest). */
  const importFiles = async (files: PickedFile[], refused: readonly string[] = []) => {
    if (progress || (!files.length && !refused.length)) return;
    const t = newTally();
    t.failed.push(...refused);
    cancelled.current = false;
    setReport(null);
    let sent = 0;
    for (const part of callsOf(files)) {
      // 取消 (before this call or during it): the first file it kept out and those after it were not imported.
      let kept: number | undefined = 0;
      if (cancelled.current) t.notImported += part.length;
      else kept = await importPart(part, sent, files.length, t, setProgress, () => cancelled.current);
      if (kept !== undefined) {
        const first = sent + kept;
        if (first < files.length) t.stopped = stoppedLine(files[first]!.name, files.length - first - 1);
        t.notImported += files.length - sent - part.length;
        break;
      }
      sent += part.length;
    }
    setProgress(null);
    setImports((n) => n + 1);
    const { binned, failed, stopped } = t;
    const lines = [...failed, ...tallyLines(t), ...(stopped ? [stopped] : [])];
    if (!lines.length && !binned.length) return;
    // Said in the panel only, in its own place: never a copy in the status line over the toolbar (s22 outside screen test, 5).
    setReport({ key: Date.now(), summary: summaryLine(t), lines, binned, error: t.documents === 0 && failed.length > 0 && !stopped });
  };
  const cancel = () => {
    cancelled.current = true;
    call('library.cancelImport', {}).catch((e: unknown) => status.error(e));
  };
  /** After documents came back from the 回收站: the document list is read again. */
  const refresh = () => setImports((n) => n + 1);
  const dismissReport = () => setReport(null);
  return { progress, report, imports, refresh, importFiles, cancel, dismissReport };
}

/** What an import did, as the panel shows it: `summary` always, `lines` under 查看详情, `binned` with their 恢复. */
export interface ImportReport {
  /** A new one each import (its 查看详情 starts closed). */
  key: number;
  summary: string;
  lines: string[];
  binned: BinnedFile[];
  /** Nothing was imported and some files were refused. */
  error: boolean;
}

/** 「已导入范文 12 篇，2 个文件已在范文库中，1 个文件未导入」: the import in one short line. */
export function summaryLine(t: Pick<Tally, 'documents' | 'already' | 'back' | 'binned' | 'failed' | 'notImported' | 'stopped'>): string {
  const already = t.already.length + t.back.length;
  const binned = t.binned.length;
  const not = t.failed.length + t.notImported;
  const said = [
    `已导入范文 ${t.documents} 篇`,
    ...(already ? [`${already} 个文件已在范文库中`] : []),
    ...(binned ? [`${binned} 个文件以前导入过，文档在回收站中`] : []),
    ...(not ? [`${not} 个文件未导入`] : []),
  ].join('，');
  return t.stopped ? `${said}（已取消）` : said;
}

const stoppedLine = (name: string, rest: number) => `已取消，${name}${rest ? ` 及其后 ${rest} 个文件` : ' '}未导入`;

/**
 * One call of the pick (its files `sent`… of `total`), tallied into `t`; if 取消 came during it, the
 * index in `part` of the first file it kept out (part.length if none).
 */
async function importPart(
  part: readonly PickedFile[],
  sent: number,
  total: number,
  t: Tally,
  setProgress: Dispatch<SetStateAction<Progress | null>>,
  isCancelled: () => boolean,
): Promise<number | undefined> {
  setProgress({ done: sent, total, name: part[0]!.name });
  // Asked twice a second: which file is being read, and whether LibreOffice is converting it (half a minute).
  const asking = setInterval(() => {
    call('library.importStatus', {})
      .then(({ converting, progress: p }) =>
        setProgress((was) => was && { ...was, ...(p && p.total === part.length ? { done: sent + p.done, name: p.name } : {}), converting: converting ?? undefined }),
      )
      .catch(() => undefined);
  }, STATUS_MS);
  try {
    const input = [];
    for (const f of part) input.push({ name: f.name, base64: await f.base64() });
    const { files, cancelled } = await call('library.importFiles', { files: input });
    let notReached: number | undefined;
    files.forEach((f, i) => {
      if (f.output) tally(t, f.name, f.output);
      else if (f.error) t.failed.push(f.error);
      else {
        notReached ??= i;
        t.notImported++;
      }
    });
    return cancelled || isCancelled() ? (notReached ?? part.length) : undefined;
  } catch (e) {
    if (isCancelled()) {
      t.notImported += part.length;
      return 0;
    }
    // The call itself was refused (the connection, a body too large): none of its files went in.
    t.failed.push(`${part.map((f) => f.name).join('、')}：${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  } finally {
    clearInterval(asking);
  }
}

/** What an import's files became, gathered as they are imported one by one. */
interface Tally {
  imported: string[];
  already: string[];
  /** Files whose documents deleted for good came back from them. */
  back: string[];
  binned: BinnedFile[];
  /** What to check in an imported file (a 汇编 kept as one document, a page read out of order). */
  notices: string[];
  /** Files that are new versions of files imported before (versions.ts), each with what became of its pieces. */
  versions: string[];
  /** Documents with the body of one already in the library: said once for the whole import, marked in the list. */
  copies: number;
  /** Files not imported, each with why. */
  failed: string[];
  /** 取消: which files were not imported. */
  stopped: string;
  /** How many files 取消 kept out. */
  notImported: number;
  /** Documents the import added to the library. */
  documents: number;
}

const newTally = (): Tally => ({ imported: [], already: [], back: [], binned: [], notices: [], versions: [], copies: 0, failed: [], stopped: '', notImported: 0, documents: 0 });

function tally(t: Tally, name: string, r: Output<'library.import'>): void {
  if (r.duplicate && r.returned?.length) t.back.push(returnedLine(name, r.returned, r.inLibrary ?? r.returned.length));
  else if (r.duplicate && r.binned?.length) t.binned.push({ name, inLibrary: r.inLibrary ?? r.binned.length, binned: r.binned });
  else if (r.duplicate) t.already.push(name);
  else if (r.page) t.imported.push(`${name}：《${r.page.title}》的第 ${r.page.page} 页，已接在前面各页之后，合为一篇`);
  else t.imported.push(`${name}：${r.documents} 篇，清理 ${r.removed} 处`);
  // A new version of a file imported before: it took the old one's place; what the file no longer has stays, said.
  if (r.version) t.versions.push(versionLine(name, r.version));
  for (const n of r.notices ?? []) t.notices.push(`注意（${name}）：${n}`);
  t.copies += r.copies ?? 0;
  t.documents += r.documents;
}

function tallyLines(t: Tally): string[] {
  return [
    ...t.back,
    ...(t.imported.length ? [`已导入范文：${t.imported.join('；')}`] : []),
    ...t.versions,
    ...(t.copies ? [copiesLine(t.copies)] : []),
    ...t.notices,
    ...(t.already.length ? [`已在范文库中，未重复导入：${t.already.join('、')}`] : []),
  ];
}

/** A file imported again after it was edited: what became of its pieces, and those it no longer has (still in the list). */
function versionLine(name: string, v: VersionCounts): string {
  const gone = v.gone.length ? `。文件中已没有的 ${v.gone.length} 篇仍在范文库中，不需要可在文档列表中移到回收站` : '';
  return `${name} 是已导入文件的新版本，已替换上次导入的文档（保留您更正的标题、体裁和回收站中的文档）：${versionSummary(v)}${gone}`;
}

/** A file in the library again, with the documents of it that had been deleted for good imported again. */
function returnedLine(name: string, returned: readonly { title: string }[], inLibrary: number): string {
  const titles = returned.map((d) => `《${d.title || '（无标题）'}》`).join('');
  return `${name} 已在范文库中；其中彻底删除过的${titles}已从这个文件重新导入（共 ${inLibrary} 篇中的 ${returned.length} 篇），其余未重复导入`;
}
