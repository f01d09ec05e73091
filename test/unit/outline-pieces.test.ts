// Piece marks in every style, and what is not one; the user's 「拆分有误」 corrections (a cut at a
// line, a merge of two documents) as analyse options that a re-analysis keeps.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { pieceMark } from '../../core/outline/pieces.ts';

describe('pieceMark', () => {
  it.each([
    ['篇一', '篇一', ''],
    ['【篇二】', '【篇二】', ''],
    ['第三篇：在全县防汛工作会议上的讲话', '第三篇：', '在全县防汛工作会议上的讲话'],
    ['范文四', '范文四', ''],
    ['材料5：关于老旧小区改造的汇报', '材料5：', '关于老旧小区改造的汇报'],
    ['（篇六）乡镇防汛会议记录', '（篇六）', '乡镇防汛会议记录'],
    ['环境整治工作会议记录篇一', '篇一', '环境整治工作会议记录'],
    ['安全生产会议讲话稿（篇二）', '（篇二）', '安全生产会议讲话稿'],
    ['森林防火工作会议发言 范文三', ' 范文三', '森林防火工作会议发言'],
    ['防汛工作会议纪要【第4篇】', '【第4篇】', '防汛工作会议纪要'],
    ['防汛工作会议记录（五）', '（五）', '防汛工作会议记录'],
    ['篇二：会议时间：2024年6月3日', '篇二：', '会议时间：2024年6月3日'],
    ['精选范文（三）', '精选范文（三）', ''],
    ['防汛工作讲话稿范文（2）', '范文（2）', '防汛工作讲话稿'],
    // A 选编 numbering its pieces 「之一」「（之二）」 over their titles (the s17 tester's c03).
    ['之一', '之一', ''],
    ['（之二）', '（之二）', ''],
    ['之三　守住底线 办好人民满意的教育', '之三　', '守住底线 办好人民满意的教育'],
  ])('%s', (line, mark, title) => {
    expect(pieceMark(line)).toMatchObject({ mark, title });
  });

  it.each([
    '千篇一律的材料要坚决杜绝。',
    '材料3份已按时报送县政府办。',
    '材料1：全县共排查隐患点五十六处，已整改四十处。',
    '一、提高认识，切实增强紧迫感',
    '各村要把人员名单报镇里（五）',
    '第一，压实责任。',
    '2024年工作总结（二〇二四年）',
    '篇幅较长的材料要精简',
    '学位紧张是群众反映最集中的问题之一',
    '之一字之差',
  ])('not a mark: %s', (line) => {
    expect(pieceMark(line)).toBeUndefined();
  });
});

const speech = (title: string, parts: string[]) => [title, '同志们：', '今天召开会议，部署有关工作。', ...parts.flatMap((p, i) => [`${'一二三四五'[i]}、${p}`, `${p}是当前的重点，各单位要抓紧抓实。`]), '同志们，让我们共同努力！'];

describe('splitting', () => {
  it('a speech whose parts end with the name of a kind of document is one document', () => {
    const raw = speech('在全县安全生产工作会议上的讲话', ['关于上半年工作的总结', '关于下步工作的意见', '关于抓好落实的方案']).join('\n');
    const { documents } = analyse(raw);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.outline.map((n) => n.heading)).toEqual(['关于上半年工作的总结', '关于下步工作的意见', '关于抓好落实的方案']);
  });

  it('a bare number after a title marks pieces only when there are two or more', () => {
    const one = analyse(['防汛工作会议纪要（一）', '会议指出，要做好防汛准备。', '会议要求，各村落实责任。'].join('\n'));
    expect(one.documents.map((d) => d.title)).toEqual(['防汛工作会议纪要（一）']);
    const two = analyse(['防汛工作会议纪要（一）', '会议指出，要做好防汛准备。', '防汛工作会议纪要（二）', '会议要求，各村落实责任。'].join('\n'));
    expect(two.documents).toHaveLength(2);
  });

  it('the collection title repeated between pieces (a page header) is removed, not a document', () => {
    const raw = ['防汛讲话稿（通用2篇）', '篇一', ...speech('在全县防汛工作会议上的讲话', ['认清形势']), '防汛讲话稿（通用2篇）', '篇二', ...speech('在全镇防汛工作会议上的讲话', ['压实责任'])].join('\n');
    const { documents, report } = analyse(raw);
    expect(documents.map((d) => d.title)).toEqual(['在全县防汛工作会议上的讲话', '在全镇防汛工作会议上的讲话']);
    expect(report.removed.filter((r) => r.reason === '合集标题').map((r) => r.line)).toEqual([1, 9]);
  });
});

describe('pieces without marks, and marks in the wrong place', () => {
  it('a title above its mark heads that piece: no empty document, the mark removed whole', () => {
    const raw = ['篇一', ...speech('在全县防汛工作会议上的讲话', ['认清形势']), '在全县消防工作会议上的讲话', '安全讲话稿篇二', '（2023年11月2日）', '同志们：', '今天召开会议。', '一、压实责任', '要抓紧抓实。'].join('\n');
    const { documents, report } = analyse(raw);
    expect(documents.map((d) => [d.title, d.year])).toEqual([['在全县防汛工作会议上的讲话', undefined], ['在全县消防工作会议上的讲话', 2023]]);
    expect(report.removed.find((r) => r.line === 9)).toMatchObject({ text: '安全讲话稿篇二', reason: '篇目标记' });
  });

  it('「同志们：」 again after a closing, or with the parts starting again at 一、, opens an untitled piece', () => {
    const afterClosing = analyse([...speech('在全县防汛工作会议上的讲话', ['认清形势', '压实责任']), '同志们：', '今天再讲一个问题。', '一、严防死守', '要抓紧抓实。'].join('\n'));
    expect(afterClosing.documents.map((d) => d.title)).toEqual(['在全县防汛工作会议上的讲话', '']);
    expect(afterClosing.documents[1]!.outline.map((n) => n.heading)).toEqual(['严防死守']);
    const restart = speech('在全县防汛工作会议上的讲话', ['认清形势', '压实责任']).slice(0, -1);
    expect(analyse([...restart, '同志们：', '今天讲三点。', '一、严防死守', '要抓紧抓实。'].join('\n')).documents).toHaveLength(2);
  });

  it('a 「同志们：」 inside a speech, its parts going on, is no new piece', () => {
    const raw = ['在全县防汛工作会议上的讲话', '同志们：', '今天召开会议。', '一、认清形势', '形势严峻，不容乐观。', '同志们：', '汛期将至，时间紧迫。', '二、压实责任', '各乡镇要守土尽责。'].join('\n');
    const { documents } = analyse(raw);
    expect(documents).toHaveLength(1);
    expect(documents[0]!.outline.map((n) => n.heading)).toEqual(['认清形势', '压实责任']);
  });

  it('a 纪要 with its own title and a dated first sentence is its own document, with the year', () => {
    const raw = [...speech('在全县防汛工作会议上的讲话', ['认清形势']), '关于防汛物资调度的专题会议纪要', '2023年8月9日下午，副县长在县应急局主持召开专题会议。会议纪要如下：', '一、明确调度责任', '会议要求，各单位落实责任。'].join('\n');
    const { documents } = analyse(raw);
    expect(documents.map((d) => [d.title, d.genre, d.year])).toEqual([['在全县防汛工作会议上的讲话', 'speech', undefined], ['关于防汛物资调度的专题会议纪要', 'minutes', 2023]]);
  });

  it("above the first titled head of an unmarked collection, the collection's title is removed; so is a single speech's top line (session 22: never an empty document)", () => {
    const two = analyse(['防汛讲话汇总', '', ...speech('在全县防汛工作会议上的讲话', ['认清形势']), ...speech('在全镇防汛工作会议上的讲话', ['压实责任'])].join('\n'));
    expect(two.documents.map((d) => d.title)).toEqual(['在全县防汛工作会议上的讲话', '在全镇防汛工作会议上的讲话']);
    expect(two.report.removed.find((r) => r.line === 1)).toMatchObject({ text: '防汛讲话汇总', reason: '合集标题' });
    const one = analyse(['防汛讲话汇总', '', ...speech('在全县防汛工作会议上的讲话', ['认清形势'])].join('\n'));
    expect(one.documents.map((d) => d.title)).toEqual(['在全县防汛工作会议上的讲话']);
    expect(one.report.removed.filter((r) => r.reason === '合集标题').map((r) => r.text)).toEqual(['防汛讲话汇总']);
  });
});

describe('「拆分有误」: cuts and joins', () => {
  const raw = [
    ...speech('在全县防汛工作会议上的讲话', ['认清形势', '压实责任']),
    '在全县森林防火工作会议上的讲话',
    '各乡镇要严格管控野外火源，确保不发生森林火灾。',
    '同志们，森林防火责任重大！',
  ].join('\n');

  it('a document the analysis missed is cut at the line the user chose; a cut stays in the report', () => {
    const before = analyse(raw);
    expect(before.documents).toHaveLength(1);
    const at = raw.split('\n').indexOf('在全县森林防火工作会议上的讲话') + 1;
    const after = analyse(raw, { cuts: [at] });
    expect(after.documents.map((d) => [d.title, d.line])).toEqual([
      ['在全县防汛工作会议上的讲话', 1],
      ['在全县森林防火工作会议上的讲话', at],
    ]);
    expect(after.report.cuts).toEqual([at]);
  });

  it('two documents split in error are merged back by the second one’s first line', () => {
    const cut = raw.split('\n').indexOf('在全县森林防火工作会议上的讲话') + 1;
    const split = analyse(raw, { cuts: [cut] });
    const merged = analyse(raw, { cuts: [cut], joins: [split.documents[1]!.line!] });
    expect(merged.documents).toHaveLength(1);
    expect(merged.report.joins).toEqual([cut]);
    // A join of a piece mark merges too: the mark stays removed.
    const marked = ['篇一', ...speech('在全县防汛工作会议上的讲话', ['认清形势']), '篇二', '同志们，接着讲第二个问题。'].join('\n');
    const apart = analyse(marked);
    expect(apart.documents).toHaveLength(2);
    const together = analyse(marked, { joins: [apart.documents[1]!.line!] });
    expect(together.documents).toHaveLength(1);
    expect(together.documents[0]!.text).not.toContain('篇二');
  });
});

describe('a scraped collection of eight, dressed every way at once', () => {
  const piece = (name: string) => readFileSync(join(import.meta.dirname, '..', 'fixtures', 'collections', 'pieces', `${name}.txt`), 'utf8').trimEnd().split('\n');
  const [fireTitle, ...fire] = piece('fireprevention-speech');
  const straw = piece('straw-speech').map((l) =>
    l.startsWith('一、') ? `### ${l}` : l.startsWith('二、') ? `**${l}**` : l.startsWith('四、') ? `**${l}。**` : l.startsWith('五、') ? l.replace('、', '．') : l,
  );
  const town = piece('flood-record-town');
  const raw = [
    '老旧小区改造工作会议记录(通用8篇)',
    '老旧小区改造工作会议记录(通用8篇)由网友投稿，开通VIP即可下载全文，原价￥9.9，限时优惠。',
    '## 老旧小区改造工作会议记录篇一',
    ...town.slice(0, 7),
    '老旧小区改造工作会议记录(通用8篇)',
    '第1页/共4页',
    ...town.slice(7),
    '老旧小区改造工作会议记录篇二',
    ...piece('safety-record'),
    '**老旧小区改造工作会议记录篇三**',
    ...piece('flood-record-village'),
    `篇四：${piece('flood-record-village')[0]}`,
    ...piece('flood-record-village').slice(1),
    '扫一扫，关注公众号，获取更多会议记录范文',
    '【篇五】',
    fireTitle!,
    ...fire,
    '### 老旧小区改造工作会议记录 篇六 ###',
    ...town,
    '老旧小区改造工作会议记录（篇七）',
    ...piece('lawsuit').slice(1),
    '<b>老旧小区改造工作会议记录篇八</b>',
    ...straw,
    '上一篇：社区工作会议记录 下一篇：物业管理会议记录',
  ].join('\n');

  it('eight documents, no adverts, the last speech’s five parts', () => {
    const { documents, report } = analyse(raw);
    expect(documents).toHaveLength(8);
    // (篇四's title line is its 时间 field's: untitled, its 记录人 makes it a record too.)
    expect(documents.map((d) => d.genre)).toEqual(['record', 'record', 'record', 'record', 'speech', 'record', 'other', 'speech']);
    const text = documents.map((d) => d.text).join('\n');
    for (const advert of ['VIP', '￥', '公众号', '第1页', '通用8篇', '上一篇', '篇一', '篇八', '#', '**', '<b>']) expect(text, advert).not.toContain(advert);
    expect(documents.at(-1)!.outline.map((n) => `${n.number}${n.heading}`)).toEqual([
      '一、提高思想认识，深刻把握禁烧工作的重要意义',
      '二、回顾去年工作，客观看待取得的成绩',
      '三、正视存在问题，清醒认识工作中的不足',
      '四、突出工作重点，全力抓好禁烧各项措施',
      '五．强化组织保障，确保各项任务落到实处',
    ]);
    expect(report.documents).toBe(8);
  });
});

describe('a list of the pieces above the texts', () => {
  const fixture = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'collections', 'gas-speeches-contents.txt'), 'utf8');
  const titles = (raw: string) => analyse(raw).documents.map((d) => d.title);
  const expected = analyse(fixture).documents.map((d) => d.title);

  it('under 「文章目录」 or standing bare, the list is removed as 目录, not eight empty documents', () => {
    expect(expected).toHaveLength(8);
    expect(expected).not.toContain('燃气安全排查整治工作会议讲话稿');
    const bare = fixture.replace('文章目录\n', '');
    expect(titles(bare)).toEqual(expected);
    const listed = analyse(bare).report.removed.filter((r) => r.reason === '目录').map((r) => r.text);
    expect(listed).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `燃气安全排查整治工作会议讲话稿${n}`));
  });

  it('a contents list ends where the text repeats its first entry: the first part keeps its heading', () => {
    const raw = ['在全县防汛工作会议上的讲话', '目录', '一、认清形势', '二、压实责任', '一、认清形势', '今年汛期降水偏多，形势严峻。', '二、压实责任', '各级要把责任落实到人。'].join('\n');
    const [doc] = analyse(raw).documents;
    expect(doc!.outline.map((n) => `${n.number}${n.heading}`)).toEqual(['一、认清形势', '二、压实责任']);
    expect(doc!.text).toContain('今年汛期降水偏多');
  });

  it('lines drawn between pieces are removed as 分隔线; a line of text with a dash is not', () => {
    const { documents, report } = analyse(fixture);
    expect(report.removed.filter((r) => r.reason === '分隔线')).toHaveLength(9);
    expect(documents.map((d) => d.text).join('\n')).not.toMatch(/———/);
    const dash = analyse('在全镇防汛工作会议上的讲话\n同志们：\n——这是我们的责任，也是我们的使命。\n').documents[0]!;
    expect(dash.text).toContain('——这是我们的责任');
  });
});

describe('text missing right after a closing', () => {
  // A scanned page in a PDF (the reader puts a 〔扫描页〕 line there) or a site's 「……省略1200字……」:
  // what follows a speech's closing there is what is left of the next piece, not the speech's end.
  it('what follows is a document of its own, not the closing speech\'s', () => {
    const speech = ['在全镇防汛工作会议上的讲话', '同志们：', '今年汛期来得早，各村要提前转移危险区群众。', '同志们，防汛无小事，大家务必高度负责！'];
    const tail = ['要落实巡堤查险制度，发现险情立即上报。', '同志们，让我们共同努力，确保安全度汛！'];
    const { documents } = analyse([...speech, '……省略1200字……', ...tail].join('\n'));
    expect(documents.map((d) => d.passages.map((p) => p.text))).toEqual([['今年汛期来得早，各村要提前转移危险区群众。', '同志们，防汛无小事，大家务必高度负责！'], tail]);
    // In the middle of a speech, text missing leaves the speech whole.
    const middle = analyse([...speech.slice(0, 3), '……省略1200字……', ...tail].join('\n')).documents;
    expect(middle).toHaveLength(1);
  });
});

// The s17 tester's c03 without its subtitles: pieces titled with a short slogan, no 「在…上的讲话」. Our own words (岫川县).
describe('a short main title over a date or speaker line', () => {
  const piece = (title: string, head: string[], close: string) => [title, ...head, '同志们：', '今天召开会议，部署有关工作。', '一、压实责任', '各单位要抓紧抓实。', close];
  it('starts a piece after a speech\'s closing, and the first under the cover once a later one does', () => {
    const text = ['岫川县领导讲话辑录', ...piece('把林长制落到山头地块', ['（2026年3月2日）', '县长　阮青岑'], '同志们，让我们守好这片青山！'), ...piece('守牢安全生产底线', ['副县长　莫川'], '同志们，安全生产责任重于泰山！')].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => [d.title, d.speaker])).toEqual([
      ['把林长制落到山头地块', '县长　阮青岑'],
      ['守牢安全生产底线', '副县长　莫川'],
    ]);
    expect(report.removed.map((r) => [r.text, r.reason])).toEqual([['岫川县领导讲话辑录', '合集标题']]);
  });

  // (The tester's c03 without its 之N lines: the cover's last line, 「…办公室 2026年6月」, took the first main title and its subtitle.)
  it("a cover's issuer and month is a line of its own: the main title and subtitle under it are the first piece's title", () => {
    const speech = (title: string, subtitle: string, close: string) => [title, subtitle, '（2026年3月2日）', '县长　阮青岑', ...piece('', [], close).slice(1)];
    const text = ['岫川县领导讲话辑录', '岫川县人民政府办公室　2026年6月', ...speech('把林长制落到山头地块', '——在全县林长制工作会议上的讲话', '同志们，让我们守好这片青山！'), ...speech('守牢安全生产底线', '——在全县安全生产工作会议上的讲话', '同志们，安全生产责任重于泰山！')].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['把林长制落到山头地块', '守牢安全生产底线']);
    expect(documents.map((d) => d.subtitle)).toEqual(['——在全县林长制工作会议上的讲话', '——在全县安全生产工作会议上的讲话']);
    expect(report.removed.map((r) => r.text)).toEqual(['岫川县领导讲话辑录', '岫川县人民政府办公室　2026年6月']);
  });

  it('a speech alone: its main title over two lines is not cut into a cover and a piece', () => {
    const text = piece('把林长制', ['落到山头地块', '（2026年3月2日）', '县长　阮青岑'], '同志们，让我们守好这片青山！').join('\n');
    const { documents, report } = analyse(text);
    expect(documents).toHaveLength(1);
    expect(report.removed).toEqual([]);
  });
});

// A bare 「之N」 line over a main title and its 「——在…上的讲话」 subtitle (s17 c03's shape; our own words, 沅峰镇):
// the mark is a line of its own, removed whole, so that undoing it gives the line back as it stood and leaves the title.
describe('a 之N mark over a main title and subtitle', () => {
  const speech = (mark: string, title: string, subtitle: string, speaker: string) => [mark, title, subtitle, speaker, '同志们：', '今天召开会议，部署有关工作。', '一、明确任务', '各村要抓紧落实。', '同志们，让我们一起努力！'];
  const text = ['沅峰镇领导讲话汇编', ...speech('之一', '护好一江清水', '——在全镇河长制工作会议上的讲话', '镇长　韦秋禾'), ...speech('之二', '把好事办到群众心坎上', '——在全镇民生实事推进会上的讲话', '镇党委书记　蒙冬青')].join('\n');
  const titles = ['护好一江清水', '把好事办到群众心坎上'];
  it('is removed as the line it was; kept, it stands apart and the titles are unchanged', () => {
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(titles);
    const marks = report.removed.filter((r) => r.reason === '篇目标记');
    expect(marks.map((r) => [r.line, r.text])).toEqual([[2, '之一'], [11, '之二']]);
    const kept = analyse(text, { keep: [11] });
    expect(kept.documents.map((d) => d.title)).toEqual(titles);
    expect(kept.report.removed.filter((r) => r.reason === '篇目标记').map((r) => r.line)).toEqual([2]);
    expect(kept.documents[1]!.text).toContain('之二');
  });
});

// Untitled pieces between lines drawn across (the s18 tester's c05 b/c; our own words, 苕溪镇): under the rule the
// next piece opens with its text, no salutation; the parts numbered from 一、 again and a closing above say so.
describe('a line drawn across between untitled pieces', () => {
  const parts = ['一、明确目标', '各村要抓紧制定方案。', '二、压实责任', '各单位要按分工落实。'];
  const first = ['同志们：', '今天召开全镇秸秆综合利用工作会议。', ...parts, '同志们，让我们一起努力，把这项工作抓实抓好！'];
  const second = ['这次会议的主要任务是部署冬修水利工作。', ...parts, '同志们，冬修水利时间紧，大家务必抓紧！'];
  it('starts a piece under it after a closing, when the parts start again at 一、', () => {
    const { documents } = analyse([...first, '＊＊＊', ...second].join('\n'));
    expect(documents.map((d) => d.passages[0]?.text)).toEqual(['今天召开全镇秸秆综合利用工作会议。', '这次会议的主要任务是部署冬修水利工作。']);
  });
  it('not inside a speech: no closing above it, or the parts going on (三、)', () => {
    const noClosing = [...first.slice(0, -1), '＊＊＊', ...second];
    expect(analyse(noClosing.join('\n')).documents).toHaveLength(1);
    const goesOn = [...first, '＊＊＊', '下面，我再补充几点。', '三、加强督查', '镇里每月通报一次进展。'];
    expect(analyse(goesOn.join('\n')).documents).toHaveLength(1);
  });
  it('the collection\'s title over the first untitled piece is removed as 合集标题', () => {
    const { documents, report } = analyse(['苕溪镇领导讲话选编（第三辑）', ...first, '＊＊＊', ...second].join('\n'));
    expect(documents).toHaveLength(2);
    expect(documents[0]!.title).not.toContain('选编');
    expect(report.removed.filter((r) => r.reason === '合集标题').map((r) => r.text)).toEqual(['苕溪镇领导讲话选编（第三辑）']);
  });
});
