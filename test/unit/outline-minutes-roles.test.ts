// Roles in a 纪要 whose 议定事项 headings carry no cue (「一、关于…」): a part holding the meeting's
// decisions (「会议要求/明确/同意…」) is 任务; the roll and issue lines at its end (出席、列席、请假,
// 「…办公室 …印发」) are no part's work. Our own words (session 10); the session-9 tester's c10 had
// the case (all its passages 其他).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const MINUTES = [
  '关于研究农村饮水安全工作的专题会议纪要',
  '2025年4月8日上午，副镇长孙某某主持召开专题会议，研究农村饮水安全工作。现纪要如下：',
  '一、关于上季度工作情况',
  '会议听取了镇水利站关于一季度农村饮水工作的汇报。会议指出，一季度各村供水总体平稳。',
  '二、关于水质检测',
  '会议要求，镇水利站每月对各村水源抽检一次，检测结果在村务公开栏公示。',
  '三、关于管网延伸',
  '会议同意将东山、西岭两村纳入今年管网延伸计划，所需资金由镇财政先行垫付。',
  '出席：孙某某、李某某',
  '请假：王某某（外出学习）',
  '列席：镇水利站、镇财政所负责同志',
  '镇党政办公室　　2025年4月9日印发',
].join('\n');

describe('roles in a 纪要 whose headings carry no cue', () => {
  const [doc] = analyse(MINUTES).documents;

  it('a part holding a decision is 任务; one that only heard and judged stays 其他', () => {
    expect(doc!.genre).toBe('minutes');
    expect(doc!.outline.map((n) => [n.heading, n.role])).toEqual([
      ['关于上季度工作情况', '其他'],
      ['关于水质检测', '任务'],
      ['关于管网延伸', '任务'],
    ]);
    const role = (start: string) => doc!.passages.find((p) => p.text.startsWith(start))?.role;
    expect(role('会议要求，镇水利站')).toBe('任务');
    expect(role('会议同意将东山')).toBe('任务');
  });

  it('the roll lines are 其他, whatever part they follow; the 印发 line is the 版记, removed', () => {
    // After a part whose heading says it is work (「加快…」), as after one a decision made 任务.
    const cued = MINUTES.replace('三、关于管网延伸', '三、加快推进管网延伸');
    for (const text of [MINUTES, cued]) {
      const [minutes] = analyse(text).documents;
      expect(minutes!.outline.at(-1)!.role).toBe('任务');
      const tail = minutes!.passages.slice(-3).map((p) => [p.text.slice(0, 3), p.role]);
      expect(tail).toEqual([
        ['出席：', '其他'],
        ['请假：', '其他'],
        ['列席：', '其他'],
      ]);
      expect(analyse(text).report.removed.at(-1)).toMatchObject({ text: '镇党政办公室　　2025年4月9日印发', reason: '版记' });
    }
  });
});
