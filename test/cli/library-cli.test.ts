// The 范文库 commands through the real CLI: import a folder, search it, list it, outline a file;
// review an import and undo a removal; list heading patterns and draft with one.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('help names every kind of file import takes', () => {
    const r = wengao(['--help'], env);
    expect(r.status).toBe(0);
    const importLines = r.stdout.slice(r.stdout.indexOf('wengao import <'), r.stdout.indexOf('wengao search <'));
    for (const kind of ['.txt', '.md', '.docx', '.doc、', '.wps', '.rtf', '.odt', '.pdf', '.html', '.mhtml']) expect(importLines).toContain(kind);
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

describe('wengao library report / restore, patterns, draft --heading', () => {
  const env2 = { WENGAO_DATA_DIR: join(root, 'data-review') };
  const file = join(root, '创卫讲话.txt');

  it('lists numbered removals and restores one: the text is then found, the report shows it restored', () => {
    writeFileSync(
      file,
      [
        '在全县创卫工作推进会议上的讲话',
        '同志们：',
        '下面是小编为大家整理的讲话稿，仅供参考。',
        '一、提高认识，切实增强做好创卫工作的紧迫感',
        '各单位要关注公众号“某县发布”，及时通报创卫进展。',
        '二、压实责任，全力推动创卫工作落地见效',
        '各乡镇要落实属地责任，确保工作不留死角。',
        '同志们，让我们共同努力！',
      ].join('\n'),
    );
    expect(wengao(['import', file], env2).status).toBe(0);
    const report = wengao(['library', 'report', '1'], env2);
    expect(report.status, report.stderr).toBe(0);
    expect(report.stdout).toContain('1. 〔网站提示〕第 3 行：下面是小编为大家整理的讲话稿，仅供参考。');
    expect(report.stdout).toContain('2. 〔广告〕第 5 行：各单位要关注公众号“某县发布”，及时通报创卫进展。');
    expect(JSON.parse(wengao(['search', '某县发布', '--json'], env2).stdout).hits).toHaveLength(0);

    const restore = wengao(['library', 'restore', '1', '2'], env2);
    expect(restore.status, restore.stderr).toBe(0);
    expect(restore.stdout).toContain('已恢复 1 处');
    expect(JSON.parse(wengao(['search', '某县发布', '--json'], env2).stdout).hits).toHaveLength(1);
    const after = wengao(['library', 'report', '1'], env2).stdout;
    expect(after).toContain('已恢复：\n    〔广告〕第 5 行：各单位要关注公众号');
    expect(after).not.toContain('2. 〔广告〕');
  });

  it('names the pages of a PDF in three columns to check, at import and in the report', () => {
    const pdf = join(import.meta.dirname, '..', 'fixtures', 'collections', 'three-column-bulletin.pdf');
    const env3 = { WENGAO_DATA_DIR: join(root, 'data-notice'), WENGAO_SOFFICE: 'off' };
    const said = '注意：第 1 页的文字并排排列（多栏、表格或自由版式），读出的顺序可能前后错乱，请对照原文检查这些页';
    const r = wengao(['import', pdf], env3);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(said);
    expect(wengao(['library', 'report', '1'], env3).stdout).toContain(`\n  ${said}\n`);
  });

  it('imports a 繁體 file in simplified characters and says so, at import and in the report', () => {
    const file = join(import.meta.dirname, '..', 'fixtures', 'collections', 'winter-minutes-notice-traditional.txt');
    const envT = { WENGAO_DATA_DIR: join(root, 'data-traditional') };
    const said = '注意：这个文件是繁体字，已转为简体导入（范文库的检索和起草都用简体字）';
    const r = wengao(['import', file], envT);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('文档 1「桐溪县人民政府第二十三次常务会议纪要」纪要');
    expect(r.stdout).toContain('（2 篇文档）');
    expect(r.stdout).toContain(`\n  ${said}\n`);
    expect(wengao(['library', 'report', '1'], envT).stdout).toContain(`\n  ${said}\n`);
    // Found by a simplified search, as a drafter types it.
    expect(JSON.parse(wengao(['search', '保温', '--json'], envT).stdout).hits).toHaveLength(2);
  });

  it('says which documents are copies of one already imported, in the import, the list and a search', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'library-copies');
    const envC = { WENGAO_DATA_DIR: join(root, 'data-copies') };
    const r = wengao(['import', join(dir, '居家养老服务推进会讲话.docx'), join(dir, '养老服务讲话（笔记）.md'), join(dir, 'content_20261024.html')], envC);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('  注意：文档 2《在全县居家养老服务工作推进会上的讲话》与同名的文档 1（来自 居家养老服务推进会讲话.docx）正文相同：');
    expect(r.stdout).toContain('  注意：文档 3《韦春兰在全县居家养老服务工作推进会上的讲话》与文档 1《');
    // The summary counts what the notices say (the s21 outside tester's c06: the JSON had said 0 duplicates).
    expect(r.stdout).toContain('共 3 个文件：导入 3 个（3 篇文档，其中 2 篇与库中已有文档正文相同）');
    expect(wengao(['library'], envC).stdout).toContain('3\t韦春兰在全县居家养老服务工作推进会上的讲话\t讲话\t7 段\tcontent_20261024.html\n');
    expect(wengao(['library'], envC).stdout).toContain('\n  与文档 1《在全县居家养老服务工作推进会上的讲话》（来自 居家养老服务推进会讲话.docx）正文相同\n');
    const found = wengao(['search', '护理员'], envC).stdout;
    // Two passages name 护理员, each listed once (from the first file), not three times.
    expect(found.match(/^文档 \d+/gm)).toEqual(['文档 1', '文档 1']);
    expect(found).toContain('    正文相同的还有：文档 2「在全县居家养老服务工作推进会上的讲话」（来自 养老服务讲话（笔记）.md）、文档 3「韦春兰');
  });

  it('says when a 汇编 was kept as one document, and where to split it, at import and in the report', () => {
    const file = join(root, '松岗乡春季讲话汇编.txt');
    writeFileSync(file, '在全乡春季植树造林动员大会上的讲话\n同志们：\n今年全乡计划完成植树造林一千二百亩，各村要把任务落实到山头地块。\n春季护林防火工作提示\n清明前后各村要在进山路口设卡值守，严防火种进山。\n');
    const env4 = { WENGAO_DATA_DIR: join(root, 'data-collection') };
    const r = wengao(['import', file], env4);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('（1 篇文档）');
    expect(r.stdout).toMatch(/\n {2}注意：这个文件名称中有「汇编」，像是多篇合集，但只分出 1 篇文档，已按一篇整体导入。.*「拆分有误」/);
    expect(r.stdout).toContain('  命令行中可用 wengao library lines 1 列出各行，再用 wengao library split 1 <行号> 在某篇的开头拆开');
    expect(wengao(['library', 'report', '1'], env4).stdout).toContain('  注意：这个文件名称中有「汇编」');
    // 「拆分有误」 on the command line: the lines, a split where the second piece begins, a merge back.
    expect(wengao(['library', 'lines', '1'], env4).stdout).toContain('第 4 行（第 1 篇）：春季护林防火工作提示\n');
    const split = wengao(['library', 'split', '1', '4'], env4);
    expect(split.status, split.stderr).toBe(0);
    expect(split.stdout).toMatch(/^来源 1 已重新分析，现为 2 篇：文档 \d+「在全乡春季植树造林动员大会上的讲话」、文档 (\d+)「春季护林防火工作提示」/);
    expect(wengao(['library', 'report', '1'], env4).stdout).not.toContain('注意：');
    const second = /、文档 (\d+)「/.exec(split.stdout)![1]!;
    expect(wengao(['library', 'merge', '1', second], env4).stdout).toMatch(/现为 1 篇/);
    const bad = wengao(['library', 'split', '1', '甲'], env4);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('行号（wengao library lines 来源编号 列出各行）应为正整数，实际为“甲”');
  });

  it('refuses a 压缩包 with exit 2, naming the file and saying to unpack it', () => {
    const zip = join(import.meta.dirname, '..', 'fixtures', 'office', 'speeches.zip');
    const r = wengao(['import', zip], { WENGAO_DATA_DIR: join(root, 'data-zip') });
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`跳过：${zip}（这是压缩包：请先解压，再导入其中的文件）`);
  });

  it('refuses a bad source or entry number with exit 2, in Chinese, changing nothing', () => {
    const before = wengao(['library', 'report', '1', '--json'], env2).stdout;
    const noSource = wengao(['library', 'restore', '9', '1'], env2);
    expect(noSource.status).toBe(2);
    expect(noSource.stderr).toContain('范文库中没有编号为 9 的来源文件');
    const noEntry = wengao(['library', 'restore', '1', '7'], env2);
    expect(noEntry.status).toBe(2);
    expect(noEntry.stderr).toContain('没有第 7 条删除记录');
    expect(wengao(['library', 'restore', '1', 'x'], env2).stderr).toContain('删除记录序号：应为');
    expect(wengao(['library', 'report', '1', '--json'], env2).stdout).toBe(before);
  });

  it('lists patterns by role and drafts with a chosen heading, X filled with the campaign name', () => {
    const list = wengao(['patterns', '--role', '意义', '--json'], env2);
    expect(list.status, list.stderr).toBe(0);
    const patterns = JSON.parse(list.stdout) as { pattern: string; role: string; source: string }[];
    expect(patterns).toContainEqual(expect.objectContaining({ pattern: '提高认识，切实增强做好X工作的紧迫感', role: '意义', source: '在全县创卫工作推进会议上的讲话' }));
    expect(wengao(['patterns'], env2).stdout).toContain('意义\t1 级\t提高认识，切实增强做好X工作的紧迫感\t〔在全县创卫工作推进会议上的讲话〕');

    const input = join(SHARED, 'examples', 'speech-living-environment.json');
    const plain = join(root, 'plain.txt');
    const chosen = join(root, 'chosen.txt');
    expect(wengao(['draft', input, '--seed', '5', '-o', plain]).status).toBe(0);
    const r = wengao(['draft', input, '--seed', '5', '--heading', '1=提高认识，切实增强做好X工作的紧迫感', '-o', chosen]);
    expect(r.status, r.stderr).toBe(0);
    const a = readFileSync(plain, 'utf8').split('\n');
    const b = readFileSync(chosen, 'utf8').split('\n');
    const at = b.findIndex((l) => l.startsWith('一、'));
    expect(b[at]).toBe('一、提高认识，切实增强做好人居环境整治工作的紧迫感');
    expect(b.filter((_, i) => i !== at)).toEqual(a.filter((_, i) => i !== at));

    const bad = wengao(['draft', input, '--heading', '4=X', '-o', chosen]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--heading：应写成“部分=标题”');
    const digit = wengao(['draft', input, '--heading', '2=确保2025年完成X', '-o', chosen]);
    expect(digit.status).toBe(2);
    expect(digit.stderr).toContain('第二部分的标题含有数字');
  });
});
