// A speech the site cut off, its 提纲 above it (session 23, the outside test's c03): `wengao library` lists the
// part known only from the 提纲 with a note saying its text is missing, the parts in the text without one.
// Fixture: test/fixtures/cli-readable/澧川县粮食安全讲话.txt (invented).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wengao } from '../helpers/cli.ts';

const env = { WENGAO_DATA_DIR: join(mkdtempSync(join(tmpdir(), 'wengao-contents-')), 'data') };
const FILE = join(import.meta.dirname, '..', 'fixtures', 'cli-readable', '澧川县粮食安全讲话.txt');

describe('wengao library: parts known only from the 提纲', () => {
  it('are marked as missing from the text; the others are not', () => {
    expect(wengao(['import', FILE], env).status).toBe(0);
    const out = wengao(['library'], env).stdout;
    const line = (start: string) => out.split('\n').find((l) => l.trim().startsWith(start)) ?? '';
    expect(line('三、压实责任')).toMatch(/（仅见于提纲，正文缺）$/);
    expect(line('一、提高认识')).not.toContain('正文缺');
    expect(line('二、突出重点')).not.toContain('正文缺');
  });
});
