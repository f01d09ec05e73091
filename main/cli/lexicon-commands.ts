// `wengao lexicon …`: the user's own proofreading lexicon (用户词库) in the local database — list,
// add a 纠错 entry, allow a word (总是忽略), disable / enable / remove an entry, import and export
// the TSV exchange format (main/services/store/proof-lexicon.ts describes it). A problem the user
// can fix is printed in Chinese with exit code 2, and nothing has been written.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { ApiError, type Output } from '../../core/api.ts';
import type { Severity, UserEntry } from '../../core/proof/types.ts';
import { databaseFile } from './database.ts';
import { enabledEntries, KIND_NAMES, SEVERITIES } from '../services/store/proof-lexicon.ts';
import { withApi, type CliApi } from './api.ts';
import { dataDirFlag, stringFlag, type Parsed, type Values } from './args.ts';
import { UserError } from './errors.ts';
import { writeAtomic } from './files.ts';
import { LEXICON_USAGE } from './lexicon-usage.ts';
import { withStore } from './store-commands.ts';
import { stdio } from './stdio.ts';

/** The largest lexicon file read: 5 MB is far more than any unit's word list. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

function entryId(text: string | undefined): number {
  if (text === undefined) throw new UserError(['缺少条目编号（见 wengao lexicon list）']);
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw new UserError([`条目编号应为正整数，实际为“${text}”`]);
  return Number(text);
}

function level(value: unknown): Severity | undefined {
  if (value === undefined) return undefined;
  if (!SEVERITIES.includes(value as Severity)) throw new UserError([`--level：应为 错误、疑似 或 提示，实际为“${String(value)}”`]);
  return value as Severity;
}

function extra(positionals: string[], n: number, sub: string): void {
  if (positionals.length > n) throw new UserError([`lexicon ${sub}：多余的参数“${positionals.slice(n).join(' ')}”`, LEXICON_USAGE]);
}

/** A lexicon file: UTF-8 (with or without BOM), or GB18030 as Excel and WPS save text on Chinese Windows. */
function readLexiconFile(path: string): string {
  let bytes: Buffer;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new UserError([`${path}：这是一个文件夹，请给出词库文件`]);
    if (st.size > MAX_FILE_BYTES) throw new UserError([`${path}：文件过大（${(st.size / 1048576).toFixed(1)} MB），词库文件最大 5 MB`]);
    bytes = readFileSync(path);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError([`${path}：找不到文件或无法读取`]);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

type Entry = Output<'lexicon.list'>['entries'][number];

function entryLine(e: Entry): string {
  return [e.id, KIND_NAMES[e.kind], e.kind === 'allow' ? e.wrong : `${e.wrong} → ${e.right ?? ''}`, e.kind === 'allow' ? '' : e.severity, e.enabled ? '启用' : '停用', e.reason ?? ''].join('\t').trimEnd();
}

async function listSub(api: CliApi, values: Values): Promise<void> {
  const { entries } = await api.call('lexicon.list', {});
  if (values.json) stdio.out(JSON.stringify(entries, null, 2) + '\n');
  else if (entries.length === 0) stdio.out('用户词库还没有条目。用 wengao lexicon add 错误写法 正确写法 添加。\n');
  else stdio.out(entries.map(entryLine).join('\n') + '\n');
}

async function addSub(api: CliApi, values: Values, args: string[], allow: boolean): Promise<void> {
  const reason = stringFlag(values.reason);
  if (allow) {
    const [word] = args;
    if (word === undefined) throw new UserError(['lexicon allow：需要一个词语，例如 wengao lexicon allow 截止', LEXICON_USAGE]);
    extra(args, 1, 'allow');
    if (values.level !== undefined) throw new UserError(['lexicon allow：忽略条目不需要 --level']);
    const { entry: e } = await api.call('lexicon.add', { kind: 'allow', wrong: word, ...(reason ? { reason } : {}) });
    stdio.out(`已添加忽略条目 ${e.id}：校对不再标出“${e.wrong}”\n`);
    return;
  }
  const [wrong, right] = args;
  if (wrong === undefined || right === undefined) throw new UserError(['lexicon add：需要错误写法和正确写法，例如 wengao lexicon add 再接再励 再接再厉', LEXICON_USAGE]);
  extra(args, 2, 'add');
  const severity = level(values.level);
  const { entry: e } = await api.call('lexicon.add', { kind: 'confusion', wrong, right, ...(severity ? { severity } : {}), ...(reason ? { reason } : {}) });
  stdio.out(`已添加词库条目 ${e.id}：${e.wrong} → ${e.right}（${e.severity}）\n`);
}

async function importSub(api: CliApi, file: string | undefined, args: string[]): Promise<void> {
  if (file === undefined) throw new UserError(['lexicon import：缺少词库文件', LEXICON_USAGE]);
  extra(args, 1, 'import');
  const text = readLexiconFile(file);
  try {
    const r = await api.call('lexicon.import', { text });
    stdio.out(`已导入：新增 ${r.added} 条，更新 ${r.updated} 条\n`);
  } catch (err) {
    // The line number belongs to the file: say which file, and that nothing was imported.
    if (err instanceof ApiError) throw new UserError([`${file}：${err.message}`, '词库未作任何改动']);
    throw err;
  }
}

async function exportSub(api: CliApi, file: string | undefined, args: string[]): Promise<void> {
  extra(args, 1, 'export');
  const { text } = await api.call('lexicon.export', {});
  if (file === undefined) stdio.out(text);
  else {
    // With a BOM, so that Excel and WPS open the file as UTF-8; import skips it.
    writeAtomic(file, '\uFEFF' + text);
    stdio.out(`已导出：${file}（${text.split('\n').length - 2} 条）\n`);
  }
}

async function lexiconSub(api: CliApi, values: Values, sub: string | undefined, args: string[]): Promise<void> {
  switch (sub) {
    case 'list':
      extra(args, 0, sub);
      return listSub(api, values);
    case 'add':
    case 'allow':
      return addSub(api, values, args, sub === 'allow');
    case 'disable':
    case 'enable': {
      const id = entryId(args[0]);
      extra(args, 1, sub);
      const { entry: e } = await api.call('lexicon.setEnabled', { id, enabled: sub === 'enable' });
      stdio.out(`${sub === 'enable' ? '已启用' : '已停用'}词库条目 ${e.id}：${e.wrong}\n`);
      return;
    }
    case 'remove': {
      const id = entryId(args[0]);
      extra(args, 1, sub);
      await api.call('lexicon.remove', { id });
      stdio.out(`已删除词库条目 ${id}\n`);
      return;
    }
    case 'import':
      return importSub(api, args[0], args);
    case 'export':
      return exportSub(api, args[0], args);
    case undefined:
      throw new UserError(['lexicon：缺少子命令', LEXICON_USAGE]);
    default:
      throw new UserError([`lexicon：未知的子命令“${sub}”`, LEXICON_USAGE]);
  }
}

/** `wengao lexicon <sub> …`: each sub-command one call of the lexicon.* API. */
export async function lexiconCommand({ values, positionals }: Parsed): Promise<number> {
  const [sub, ...args] = positionals;
  await withApi(dataDirFlag(values), (api) => lexiconSub(api, values, sub, args));
  return 0;
}

/**
 * The enabled entries of the user's lexicon, for `wengao proof`: read from the database in the data
 * folder (--data-dir, WENGAO_DATA_DIR, or the default) when there is one — proofreading never
 * creates a database. A database that cannot be read is reported on stderr and proofreading goes on
 * with the built-in lexicon alone.
 */
export function userEntriesForProof(dataDirFlag: string | undefined): UserEntry[] {
  const path = databaseFile(dataDirFlag);
  if (!existsSync(path)) return [];
  try {
    return withStore(dataDirFlag, (store) => enabledEntries(store));
  } catch (err) {
    const message = err instanceof UserError ? err.lines.join('；') : err instanceof Error ? err.message : String(err);
    stdio.err(`注意：无法读取用户词库（${message}），本次只用内置词库校对\n`);
    return [];
  }
}
