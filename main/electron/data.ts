// The desktop app's database: `--data-dir D` (passed on by `npm start -- --data-dir D`), then
// WENGAO_DATA_DIR, then the user's data folder — the resolver the CLI and browser mode use, so all
// three open one file. Apart from main.ts so that it can be tested without Electron.
import { resolveDatabase } from '../services/store/paths.ts';

export function chooseDatabase(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): { path: string; notice?: string } {
  const at = argv.indexOf('--data-dir');
  const flag = at >= 0 ? argv[at + 1] : undefined;
  return resolveDatabase({ flag, env });
}
