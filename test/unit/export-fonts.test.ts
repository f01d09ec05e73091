// The export says which faces the printed document needs and which characters the chosen fonts
// cannot show (FORMAT.md: warn at export), through the API and in the CLI.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/api/dispatch.ts';
import { createHandlers } from '../../main/api/handlers.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { docFromMarkdown } from '../../core/doc/markdown.ts';
import { SHARED } from '../helpers/examples.ts';
import { wengao } from '../helpers/cli.ts';

const handlers = createHandlers({ store: () => { throw new Error('no store needed'); }, library: () => loadDraftLibrary() });
const exportDocx = (markdown: string) => dispatch(handlers, 'export.docx', { doc: docFromMarkdown(markdown) }) as Promise<{ fonts: string[]; warnings: string[] }>;

describe('export fonts and characters', () => {
  it('names the faces a speech is set in and warns of none when GB2312 covers it', async () => {
    const out = await exportDocx('# 在全镇防汛工作会议上的讲话\n\n## 一、认清形势\n\n同志们：今年汛期来得早。\n');
    expect(out.warnings).toEqual([]);
    expect(out.fonts).toEqual(expect.arrayContaining(['方正小标宋简体', '黑体', '仿宋_GB2312', '宋体', 'Times New Roman']));
  });

  it('warns of a name the GB2312 fonts cannot show, naming the character', async () => {
    const out = await exportDocx('# 讲话\n\n请朱镕基、王堃同志讲话。\n');
    expect(out.warnings).toHaveLength(1);
    expect(out.warnings[0]).toMatch(/不在 GB2312 字符集内.*镕堃/);
  });

  it('prints the faces and the warning in the CLI', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wengao-fonts-'));
    const material = JSON.parse(readFileSync(join(SHARED, 'examples', 'speech-living-environment.json'), 'utf8')) as { meeting: { speaker: { name: string } } };
    material.meeting.speaker.name = '李镕';
    writeFileSync(join(dir, 'm.json'), JSON.stringify(material));
    const r = wengao(['draft', join(dir, 'm.json'), '-o', join(dir, 'x.docx')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/所需字体：.*仿宋_GB2312/);
    expect(r.stderr).toMatch(/注意：以下字符不在 GB2312 字符集内，所选字体可能无法显示：镕/);
  });
});
