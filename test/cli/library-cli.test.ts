// The 范文库 commands through the real CLI: import a folder, search it, list it, outline a file.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wengao } from '../helpers/cli.ts';
import { SHARED } from '../helpers/examples.ts';

const root = mkdtempSync(join(tmpdir(), 'wengao-library-cli-'));
const env = { WENGAO_DATA_DIR: join(root, 'data') };

describe('wengao import / search / library / outline', () => {
  it('imports a folder, the two-speech file as two documents', () => {
    const r = wengao(['import', join(SHARED, 'genre'), '--json'], env);
    expect(r.status, r.stderr).toBe(0);
    const docs = JSON.parse(wengao(['library', '--json'], env).stdout) as { title: string }[];
    expect(docs).toHaveLength(5);
    expect(docs.filter((d) => d.title.includes('国家卫生县城'))).toHaveLength(2);
  });

  it('finds a phrase with the match marked, and filters by part', () => {
    const { hits } = JSON.parse(wengao(['search', '垃圾分类', '--role', '任务', '--json'], env).stdout) as { hits: { snippet: string; role: string }[] };
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.role).toBe('任务');
      expect(h.snippet).toContain('【垃圾分类】');
    }
    const short = (JSON.parse(wengao(['search', '厕', '--json'], env).stdout) as { hits: { snippet: string }[] }).hits;
    expect(short.length).toBeGreaterThan(0);
    expect(short[0]!.snippet).toContain('【厕】');
  });

  it('outlines a file without opening any library', () => {
    const dir = join(root, 'nodata');
    const r = wengao(['outline', join(SHARED, 'genre', 'report-waste-sorting.txt')], { WENGAO_DATA_DIR: dir });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { documents: { outline: { number: string; heading: string }[] }[] };
    expect(out.documents[0]!.outline.map((n) => n.number)).toEqual(['一、', '二、', '三、']);
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses a binary file with exit 2 and a Chinese message, importing nothing', () => {
    const bin = join(root, 'fake.txt');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]));
    const r = wengao(['import', bin], env);
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toContain('不是文本文件');
    expect(JSON.parse(wengao(['library', '--json'], env).stdout)).toHaveLength(5);
  });
});
