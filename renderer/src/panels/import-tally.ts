// What an import of picked files did, as the 范文库 panel says it (library-import.ts gathers it): each
// file's outcome tallied, the summary line, the lines under 查看详情; and how a pick is cut into calls.
// No DOM and no API here: the unit tests take these as they are.
import type { Output } from '../../../core/api.ts';
import { PICK_MAX_FILES } from '../../../core/api-library-import.ts';
import { versionSummary, type VersionCounts } from '../../../core/version-summary.ts';

/** A file of the last import already in the library with documents in the 回收站. */
export interface BinnedFile {
  name: string;
  /** How many documents the file became. */
  inLibrary: number;
  binned: NonNullable<Output<'library.import'>['binned']>;
}

/** Most bytes of files one call carries (as base64 a third more, well under browser mode's 70 MB a call);
 *  a larger file goes in a call of its own (the library takes files up to 50 MB). */
const CALL_BYTES = 24 * 1024 * 1024;

/** The import's copies in one line: which they are, the list marks under their titles. */
const copiesLine = (n: number) => `其中 ${n} 篇与范文库中已有的文档正文相同，已在列表中标出：都保留了，搜索时同一段只列一次；不需要的可移到回收站`;

/** The pick in calls of at most CALL_BYTES of files each and at most the contract's number of files, in order (usually one):
 *  a folder of more small files than one call takes is sent in several, never refused whole. */
export function callsOf<T extends { size?: number }>(files: readonly T[], most = CALL_BYTES, mostFiles = PICK_MAX_FILES): T[][] {
  const calls: T[][] = [];
  let bytes = Infinity;
  for (const f of files) {
    const size = f.size ?? 0;
    if (bytes + size > most || calls[calls.length - 1]!.length >= mostFiles) {
      calls.push([]);
      bytes = 0;
    }
    calls[calls.length - 1]!.push(f);
    bytes += size;
  }
  return calls;
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

/** 「已导入范文 12 篇（其中 2 篇与范文库中已有文档正文相同），2 个文件已在范文库中，1 个文件未导入」: the import in one short line. */
export function summaryLine(t: Pick<Tally, 'documents' | 'copies' | 'already' | 'back' | 'binned' | 'failed' | 'notImported' | 'stopped'>): string {
  const already = t.already.length + t.back.length;
  const binned = t.binned.length;
  const not = t.failed.length + t.notImported;
  const said = [
    // Copies of documents already there are imported all the same: said here, not only under 查看详情 (s23 outside screen test, 7).
    `已导入范文 ${t.documents} 篇${t.copies ? `（其中 ${t.copies} 篇与范文库中已有文档正文相同）` : ''}`,
    ...(already ? [`${already} 个文件已在范文库中`] : []),
    ...(binned ? [`${binned} 个文件以前导入过，文档在回收站中`] : []),
    ...(not ? [`${not} 个文件未导入`] : []),
  ].join('，');
  return t.stopped ? `${said}（已取消）` : said;
}

export const stoppedLine = (name: string, rest: number) => `已取消，${name}${rest ? ` 及其后 ${rest} 个文件` : ' '}未导入`;

/** What an import's files became, gathered as they are imported one by one. */
export interface Tally {
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

export const newTally = (): Tally => ({ imported: [], already: [], back: [], binned: [], notices: [], versions: [], copies: 0, failed: [], stopped: '', notImported: 0, documents: 0 });

export function tally(t: Tally, name: string, r: Output<'library.import'>): void {
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

export function tallyLines(t: Tally): string[] {
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
