// Prepared statements per connection: import and search run the same few shapes of SQL over and over.
import type Database from 'better-sqlite3';

type Statement = Database.Statement<unknown[], unknown>;
const statements = new WeakMap<Database.Database, Map<string, Statement>>();

export function prepared(db: Database.Database, sql: string): Statement {
  let map = statements.get(db);
  if (!map) statements.set(db, (map = new Map()));
  let stmt = map.get(sql);
  if (!stmt) map.set(sql, (stmt = db.prepare<unknown[], unknown>(sql)));
  return stmt;
}
