// A covering notice (「关于印发《…讲话》的通知」) is a 通知, not the speech or report it forwards
// (tester s14 c02: filed as 讲话, it polluted speech searches and heading patterns); the speech under
// it keeps its own genre.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { detectGenre } from '../../core/outline/roles.ts';

describe('covering notices', () => {
  it('a title naming a 通知, 通报 or 批复 is other, whatever it forwards', () => {
    const say = ['各乡镇人民政府，县直各单位：', '现将县长同志在会上的讲话印发给你们，请认真贯彻落实。'];
    expect(detectGenre({ title: '关于印发《在全县春耕生产工作会议上的讲话》的通知', paragraphs: say })).toBe('other');
    expect(detectGenre({ title: '石渠县人民政府关于印发《2025年石渠县政府工作报告》的通知', paragraphs: say })).toBe('other');
    expect(detectGenre({ title: '关于全县安全生产大检查情况的通报', paragraphs: ['同志们要引以为戒。'] })).toBe('other');
    expect(detectGenre({ title: '在全县春耕生产工作会议上的讲话', salutation: '同志们：', paragraphs: ['同志们，春耕在即。'] })).toBe('speech');
  });

  it('the notice and the speech it forwards are two documents of their own genres', () => {
    const text = [
      '石渠县人民政府办公室关于印发《在全县春耕生产工作会议上的讲话》的通知',
      '各乡镇人民政府，县直各单位：',
      '现将县长同志在全县春耕生产工作会议上的讲话印发给你们，请结合实际认真贯彻落实。',
      '石渠县人民政府办公室',
      '2025年3月2日',
      '在全县春耕生产工作会议上的讲话',
      '（2025年2月27日）',
      '同志们：',
      '今天召开会议，安排部署今年的春耕生产工作。',
      '一、抓好农资供应',
      '要组织农资企业提前备货，确保种子、化肥供应充足。',
      '二、抓好农技服务',
      '要组织农技人员下沉一线，开展技术指导。',
    ].join('\n');
    const { documents } = analyse(text);
    expect(documents.map((d) => [d.title, d.genre])).toEqual([
      ['石渠县人民政府办公室关于印发《在全县春耕生产工作会议上的讲话》的通知', 'other'],
      ['在全县春耕生产工作会议上的讲话', 'speech'],
    ]);
  });
});
