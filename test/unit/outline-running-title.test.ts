// A PDF's running header that is the piece's own title (the outside tester's s17 c04): on the piece's
// first page the header stands right over the identical title. The header goes as 页眉页脚; the
// title under it stays, and the piece starts there with its speaker and date. And a cover page of
// one or two lines, whose title is both the file's first line and the last before the cover's page
// break, is no running header. Our own words (a made-up 鹭屿县).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const TITLES = ['在全县渔港安全生产工作会议上的讲话', '在全县海岸带综合整治推进会上的讲话'];
const page = (header: string | undefined, lines: string[], n: number) => [...(header ? [header, ''] : []), ...lines.flatMap((l) => [l, '']), `— ${n} —`, '', '\f', ''];

const text = [
  ...['鹭屿县海洋工作会议讲话选编', '', '鹭屿县海洋与渔业局办公室', '', '\f', ''],
  ...page(TITLES[0], [TITLES[0]!, '副县长　严海川', '（2026年7月2日）', '同志们：', '今天召开会议，部署渔港安全生产工作。', '一、严格渔船进出港管理'], 1),
  ...page(TITLES[0], ['各渔港要落实进出港报告制度，对未按规定报告的渔船一律不得出港。', '二、抓好台风季节防范'], 2),
  ...page(TITLES[1], [TITLES[1]!, '县长　滕晓鸥', '（2026年8月5日）', '同志们：', '今天召开会议，部署海岸带综合整治工作。', '一、清理岸线违建'], 3),
  ...page(TITLES[1], ['沿海各乡镇要在九月底前完成岸线违建摸底，建立台账，逐宗销号。', '二、修复滨海湿地'], 4),
].join('\n');

describe("a running header that is the piece's title", () => {
  it('the header goes, the title under it on the first page stays and starts its piece', () => {
    const { documents, report } = analyse(text);
    expect(documents.map((d) => [d.title, d.speaker])).toEqual([
      [TITLES[0], '副县长　严海川'],
      [TITLES[1], '县长　滕晓鸥'],
    ]);
    const furniture = report.removed.filter((r) => r.reason === '页眉页脚').map((r) => r.text);
    expect(furniture).toEqual([TITLES[0], TITLES[0], TITLES[1], TITLES[1]]);
    // The cover is the collection's, not a page's furniture.
    expect(report.removed.find((r) => r.text === '鹭屿县海洋工作会议讲话选编')?.reason).toBe('合集标题');
  });
});
