// A title that ends 「…上的讲话」 makes a 讲话, whatever its text reports (s16 screen tester, defect 6:
// 「下面我代表…作工作报告」 had made a speech a 报告). Its own kinds keep theirs: a 工作报告, a 纪要, a
// covering 通知 naming a speech; and a complaint under a speech collection's title is not a speech.
import { describe, expect, it } from 'vitest';
import { detectGenre } from '../../core/outline/roles.ts';

const reporting = ['下面，我代表县水利局向大会报告今年以来全县水利建设情况。', '一、主要工作进展', '今年完成小型水库除险加固14座。'];

describe('the title decides a speech', () => {
  it('「…会上的讲话」 whose speaker reports, with no salutation, is a speech', () => {
    expect(detectGenre({ title: '在全县水利建设推进会上的讲话', paragraphs: reporting })).toBe('speech');
  });

  it('so is 「…的讲话（摘要）」 to 「各位代表：」, and 「…上的发言（提纲）」', () => {
    expect(detectGenre({ title: '在县人民代表大会闭幕时的讲话（摘要）', salutation: '各位代表：', paragraphs: reporting })).toBe('speech');
    expect(detectGenre({ title: '在全市水利工作会议上的发言（提纲）', paragraphs: reporting })).toBe('speech');
  });

  it('a 工作报告, a 纪要 and a covering 通知 keep their kinds', () => {
    expect(detectGenre({ title: '在县人民代表大会上的政府工作报告', paragraphs: reporting })).toBe('report');
    expect(detectGenre({ title: '县政府常务会议纪要', paragraphs: ['会议听取了县水利局的汇报。', '会议要求，各乡镇抓紧推进。'] })).toBe('minutes');
    expect(detectGenre({ title: '关于印发《县长在全县水利建设推进会上的讲话》的通知', paragraphs: reporting })).toBe('other');
  });

  it('a complaint under a speech collection’s title is not a speech', () => {
    const complaint = ['原告：某某建筑公司', '被告：某某水利工程公司', '诉讼请求：判令被告支付工程款', '事实和理由：原告承建了被告发包的渠道工程。', '此致', '某某县人民法院'];
    expect(detectGenre({ title: '水利工作讲话稿', paragraphs: complaint })).toBe('other');
  });
});
