// The layering rules of DESIGN.md are enforced by lint: prove each rule rejects what it should.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';

// The snippets are virtual files the TypeScript project cannot see: the import rules need no types,
// so the typed rule (and the project service it needs) is off here; `npm run lint` runs it on real files.
const eslint = new ESLint({
  cwd: PACKAGE_ROOT,
  overrideConfig: {
    files: ['core/**/*.ts', 'main/**/*.ts'],
    languageOptions: { parserOptions: { projectService: false } },
    rules: { 'wengao/no-user-key-index': 'off' },
  },
});

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

/** The layer rule's messages for `code` placed at `filePath`. */
async function layerMessages(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'layers/layers').map((m) => m.message);
}

describe('layering', () => {
  it.each([
    ["import { readFileSync } from 'node:fs';"],
    ["import Database from 'better-sqlite3';"],
    ["import { app } from 'electron';"],
    ["import React from 'react';"],
    ["import { exportDocx } from '../../main/services/export/docx.ts';"],
  ])('core/ may not: %s', async (line) => {
    expect(await restrictedImports('core/draft/x.ts', `${line}\nexport const x = 1;\n`)).toBe(1);
  });

  it.each([["import { main } from '../../main/cli/main.ts';"], ["import { readFileSync } from 'node:fs';"], ["import { ipcRenderer } from 'electron';"]])(
    'renderer/ may not: %s',
    async (line) => {
      expect(await restrictedImports('renderer/src/x.ts', `${line}\nexport const x = 1;\n`)).toBe(1);
    },
  );

  it('core/ may import its own modules and zod', async () => {
    expect(await restrictedImports('core/draft/x.ts', "import { z } from 'zod';\nimport type { Run } from '../doc/model.ts';\nexport const x: Run | typeof z = z;\n")).toBe(0);
  });

  // The layer rule (scripts/lint/layers.mjs): one test per rule, each against a file of that layer.
  it.each([
    ['main/services/store/x.ts', "import { app } from 'electron';", /services may not use electron/],
    ['main/services/library/x.ts', "import { createServer } from 'node:http';", /services may not use node:http/],
    ['main/services/export/x.ts', "import { dispatch } from '../../api/dispatch.ts';", /services may not import api/],
    ['main/cli/x.ts', "import { chooseDatabase } from '../electron/data.ts';", /cli may not import electron/],
    ['main/cli/x.ts', "import { BrowserWindow } from 'electron';", /cli may not use electron/],
    ['main/server/x.ts', "import { chooseDatabase } from '../electron/data.ts';", /server may not import electron/],
    ['main/server/x.ts', "import { main } from '../cli/main.ts';", /server may not import cli/],
    ['main/api/x.ts', "import { main } from '../cli/main.ts';", /api may not import cli/],
    ['renderer/src/x.ts', "import { Store } from '../../main/services/store/store.ts';", /renderer may not import services/],
    ['core/doc/x.ts', "const m = await import('../../main/services/library-files.ts');", /core may not import services/],
  ])('%s may not: %s', async (file, line, message) => {
    const messages = await layerMessages(file, `${line}\nexport const x = 1;\n`);
    expect(messages).toEqual([expect.stringMatching(message)]);
  });

  it('an import of a file in no layer fails, and so does a file in no layer', async () => {
    expect(await layerMessages('main/cli/x.ts', "import { y } from '../misc/y.ts';\nexport const x = y;\n")).toEqual([expect.stringMatching(/Unclassified import: main\/misc\/y\.ts/)]);
    expect(await layerMessages('main/misc/x.ts', 'export const x = 1;\n')).toEqual([expect.stringMatching(/main\/misc\/x\.ts is in no layer/)]);
  });

  it('each shell may use the API, the services and core', async () => {
    const code = "import { dispatch } from '../api/dispatch.ts';\nimport { Store } from '../services/store/store.ts';\nimport { contract } from '../../core/api.ts';\nexport const x = [dispatch, Store, contract];\n";
    for (const shell of ['cli', 'server', 'electron']) expect(await layerMessages(`main/${shell}/x.ts`, code)).toEqual([]);
  });
});
