// The document library from the command line: list, history, save, diff, restore, export, import-doc
// — each one call (or two) of the API, printed. Versions are numbered within a document (1, 2, 3 …);
// every listing takes --json.
import { basename, extname } from 'node:path';
import type { DocModel } from '../../core/doc/model.ts';
import type { DocDiff } from '../../core/doc/diff.ts';
import { docFromText } from '../../core/doc/from-text.ts';
import { withApi } from './api.ts';
import { dataDirFlag, positiveArg, stringFlag, type Parsed } from './args.ts';
import { UserError } from './errors.ts';
import { readUserBytes, readUserFile } from './files.ts';
import { outputFormat, print, writeDoc } from './output.ts';
import { removedNote } from '../../core/doc/xml-text.ts';
import { stdio } from './stdio.ts';

const KIND_NAME: Record<string, string> = { generated: '生成', saved: '保存', autosave: '自动保存', restored: '恢复', imported: '导入' };

/** The largest document file imported: as the 范文库's readers take. */
const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

function time(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export async function listCommand({ values }: Parsed): Promise<number> {
  const docs = await withApi(dataDirFlag(values), (api) => api.call('documents.list', {}));
  print(!!values.json, docs, () =>
    docs.length === 0 ? ['还没有文稿。用 wengao draft … --save 生成第一份。'] : docs.map((d) => `${d.id}\t${d.title}\t${d.template}\t${d.versions} 个版本\t${time(d.updatedAt)}`),
  );
  return 0;
}

export async function historyCommand({ values, positionals }: Parsed): Promise<number> {
  const documentId = positiveArg(positionals[0], '文稿编号');
  const rows = await withApi(dataDirFlag(values), (api) => api.call('versions.list', { documentId }));
  print(!!values.json, rows, () =>
    rows.map((v) => `第 ${v.number} 版\t${KIND_NAME[v.kind]}\t${time(v.savedAt)}\t${v.chars} 字${v.parentNumber ? `\t基于第 ${v.parentNumber} 版` : ''}${v.label ? `\t${v.label}` : ''}${v.note ? `\t${v.note}` : ''}`),
  );
  return 0;
}

/** A version from a file: a DocModel as .json (checked by the contract), or plain text as .txt. */
function docFromFile(path: string): unknown {
  const text = readUserFile(path);
  if (extname(path).toLowerCase() === '.json') {
    try {
      return JSON.parse(text);
    } catch {
      throw new UserError([`${path}：不是文稿台的文稿文件（.json 应为 wengao draft 输出的文稿结构）`]);
    }
  }
  if (!text.trim()) throw new UserError([`${path}：文件为空`]);
  return docFromText(text);
}

export async function saveCommand({ values, positionals }: Parsed): Promise<number> {
  const documentId = positiveArg(positionals[0], '文稿编号');
  if (!positionals[1]) throw new UserError(['缺少要保存的文件（.txt 或 .json）']);
  const doc = docFromFile(positionals[1]) as DocModel;
  const label = stringFlag(values.label);
  await withApi(
    dataDirFlag(values),
    async (api) => {
      const { document } = await api.call('documents.open', { documentId });
      const { version, created, removedChars } = await api.call('versions.save', { documentId, doc: { ...doc, kind: document.kind, template: document.template }, kind: 'saved', ...(label ? { label } : {}) });
      stdio.out(created ? `已保存为文稿 ${documentId} 的第 ${version} 版\n` : `内容与第 ${version} 版相同，未新建版本\n`);
      if (removedChars) stdio.out(`${removedNote(removedChars)}\n`);
    },
    positionals[1],
  );
  return 0;
}

export async function diffCommand({ values, positionals }: Parsed): Promise<number> {
  const documentId = positiveArg(positionals[0], '文稿编号');
  const from = positiveArg(positionals[1], '版本1');
  const to = positiveArg(positionals[2], '版本2');
  const diff = (await withApi(dataDirFlag(values), (api) => api.call('versions.diff', { documentId, from, to })));
  print(!!values.json, diff, () => describeDiff(diff, from, to));
  return 0;
}

/** Text form of a diff: deletions in 〔删：…〕, insertions in 〔增：…〕, unchanged paragraphs skipped. */
function describeDiff(diff: DocDiff, a: number, b: number): string[] {
  const s = diff.stats;
  const out = [`第 ${a} 版 → 第 ${b} 版：删去 ${s.deleted} 字，增加 ${s.inserted} 字，改动 ${s.changedParagraphs} 段`];
  for (const p of diff.paragraphs) {
    if (p.kind === 'equal') continue;
    if (p.kind === 'deleted') out.push(`〔删段〕${p.left}`);
    else if (p.kind === 'inserted') out.push(`〔增段〕${p.right}`);
    else if (p.kind === 'moved') {
      // A move appears at both places; say it once, where the paragraph now stands.
      if (p.side === 'to') out.push(`〔移段：原第 ${p.from + 1} 段〕${p.right}`);
    } else out.push(p.right.map((x) => (x.op === 'insert' ? `〔增：${x.text}〕` : x.text)).join('') + '    ' + p.left.filter((x) => x.op === 'delete').map((x) => `〔删：${x.text}〕`).join(''));
  }
  return out;
}

export async function restoreCommand({ values, positionals }: Parsed): Promise<number> {
  const documentId = positiveArg(positionals[0], '文稿编号');
  const version = positiveArg(positionals[1], '版本');
  const r = await withApi(dataDirFlag(values), (api) => api.call('versions.restore', { documentId, version }));
  stdio.out(r.created ? `已将第 ${version} 版恢复为第 ${r.version} 版（原有版本均保留）\n` : `第 ${version} 版与最新版本相同，无需恢复\n`);
  return 0;
}

/** `wengao export <文稿编号> [版本] -o x.docx|.txt|.json|.csv`: a stored version as a file (the newest by default). */
export async function exportCommand({ values, positionals }: Parsed): Promise<number> {
  const documentId = positiveArg(positionals[0], '文稿编号');
  const version = positionals[1] === undefined ? undefined : positiveArg(positionals[1], '版本');
  const out = stringFlag(values.output);
  outputFormat(out);
  await withApi(dataDirFlag(values), async (api) => {
    const { doc } = version === undefined ? await api.call('documents.open', { documentId }) : await api.call('versions.get', { documentId, version });
    await writeDoc(api, doc, out!, documentId);
    const which = version === undefined ? '最新版本' : `第 ${version} 版`;
    stdio.out(`已导出文稿 ${documentId} 的${which}：${out}\n`);
  });
  return 0;
}

/** `wengao import-doc <file>`: a speech or minutes written elsewhere (.txt/.md/.docx) as a new document. */
export async function importDocCommand({ values, positionals }: Parsed): Promise<number> {
  const path = positionals[0];
  if (!path) throw new UserError(['缺少要导入的文件（.txt、.md 或 .docx）']);
  const bytes = readUserBytes(path, MAX_IMPORT_BYTES);
  const { documentId, removedChars } = await withApi(dataDirFlag(values), (api) => api.call('documents.import', { name: basename(path), base64: bytes.toString('base64') }));
  stdio.out(`已导入为文稿 ${documentId}：${path}\n`);
  if (removedChars) stdio.out(`${removedNote(removedChars)}\n`);
  stdio.out(`用 wengao proof、wengao export ${documentId} -o 文件.docx 继续\n`);
  return 0;
}
