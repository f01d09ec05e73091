// The database's own upkeep from the command line: backup and restore-backup. They work on the
// file, not on documents, so they have no API method; withStore also serves the 范文库 commands.
import { backupTo, restoreFromBackup } from '../services/store/backup.ts';
import { StoreError } from '../services/store/errors.ts';
import { databaseFile } from './database.ts';
import { Store } from '../services/store/store.ts';
import { dataDirFlag, type Parsed } from './args.ts';
import { UserError } from './errors.ts';
import { stdio } from './stdio.ts';

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
    return new Store(databaseFile(dataDir));
  } catch (err) {
    throw asUserError(err);
  }
}

export function asUserError(err: unknown): unknown {
  return err instanceof StoreError ? new UserError([err.message]) : err;
}

export async function backupCommand({ values, positionals }: Parsed): Promise<number> {
  const dest = positionals[0];
  if (!dest) throw new UserError(['缺少备份文件路径']);
  const store = openStore(dataDirFlag(values));
  try {
    await backupTo(store, dest);
  } catch (err) {
    throw asUserError(err);
  } finally {
    store.close();
  }
  stdio.out(`已备份到：${dest}\n`);
  return 0;
}

export async function restoreBackupCommand({ values, positionals }: Parsed): Promise<number> {
  const src = positionals[0];
  if (!src) throw new UserError(['缺少备份文件路径']);
  try {
    const aside = restoreFromBackup(databaseFile(dataDirFlag(values)), src);
    // Opening once applies any migration an older backup needs, and proves the result opens.
    openStore(dataDirFlag(values)).close();
    stdio.out(`已从备份恢复：${src}${aside ? `\n原数据库已另存为：${aside}` : ''}\n`);
  } catch (err) {
    throw asUserError(err);
  }
  return 0;
}
