// A county portal's saved page: the article's title in a bold cell of the layout table and the speaker's
// line under it, outside the nested table of paragraphs Readability takes, are the article's title and
// head — not 「网页其他内容」 (the s20 outside tester's c06, and its probe with the site's name alone as the
// page's <title>). Inside the article, the page's chrome (a column of links, the breadcrumb, 「[ 打印 ]
// [ 关闭 ]」) is removed; an article's own two links stay. Our own pages (澴阳县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { analyseFileBytes } from '../../main/services/library/analysis.ts';

const TITLE = '在全县2026年春季农田水利建设工作会议上的讲话';
const paras = [
  '同志们：',
  '今天召开全县春季农田水利建设工作会议，主要是部署今年春季农田水利建设任务。',
  '一、认清形势，增强做好农田水利建设的紧迫感',
  '去冬今春全县降水偏少，部分山塘水库蓄水不足，抓好农田水利建设事关全年粮食生产。',
  '二、突出重点，抓好山塘清淤和渠道整修',
  '各乡镇要在三月底前完成山塘清淤任务，渠道整修要做到建一处、成一处、管好一处。',
  '同志们，时间紧、任务重，希望大家抓紧行动，确保春耕生产用水。',
];
const page = (opts: { pageTitle: string; above?: string; between?: string; extra?: string }) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${opts.pageTitle}</title></head><body>
<table width="1000"><tr><td class="topnav">首页 | 政务公开 | 互动交流</td></tr></table>
<table width="1000"><tr><td width="200"><a href="/c/1">县情概况</a><br><a href="/c/2">政务公开</a><br><a href="/c/3">领导讲话</a></td>
<td width="780"><table><tr><td class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/c/3">领导讲话</a></td></tr></table>
<table>${opts.above ?? ''}<tr><td align="center"><b>${TITLE}</b></td></tr>
${opts.between ?? '<tr><td align="center">发布日期：2026-03-02 浏览次数：211</td></tr><tr><td align="center">县长 钱立新</td></tr>'}
<tr><td><table>${paras.map((p) => `<tr><td>${p}</td></tr>`).join('')}${opts.extra ?? ''}</table></td></tr>
</table></td></tr></table><div class="foot">主办：澴阳县人民政府办公室 备案号：鄂ICP备00000088号</div></body></html>`;

const read = (html: string) => analyseFileBytes('html', new TextEncoder().encode(html));

describe("a portal page's article title and head above its paragraphs", () => {
  it('the <title> names the cell: it is the title, the speaker line under it the head', async () => {
    const { documents, report } = await read(page({ pageTitle: `${TITLE}_澴阳县人民政府` }));
    expect(documents.map((d) => [d.title, d.titleFromText])).toEqual([[TITLE, undefined]]);
    expect(documents[0]!.speaker).toBe('县长 钱立新');
    expect(report.removed.map((r) => r.text)).toContain('发布日期：2026-03-02 浏览次数：211');
  });

  it('a <title> with only the site name: the bold cell above the article is the title', async () => {
    const { documents } = await read(page({ pageTitle: '澴阳县人民政府' }));
    expect(documents.map((d) => d.title)).toEqual([TITLE]);
  });

  it('a bold line above the breadcrumb is not taken: the head ends at the navigation', async () => {
    const html = page({ pageTitle: '澴阳县人民政府', between: '' }).replace(`<tr><td align="center"><b>${TITLE}</b></td></tr>`, '');
    const { documents, report } = await read(html.replace('<table width="1000"><tr><td class="topnav">', '<table width="1000"><tr><td><b>澴阳县人民政府门户网站</b></td></tr><tr><td class="topnav">'));
    expect(documents[0]!.title).not.toBe('澴阳县人民政府门户网站');
    expect(report.removed.some((r) => r.text.includes('澴阳县人民政府门户网站'))).toBe(true);
  });

  it("an article's paragraph of two links stays; 「[ 打印 ] [ 关闭 ]」 goes", async () => {
    const extra = '<tr><td>附件：<a href="/f/1.doc">水利建设任务表</a> <a href="/f/2.doc">山塘清淤责任表</a></td></tr><tr><td>[ <a href="javascript:print()">打印</a> ] [ <a href="javascript:close()">关闭</a> ]</td></tr>';
    const { documents, report } = await read(page({ pageTitle: `${TITLE}_澴阳县人民政府`, extra }));
    expect(documents[0]!.text).toContain('附件：水利建设任务表 山塘清淤责任表');
    expect(documents[0]!.text).not.toContain('打印');
    expect(report.removed.map((r) => r.text)).toContain('[ 打印 ] [ 关闭 ]');
  });
});

describe('a 相关推荐 list beside the article', () => {
  it('ends at the page navigation after it: the title below the breadcrumb is not one of its entries', () => {
    const text = ['相关信息 澴阳县召开春耕生产调度会', '', '您现在的位置：首页 > 领导讲话', '', TITLE, '', '县长 钱立新', '', ...paras].join('\n');
    const { documents } = analyse(text, { debris: [{ line: 1, reason: '相关推荐' }, { line: 3, reason: '导航' }] });
    expect(documents.map((d) => d.title)).toEqual([TITLE]);
  });
});
