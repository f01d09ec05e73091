// `wengao roster list|import|add|remove`: the 领导名录 in the local store (see roster-usage.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { RosterEntry } from '../../core/proof/roster.ts';
import { rosterRows } from '../services/roster-file.ts';
import { databasePath } from '../services/store/paths.ts';
import { addLeader, listRoster, removeLeader, replaceRoster } from '../services/store/roster.ts';
import { UserError } from './errors.ts';
import { ROSTER_USAGE } from './roster-usage.ts';
import { withStore } from './store-commands.ts';

type Values = Record<string, string | boolean | undefined>;

function print(entries: readonly RosterEntry[], json: boolean): void {
  if (json) process.stdout.write(JSON.stringify(entries, null, 2) + '\n');
  else if (entries.length === 0) process.stdout.write('领导名录是空的（wengao roster import <表格文件> 导入）\n');
  else for (const e of entries) process.stdout.write(`${e.rank}\t${e.name}\t${e.title}\n`);
}

function readBytes(path: string): Uint8Array {
  try {
    if (statSync(path).isDirectory()) throw new UserError([`${path}：这是一个文件夹，请给出表格文件`]);
    return readFileSync(path);
  } catch (err) {
    if (err instanceof UserError) throw err;
    throw new UserError([`${path}：找不到文件或无法读取`]);
  }
}

function rank(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,4}$/.test(value) || Number(value) < 1) throw new UserError([`--rank：应为 1、2、3 这样的位次，实际为“${String(value)}”`]);
  return Number(value);
}

/** `wengao roster <sub> …` */
export async function rosterCommand(values: Values, positionals: string[]): Promise<number> {
  const [sub, ...args] = positionals;
  const dir = values['data-dir'] as string | undefined;
  const json = values.json === true;
  switch (sub) {
    case 'list':
      print(withStore(dir, (store) => listRoster(store)), json);
      return 0;
    case 'import': {
      const [file] = args;
      if (!file) throw new UserError(['缺少要导入的表格文件', ROSTER_USAGE]);
      const rows = await rosterRows(readBytes(file), basename(file));
      const entries = withStore(dir, (store) => replaceRoster(store, rows));
      process.stdout.write(`已导入领导名录：${entries.length} 位\n`);
      return 0;
    }
    case 'add': {
      const [name, title] = args;
      if (!name || !title) throw new UserError(['roster add：需要姓名和职务', ROSTER_USAGE]);
      print(withStore(dir, (store) => addLeader(store, name, title, rank(values.rank))), json);
      return 0;
    }
    case 'remove': {
      const [name] = args;
      if (!name) throw new UserError(['roster remove：需要姓名', ROSTER_USAGE]);
      print(withStore(dir, (store) => removeLeader(store, name)), json);
      return 0;
    }
    default:
      throw new UserError([sub ? `未知的 roster 子命令“${sub}”` : '缺少 roster 子命令', ROSTER_USAGE]);
  }
}

/** The roster for `wengao proof`: empty when there is no database yet (nothing to check against). */
export function rosterForProof(dataDirFlag: string | undefined): RosterEntry[] {
  if (!existsSync(databasePath(dataDirFlag))) return [];
  try {
    return withStore(dataDirFlag, (store) => listRoster(store));
  } catch (err) {
    process.stderr.write(`注意：无法读取领导名录（${err instanceof Error ? err.message : String(err)}），本次不检查领导姓名\n`);
    return [];
  }
}
