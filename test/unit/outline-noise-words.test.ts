// The noise rules never take a sentence of a real document for an advert or a site's note: every
// text in ../shared/genre and ../shared/fixtures/import is imported whole, then sentence by sentence
// and clause by clause (each on a line of its own, so that the rules meant for short lines see it),
// and nothing that ends a sentence with 。 may be removed but by a licence or truncation rule. A word
// an advert uses that a speech uses too (扫码, 公众号, 会员, 订阅, 二维码) removes a line only with what
// an advert asks of its reader.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = ['genre', 'fixtures/import'].map((d) => path.resolve(root, '..', 'shared', d));
const texts = SHARED.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => ({ name: f, text: readFileSync(path.join(dir, f), 'utf8') })));
/** Rules that remove a sentence on purpose: a licence notice, a site's truncation note. */
const STRONGER = new Set(['版权声明', '截断提示']);
const speechLines = (title: string) => [title, '（2023年4月1日）', '同志们：', '今天召开会议，部署有关工作。', '一、压实责任', '各单位要抓紧抓实。', '同志们，让我们共同努力！'];
const SENTENCE = /[^。！？]+[。！？][”’」』）)]?/g;

function removedSentences(text: string): string[] {
  return analyse(text)
    .report.removed.filter((r) => /。[”’」』）)]?$/.test(r.text) && !STRONGER.has(r.reason))
    .map((r) => `${r.reason}: ${r.text}`);
}

describe('no real sentence is removed as noise', () => {
  it('the shared texts exist', () => expect(texts.length).toBeGreaterThanOrEqual(7));

  for (const { name, text } of texts) {
    it(`${name}: whole, by sentence and by clause`, () => {
      expect(removedSentences(text)).toEqual([]);
      const sentences = analyse(text).documents.flatMap((d) => d.text.split('\n').flatMap((p) => p.match(SENTENCE) ?? []));
      expect(sentences.length).toBeGreaterThan(20);
      expect(removedSentences(sentences.join('\n\n'))).toEqual([]);
      const clauses = sentences.flatMap((s) => s.split(/[，；：]/).map((c) => `${c.replace(/[。！？]$/, '')}。`)).filter((c) => c.length > 4);
      expect(removedSentences(clauses.join('\n\n'))).toEqual([]);
    });
  }

  it('a speech may say 扫码, 公众号, 会员, 订阅, 二维码; an advert with them still goes', () => {
    const speech = [
      '要全面推行“安全码”管理，企业从业人员一律扫码进场、亮码作业。',
      '要用好微信公众号、村村响等载体，做好政策宣传。',
      '各村要把举报二维码张贴到户，方便群众监督。',
      '要发挥工会会员和志愿者的作用。',
      '各单位要按时订阅党报党刊。',
    ];
    const adverts = ['扫码关注公众号“某某范文网”，回复“讲话”获取更多范文', '开通会员即可下载全部文档', '长按识别二维码，免费领取500篇模板', '扫一扫，手机阅读', '公众号：某某范文网'];
    const { documents, report } = analyse(['在全县宣传工作会议上的讲话', '同志们：', ...speech, ...adverts].join('\n'));
    const text = documents.map((d) => d.text).join('\n');
    for (const s of speech) expect(text).toContain(s);
    for (const a of adverts) {
      expect(text).not.toContain(a);
      expect(report.removed.map((r) => r.text)).toContain(a);
    }
  });

  // The session-13 tester's F4 (c08): a sum written with 「¥」 removed a speech's sentence and a contract's clause as an advert.
  it('a sum in 「¥」 is a speech\'s or a contract\'s; only a price with what an advert says goes', () => {
    const text = [
      '县财政安排专项资金860万元（¥8,600,000.00），分两批拨付到各乡镇。',
      '第四条 合同价款：总额为人民币贰拾叁万元整（￥230,000.00），验收合格后支付。',
      '每户补助¥1200元。',
    ];
    const adverts = ['原价¥19.9，现价¥9.9，限量领取', '¥9.9'];
    const { documents, report } = analyse(['在全县财政预算执行工作会议上的讲话', '同志们：', ...text, ...adverts].join('\n'));
    for (const s of text) expect(documents[0]!.text).toContain(s);
    for (const a of adverts) expect(report.removed.map((r) => r.text)).toContain(a);
  });

  it('a Copyright or ICP line is removed as a licence notice', () => {
    const { documents, report } = analyse(['在全县宣传工作会议上的讲话', '同志们：', '要加强版权保护，严厉打击侵权盗版行为。', 'Copyright © 2006-2023 某某范文网 版权所有　闽ICP备12345678号-1'].join('\n'));
    expect(documents[0]!.text).toContain('要加强版权保护');
    expect(documents[0]!.text).not.toContain('ICP');
    expect(report.removed.find((r) => r.text.includes('ICP'))?.reason).toBe('版权声明');
    // The word alone is no notice: 「Copyright」 in a sentence stays.
    const note = analyse(['在全县宣传工作会议上的讲话', '同志们：', 'Copyright law protects the speeches of state organs only in part.'].join('\n'));
    expect(note.documents[0]!.text).toContain('Copyright law');
  });

  it('a dot-leader 目录 under 「目 录」 is removed as 目录, not taken for text or titles', () => {
    const toc = ['领导讲话汇编', '目 录', '在全县防汛工作会议上的讲话……………………2', '在全县森林防火工作会议上的讲话……………………5'];
    const { report } = analyse([...toc, ...speechLines('在全县防汛工作会议上的讲话'), ...speechLines('在全县森林防火工作会议上的讲话')].join('\n'));
    expect(report.removed.filter((r) => r.reason === '目录').map((r) => r.text)).toEqual(toc.slice(1));
  });

  it('a site\'s 「下载Word文档…获取完整版」 prompt goes, the speech around it stays (the session-10 tester\'s c03)', () => {
    const [title, ...rest] = speechLines('在全县防汛工作会议上的讲话');
    const { documents, report } = analyse([title, ...rest.slice(0, 4), '▲点击下方“下载Word文档”按钮，即可获取完整版▲', ...rest.slice(4)].join('\n'));
    expect(report.removed.map((r) => [r.reason, r.text])).toEqual([['网站提示', '▲点击下方“下载Word文档”按钮，即可获取完整版▲']]);
    expect(documents[0]!.passages.map((p) => p.text)).toContain('各单位要抓紧抓实。');
  });

  // The session-11 tester's c08 (four sources pasted into one .txt). Our own words.
  it('a government page\'s breadcrumb, font buttons and phone prompt, a periodical\'s running head and a line of emoji go; the title stays the title', () => {
    const text = [
      '在全县城乡居民医保征缴工作会议上的讲话',
      '同志们：',
      '今天召开会议，部署医保征缴工作。目前全县参保率低于全市平均水平；部分年轻人参',
      '- 2 -',
      '某某县人民政府公报　　　　　　2020年第3期（总第88期）',
      '保意愿不强，需要加大宣传。',
      '一、加强宣传',
      '各乡镇要入户宣传政策。',
      '您当前的位置：首页 > 政务公开 > 领导讲话',
      '',
      '在全县秋冬季森林防火工作会议上的讲话',
      '【字体：大 中 小】　【打印本页】　【关闭窗口】',
      '',
      '县委常委、副县长　黎某某（2021年10月8日）',
      '同志们：',
      '今天召开会议，部署秋冬季森林防火工作。',
      '一、压实责任',
      '各村要把防火责任落实到人。',
      '扫一扫在手机打开当前页',
      '👇👇👇',
    ].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在全县城乡居民医保征缴工作会议上的讲话', '在全县秋冬季森林防火工作会议上的讲话']);
    expect(documents[0]!.passages.map((p) => p.text)).toContain('今天召开会议，部署医保征缴工作。目前全县参保率低于全市平均水平；部分年轻人参保意愿不强，需要加大宣传。');
    // Who and when apart (session 21, speaker-date.ts).
    expect(documents[1]).toMatchObject({ speaker: '县委常委、副县长　黎某某', dateLine: '（2021年10月8日）' });
    expect(report.removed.map((r) => [r.line, r.reason])).toEqual([
      [4, '页码'], [5, '页眉页脚'], [9, '网站提示'], [12, '网站提示'], [19, '网站提示'], [20, '分隔线'],
    ]);
  });

  // The session-17 tester's c07 (a 文库 page copied as .txt). Our own words.
  it("a document site's file-name line, its buttons and fields on one line and its preview wall go; a 附件 line naming its file stays", () => {
    const text = [
      '汀槐县农村供水管护材料汇编.docx　　9页　VIP',
      '点赞　收藏　分享',
      '格式：DOCX　　页数：9页　　大小：36KB',
      '',
      '在全县农村供水管护工作会议上的讲话',
      '同志们：',
      '一、压实管护责任',
      '试读已结束，剩余3页可下载查看',
      '各乡镇要把管护责任落实到每一处工程。报送格式：按附件2的表样填写。',
      '附件：汀槐县农村供水工程管护办法.docx',
      '具体标准详见附件2汀槐县供水工程验收表.xlsx',
    ].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在全县农村供水管护工作会议上的讲话']);
    expect(report.removed.map((r) => [r.line, r.reason])).toEqual([
      [1, '网站提示'], [2, '网站提示'], [3, '网站提示'], [8, '截断提示'],
    ]);
    expect(documents[0]!.text).toContain('\n各乡镇要把管护责任落实到每一处工程。报送格式：按附件2的表样填写。');
    expect(documents[0]!.text).toContain('附件：汀槐县农村供水工程管护办法.docx');
    expect(documents[0]!.text).toContain('具体标准详见附件2汀槐县供水工程验收表.xlsx');
  });
});

// A handling mark stamped over each piece (the s18 tester's c03 b: a text box 「内部资料」 over 「注意保存」 on every piece;
// our own words, 泷口镇): removed each time as 水印, alone or bracketed, not glued to the line after it; a sentence naming
// the same words stays.
describe('a handling mark over each piece', () => {
  const speech = (title: string, close: string) => [title, '（2026年7月3日）', '同志们：', '今天召开会议，部署有关工作。请各村把会议材料作为内部资料妥善保存。', '一、压实责任', '各单位要抓紧抓实。', close];
  it('is removed over every piece; the sentence stays', () => {
    const text = ['内部参阅', '不得外传', ...speech('在全镇防溺水工作会议上的讲话', '同志们，让我们共同努力！'), '【内部资料　妥善保存】', ...speech('在全镇秋冬季森林防火工作会议上的讲话', '同志们，防火无小事！')].join('\n');
    const { documents, report } = analyse(text);
    expect(documents.map((d) => d.title)).toEqual(['在全镇防溺水工作会议上的讲话', '在全镇秋冬季森林防火工作会议上的讲话']);
    expect(report.removed.map((r) => [r.text, r.reason])).toEqual([['内部参阅', '水印'], ['不得外传', '水印'], ['【内部资料　妥善保存】', '水印']]);
    expect(documents[1]!.text).toContain('作为内部资料妥善保存。');
  });
});
