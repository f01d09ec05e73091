// Correcting a 范文库 document on the command line, as the 范文库's reader does in the app
// (library.update, correct.ts): `wengao library rename <文档编号> <新标题>`, `wengao library genre
// <文档编号> <体裁>`; `--undo` takes the field back to what the analysis found. A re-analysis of the
// file keeps the correction.
import { GENRE_NAMES } from '../../core/outline/types.ts';
import { updateDocument } from '../services/library/correct.ts';
import type { LibraryEntry } from '../services/library/bin.ts';
import type { Values } from './args.ts';
import { UserError } from './errors.ts';
import { LIBRARY_USAGE } from './library-usage.ts';
import { withLibrary } from './library-store.ts';
import { stdio } from './stdio.ts';

function documentId(text: string | undefined): number {
  if (text === undefined) throw new UserError(['缺少文档编号（wengao library 列出文档）', LIBRARY_USAGE]);
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw new UserError([`文档编号：应为正整数，实际为“${text}”`]);
  return Number(text);
}

/** `wengao library rename|genre <文档编号> <新标题|体裁> [--undo] [--json]`. */
export function updateCommand(sub: 'rename' | 'genre', values: Values, args: string[]): number {
  const [id, ...rest] = args;
  const documentIdValue = documentId(id);
  const field = sub === 'rename' ? 'title' : 'genre';
  const what = sub === 'rename' ? '新标题' : `体裁（${Object.values(GENRE_NAMES).join('、')}）`;
  if (values.undo && rest.length > 0) throw new UserError([`--undo 改回分析得到的${sub === 'rename' ? '标题' : '体裁'}，不再需要${what}`, LIBRARY_USAGE]);
  if (!values.undo && rest.length === 0) throw new UserError([`缺少${what}`, LIBRARY_USAGE]);
  if (sub === 'genre' && rest.length > 1) throw new UserError([`多余的参数：${rest.slice(1).join(' ')}`, LIBRARY_USAGE]);
  const value = values.undo ? null : rest.join(' ');
  const entry = withLibrary(values, (store) => updateDocument(store, documentIdValue, { [field]: value }));
  if (values.json) stdio.out(JSON.stringify(entry, null, 2) + '\n');
  else stdio.out(said(entry) + '\n');
  return 0;
}

function said(d: LibraryEntry): string {
  const notes = [
    ...(d.corrected?.title !== undefined ? [`标题已更正，分析得到的是「${d.corrected.title || '（无标题）'}」`] : []),
    ...(d.corrected?.genre !== undefined ? [`体裁已更正，分析得到的是「${GENRE_NAMES[d.corrected.genre]}」`] : []),
  ];
  return `文档 ${d.id}「${d.title || '（无标题）'}」${GENRE_NAMES[d.genre]}${notes.length ? `（${notes.join('；')}；--undo 可改回）` : '（与分析结果相同）'}`;
}
