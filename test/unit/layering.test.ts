// The layering rules of DESIGN.md are enforced by lint: prove each rule rejects what it should.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';

const eslint = new ESLint({ cwd: PACKAGE_ROOT });

async function restrictedImports(filePath: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
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
});
