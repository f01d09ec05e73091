// A chat exported as text (the s21 outside tester's c01): what outline-chat-export.test.ts does not look
// at — a sentence the sender cut between two messages is one paragraph again (the text runs on across
// the chat's lines as across a page's footer), a speaker's or a date line sent alone stays, an undo
// brings one line back. Our own words (渚阳区, 涞溪镇 invented); the fixture grain-speeches-chat-qq.txt
// holds a QQ export with a header of six lines.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const CHAT = [
  '与“渚阳区农业农村局综合科”的聊天记录',
  '导出时间：2026-09-30 18:05:12',
  '',
  '—————  2026-09-28  —————',
  '',
  '唐  静  2026/09/28 10:12:03',
  '@全体成员 副区长防汛总结会的讲话，请大家看看',
  '',
  '唐  静  2026/09/28 10:12:40',
  '在渚阳区2026年防汛工作总结会上的讲话',
  '',
  '唐  静  2026/09/28 10:12:41',
  '副区长　唐文军',
  '',
  '唐  静  2026/09/28 10:12:42',
  '（2026年9月28日）',
  '',
  '唐  静  2026/09/28 10:15:30',
  '同志们：',
  '今年汛期，全区共经历强降雨过程七次，各级各部门坚守岗位、',
  '',
  '邹明  2026/09/28 10:13:05',
  '收到',
  '',
  '唐  静  2026/09/28 10:13:20',
  '[图片]',
  '',
  '唐  静  2026/09/28 10:14:02',
  '连续作战，实现了不死人、少伤人的目标。',
  '一、总结经验',
  '涞溪镇提前转移群众六百余人，做法值得推广。',
  '二、补齐短板',
  '各镇要在十一月底前完成水毁工程修复。',
  '同志们，防汛工作只有起点没有终点，大家要常备不懈！',
  '',
  '邹明  2026/09/28 10:20:45',
  '写得挺实在[强]',
].join('\n');

describe('a chat export', () => {
  const { documents, report } = analyse(CHAT);

  it('is one speech under its own title, every chat line removed as 聊天记录', () => {
    expect(documents.map((d) => d.title)).toEqual(['在渚阳区2026年防汛工作总结会上的讲话']);
    expect(report.removed.map((r) => [r.reason, r.text])).toEqual(
      [
        '与“渚阳区农业农村局综合科”的聊天记录',
        '导出时间：2026-09-30 18:05:12',
        '—————  2026-09-28  —————',
        '唐  静  2026/09/28 10:12:03',
        '@全体成员 副区长防汛总结会的讲话，请大家看看',
        '唐  静  2026/09/28 10:12:40',
        '唐  静  2026/09/28 10:12:41',
        '唐  静  2026/09/28 10:12:42',
        '唐  静  2026/09/28 10:15:30',
        '邹明  2026/09/28 10:13:05',
        '收到',
        '唐  静  2026/09/28 10:13:20',
        '[图片]',
        '唐  静  2026/09/28 10:14:02',
        '邹明  2026/09/28 10:20:45',
        '写得挺实在[强]',
      ].map((t) => ['聊天记录', t]),
    );
  });

  it("a speaker's line and a date line sent alone are the speech's", () => {
    expect(documents[0]!.text.split('\n').slice(0, 3)).toEqual(['在渚阳区2026年防汛工作总结会上的讲话', '副区长　唐文军', '（2026年9月28日）']);
  });

  it('a sentence cut between two messages is one paragraph again', () => {
    expect(documents[0]!.text.split('\n')).toContain('今年汛期，全区共经历强降雨过程七次，各级各部门坚守岗位、连续作战，实现了不死人、少伤人的目标。');
  });

  it('a removal undone brings the line back, the rest as before', () => {
    const line = CHAT.split('\n').indexOf('收到') + 1;
    const kept = analyse(CHAT, { keep: [line] });
    expect(kept.documents[0]!.text).toContain('收到');
    expect(kept.report.removed.filter((r) => r.line !== line)).toEqual(report.removed.filter((r) => r.line !== line));
  });
});

describe('not a chat export', () => {
  it('two lines of a name and a time in a record stay (a chat has at least three)', () => {
    const record = ['涞溪镇防汛值班记录', '值班人员：唐静、邹明', '唐静  2026/07/12 22:10', '接区防指通知，启动四级应急响应。', '邹明  2026/07/13 06:30', '巡查水库三座，未发现险情。'].join('\n');
    const { documents, report } = analyse(record);
    expect(report.removed).toEqual([]);
    expect(documents[0]!.text).toContain('唐静  2026/07/12 22:10');
  });
});
