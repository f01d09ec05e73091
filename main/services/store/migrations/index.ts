// Numbered migrations, applied in one transaction, with PRAGMA user_version as the schema version.
// A database newer than this program is refused and left untouched (Signal's updateSchema).
import type { Database } from 'better-sqlite3';
import { StoreError } from '../errors.ts';
import { immediate } from '../transaction.ts';
import * as m0001 from './0001-initial.ts';
import * as m0002 from './0002-library.ts';
import * as m0003 from './0003-recycle-bin.ts';
import * as m0004 from './0004-proof-lexicon.ts';
import * as m0005 from './0005-library-formats.ts';
import * as m0006 from './0006-review.ts';
import * as m0007 from './0007-roster.ts';
import * as m0008 from './0008-library-pending.ts';
import * as m0009 from './0009-library-eml.ts';
import * as m0010 from './0010-library-headings.ts';
import * as m0011 from './0011-library-bin.ts';
import * as m0012 from './0012-patterns-per-document.ts';
import * as m0013 from './0013-library-same-body.ts';
import * as m0014 from './0014-library-genre-record.ts';
import * as m0015 from './0015-library-headings-written.ts';
import * as m0016 from './0016-library-sources-by-name.ts';

export interface Migration {
  version: number;
  up(db: Database): void;
  /** Rebuilds a table others refer to: foreign keys are off around the transaction, checked inside it. */
  foreignKeysOff?: boolean;
}

export const MIGRATIONS: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008, m0009, m0010, m0011, m0012, m0013, m0014, m0015, m0016];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Marks a Wengao database (PRAGMA application_id): 0x57474147, 「WGAG」. */
export const APPLICATION_ID = 0x57474147;

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Applies every pending migration up to `target` in one transaction. */
export function migrate(db: Database, target = LATEST_VERSION): void {
  const current = schemaVersion(db);
  if (current > LATEST_VERSION) {
    throw new StoreError(`数据库来自更新版本的文稿台（数据版本 ${current}），本程序只支持到版本 ${LATEST_VERSION}。请升级文稿台后再打开；文件未作任何改动`);
  }
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return;
  // PRAGMA foreign_keys is a no-op inside a transaction: it is switched around it.
  const keysOff = pending.some((m) => m.foreignKeysOff) && db.pragma('foreign_keys', { simple: true }) === 1;
  if (keysOff) db.pragma('foreign_keys = OFF');
  try {
    immediate(db, () => {
      for (const m of pending) m.up(db);
      if (keysOff && (db.pragma('foreign_key_check') as unknown[]).length > 0) throw new StoreError('数据库升级失败：数据的引用关系不完整，文件未作任何改动');
      db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${pending[pending.length - 1]!.version}`);
    })();
  } finally {
    if (keysOff) db.pragma('foreign_keys = ON');
  }
}

/** Checks at load that versions are strictly increasing: a misnumbered file fails every test. */
MIGRATIONS.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`migration ${i} has version ${m.version}`);
});
