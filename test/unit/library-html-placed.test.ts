// A document site's preview page (文库) draws every line as fragments placed one by one
// (「position:absolute; top:…; left:…」): read as lines in order, the lines of a paragraph joined back
// without spaces, the pieces split. Our own page; the session-10 tester's c04 came out as one
// document of one passage, with a space inside words at every line's end.
import { describe, expect, it } from 'vitest';
import { analyseFileBytes } from '../../main/services/library/analysis.ts';

/** One page: each line cut into fragments of at most `cut` characters, each fragment placed absolutely. */
function page(lines: readonly string[], cut = 5): string {
  let top = 100;
  const rows = lines.map((line) => {
    const spans: string[] = [];
    for (let i = 0, left = 96; i < line.length; i += cut, left += cut * 16) {
      spans.push(`<span class="t${i % 3}" style="position:absolute;left:${left}px;top:${top}px;font-size:16px;">${line.slice(i, i + cut)}</span>`);
    }
    top += 28;
    return spans.join('');
  });
  return `<!doctype html><html><head><meta charset="utf-8"><title>讲话稿两篇.docx</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/c">讲话稿</a></div>
<div class="reader"><div class="page" data-page="1" style="position:relative;height:${top + 40}px">
${rows.join('\n')}
</div></div>
<div class="footer">版权所有 某某文档网</div>
</body></html>`;
}

const LINES = [
  '在全镇秸秆禁烧工作会议上的讲话',
  '同志们：',
  '　　今天召开会议，主要是部署今年秋季秸秆禁烧工作。去年全镇',
  '没有发生一起露天焚烧，成绩来之不易。',
  '　　一、压实各村责任',
  '　　各村要把禁烧责任落实到每一块田，村干部要分片包干，',
  '做到白天有人巡、晚上有人守。',
  '在全镇冬季安全生产工作会议上的讲话',
  '同志们：',
  '　　今天召开会议，部署冬季安全生产工作。入冬以来，用火用电',
  '增多，安全风险上升。',
  '　　一、抓好隐患排查',
  '　　各企业要对照清单逐项排查，发现隐患立即整改。',
];

describe('a 文库 page of placed fragments', () => {
  it('is read as lines: two speeches, paragraphs whole, no space inside a word', async () => {
    const a = await analyseFileBytes('html', new TextEncoder().encode(page(LINES)));
    expect(a.documents.map((d) => d.title)).toEqual(['在全镇秸秆禁烧工作会议上的讲话', '在全镇冬季安全生产工作会议上的讲话']);
    expect(a.documents.map((d) => d.outline.map((n) => n.heading))).toEqual([['压实各村责任'], ['抓好隐患排查']]);
    const passages = a.documents.flatMap((d) => d.passages.map((p) => p.text));
    expect(passages).toContain('今天召开会议，主要是部署今年秋季秸秆禁烧工作。去年全镇没有发生一起露天焚烧，成绩来之不易。');
    expect(passages).toContain('各村要把禁烧责任落实到每一块田，村干部要分片包干，做到白天有人巡、晚上有人守。');
    for (const d of a.documents) expect(d.text).not.toMatch(/[\u4e00-\u9fa5] [\u4e00-\u9fa5]/);
  });
});
