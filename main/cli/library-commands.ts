// The 范文库 commands: import, search, library, outline. Messages in Chinese; progress on stderr;
// --json for machine-readable output. A file that cannot be imported is listed on stderr and makes
// the exit code 2, while the other files are still imported.
import { basename } from 'node:path';
import { convertingMessage } from '../../core/library-formats.ts';
import type { OutlineNode, PassageRole } from '../../core/outline/index.ts';
import { readableLines } from '../../core/outline/readable.ts';
import { analyseFile, dropPlan, importFiles, importPlan, LibraryError, libraryDocuments, ROLES, search, type FileResult, type ImportSummary } from '../services/library/library.ts';
import { UserError } from './errors.ts';
import { LIBRARY_USAGE } from './library-usage.ts';
import { libraryPatterns, librarySources, restoreRemoved, sourceReview, type SourceReview } from '../services/library/review.ts';
import { openStore } from './store-commands.ts';
import { dataDir, libraryError, withLibrary } from './library-store.ts';
import { lineCommand, mergeCommand, resplitHint, splitCommand } from './library-resplit-commands.ts';
import { libraryEntries, purgeDocuments, recoverDocuments, removeDocuments } from '../services/library/bin.ts';
import { sameAsNotice, sameAsText } from '../services/library/same-body.ts';
import { versionSummary } from '../../core/version-summary.ts';
import type { VersionReport } from '../services/library/file-outcomes.ts';
import { GENRE_NAMES } from '../../core/outline/types.ts';
import { updateCommand } from './library-update-commands.ts';
import type { Store } from '../services/store/store.ts';

import type { Values } from './args.ts';
import { stdio } from './stdio.ts';

const GENRE_NAME: Readonly<Record<string, string>> = GENRE_NAMES;

function positive(text: unknown, name: string, max = 999_999_999): number | undefined {
  if (text === undefined) return undefined;
  const s = String(text);
  if (!/^\d{1,9}$/.test(s) || Number(s) < 1 || Number(s) > max) throw new UserError([`${name}：应为 1–${max} 之间的整数，实际为“${s}”`]);
  return Number(s);
}

// ── import ─────────────────────────────────────────────────────────────────────────────────────

/** `wengao import <files|folders…> [--json] [--data-dir D]` */
export async function importCommand(values: Values, positionals: string[]): Promise<number> {
  if (positionals.length === 0) throw new UserError(['缺少要导入的文件或文件夹', LIBRARY_USAGE]);
  // Planned first: the analysis worker, if the import needs one, loads while the store opens.
  const plan = importPlan(positionals);
  let store: Store;
  try {
    store = openStore(dataDir(values));
  } catch (err) {
    dropPlan(plan);
    throw err;
  }
  let summary: ImportSummary;
  try {
    const tty = process.stderr.isTTY;
    summary = await importFiles(
      store,
      plan,
      (done, total, file) => {
        const line = `[${done}/${total}] ${basename(file)}`;
        stdio.err(tty ? `\r\x1b[K${line}${done === total ? '\n' : ''}` : `${line}\n`);
      },
      { onConverting: (file) => stdio.err(`${tty ? '\r\x1b[K' : ''}${convertingMessage(basename(file))}\n`) },
    );
  } catch (err) {
    throw libraryError(err);
  } finally {
    store.close();
  }
  if (values.json) stdio.out(JSON.stringify(summary, null, 2) + '\n');
  else {
    for (const r of summary.files) {
      if (r.status === 'failed') stdio.err(`未导入：${r.file}：${r.error}\n`);
      else stdio.out(describeFile(r).join('\n') + '\n');
    }
    stdio.out(
      `共 ${summary.files.length} 个文件：导入 ${summary.imported} 个（${summary.documents} 篇文档${summary.copies ? `，其中 ${summary.copies} 篇与库中已有文档正文相同` : ''}）` +
        `${summary.duplicates ? `，已在库中 ${summary.duplicates} 个` : ''}${summary.skipped ? `，跳过 ${summary.skipped} 个` : ''}${summary.failed ? `，未导入 ${summary.failed} 个` : ''}\n`,
    );
  }
  // Nothing imported and something refused (a file of a kind the library does not take): not a success.
  return summary.failed > 0 || (summary.skipped > 0 && summary.imported + summary.duplicates === 0) ? 2 : 0;
}

function describeFile(r: Exclude<FileResult, { status: 'failed' }>): string[] {
  switch (r.status) {
    case 'duplicate':
      return [duplicateLine(r)];
    case 'skipped':
      return [`跳过：${r.file}（${r.reason}）`];
    case 'imported': {
      if (r.page) return [`已导入：${r.file}`, `  是《${r.page.title}》的第 ${r.page.page} 页，已接在前面各页之后，合为一篇（文档 ${r.page.documentIds.join('、')}；重复的标题等分页内容已删去，见 wengao library report ${r.page.sourceId}）`];
      const out = [`已导入：${r.file}`];
      for (const d of r.documents) {
        out.push(`  文档 ${d.id}「${d.title || '（无标题）'}」${GENRE_NAME[d.genre] ?? d.genre}${d.year ? `，${d.year} 年` : ''}，${d.passages} 段，提取标题句式 ${d.patterns} 条`);
      }
      out.push(`  ${describeRemovals(r.report.removed)}${r.report.joinedLines ? `；接回断行 ${r.report.joinedLines} 处` : ''}`);
      if (r.version) out.push(...versionLines(r.version));
      for (const n of r.report.notices ?? []) out.push(`  注意：${n}`);
      if (r.report.collection) out.push(`  注意：${r.report.collection}`, `  ${resplitHint(r.sourceId)}`);
      for (const d of r.documents) if (d.sameAs) out.push(`  注意：文档 ${d.id}${sameAsNotice(d.title, d.sameAs, true)}（wengao library remove <文档编号>）`);
      return out;
    }
  }
}

/** A new version of a file imported before (versions.ts): what became of each piece, and those the file no longer has. */
function versionLines(v: VersionReport): string[] {
  const out = [`  这是已导入文件的新版本，已替换上次导入的文档：${versionSummary({ ...v, gone: [] }) || '各篇都已不在文件中'}`];
  if (v.gone.length) out.push(`  注意：文件中已没有 ${titled(v.gone)}：仍在范文库中，不需要可移到回收站（wengao library remove ${v.gone.map((d) => d.id).join(' ')}）`);
  return out;
}

/** A file already in the library, and where its documents are: a re-import does not bring back those in the 回收站. */
function duplicateLine(r: Extract<FileResult, { status: 'duplicate' }>): string {
  if (r.returned?.length) return `已在库中：${r.file}；其中彻底删除过的 ${titled(r.returned)} 已从这个文件重新导入（共 ${r.documentIds.length} 篇中的 ${r.returned.length} 篇），其余未重复导入`;
  const recover = `恢复用 wengao library recover ${r.binned.map((d) => d.id).join(' ')}`;
  if (r.binned.length === 0) return `已在库中：${r.file}（文档 ${r.documentIds.join('、')}），未重复导入`;
  if (r.binned.length === r.documentIds.length) {
    const n = r.binned.length === 1 ? '它的文档' : `它的 ${r.binned.length} 篇文档都`;
    return `已在库中：${r.file}，未重复导入——${n}在回收站中（${titled(r.binned)}），${recover}`;
  }
  return `已在库中：${r.file}（文档 ${r.documentIds.join('、')}），未重复导入；其中在回收站中的：${titled(r.binned)}，${recover}`;
}

const titled = (docs: readonly { id: number; title: string }[]) => docs.map((d) => `文档 ${d.id}「${d.title || '（无标题）'}」`).join('、');

/** 「清理删去 12 行：广告 5、网站提示 4、链接 3」 */
function describeRemovals(removed: readonly { reason: string; text: string }[]): string {
  if (removed.length === 0) return '清理未删去任何内容';
  const byReason = new Map<string, number>();
  let lines = 0;
  for (const r of removed) {
    const n = r.text.split('\n').length;
    lines += n;
    byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + n);
  }
  return `清理删去 ${lines} 行：${[...byReason].map(([reason, n]) => `${reason} ${n}`).join('、')}`;
}

// ── search ─────────────────────────────────────────────────────────────────────────────────────

/** `wengao search <query…> [--role R] [--doc N] [--year Y] [--limit N] [--json] [--data-dir D]` */
export function searchCommand(values: Values, positionals: string[]): number {
  const query = positionals.join(' ').trim();
  if (!query) throw new UserError(['缺少要查找的词语', LIBRARY_USAGE]);
  const role = values.role as string | undefined;
  if (role !== undefined && !(ROLES as readonly string[]).includes(role)) throw new UserError([`--role：应为 ${ROLES.join('、')} 之一，实际为“${role}”`]);
  const options = {
    role: role as PassageRole | undefined,
    documentId: positive(values.doc, '--doc'),
    year: positive(values.year, '--year', 9999),
    limit: positive(values.limit, '--limit', 500),
  };
  const result = withLibrary(values, (store) => search(store, query, options));
  if (values.json) {
    stdio.out(JSON.stringify(result, null, 2) + '\n');
    return 0;
  }
  if (result.hits.length === 0) {
    stdio.out(`没有找到“${query}”\n`);
    return 0;
  }
  for (const h of result.hits) {
    const where = [h.path, h.heading].filter(Boolean).join(' ');
    stdio.out(`文档 ${h.documentId}「${h.title || '（无标题）'}」${h.year ? ` ${h.year}` : ''}\u3000${h.role}${where ? `\u3000${where}` : ''}\n    ${h.snippet}\n`);
    if (h.copies) stdio.out(`    正文相同的还有：${h.copies.map((c) => `文档 ${c.documentId}「${c.title || '（无标题）'}」（来自 ${c.sourceName}）`).join('、')}\n`);
  }
  return 0;
}

// ── library ────────────────────────────────────────────────────────────────────────────────────

/** `wengao library [--json] [--data-dir D]`; `wengao library report|restore …` (review.ts). */
export function libraryCommand(values: Values, positionals: string[] = []): number {
  const [sub, ...args] = positionals;
  if (sub === 'report') return reportCommand(values, args);
  if (sub === 'restore') return restoreCommand(values, args);
  if (sub === 'lines') return lineCommand(values, args);
  if (sub === 'split') return splitCommand(values, args);
  if (sub === 'merge') return mergeCommand(values, args);
  if (sub === 'bin') return binCommand(values, args);
  if (sub === 'remove' || sub === 'recover' || sub === 'purge') return binMoveCommand(sub, values, args);
  if (sub === 'rename' || sub === 'genre') return updateCommand(sub, values, args);
  if (sub !== undefined) throw new UserError([`未知的 library 子命令：${sub}`, LIBRARY_USAGE]);
  const docs = withLibrary(values, (store) => libraryDocuments(store));
  if (values.json) {
    stdio.out(JSON.stringify(docs, null, 2) + '\n');
    return 0;
  }
  if (docs.length === 0) {
    stdio.out('范文库还是空的。用 wengao import <文件或文件夹> 导入。\n');
    return 0;
  }
  for (const d of docs) {
    stdio.out(
      `${d.id}\t${d.title || '（无标题）'}\t${GENRE_NAME[d.genre] ?? d.genre}${d.year ? `\t${d.year}` : ''}\t${d.passages} 段\t${d.sourceName}${d.truncated ? '\t（原文不全）' : ''}\n`,
    );
    if (d.sameAs) stdio.out(`  ${sameAsText(d.sameAs, true)}\n`);
    if (d.head.length) stdio.out(`  题下：${d.head.join('　')}\n`);
    for (const line of outlineLines(d.outline, 1)) stdio.out(line + '\n');
  }
  return 0;
}

// ── review and undo ────────────────────────────────────────────────────────────────────────────

/** A removed passage as the app's 导入清理记录 shows it (core/outline/readable.ts): a sentence a page broke
 *  at every link reads as one line; a line of its own stays a line, under the first, indented. */
const asRead = (text: string) => readableLines(text).join('\n        ');

/** 「  3. 〔广告〕第 8 行：举报倒卖会员资料的人…」: the numbers `restore` takes. */
function reviewLines(r: SourceReview): string[] {
  const out = [`来源 ${r.id}：${r.name}（文档 ${r.documents.map((d) => `${d.id}「${d.title || '（无标题）'}」${d.removedAt === undefined ? '' : '（在回收站中）'}`).join('、')}）`];
  for (const n of r.notices) out.push(`  注意：${n}`);
  if (r.documents.length === 1 && r.collection) out.push(`  ${resplitHint(r.id)}`);
  if (r.removed.length === 0) out.push('  清理未删去任何内容');
  for (const x of r.removed) out.push(`  ${x.n}. 〔${x.reason}〕第 ${x.line} 行：${asRead(x.text)}`);
  if (r.restored.length > 0) {
    out.push('  已恢复：');
    for (const x of r.restored) out.push(`    〔${x.reason}〕第 ${x.line} 行：${asRead(x.text)}`);
  }
  return out;
}

function sourceIdArg(text: string | undefined): number {
  if (text === undefined) throw new UserError(['缺少来源编号（wengao library report 列出全部来源）', LIBRARY_USAGE]);
  return positive(text, '来源编号')!;
}

/** `wengao library report [<来源编号>] [--json]`: what cleaning removed, numbered. */
function reportCommand(values: Values, args: string[]): number {
  const reviews = withLibrary(values, (store) => (args[0] === undefined ? librarySources(store) : [sourceReview(store, sourceIdArg(args[0]))]));
  if (values.json) {
    stdio.out(JSON.stringify(args[0] === undefined ? reviews : reviews[0], null, 2) + '\n');
    return 0;
  }
  if (reviews.length === 0) stdio.out('范文库还是空的。用 wengao import <文件或文件夹> 导入。\n');
  for (const r of reviews) stdio.out(reviewLines(r).join('\n') + '\n');
  return 0;
}

/** `wengao library restore <来源编号> <序号…>`: those removals undone, the source analysed again. */
function restoreCommand(values: Values, args: string[]): number {
  const [source, ...entries] = args;
  const sourceId = sourceIdArg(source);
  if (entries.length === 0) throw new UserError(['缺少要恢复的删除记录序号（wengao library report 来源编号 列出序号）', LIBRARY_USAGE]);
  const numbers = entries.map((e) => positive(e, '删除记录序号')!);
  const result = withLibrary(values, (store) => restoreRemoved(store, sourceId, numbers));
  if (values.json) {
    stdio.out(JSON.stringify(result, null, 2) + '\n');
    return 0;
  }
  stdio.out(`已恢复 ${result.restored.length} 处：\n`);
  for (const x of result.restored) stdio.out(`  〔${x.reason}〕第 ${x.line} 行：${asRead(x.text)}\n`);
  stdio.out(`来源 ${sourceId} 已重新分析：${result.documents.map((d) => `文档 ${d.id}「${d.title || '（无标题）'}」${d.passages} 段`).join('、')}\n`);
  return 0;
}

// ── the 回收站 ─────────────────────────────────────────────────────────────────────────────────

const day = (ms: number) => new Date(ms).toLocaleString('zh-CN', { hour12: false });

/** `wengao library bin [--json]`: the documents in the 回收站, last removed first. */
function binCommand(values: Values, args: string[]): number {
  if (args.length > 0) throw new UserError([`多余的参数：${args.join(' ')}`, LIBRARY_USAGE]);
  const docs = withLibrary(values, (store) => libraryEntries(store, { removed: true }));
  if (values.json) {
    stdio.out(JSON.stringify(docs, null, 2) + '\n');
    return 0;
  }
  if (docs.length === 0) stdio.out('回收站是空的。\n');
  for (const d of docs) stdio.out(`${d.id}\t${d.title || '（无标题）'}\t${GENRE_NAME[d.genre] ?? d.genre}\t${d.sourceName}\t移入回收站：${day(d.removedAt!)}\n`);
  return 0;
}

/** `wengao library remove|recover|purge <文档编号…>`: to the 回收站, back, or deleted for good (--yes). */
function binMoveCommand(sub: 'remove' | 'recover' | 'purge', values: Values, args: string[]): number {
  if (args.length === 0) throw new UserError(['缺少文档编号（wengao library 列出文档，wengao library bin 列出回收站）', LIBRARY_USAGE]);
  const ids = args.map((a) => positive(a, '文档编号')!);
  if (sub === 'purge' && !values.yes) throw new UserError(['彻底删除后不能恢复。确认要删除，请加 --yes', LIBRARY_USAGE]);
  const n = withLibrary(values, (store) => (sub === 'remove' ? removeDocuments(store, ids) : sub === 'recover' ? recoverDocuments(store, ids) : purgeDocuments(store, ids)));
  if (values.json) {
    stdio.out(JSON.stringify({ [sub === 'remove' ? 'removed' : sub === 'recover' ? 'recovered' : 'purged']: n }) + '\n');
    return 0;
  }
  stdio.out(sub === 'remove' ? `已移到回收站：${n} 篇（wengao library recover 编号 可恢复）\n` : sub === 'recover' ? `已从回收站恢复：${n} 篇\n` : `已彻底删除：${n} 篇\n`);
  return 0;
}

// ── patterns ───────────────────────────────────────────────────────────────────────────────────

/** `wengao patterns [--role 任务] [--level 1] [--limit 50] [--json]`: headings to choose with `draft --heading`. */
export function patternsCommand(values: Values, positionals: string[]): number {
  if (positionals.length > 0) throw new UserError([`多余的参数：${positionals.join(' ')}`, LIBRARY_USAGE]);
  const role = values.role as string | undefined;
  if (role !== undefined && !(ROLES as readonly string[]).includes(role)) throw new UserError([`--role：应为 ${ROLES.join('、')} 之一，实际为“${role}”`]);
  const query = { role: role as PassageRole | undefined, level: positive(values.level, '--level', 4), limit: positive(values.limit, '--limit', 500) };
  const patterns = withLibrary(values, (store) => libraryPatterns(store, query));
  if (values.json) {
    stdio.out(JSON.stringify(patterns, null, 2) + '\n');
    return 0;
  }
  if (patterns.length === 0) {
    stdio.out('没有可用的标题句式。用 wengao import 导入讲话稿后再试。\n');
    return 0;
  }
  for (const p of patterns) stdio.out(`${p.role}\t${p.level} 级\t${p.pattern}\t〔${p.source || '（无标题）'}〕\n`);
  return 0;
}

const FROM_CONTENTS = '（仅见于提纲，正文缺）';

function outlineLines(nodes: readonly OutlineNode[], depth: number): string[] {
  // A part known only from the document's 提纲/目录 (the site cut the text off before it) says so: it is not in the text.
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.number}${n.heading}\u3000〔${n.role}〕${n.fromContents ? FROM_CONTENTS : ''}`, ...outlineLines(n.children, depth + 1)]);
}

// ── outline ────────────────────────────────────────────────────────────────────────────────────

interface PrintedNode {
  level: number;
  number: string;
  heading: string;
  role: PassageRole;
  runIn: boolean;
  children: PrintedNode[];
}

const printed = (n: OutlineNode): PrintedNode => ({ level: n.level, number: n.number, heading: n.heading, role: n.role, runIn: n.runIn, children: n.children.map(printed) });

/** `wengao outline <file>`: the cleaned documents found in a file, as JSON; nothing is imported. */
export async function outlineCommand(_values: Values, positionals: string[]): Promise<number> {
  const path = positionals[0];
  if (!path) throw new UserError(['缺少要分析的文件', LIBRARY_USAGE]);
  let analysed;
  try {
    analysed = await analyseFile(path);
  } catch (err) {
    if (err instanceof LibraryError) throw new UserError([`${path}：${err.message}`]);
    throw err;
  }
  const { file, documents, report } = analysed;
  const out = {
    file: path,
    encoding: file.encoding,
    documents: documents.map((d) => ({
      title: d.title,
      genre: d.genre,
      year: d.year ?? null,
      salutation: d.salutation ?? null,
      closing: d.closing ?? null,
      passages: d.passages.length,
      outline: d.outline.map(printed),
    })),
    report,
  };
  stdio.out(JSON.stringify(out, null, 2) + '\n');
  return 0;
}
