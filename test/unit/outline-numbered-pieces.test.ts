// The numbered titles of a 汇编 (「1.」「2.」 that Word's automatic list drew, session 24, the outside test's c01) whose next
// speech has no salutation under its title: right after the closing of the piece before, over 「今天，我们…召开」, a
// numbered title marks its piece as one over 「同志们：」 does. The whole fixture collections/auto-numbered-speeches.docx
// (沅江县) is compared by library-collections; here the edge, in our own words (汀屿县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const first = ['在汀屿县春季防汛工作会议上的讲话', '同志们：', '今天召开会议，部署全县春季防汛工作。', '一、认清形势', '今年汛期来得早，各地要提前做好准备。', '二、压实责任', '各乡镇要落实包保责任，县水利局要加强巡查。'];
const second = ['在汀屿县夏季安全生产工作会议上的讲话', '今天，我们在这里召开全县夏季安全生产工作会议，部署夏季安全生产工作。', '一、排查隐患', '各部门要开展一次全覆盖排查。', '二、严格问责', '对整改不到位的单位要严肃追究责任。'];
const titles = (text: string) => analyse(text).documents.map((d) => d.title);

describe('numbered titles of a 汇编 whose next speech has no salutation', () => {
  it('a numbered title right after the closing, over 「今天，我们…召开」, marks its piece', () => {
    const text = ['汀屿县二〇二六年领导讲话选编', `1.${first[0]}`, ...first.slice(1), '同志们，请大家抓紧抓实！', `2.${second[0]}`, ...second.slice(1)].join('\n');
    expect(titles(text)).toEqual(['在汀屿县春季防汛工作会议上的讲话', '在汀屿县夏季安全生产工作会议上的讲话']);
  });

  it('a speech\'s own numbered parts that name a document are not pieces', () => {
    const own = [...first, '三、关于防汛工作方案', '今天，我们召开的这次会议，就是要把方案落到实处。', '同志们，请大家抓紧抓实！'];
    expect(titles(own.join('\n'))).toEqual(['在汀屿县春季防汛工作会议上的讲话']);
  });
});
