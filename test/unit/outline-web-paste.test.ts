// A speech copied from a government site's page (session 23, the outside test's c06): the page's path
// without its label (「首页 > 政务公开 > 领导讲话」) over each piece, the page's 「相关链接：…」 under it and
// no-break spaces after the full-width marks are the page's, not the speech's. The whole fixture
// collections/web-paste-breadcrumb-speeches.txt (泖川区) is compared by library-collections; here the
// edges, in our own words (沭阳湾镇, 浍河乡 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const speech = (title: string) => [title, '同志们：', '今天召开会议，部署浍河乡春季植树造林工作。', '一、明确目标任务', '今年全乡计划新造林一千亩，各村要把任务落实到地块。', '同志们，请大家抓紧抓实！'];

describe('a page copied from a government site', () => {
  it('the page\'s path is no title, in any of its usual marks', () => {
    for (const path of ['首页 > 政务公开 > 领导讲话', '首页＞新闻中心＞讲话', '网站首页 » 领导活动', '政务公开 › 领导讲话 › 乡长讲话']) {
      const { documents, report } = analyse([path, ...speech('在沭阳湾镇植树造林动员会上的讲话')].join('\n'));
      expect(documents.map((d) => d.title), path).toEqual(['在沭阳湾镇植树造林动员会上的讲话']);
      expect(report.removed.find((r) => r.line === 1), path).toMatchObject({ text: path, reason: '导航' });
    }
  });

  it('a sentence comparing figures with 「>」 stays', () => {
    const line = '全乡森林覆盖率目标 > 45%，比去年提高两个百分点。';
    const { documents } = analyse([...speech('在沭阳湾镇植树造林动员会上的讲话'), line].join('\n'));
    expect(documents[0]!.text).toContain(line);
  });

  it('「相关链接：」 and 「友情链接：」 under the speech go, a sentence about links stays', () => {
    const text = [...speech('在沭阳湾镇植树造林动员会上的讲话'), '要加强城乡之间相关链接的道路建设。', '相关链接：沭阳湾镇人民政府 | 中国政府网', '【友情链接】：浍河乡政务网'].join('\n');
    const { documents, report } = analyse(text);
    expect(documents[0]!.text).toContain('要加强城乡之间相关链接的道路建设。');
    expect(documents[0]!.text).not.toContain('链接：');
    expect(report.removed.map((r) => r.text)).toEqual(['相关链接：沭阳湾镇人民政府 | 中国政府网', '【友情链接】：浍河乡政务网']);
  });

  it('a no-break space after a full-width mark goes; one elsewhere stays as it was', () => {
    const text = ['在沭阳湾镇植树造林动员会上的讲话', '同志们：', '一、明确目标，\u00a0落实责任', '今天，\u00a0\u00a0我们召开会议。各村要抓紧，\u00a0 抓实。', '植树\u00a0造林是一件大事。'].join('\n');
    const [doc] = analyse(text).documents;
    expect(doc!.outline.map((n) => n.heading)).toEqual(['明确目标，落实责任']);
    expect(doc!.text).toContain('今天，我们召开会议。各村要抓紧，抓实。');
    expect(doc!.text).toContain('植树\u00a0造林是一件大事。');
  });
});

describe('a page exported from a knowledge base', () => {
  it('its path, its last editor, its [TOC] and its export line go; the speech stays', () => {
    const text = ['# 在沭阳湾镇植树造林动员会上的讲话', '> 知识库 / 办公室 / 领导讲话', '最后编辑：韩蕾 于 2026-03-02 10:15　　浏览 8 次', '[TOC]', ...speech('').slice(1), '---', '*此页面由 Confluence 导出，导出时间 2026-03-20 08:00*'].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在沭阳湾镇植树造林动员会上的讲话']);
    expect(documents[0]!.text).not.toMatch(/知识库|最后编辑|TOC|Confluence/);
    const reasonOf = (start: string) => report.removed.find((r) => r.text.replace(/^[>*]\s*/, '').startsWith(start))?.reason;
    expect([reasonOf('知识库'), reasonOf('最后编辑'), reasonOf('[TOC]'), reasonOf('此页面由')]).toEqual(['导航', '网站提示', '格式符号', '网站提示']);
  });

  it('a sentence naming places with 「/」 and a sentence about what was edited stay', () => {
    const lines = ['全镇共有林地 / 园地 / 草地三类用地，要分类管理。', '最后编辑的方案已经印发，请各村认真执行。'];
    const { documents } = analyse([...speech('在沭阳湾镇植树造林动员会上的讲话'), ...lines].join('\n'));
    for (const l of lines) expect(documents[0]!.text).toContain(l);
  });
});
