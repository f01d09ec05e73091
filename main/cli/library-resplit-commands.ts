// 「拆分有误」 on the command line: the lines of a source's documents where a new one may start
// (`wengao library lines`), a new document started at one (`split`), a document merged into the one
// before it (`merge`) — as the 导入清理记录 does in the app (resplit.ts), stored with the source.
import { mergeDocument, sourceLines, splitAt, type ResplitResult } from '../services/library/resplit.ts';
import type { Store } from '../services/store/store.ts';
import type { Values } from './args.ts';
import { UserError } from './errors.ts';
import { LIBRARY_USAGE } from './library-usage.ts';
import { withLibrary } from './library-store.ts';
import { stdio } from './stdio.ts';

/** How to split a source by hand from the command line, in the user's words. */
export const resplitHint = (sourceId: number) => `命令行中可用 wengao library lines ${sourceId} 列出各行，再用 wengao library split ${sourceId} <行号> 在某篇的开头拆开`;

function number(text: string | undefined, what: string): number {
  if (text === undefined) throw new UserError([`缺少${what}`, LIBRARY_USAGE]);
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw new UserError([`${what}应为正整数，实际为“${text}”`]);
  return Number(text);
}

function extra(args: string[]): void {
  if (args.length > 0) throw new UserError([`多余的参数：${args.join(' ')}`, LIBRARY_USAGE]);
}

/** `wengao library lines <来源编号> [--json]`: each line a document may start at, with the document it is in now. */
export function lineCommand(values: Values, args: string[]): number {
  const [source, ...rest] = args;
  const sourceId = number(source, '来源编号');
  extra(rest);
  const lines = withLibrary(values, (store) => sourceLines(store, sourceId));
  if (values.json) {
    stdio.out(JSON.stringify(lines, null, 2) + '\n');
    return 0;
  }
  for (const l of lines) stdio.out(`第 ${l.line} 行（第 ${l.document} 篇）：${l.text.length > 40 ? `${l.text.slice(0, 40)}…` : l.text}\n`);
  return 0;
}

function said(values: Values, result: ResplitResult): number {
  if (values.json) {
    stdio.out(JSON.stringify(result, null, 2) + '\n');
    return 0;
  }
  stdio.out(`来源 ${result.sourceId} 已重新分析，现为 ${result.documents.length} 篇：${result.documents.map((d) => `文档 ${d.id}「${d.title || '（无标题）'}」`).join('、')}\n`);
  return 0;
}

/** `wengao library split <来源编号> <行号>`: a new document from that line on. */
export const splitCommand = (values: Values, args: string[]): number => resplit(values, args, '行号（wengao library lines 来源编号 列出各行）', splitAt);

/** `wengao library merge <来源编号> <文档编号>`: that document merged into the one before it. */
export const mergeCommand = (values: Values, args: string[]): number => resplit(values, args, '文档编号', mergeDocument);

/** `<来源编号> <n>` (`n` named `what` in a message), done to the source in the library, and said. */
function resplit(values: Values, args: string[], what: string, act: (store: Store, sourceId: number, n: number) => ResplitResult): number {
  const [source, n, ...rest] = args;
  const sourceId = number(source, '来源编号');
  const at = number(n, what);
  extra(rest);
  return said(values, withLibrary(values, (store) => act(store, sourceId, at)));
}
