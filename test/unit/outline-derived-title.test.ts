// A speech without a title is titled from the meeting its opening names, marked 「（据正文）」
// (core/outline/derived-title.ts): the s13 tester's c07 had three pieces 「（无标题）」 that nobody could
// tell apart. Our own words.
import { describe, expect, it } from 'vitest';
import { analyse, harvestPatterns } from '../../core/outline/index.ts';
import { titleFromOpening } from '../../core/outline/derived-title.ts';

describe('a title from the opening', () => {
  it('names the meeting held, only when the opening names it in full', () => {
    expect(titleFromOpening(['今天，镇党委、镇政府召开全镇秋冬季森林防火工作推进会，主要任务是部署防火工作。'])).toBe('在全镇秋冬季森林防火工作推进会上的讲话（据正文）');
    expect(titleFromOpening(['今天我们在这里召开石门镇安全生产工作会议，会议的主要任务是…'])).toBe('在石门镇安全生产工作会议上的讲话（据正文）');
    expect(titleFromOpening(['今天召开这次会议，主要任务是总结前段工作。'])).toBeUndefined();
    expect(titleFromOpening(['这次会议的主要目的是统一思想。', '各村要召开村民代表大会，讨论通过村规民约。'])).toBeUndefined();
  });

  it('names the work an opening says the meeting is for, when it names no meeting: 「关于…工作的讲话（据正文）」', () => {
    expect(titleFromOpening(['这次会议的主要任务是，通报春季森林防火检查情况，安排部署清明节期间森林防火工作。'])).toBe('关于清明节期间森林防火工作的讲话（据正文）');
    expect(titleFromOpening(['今天请大家来，主要是研究部署全乡高标准农田建设工作，我讲三点意见。'])).toBe('关于全乡高标准农田建设工作的讲话（据正文）');
    expect(titleFromOpening(['这次会议的主要目的是让大家进一步认识做好农村饮水安全工作的重要性。'])).toBe('关于农村饮水安全工作的讲话（据正文）');
    // A time or scope is no work's name; a work the speech asks for later is not what the meeting is for.
    expect(titleFromOpening(['这次会议主要是安排部署下一步工作。'])).toBeUndefined();
    expect(titleFromOpening(['今天召开这次会议，主要是总结上半年工作。'])).toBeUndefined();
    expect(titleFromOpening(['刚才，几位同志作了发言，我都同意。各村要抓好秸秆禁烧工作。'])).toBeUndefined();
    expect(titleFromOpening(['会议开得很好。大家要认真落实。总之，主要是要做好防汛工作。'])).toBeUndefined();
  });

  it('titles untitled pieces of a collection apart; a titled one keeps its title; patterns are not made from it', () => {
    const piece = (opening: string, heading: string) => ['同志们：', opening, `一、${heading}`, '各村要抓紧抓实，确保按时完成。', '同志们，让我们共同努力！'];
    const raw = [
      ...piece('今天，县政府召开全县春季农业生产工作会议，主要任务是部署春耕备耕。', '抓好春耕备耕'),
      ...piece('今天召开全县河长制工作推进会，主要是总结去年工作。', '压实河长责任'),
      ...piece('这次会议很重要，请大家认真领会。', '统一思想认识'),
    ].join('\n');
    const { documents } = analyse(raw);
    expect(documents.map((d) => [d.title, d.titleFromText ?? false])).toEqual([
      ['在全县春季农业生产工作会议上的讲话（据正文）', true],
      ['在全县河长制工作推进会上的讲话（据正文）', true],
      ['', false],
    ]);
    expect(documents[0]!.text).not.toContain('据正文');
    expect(analyse(['在全县春季农业生产工作会议上的讲话', ...piece('今天，县政府召开全县春耕工作会议。', '抓好春耕备耕')].join('\n')).documents[0]!.title).toBe('在全县春季农业生产工作会议上的讲话');
    expect(harvestPatterns(documents[0]!).every((p) => !p.subject || !p.subject.includes('春季农业生产'))).toBe(true);
  });
});
