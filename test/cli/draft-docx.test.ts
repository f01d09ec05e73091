// Acceptance of the first end-to-end path: each example through the real CLI to a .docx that
// LibreOffice opens, and the printed text holds every item, figure and lead unit.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docxToPdf, OFFICE_TIMEOUT_MS, pdfText } from '../helpers/office.ts';
import { keyFacts, loadExamples } from '../helpers/examples.ts';
import { wengao } from '../helpers/cli.ts';
import type { SpeechInput } from '../../core/input/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'wengao-cli-'));
const examples = loadExamples();

describe.each(examples)('wengao draft $name', (ex) => {
  it(
    'writes a .docx that LibreOffice prints with every item, figure and lead unit',
    async () => {
      const out = join(dir, ex.name.replace(/\.json$/, '.docx'));
      const r = wengao(['draft', ex.path, '-o', out]);
      // Nothing on stderr but the 【待补充】 gaps the draft leaves (a 纪要's decision without its 时限), said, never silent.
      expect(r.stderr.replace(/^注意：文稿中还有 \d+ 处【待补充】没有填写[^\n]*\n(?: {2}[^\n]*\n)+/, '')).toBe('');
      expect(r.status).toBe(0);
      const printed = await pdfText(await docxToPdf(out));
      // Page footers 「— N —」 interrupt a paragraph that runs over a page; read around them.
      const flat = printed
        .split('\n')
        .filter((l) => !/^\s*—\s*\d+\s*—\s*$/.test(l))
        .join('')
        .replace(/\s/g, '');
      // A figure's label the detail already says in its own words (「配齐村级保洁员」 for 配备村级保洁员) is
      // written once, by the detail, with the value beside it.
      const labels = new Map(ex.input.kind === 'speech' ? ex.input.campaign.achievements.flatMap((a) => (a.figures ?? []).map((f) => [f.label, `${f.value}${f.unit ?? ''}`] as const)) : []);
      for (const fact of keyFacts(ex.input)) {
        const value = labels.get(fact);
        if (value && !flat.includes(fact) && flat.includes(value.replace(/\s/g, ''))) continue;
        expect(flat, fact).toContain(fact.replace(/\s/g, ''));
      }
      if (ex.input.kind === 'speech') {
        // Level-1 parts are the lines that begin with a Chinese numeral and 顿号, in order.
        const parts = printed
          .split('\n')
          .map((l) => l.trim())
          .filter((l) => /^[一二三四五六七八九十]+、/.test(l))
          .map((l) => l.slice(0, 2));
        // Two parts when part three has no measure to make (the opening says 「两点」), else three.
        const count = /(讲|强调)两(点|个方面)/.test(flat) ? 2 : 3;
        expect(parts).toEqual(['一、', '二、', '三、'].slice(0, count));
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
    expect(model.blocks.filter((b: { type: string; level?: number }) => b.type === 'heading' && b.level === 1)).toHaveLength(/(讲|强调)两(点|个方面)/.test(text) ? 2 : 3);
  });

  it('takes --template and refuses an unknown one with exit 2', () => {
    const out = join(dir, 'report.txt');
    expect(wengao(['draft', ex.path, '--template', 'speech-report', '-o', out]).status).toBe(0);
    // 成绩—问题—任务: the achievements make part 一, the problems part 二, the tasks part 三.
    const text = readFileSync(out, 'utf8');
    const c = (ex.input as SpeechInput).campaign;
    const [one, two, three] = ['\n一、', '\n二、', '\n三、'].map((m) => text.indexOf(m));
    const at = (s: string) => text.indexOf(s);
    expect(at(c.achievements[0]!.title)).toBeGreaterThan(one!);
    expect(at(c.achievements[0]!.title)).toBeLessThan(two!);
    expect(at(c.problems[0]!.title)).toBeGreaterThan(two!);
    expect(at(c.problems[0]!.title)).toBeLessThan(three!);
    expect(at(c.tasks[0]!.title)).toBeGreaterThan(three!);
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

  it('reports the length of a speech per part, and follows --minutes and --rate', () => {
    const r = wengao(['draft', ex.path, '--minutes', '6', '--rate', '260', '-o', join(dir, 'len.txt')]);
    expect(r.status).toBe(0);
    const m = /篇幅：([\d,]+) 字，约 ([\d.]+) 分钟（目标 1,560 字，每分钟 260 字），论述 \d+%/.exec(r.stdout);
    expect(m, r.stdout).not.toBeNull();
    const chars = Number(m![1]!.replace(/,/g, ''));
    // Within 10 % — or, where the material cannot carry the slot without filler (part three holds only
    // the measures a problem calls for), shorter and saying so with what to add.
    if (chars < 1560 * 0.9) expect(r.stdout).toMatch(/现有材料可写约 [\d.]+ 分钟/);
    else expect(Math.abs(chars - 1560) / 1560).toBeLessThanOrEqual(0.1);
    expect(r.stdout).toMatch(/开场 [\d,]+ 字 [\d.]+ 分钟；一 [\d,]+ 字 [\d.]+ 分钟（论述 \d+%）/);
  });

  it('says when the material cannot fill the slot: the length it has and what to add, no padding', () => {
    const r = wengao(['draft', ex.path, '--minutes', '30', '-o', join(dir, 'long.txt')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/现有材料可写约 [\d.]+ 分钟，比目标 30 分钟短约 [\d.]+ 分钟/);
    // Each line names what to add and what it gives: 「…补充后可增加约 0.5 分钟」.
    expect(r.stdout).toMatch(/· 第.部分.*增加约 [\d.]+ 分钟/);
  });

  it('regenerates one part alone with --reseed', () => {
    const a = join(dir, 'a1.txt');
    const b = join(dir, 'b1.txt');
    expect(wengao(['draft', ex.path, '-o', a]).status).toBe(0);
    expect(wengao(['draft', ex.path, '--reseed', '2:9', '-o', b]).status).toBe(0);
    const partOf = (text: string, n: string, next: string) => text.slice(text.indexOf(`\n${n}、`), text.indexOf(`\n${next}、`));
    const [ta, tb] = [readFileSync(a, 'utf8'), readFileSync(b, 'utf8')];
    expect(partOf(tb, '一', '二')).toBe(partOf(ta, '一', '二'));
    expect(partOf(tb, '二', '三')).not.toBe(partOf(ta, '二', '三'));
    const bad = wengao(['draft', ex.path, '--reseed', '7:1', '-o', join(dir, 'c1.txt')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--reseed');
  });

  it('writes a 督办台账 as .docx and as CSV, and refuses CSV for a speech', () => {
    const csv = join(dir, 'ledger.csv');
    expect(wengao(['draft', ex.path, '--template', 'ledger', '-o', csv]).status).toBe(0);
    const text = readFileSync(csv, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('序号,任务,牵头单位,配合单位,完成时限,目标');
    expect(lines).toHaveLength(1 + (ex.input.kind === 'speech' ? ex.input.campaign.tasks.length : 0));
    expect(wengao(['draft', ex.path, '--template', 'ledger', '-o', join(dir, 'ledger.docx')]).status).toBe(0);
    const refused = wengao(['draft', ex.path, '-o', join(dir, 'speech.csv')]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('只有督办台账可以导出为 CSV');
    expect(existsSync(join(dir, 'speech.csv'))).toBe(false);
  });

  it('lists every template, record and ledger among them', () => {
    const r = wengao(['templates']);
    for (const id of ['speech-deploy', 'speech-report', 'speech-situation', 'minutes', 'record', 'ledger']) expect(r.stdout).toMatch(new RegExp(`^${id}\t`, 'm'));
  });
});

