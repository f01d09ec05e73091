// 公文 shapes in a collection (session 9's outside tester): a 红头 title block (title, 文号, issuer and
// date) repeated under one title; a 通知 or 公示 after a speech; a document site's prompts between the
// halves of a sentence; pieces ended by （全文完）/——END——; an article's headline above the pieces;
// headings a file's styles give; a table's rows. Each test fails on main at dd59410.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const titles = (text: string, options = {}) => analyse(text, options).documents.map((d) => [d.title, d.genre, d.year ?? null]);

describe('公文 title blocks and 公文 after a speech', () => {
  it('one title for every 纪要: the 文号 and issuer-and-date lines under it do not stop a new document', () => {
    const minute = (no: string, date: string, opening: string) =>
      ['区政府常务会议纪要', no, `区人民政府办公室\u3000\u3000\u3000${date}`, opening, '一、关于背街小巷改造', '会议要求，区住建局抓紧开工。', '出席：周某某'].join('\n');
    const text = [minute('〔2021〕4号', '2021年3月2日', '2021年3月1日，区长周某某主持召开常务会议。现纪要如下：'), minute('〔2021〕9号', '2021年6月8日', '2021年6月7日，区长周某某主持召开常务会议。现纪要如下：')].join('\n');
    expect(titles(text)).toEqual([
      ['区政府常务会议纪要', 'minutes', 2021],
      ['区政府常务会议纪要', 'minutes', 2021],
    ]);
    const [first] = analyse(text).documents;
    // Each head line is a passage of its own, not glued to the next.
    expect(first!.passages.map((p) => p.text).slice(0, 2)).toEqual(['〔2021〕4号', '区人民政府办公室\u3000\u3000\u30002021年3月2日']);
  });

  it('a 通知 with its 主送 line and a 公示 after the speech\'s closing are documents of their own, of genre other', () => {
    const text = [
      '在全区夏季防溺水工作会议上的讲话',
      '（2022年6月1日）',
      '同志们：',
      '今天开会，部署夏季防溺水工作。',
      '一、压实责任',
      '各街道要落实网格巡查。',
      '同志们，安全无小事。让我们共同努力！',
      '关于开展防溺水专项巡查的通知',
      '各街道办事处，区直有关部门：',
      '现将有关事项通知如下：',
      '一、巡查时间',
      '6月至8月。',
      '区教育局',
      '2022年6月2日',
      '关于2022年度防溺水先进集体拟表彰名单的公示',
      '经评审，拟表彰以下单位，现予以公示。',
      '公示期为5个工作日。',
    ].join('\n');
    expect(titles(text).map(([t, g]) => [t, g])).toEqual([
      ['在全区夏季防溺水工作会议上的讲话', 'speech'],
      ['关于开展防溺水专项巡查的通知', 'other'],
      ['关于2022年度防溺水先进集体拟表彰名单的公示', 'other'],
    ]);
  });

  it('a 关于…的通知 a speech names on a line of its own, after an ordinary sentence, stays in the speech', () => {
    const text = ['在全区安全生产会议上的讲话', '同志们：', '省里近日印发了一个文件。', '关于加强汛期安全生产工作的通知', '这个文件要认真学习。', '同志们，安全生产责任重大！'].join('\n');
    expect(titles(text).map(([t]) => t)).toEqual(['在全区安全生产会议上的讲话']);
  });
});

describe('debris of a site, a 公众号 and a document library', () => {
  it('a reading prompt and a badge between two halves of a sentence are removed before the halves are joined', () => {
    const text = ['在全区营商环境会议上的讲话', '同志们：', '要持续压减审批时限，确保企业开办', '还剩5页未读，继续阅读', '一天内办结。要加强', '精品文档', '涉企收费监管。'].join('\n');
    const { documents, report } = analyse(text);
    expect(documents[0]!.passages.map((p) => p.text)).toEqual(['要持续压减审批时限，确保企业开办一天内办结。要加强涉企收费监管。']);
    expect(report.removed.map((r) => r.text)).toEqual(['还剩5页未读，继续阅读', '精品文档']);
  });

  it('（全文完） and ——END—— end pieces and go as separators; 往期推荐 with its list and 「点个在看」 go', () => {
    const speech = (t: string) => [t, '同志们：', `今天研究${t.slice(4, 8)}工作。`, '同志们，大家要抓好落实！'].join('\n');
    const text = [speech('在全区河道保洁工作会议上的讲话'), '（全文完）', speech('在全区绿化提升工作会议上的讲话'), '——END——', '往期推荐', '1. 在全区城管工作会议上的讲话', '河道保洁怎么抓？看这篇', '点个在看，你最好看'].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在全区河道保洁工作会议上的讲话', '在全区绿化提升工作会议上的讲话']);
    expect(documents.flatMap((d) => d.passages.map((p) => p.text)).join('')).not.toMatch(/全文完|END|往期|点个在看|看这篇/);
    expect(report.removed.map((r) => r.reason)).toEqual(['分隔线', '分隔线', '相关推荐', '相关推荐', '相关推荐', '网站提示']);
  });

  it("a page's title with the site's name and an article's headline and blurb are not a first document", () => {
    const speech = (t: string) => [t, '（2023年3月1日）', '同志们：', '今天开会。', '同志们，抓好落实！'].join('\n');
    expect(titles(['区级领导讲话稿2篇_某某文库', '上传者：user_01　|　2023-03-02', '', speech('在全区春耕会议上的讲话'), speech('在全区植树会议上的讲话')].join('\n')).map(([t]) => t)).toEqual([
      '在全区春耕会议上的讲话',
      '在全区植树会议上的讲话',
    ]);
    expect(titles(['收藏！2篇讲话稿，写材料用得上～', '今天分享两篇讲话稿，记得转发哦！', speech('在全区春耕会议上的讲话'), speech('在全区植树会议上的讲话')].join('\n')).map(([t]) => t)).toEqual([
      '在全区春耕会议上的讲话',
      '在全区植树会议上的讲话',
    ]);
  });
});

describe("what a file's reader knows: heading styles and table rows", () => {
  it('a line the reader marks as a heading is one, at its style level under the title, and is never joined to its paragraph', () => {
    const text = ['在全区文明创建会议上的讲话', '同志们：', '查找短板，增强紧迫感', '去年测评我区排名靠后', '补齐短板，抓好重点', '要整治背街小巷'].join('\n');
    const doc = analyse(text, { headings: [{ line: 1, level: 1 }, { line: 3, level: 2 }, { line: 5, level: 2 }] }).documents[0]!;
    expect(doc.outline.map((n) => [n.level, n.heading])).toEqual([
      [1, '查找短板，增强紧迫感'],
      [1, '补齐短板，抓好重点'],
    ]);
    expect(doc.passages.map((p) => p.text)).toEqual(['去年测评我区排名靠后', '要整治背街小巷']);
    // Without the reader's word, the same lines run on (a PDF's or a web page's broken lines).
    expect(analyse(text).documents[0]!.outline).toEqual([]);
  });

  it('a table row is a passage of its own, and its 序号 cell is no page number', () => {
    const text = ['关于老旧小区改造的专题会议纪要', '2023年5月6日，副区长主持召开专题会议。现纪要如下：', '一、任务分工', '序号 | 任务 | 责任单位', '1 | 管网改造 | 区住建局', '2 | 资金拨付 | 区财政局'].join('\n');
    const { documents, report } = analyse(text);
    expect(documents[0]!.passages.map((p) => p.text).slice(-3)).toEqual(['序号 | 任务 | 责任单位', '1 | 管网改造 | 区住建局', '2 | 资金拨付 | 区财政局']);
    expect(report.removed).toEqual([]);
  });
});

// The session-10 tester's c02: a 红头 纪要 was titled by its 发文机关标志, and its 印发 line, the next
// 纪要's 发文机关标志 and 文号/签发人 were one passage. Our own two 纪要.
describe('a 公文\'s 版头 and 版记', () => {
  const minute = (no: string, signer: string, title: string, day: string) => [
    '某某镇人民政府办公室',
    `某政办纪〔2024〕${no}号\u3000\u3000\u3000\u3000\u3000\u3000签发人：${signer}`,
    title,
    `2024年5月${day}日，镇长${signer}主持召开专题会议。现纪要如下：`,
    '一、关于工作进度',
    '会议要求，镇农业服务中心月底前完成任务。',
    '出席：周某某、吴某某',
    '抄送：镇党委办公室，镇人大主席团。',
    `某某镇人民政府办公室\u3000\u3000\u3000\u30002024年5月${Number(day) + 2}日印发`,
  ];
  const text = [...minute('3', '周某某', '关于春耕备耕工作的专题会议纪要', '6'), ...minute('5', '吴某某', '关于防汛准备工作的专题会议纪要', '20')].join('\n');

  it('the 版头 is not the title, and each 纪要 is a document of its own, its 版记 not in its text', () => {
    const { documents, report } = analyse(text);
    expect(documents.map((d) => [d.title, d.genre])).toEqual([
      ['关于春耕备耕工作的专题会议纪要', 'minutes'],
      ['关于防汛准备工作的专题会议纪要', 'minutes'],
    ]);
    for (const d of documents) expect(d.text).not.toMatch(/某政办纪|抄送|印发|^某某镇人民政府办公室/m);
    expect(report.removed.map((r) => [r.line, r.reason])).toEqual([
      [1, '版头'], [2, '版头'], [8, '版记'], [9, '版记'],
      [10, '版头'], [11, '版头'], [17, '版记'], [18, '版记'],
    ]);
  });

  it('a 文号 under a title (no 发文机关标志 above it) stays a head line', () => {
    const [doc] = analyse(['关于春耕备耕工作的专题会议纪要', '某政办纪〔2024〕3号', '2024年5月6日，镇长周某某主持召开专题会议。现纪要如下：', '一、关于工作进度', '会议要求，月底前完成。'].join('\n')).documents;
    expect(doc!.title).toBe('关于春耕备耕工作的专题会议纪要');
    expect(doc!.passages[0]!.text).toBe('某政办纪〔2024〕3号');
  });
});
