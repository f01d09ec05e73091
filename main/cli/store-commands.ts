// The version-history commands: list, history, save, diff, restore, backup, restore-backup.
// Versions are addressed by their number within a document (1, 2, 3 …). Every listing takes --json.
import { extname } from 'node:path';
import type { DocModel } from '../../core/doc/model.ts';
import { diffDocs, type DocDiff } from '../../core/doc/diff.ts';
import { docFromText } from '../../core/doc/from-text.ts';
import { backupTo, restoreFromBackup } from '../services/store/backup.ts';
import { StoreError } from '../services/store/errors.ts';
import { databasePath } from '../services/store/paths.ts';
import { Store, type VersionRow } from '../services/store/store.ts';
import { UserError } from './errors.ts';
import { readUserFile } from './files.ts';

const KIND_NAME: Record<VersionRow['kind'], string> = {
  generated: '生成',
  saved: '保存',
  autosave: '自动保存',
  restored: '恢复',
  imported: '导入',
};

export function withStore<T>(dataDir: string | undefined, fn: (store: Store) => T): T {
  const store = openStore(dataDir);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

export function openStore(dataDir: string | undefined): Store {
  try {
    return new Store(databasePath(dataDir));
  } catch (err) {
    throw asUserError(err);
  }
}

export function asUserError(err: unknown): unknown {
  return err instanceof StoreError ? new UserError([err.message]) : err;
}

function number(text: string | undefined, what: string): number {
  if (text === undefined) throw new UserError([`缺少${what}`]);
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw new UserError([`${what}应为正整数，实际为“${text}”`]);
  return Number(text);
}

function time(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

function print(json: boolean, value: unknown, lines: () => string[]): void {
  process.stdout.write(json ? JSON.stringify(value, null, 2) + '\n' : lines().join('\n') + '\n');
}

type Values = Record<string, string | boolean | undefined>;

export function listCommand(values: Values): number {
  withStore(values['data-dir'] as string | undefined, (store) => {
    const docs = store.listDocuments();
    print(!!values.json, docs, () =>
      docs.length === 0 ? ['还没有文稿。用 wengao draft … --save 生成第一份。'] : docs.map((d) => `${d.id}\t${d.title}\t${d.template}\t${d.versions} 个版本\t${time(d.updatedAt)}`),
    );
  });
  return 0;
}

export function historyCommand(values: Values, positionals: string[]): number {
  const id = number(positionals[0], '文稿编号');
  withStore(values['data-dir'] as string | undefined, (store) => {
    const rows = store.history(id);
    print(!!values.json, rows, () =>
      rows.map((v) => `第 ${v.number} 版\t${KIND_NAME[v.kind]}\t${time(v.savedAt)}\t${v.chars} 字${v.parentNumber ? `\t基于第 ${v.parentNumber} 版` : ''}${v.label ? `\t${v.label}` : ''}`),
    );
  });
  return 0;
}

/** A version from a file: a DocModel as .json, or plain text as .txt. */
function docFromFile(path: string): DocModel {
  const text = readUserFile(path);
  if (extname(path).toLowerCase() === '.json') {
    try {
      const doc = JSON.parse(text) as DocModel;
      if (!doc || !Array.isArray(doc.blocks) || !Array.isArray(doc.title)) throw new Error('shape');
      return doc;
    } catch {
      throw new UserError([`${path}：不是文稿台的文稿文件（.json 应为 wengao draft 输出的文稿结构）`]);
    }
  }
  if (!text.trim()) throw new UserError([`${path}：文件为空`]);
  return docFromText(text);
}

export function saveCommand(values: Values, positionals: string[]): number {
  const id = number(positionals[0], '文稿编号');
  if (!positionals[1]) throw new UserError(['缺少要保存的文件（.txt 或 .json）']);
  const doc = docFromFile(positionals[1]);
  withStore(values['data-dir'] as string | undefined, (store) => {
    const current = store.document(id);
    const { version, created } = store.saveVersion(id, { ...doc, kind: current.kind, template: current.template }, 'saved', values.label as string | undefined);
    process.stdout.write(created ? `已保存为文稿 ${id} 的第 ${version.number} 版\n` : `内容与第 ${version.number} 版相同，未新建版本\n`);
  });
  return 0;
}

export function diffCommand(values: Values, positionals: string[]): number {
  const id = number(positionals[0], '文稿编号');
  const a = number(positionals[1], '版本1');
  const b = number(positionals[2], '版本2');
  withStore(values['data-dir'] as string | undefined, (store) => {
    const diff = diffDocs(store.versionDoc(id, a), store.versionDoc(id, b));
    print(!!values.json, diff, () => describeDiff(diff, a, b));
  });
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
    }
    else out.push(p.right.map((x) => (x.op === 'insert' ? `〔增：${x.text}〕` : x.text)).join('') + '    ' + p.left.filter((x) => x.op === 'delete').map((x) => `〔删：${x.text}〕`).join(''));
  }
  return out;
}

export function restoreCommand(values: Values, positionals: string[]): number {
  const id = number(positionals[0], '文稿编号');
  const n = number(positionals[1], '版本');
  withStore(values['data-dir'] as string | undefined, (store) => {
    const { version, created } = store.restoreVersion(id, n);
    process.stdout.write(created ? `已将第 ${n} 版恢复为第 ${version.number} 版（原有版本均保留）\n` : `第 ${n} 版与最新版本相同，无需恢复\n`);
  });
  return 0;
}

export async function backupCommand(values: Values, positionals: string[]): Promise<number> {
  const dest = positionals[0];
  if (!dest) throw new UserError(['缺少备份文件路径']);
  const store = openStore(values['data-dir'] as string | undefined);
  try {
    await backupTo(store, dest);
  } catch (err) {
    throw asUserError(err);
  } finally {
    store.close();
  }
  process.stdout.write(`已备份到：${dest}\n`);
  return 0;
}

export function restoreBackupCommand(values: Values, positionals: string[]): number {
  const src = positionals[0];
  if (!src) throw new UserError(['缺少备份文件路径']);
  try {
    const aside = restoreFromBackup(databasePath(values['data-dir'] as string | undefined), src);
    // Opening once applies any migration an older backup needs, and proves the result opens.
    openStore(values['data-dir'] as string | undefined).close();
    process.stdout.write(`已从备份恢复：${src}${aside ? `\n原数据库已另存为：${aside}` : ''}\n`);
  } catch (err) {
    throw asUserError(err);
  }
  return 0;
}
