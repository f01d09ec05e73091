// The Word round trip from the command line, through the same API as the versions panel:
// export-diff (修订稿), user-name, import-revision (list, then decide) and comments.
import { basename } from 'node:path';
import type { Output } from '../../core/api.ts';
import type { Change } from '../../core/revision/types.ts';
import { withApi } from './api.ts';
import { dataDirFlag, positiveArg, stringFlag, type Parsed } from './args.ts';
import { UserError } from './errors.ts';
import { readUserBytes, writeAtomic } from './files.ts';
import { outputFormat, print } from './output.ts';
import { stdio } from './stdio.ts';

/** An edited .docx is a document, not a library: as large as documents.import takes. */
const MAX_DOCX_BYTES = 50 * 1024 * 1024;

const TYPE_NAME: Record<Change['type'], string> = { insert: '增', delete: '删', move: '移', level: '级别' };
const LEVEL_NAME = ['正文', '一级标题', '二级标题', '三级标题', '四级标题'];

/** `wengao export-diff <doc> <from> <to> -o x.docx [--author 姓名]` */
export async function exportDiffCommand({ values, positionals }: Parsed): Promise<number> {
  const documentId = positiveArg(positionals[0], '文稿编号');
  const from = positiveArg(positionals[1], '版本1');
  const to = positiveArg(positionals[2], '版本2');
  const out = stringFlag(values.output);
  outputFormat(out, ['.docx']);
  const author = stringFlag(values.author);
  await withApi(dataDirFlag(values), async (api) => {
    // --author sets the name once, as the app's 「您的姓名」 does.
    if (author !== undefined) await api.call('settings.setUserName', { name: author });
    else if ((await api.call('settings.get', {})).userName === null) throw new UserError(['请先设置修订稿的署名：wengao user-name 姓名（或本次加 --author 姓名）']);
    const { base64 } = await api.call('export.revision', { documentId, from, to });
    writeAtomic(out!, Buffer.from(base64, 'base64'));
  });
  stdio.out(`已导出修订稿（第 ${from} 版 → 第 ${to} 版）：${out}\n`);
  return 0;
}

/** `wengao user-name [姓名]` */
export async function userNameCommand({ values, positionals }: Parsed): Promise<number> {
  const name = positionals[0];
  const shown = await withApi(dataDirFlag(values), async (api) => (name === undefined ? (await api.call('settings.get', {})).userName : (await api.call('settings.setUserName', { name })).userName));
  stdio.out(shown === null ? '还没有设置修订稿署名（wengao user-name 姓名）\n' : `修订稿署名：${shown}\n`);
  return 0;
}

function numbers(flag: string, value: unknown): number[] | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d{1,6}(?:[,，、]\d{1,6})*$/.test(text)) throw new UserError([`${flag}：应为修改的编号，用逗号隔开（如 1,3），实际为“${text}”`]);
  return text.split(/[,，、]/).map(Number);
}

/** The decisions the flags ask for, or undefined to list the changes only. */
function decisionsOf(values: Parsed['values'], count: number): { rest: 'accept' | 'reject'; accept?: number[]; reject?: number[] } | undefined {
  const all = [values['accept-all'] && 'accept', values['reject-all'] && 'reject'].filter(Boolean) as ('accept' | 'reject')[];
  const accept = numbers('--accept', values.accept);
  const reject = numbers('--reject', values.reject);
  if (all.length > 1) throw new UserError(['--accept-all 与 --reject-all 只能选一个']);
  if (all.length === 0 && !accept && !reject) return undefined;
  let rest = all[0] ?? (accept && !reject ? 'reject' : reject && !accept ? 'accept' : undefined);
  if (!rest) {
    const listed = new Set([...(accept ?? []), ...(reject ?? [])]);
    const open = Array.from({ length: count }, (_, k) => k + 1).filter((n) => !listed.has(n));
    if (open.length) throw new UserError([`第 ${open.join('、')} 处修改还没有决定：请列入 --accept 或 --reject，或加 --accept-all / --reject-all 决定其余的`]);
    rest = 'reject';
  }
  return { rest, ...(accept ? { accept } : {}), ...(reject ? { reject } : {}) };
}

function describe(r: Output<'documents.importRevision'>, name: string): string[] {
  const how = r.match.by === 'identity' ? '按文件中的标识' : r.match.by === 'chosen' ? '按指定' : `按内容相似度 ${Math.round((r.match.score ?? 0) * 100)}%，可用 --base 改选`;
  const out = [`修改稿：${name}\u3000依据第 ${r.base} 版（${how}）`, `作者：${r.authors.join('、') || '（无）'}`, `修订 ${r.changes.length} 处：`];
  for (const c of r.changes) {
    const what = c.type === 'level' && c.levels ? `「${c.text}」${LEVEL_NAME[c.levels.from]} → ${LEVEL_NAME[c.levels.to]}` : `「${c.text}」`;
    out.push(`  [${c.id}] ${TYPE_NAME[c.type]}\u3000${c.author}${c.tracked ? '' : '（未留修订痕迹）'}${c.date ? `\u3000${c.date.replace('T', ' ').replace(/(:\d\d)(?::\d\d)?Z?$/, '$1')}` : ''}\u3000${what}`);
  }
  if (r.comments.length) out.push(`批注 ${r.comments.length} 条：`, ...r.comments.map((c) => `  ${c.author}：${c.text}${c.quote ? `（批在「${c.quote}」）` : ''}`));
  return out;
}

/** `wengao import-revision <doc> <file.docx> [--base N] [--accept-all|--reject-all|--accept …|--reject …] [--json]` */
export async function importRevisionCommand({ values, positionals }: Parsed): Promise<number> {
  const documentId = positiveArg(positionals[0], '文稿编号');
  const path = positionals[1];
  if (!path) throw new UserError(['缺少修改稿文件（.docx）']);
  const base = values.base === undefined ? undefined : positiveArg(String(values.base), '--base 版本');
  const bytes = readUserBytes(path, MAX_DOCX_BYTES);
  const name = basename(path);
  const input = { documentId, name, base64: bytes.toString('base64'), ...(base ? { base } : {}) };
  const r = await withApi(
    dataDirFlag(values),
    async (api) => {
      const preview = await api.call('documents.importRevision', input);
      const decisions = decisionsOf(values, preview.changes.length);
      return decisions ? api.call('documents.importRevision', { ...input, decisions }) : preview;
    },
    name,
  );
  print(!!values.json, r, () => {
    const lines = describe(r, name);
    if (!r.saved) lines.push('未作改动。用 --accept-all、--reject-all，或 --accept 1,3（其余拒绝）、--reject 2（其余接受）存为新版本');
    else lines.push(r.saved.created ? `已存为文稿 ${documentId} 的第 ${r.saved.version} 版（基于第 ${r.base} 版）` : `结果与第 ${r.saved.version} 版相同，未新建版本${r.comments.length ? '；批注已记在这一版' : ''}`);
    return lines;
  });
  return 0;
}

/** `wengao comments <doc> [--all] [--resolve id] [--reopen id] [--json]` */
export async function commentsCommand({ values, positionals }: Parsed): Promise<number> {
  const documentId = positiveArg(positionals[0], '文稿编号');
  const resolve = values.resolve === undefined ? undefined : positiveArg(String(values.resolve), '--resolve 批注编号');
  const reopen = values.reopen === undefined ? undefined : positiveArg(String(values.reopen), '--reopen 批注编号');
  const { comments } = await withApi(dataDirFlag(values), async (api) => {
    if (resolve !== undefined) await api.call('comments.resolve', { id: resolve, resolved: true });
    if (reopen !== undefined) await api.call('comments.resolve', { id: reopen, resolved: false });
    return api.call('comments.list', { documentId, includeResolved: values.all === true });
  });
  print(!!values.json, comments, () =>
    comments.length === 0
      ? ['没有未解决的批注']
      : comments.map((c) => `[${c.id}] ${c.author}${c.resolvedAt ? '（已解决）' : ''}：${c.text}${c.quote ? `（批在「${c.quote}」）` : ''}\u3000第 ${c.version ?? '?'} 版第 ${c.line + 1} 段\u3000来自 ${c.source}`),
  );
  return 0;
}
