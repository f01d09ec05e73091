// `wengao proof` through the real CLI: findings with line and column in the file, the summary line,
// and the exit codes (0 no 错误, 1 错误 found, 2 the file has a problem).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wengao } from '../helpers/cli.ts';
import { buildDocx } from '../helpers/docx-fixture.ts';
import { encodeGb18030 } from '../helpers/encodings.ts';

const root = mkdtempSync(join(tmpdir(), 'wengao-proof-cli-'));

const TEXT = ['同志们：', '今天召开推进会。刚才，X同志作了部署。', '一、提高认识', '我们既是是参与者，也要再接再励。', '三、狠抓落实'].join('\r\n');

describe('wengao proof', () => {
  it('prints each finding at its line and column (code points), a summary, and exits 1 on 错误', () => {
    const file = join(root, '讲话.txt');
    writeFileSync(file, TEXT);
    const r = wengao(['proof', file]);
    expect(r.status, r.stderr).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toContain('2:12  错误  占位符  占位符未替换：“X”应换成具体内容');
    expect(lines.some((l) => l.startsWith('4:4  错误  重复  重复：“是是”多了一个“是”  → 是'))).toBe(true);
    expect(lines.some((l) => l.startsWith('4:12  错误  错别字  “再接再励”应为“再接再厉”') && l.endsWith('→ 再接再厉'))).toBe(true);
    expect(lines.some((l) => l.startsWith('5:1  错误  编号  编号跳过：“一、”之后是“三、”，缺“二、”'))).toBe(true);
    expect(lines.at(-1)).toMatch(/^错误 4，疑似 \d+，提示 \d+$/);
  });

  it('--json gives line, column and the text; --min filters what is printed', () => {
    const file = join(root, '讲话-gbk.txt');
    writeFileSync(file, encodeGb18030(TEXT));
    const r = wengao(['proof', file, '--json', '--min', '错误']);
    expect(r.status, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: { line: number; column: number; text: string; severity: string }[]; counts: Record<string, number> };
    expect(out.counts.错误).toBe(4);
    expect(out.findings.every((f) => f.severity === '错误')).toBe(true);
    expect(out.findings[0]).toMatchObject({ line: 2, column: 12, text: 'X' });
  });

  it('reads a .docx; a clean text exits 0', async () => {
    const file = join(root, '讲话.docx');
    writeFileSync(file, await buildDocx([{ text: '同志们：' }, { text: '会议于2026年01月05日召开，要再接再励。' }]));
    const r = wengao(['proof', file]);
    expect(r.status, r.stderr).toBe(1);
    expect(r.stdout).toContain('2:4  错误  数字  日期中的月、日不加“0”');
    expect(r.stdout).toContain('2:19  错误  错别字');
    const clean = join(root, '干净.txt');
    writeFileSync(clean, '同志们：\n今天召开全县推进会，主要任务是部署下一阶段工作。\n');
    const ok = wengao(['proof', clean]);
    expect([ok.status, ok.stdout.trim()]).toEqual([0, '错误 0，疑似 0，提示 0']);
  });

  it('a missing file, an unsupported one and bad flags exit 2 with a Chinese message', () => {
    const missing = wengao(['proof', join(root, '没有.txt')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('找不到文件');
    const pdf = join(root, 'x.pdf');
    writeFileSync(pdf, '%PDF');
    expect(wengao(['proof', pdf]).status).toBe(2);
    expect(wengao(['proof']).stderr).toContain('缺少要校对的文件');
    const bad = wengao(['proof', join(root, '讲话.txt'), '--min', '严重']);
    expect([bad.status, bad.stderr.trim()]).toEqual([2, '--min：应为 错误、疑似 或 提示，实际为“严重”']);
  });
});
