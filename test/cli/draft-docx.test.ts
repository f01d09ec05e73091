// Acceptance of the first end-to-end path: each example through the real CLI to a .docx that
// LibreOffice opens, and the printed text holds every item, figure and lead unit.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToPdf, OFFICE_TIMEOUT_MS, pdfText } from '../helpers/office.ts';
import { keyFacts, loadExamples } from '../helpers/examples.ts';
import { wengao } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'wengao-cli-'));
const examples = loadExamples();

describe.each(examples)('wengao draft $name', (ex) => {
  it(
    'writes a .docx that LibreOffice prints with every item, figure and lead unit',
    async () => {
      const out = join(dir, ex.name.replace(/\.json$/, '.docx'));
      const r = wengao(['draft', ex.path, '-o', out]);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const printed = await pdfText(await docxToPdf(out));
      // Page footers 「— N —」 interrupt a paragraph that runs over a page; read around them.
      const flat = printed
        .split('\n')
        .filter((l) => !/^\s*—\s*\d+\s*—\s*$/.test(l))
        .join('')
        .replace(/\s/g, '');
      for (const fact of keyFacts(ex.input)) expect(flat, fact).toContain(fact.replace(/\s/g, ''));
      if (ex.input.kind === 'speech') {
        // Level-1 parts are the lines that begin with a Chinese numeral and 顿号, in order.
        const parts = printed
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => /^[一二三四五六七八九十]+、/.test(l))
          .map((l) => l.slice(0, 2));
        expect(parts).toEqual(['一、', '二、', '三、']);
      }
    },
    OFFICE_TIMEOUT_MS,
  );
});

describe('output formats', () => {
  const ex = examples.find((e) => e.name === 'speech-living-environment.json')!;

  it('follows the extension: .txt is the plain text, .json the DocModel', () => {
    const txt = join(dir, 'a.txt');
    const json = join(dir, 'a.json');
    expect(wengao(['draft', ex.path, '--seed', '7', '-o', txt]).status).toBe(0);
    expect(wengao(['draft', ex.path, '--seed', '7', '-o', json]).status).toBe(0);
    const text = readFileSync(txt, 'utf8');
    expect(text.split('\n')[0]).toBe('在全区农村人居环境整治工作推进会议上的讲话');
    const model = JSON.parse(readFileSync(json, 'utf8'));
    expect(model.kind).toBe('speech');
    expect(model.seed).toBe(7);
    expect(model.blocks.filter((b: { type: string; level?: number }) => b.type === 'heading' && b.level === 1)).toHaveLength(3);
  });

  it('takes --template and refuses an unknown one with exit 2', () => {
    const out = join(dir, 'report.txt');
    expect(wengao(['draft', ex.path, '--template', 'speech-report', '-o', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('肯定成绩');
    const bad = wengao(['draft', ex.path, '--template', 'nope', '-o', join(dir, 'nope.txt')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('未知模板：nope');
    expect(existsSync(join(dir, 'nope.txt'))).toBe(false);
  });

  it('refuses an unsupported extension and a bad seed without writing', () => {
    const r = wengao(['draft', ex.path, '-o', join(dir, 'a.pdf')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('不支持的输出格式');
    const s = wengao(['draft', ex.path, '--seed', 'abc', '-o', join(dir, 'b.txt')]);
    expect(s.status).toBe(2);
    expect(s.stderr).toContain('--seed');
    expect(existsSync(join(dir, 'a.pdf')) || existsSync(join(dir, 'b.txt'))).toBe(false);
  });

  it('replaces an existing output whole, and leaves it untouched when the input is bad', () => {
    const out = join(dir, 'keep.txt');
    writeFileSync(out, 'old draft');
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"kind":"speech"}');
    expect(wengao(['draft', bad, '-o', out]).status).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old draft');
    expect(wengao(['draft', ex.path, '-o', out]).status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('同志们：');
    // No temporary file is left beside the output.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('reports a folder that does not exist in Chinese, with exit 2', () => {
    const r = wengao(['draft', ex.path, '-o', join(dir, 'no', 'such', 'dir', 'x.docx')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('输出文件夹不存在');
  });
});
