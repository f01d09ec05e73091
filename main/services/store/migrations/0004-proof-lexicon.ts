// 0004: the user's own proofreading lexicon (用户词库). Each entry is either a confusion — flag
// `wrong`, suggest `right` — or an allow entry (「总是忽略」): text covering `wrong` is never flagged.
// One entry per (kind, wrong); `right` is set for a confusion and NULL for an allow entry. Entries are
// disabled rather than deleted when the user only wants them off for a while.
import type { Database } from 'better-sqlite3';

export const version = 4;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE proof_lexicon (
      id INTEGER PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('confusion', 'allow')),
      wrong TEXT NOT NULL CHECK (length(wrong) BETWEEN 1 AND 50),
      "right" TEXT CHECK ("right" IS NULL OR length("right") BETWEEN 1 AND 50),
      severity TEXT NOT NULL CHECK (severity IN ('错误', '疑似', '提示')),
      reason TEXT,
      enabled INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
      created_at INTEGER NOT NULL,
      UNIQUE (kind, wrong),
      CHECK ((kind = 'confusion') = ("right" IS NOT NULL))
    ) STRICT;
  `);
}
