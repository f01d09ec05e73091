// A notes app's tags (「#讲话稿 #防汛」 on a line, or after a paragraph's text) and the `title:` of its
// front matter over the note's own 「# 」 heading; a piece after a cut-off one is not cut off itself.
// After the outside tester's s19 c08; our own words (泾湄县's fixtures are the .md forms).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

describe('a note app\'s tags', () => {
  it('a line of tags and tags after a paragraph are removed as 笔记软件信息; a heading 「# 」 and a 「#」 inside a word stay', () => {
    const text = ['#讲话稿 #抗旱', '', '# 在全县抗旱工作会议上的讲话', '', '同志们：', '今天召开抗旱工作会议。 #重点', '一、抓好水源调度', '全县要把C#语言培训班的教室让出来作指挥部。', '同志们，请大家抓紧行动！', '', '#讲话稿/2026 #抗旱'].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在全县抗旱工作会议上的讲话']);
    expect(documents[0]!.text).not.toMatch(/#[讲重抗]/);
    expect(documents[0]!.text).toContain('C#语言');
    expect(report.removed.filter((r) => r.reason === '笔记软件信息').map((r) => r.text)).toEqual(['#讲话稿 #抗旱', '#重点', '#讲话稿/2026 #抗旱']);
    expect(analyse('在全县抗旱工作会议上的讲话\n同志们：\n要把第#3号泵站修好。\n一、抓好水源调度\n请大家抓紧！').documents[0]!.text).toContain('第#3号泵站');
  });

  it('the front matter\'s title over another 「# 」 title is a property: one document, titled by its heading', () => {
    const text = ['---', 'title: 抗旱会讲话（孙县长）', 'tags: [讲话稿]', '---', '#讲话稿 #抗旱', '', '# 在全县抗旱工作会议上的讲话', '', '同志们：', '今天召开抗旱工作会议。', '一、抓好水源调度', '各乡镇要把水源调度方案报县水利局。'].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在全县抗旱工作会议上的讲话']);
    expect(report.removed.map((r) => r.text)).toContain('title: 抗旱会讲话（孙县长）');
  });

  it('a title after a cut-off piece: the piece above is 原文不全, the titled one is not', () => {
    const text = ['# 在全县抗旱工作会议上的讲话', '同志们：', '今天召开抗旱工作会议，主要任务是部署抗旱工作。', '……(未完,全文共3000字,当前仅显示800字', '---', '# 在全县秋粮收购工作会议上的讲话', '同志们：', '今天召开秋粮收购工作会议。', '同志们，请大家抓紧行动！'].join('\n');
    const { documents } = analyse(text);
    expect(documents.map((d) => [d.title, d.truncated ?? false])).toEqual([
      ['在全县抗旱工作会议上的讲话', true],
      ['在全县秋粮收购工作会议上的讲话', false],
    ]);
  });
});
