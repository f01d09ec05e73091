// No circles in the import graph (issue 15, "Layering by lint"): a module that imports the module
// importing it is half-initialised when it runs, and a circle means two layers that are really one.
// Type-only imports count too: they are the same dependency, just erased at run time.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { circles, importGraph } from '../helpers/import-graph.ts';

describe('import graph', () => {
  it('core/, main/ and renderer/ have no circles', () => {
    const graph = importGraph(PACKAGE_ROOT, ['core', 'main', 'renderer']);
    // The walk sees the application: the CLI reaches the API, the API the store.
    expect(graph.get('main/cli/api.ts')).toContain('main/api/dispatch.ts');
    expect(graph.size).toBeGreaterThan(200);
    expect(circles(graph)).toEqual([]);
  });

  it('finds a circle through a type-only import, a re-export and a dynamic import', () => {
    const root = mkdtempSync(join(tmpdir(), 'wengao-cycles-'));
    const files: Record<string, string> = {
      'core/a.ts': "import type { B } from './b.ts';\nexport type A = B;\n",
      'core/b.ts': "export { c } from './sub/c.ts';\nexport type B = string;\n",
      'core/sub/c.ts': "export const c = async () => (await import('../a.ts')) && 1;\n",
      'core/d.ts': "import { c } from './sub/c.ts';\nexport const d = c;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    expect(circles(importGraph(root, ['core']))).toEqual([['core/a.ts', 'core/b.ts', 'core/sub/c.ts']]);
  });
});
