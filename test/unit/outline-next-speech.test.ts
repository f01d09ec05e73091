// The next speech of a collection whose title is followed straight by its text (「今天，我们…」: no salutation,
// speaker or date under it) — session 24, the outside test's c07 and c06. A speech's thanks (「谢谢大家。」) end it
// as 「同志们，…！」 does; a title glued on after them is cut off and heads the next speech; a picture's caption
// (「图 2 …文件」) between two speeches is removed. The whole fixtures collections/handcopied-speeches-glued.txt
// and caption-redhead-speeches.txt are compared by library-collections; here the edges, in our own words
// (汀屿县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const first = ['在汀屿县春季防汛工作会议上的讲话', '同志们：', '今天召开会议，部署全县春季防汛工作。', '一、认清形势', '今年汛期来得早，各地要提前做好准备。', '二、压实责任', '各乡镇要落实包保责任，县水利局要加强巡查。'];
const second = ['在汀屿县夏季安全生产工作会议上的讲话', '今天，我们在这里召开全县夏季安全生产工作会议，部署夏季安全生产工作。', '一、排查隐患', '各部门要开展一次全覆盖排查。', '二、严格问责', '对整改不到位的单位要严肃追究责任。', '谢谢大家。'];
const titles = (text: string) => analyse(text).documents.map((d) => d.title);

describe('the next speech with no salutation under its title', () => {
  it('after the thanks that close a speech, a title over 「今天，我们…召开」 starts the next speech', () => {
    for (const end of ['谢谢大家。', '谢谢！', '散会。', '同志们，防汛工作责任重大，希望大家抓紧抓实。谢谢大家。']) {
      expect(titles([...first, end, ...second].join('\n')), end).toEqual(['在汀屿县春季防汛工作会议上的讲话', '在汀屿县夏季安全生产工作会议上的讲话']);
    }
  });

  it('the thanks stay with the speech before', () => {
    const [one, two] = analyse([...first, '谢谢大家。', ...second].join('\n')).documents;
    expect(one!.text.trim().endsWith('谢谢大家。')).toBe(true);
    expect(two!.text).not.toContain('春季防汛');
  });

  it('a title glued onto the closing line after 「谢谢大家！」 is cut off and heads the next speech', () => {
    const glued = [...first, '希望大家守土尽责，确保安全度汛！谢谢大家！在汀屿县夏季安全生产工作会议上的讲话', '同志们：', ...second.slice(1)].join('\n');
    const { documents } = analyse(glued);
    expect(documents.map((d) => d.title)).toEqual(['在汀屿县春季防汛工作会议上的讲话', '在汀屿县夏季安全生产工作会议上的讲话']);
    expect(documents[0]!.text).toContain('确保安全度汛！谢谢大家！');
    expect(documents[0]!.text).not.toContain('安全生产工作会议上的讲话');
  });

  it('a speech\'s own parts, subtitles and a document it names after its thanks do not split it', () => {
    const own = [...first, '（一）关于汛前检查', '各地要在4月底前完成汛前检查。', '三、加强保障', '县财政局要及时拨付防汛资金。', '谢谢大家。', '附件：汀屿县防汛责任人名单'];
    expect(titles(own.join('\n'))).toEqual(['在汀屿县春季防汛工作会议上的讲话']);
    // A sentence ending in thanks with words after it is no glued title.
    const said = [...first, '对大家的辛勤付出，我代表县委说一声谢谢！下面讲三点意见'];
    expect(titles(said.join('\n'))).toEqual(['在汀屿县春季防汛工作会议上的讲话']);
  });
});

describe('a picture\'s caption between speeches', () => {
  it('「图 N …」 under a 红头 picture is removed as 图片说明; a sentence about a figure stays', () => {
    const text = ['图 1 中共汀屿县委文件', ...first, '同志们，请大家抓紧抓实！', '图 2 汀屿县人民政府文件', ...second, '图2显示，全县隐患数量比去年减少三成。'].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在汀屿县春季防汛工作会议上的讲话', '在汀屿县夏季安全生产工作会议上的讲话']);
    expect(report.removed.filter((r) => r.reason === '图片说明').map((r) => r.text)).toEqual(['图 1 中共汀屿县委文件', '图 2 汀屿县人民政府文件']);
    expect(documents[1]!.text).toContain('图2显示，全县隐患数量比去年减少三成。');
  });
});
