// `wengao roster list|import|add|remove`: the 领导名录 in the local database, through the same API
// as the app (roster.*). A problem the user can fix is printed in Chinese, exit code 2, nothing
// written.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { RosterEntry } from '../../core/proof/roster.ts';
import { databaseFile } from './database.ts';
import { listRoster } from '../services/store/roster.ts';
import { withApi } from './api.ts';
import { dataDirFlag, intFlag, type Parsed } from './args.ts';
import { UserError } from './errors.ts';
import { ROSTER_USAGE } from './roster-usage.ts';
import { withStore } from './store-commands.ts';
import { stdio } from './stdio.ts';

function print(entries: readonly RosterEntry[], json: boolean): void {
  if (json) stdio.out(JSON.stringify(entries, null, 2) + '\n');
  else if (entries.length === 0) stdio.out('领导名录是空的（wengao roster import <表格文件> 导入）\n');
  else for (const e of entries) stdio.out(`${e.rank}\t${e.name}\t${e.title}\n`);
}

function readBase64(path: string): string {
  try {
    if (statSync(path).isDirectory()) throw new UserError([`${path}：这是一个文件夹，请给出表格文件`]);
    return readFileSync(path).toString('base64');
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError([`${path}：找不到文件或无法读取`]);
  }
}

/** `wengao roster <sub> …` */
export async function rosterCommand({ values, positionals }: Parsed): Promise<number> {
  const [sub, ...args] = positionals;
  const json = values.json === true;
  const need = (n: number, what: string) => {
    if (args.length < n) throw new UserError([`roster ${sub}：需要${what}`, ROSTER_USAGE]);
  };
  if (sub !== 'list' && sub !== 'import' && sub !== 'add' && sub !== 'remove') {
    throw new UserError([sub ? `未知的 roster 子命令“${sub}”` : '缺少 roster 子命令', ROSTER_USAGE]);
  }
  if (sub === 'import') need(1, '表格文件');
  if (sub === 'add') need(2, '姓名和职务');
  if (sub === 'remove') need(1, '姓名');
  const input = sub === 'import' ? { name: basename(args[0]!), base64: readBase64(args[0]!) } : undefined;
  const rank = intFlag('--rank', values.rank, 1, 999);
  await withApi(dataDirFlag(values), async (api) => {
    if (sub === 'list') print((await api.call('roster.list', {})).entries, json);
    else if (sub === 'import') stdio.out(`已导入领导名录：${(await api.call('roster.import', input!)).entries.length} 位\n`);
    else if (sub === 'add') print((await api.call('roster.add', { name: args[0]!, title: args[1]!, ...(rank ? { rank } : {}) })).entries, json);
    else print((await api.call('roster.remove', { name: args[0]! })).entries, json);
  }, input?.name);
  return 0;
}

/** The roster for `wengao proof`: empty when there is no database yet (nothing to check against). */
export function rosterForProof(dataDir: string | undefined): RosterEntry[] {
  if (!existsSync(databaseFile(dataDir))) return [];
  try {
    return withStore(dataDir, (store) => listRoster(store));
  } catch (err) {
    stdio.err(`注意：无法读取领导名录（${err instanceof Error ? err.message : String(err)}），本次不检查领导姓名\n`);
    return [];
  }
}
