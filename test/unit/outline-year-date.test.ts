// A speech's year is the year its date line gives, not a year its title names (the s22 outside test's c03 and c07:
// 「在全县2024年创建国家卫生县城工作推进会议上的讲话」 dated 「（2025年10月28日）」 had been 2024's). Our own words
// (浭阳县 invented).
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';

const body = ['同志们：', '今天召开会议，总结去年工作。', '一、肯定成绩', '去年全县完成植树造林三万亩。'];
const yearOf = (head: string[]) => analyse([...head, ...body].join('\n')).documents[0]!.year;

describe('a speech\'s year', () => {
  it('is its date line\'s when the title names another', () => {
    expect(yearOf(['在浭阳县2023年度国土绿化工作总结会议上的讲话', '（2024年1月16日）'])).toBe(2024);
    expect(yearOf(['在浭阳县2023年度国土绿化工作总结会议上的讲话', '县长　柏文清', '2024年1月16日'])).toBe(2024);
  });

  it('is the title\'s when no date line gives one', () => {
    expect(yearOf(['在浭阳县2023年度国土绿化工作总结会议上的讲话'])).toBe(2023);
  });
});
