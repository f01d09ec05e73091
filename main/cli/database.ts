// The database file of --data-dir (or WENGAO_DATA_DIR, or the user's data folder), by the one
// resolver all shells use; a notice of an old desktop database moved over goes to stderr.
import { resolveDatabase } from '../services/store/paths.ts';
import { stdio } from './stdio.ts';

export function databaseFile(flag: string | undefined): string {
  const { path, notice } = resolveDatabase({ flag });
  if (notice) stdio.err(notice + '\n');
  return path;
}
