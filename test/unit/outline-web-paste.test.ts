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
