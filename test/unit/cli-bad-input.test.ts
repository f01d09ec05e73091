// The bad-input table of input.test.ts, driven through the real command line: `wengao check` and
// `wengao draft` must both exit 2, print `field：message` on stderr (the field in the user's words,
// 「第1项任务的完成时限」), and write nothing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badInputs, exampleFiles, examplesDir, repoRoot, type BadInput } from '../fixtures/bad-inputs.ts';

const BIN = path.join(repoRoot, 'bin', 'wengao.cjs');

function wengao(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A schema path at the head of a line (`campaign.tasks[0].deadline：`): a refusal names fields in the user's words instead. */
const SCHEMA_PATH = /^[A-Za-z]+(?:\.[A-Za-z]+|\[\d+\])+：/;

function expectMessage(stderr: string, c: BadInput): void {
  const prefix = c.field ? `${c.field}：` : '';
  for (const line of stderr.split(/\r?\n/)) expect(line.trim()).not.toMatch(SCHEMA_PATH);
  const messages = stderr
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.startsWith(prefix))
    .map((l) => l.slice(prefix.length));
  const found = messages.some((m) => (typeof c.message === 'string' ? m.includes(c.message) : c.message.test(m)));
  expect(found, `stderr was:\n${stderr}`).toBe(true);
}

let dir = '';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'wengao-bad-input-'));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('wengao with good input', () => {
  it.each(exampleFiles())('check %s exits 0', (file) => {
    const r = wengao('check', path.join(examplesDir, file));
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('输入有效');
  });
});

describe('wengao with bad input', () => {
  it.each(badInputs.map((c, i) => [c.name, c, i] as const))('%s', (_name, c, i) => {
    const caseDir = path.join(dir, `case-${i}`);
    mkdirSync(caseDir);
    const input = path.join(caseDir, 'input.json');
    writeFileSync(input, c.text, 'utf8');

    const check = wengao('check', input);
    expect(check.status, check.stderr).toBe(2);
    expectMessage(check.stderr, c);
    expect(check.stdout).not.toContain('输入有效');

    const out = path.join(caseDir, 'out.docx');
    const draft = wengao('draft', input, '-o', out);
    expect(draft.status, draft.stderr).toBe(2);
    expectMessage(draft.stderr, c);
    expect(existsSync(out)).toBe(false);
  });

  it('names a missing input file', () => {
    const missing = path.join(dir, 'no-such-file.json');
    const out = path.join(dir, 'missing-out.docx');
    for (const args of [['check', missing], ['draft', missing, '-o', out]]) {
      const r = wengao(...args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(missing);
      expect(r.stderr).toContain('找不到文件');
    }
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a directory given as input', () => {
    const folder = path.join(dir, 'a-folder.json');
    mkdirSync(folder);
    const out = path.join(dir, 'folder-out.docx');
    for (const args of [['check', folder], ['draft', folder, '-o', out]]) {
      const r = wengao(...args);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(folder);
      expect(r.stderr).toContain('文件夹');
    }
    expect(existsSync(out)).toBe(false);
  });
});
