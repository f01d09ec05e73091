// A date typed as a secretary writes it becomes the material's ISO date (core/input/typed-date.ts):
// Arabic (2026年3月5日, 2026/3/5, 2026.3.5, full-width digits) and in Chinese numerals as offices
// write them on documents (二〇二六年六月三日 — session 20's screen test had it refused).
import { describe, expect, it } from 'vitest';
import { validateInput } from '../../core/input/index.ts';
import { typedDate } from '../../core/input/typed-date.ts';

describe('typedDate', () => {
  it.each([
    ['2026年3月5日', '2026-03-05'],
    ['2026/3/5', '2026-03-05'],
    ['2026.6.3', '2026-06-03'],
    ['２０２６年１１月２０日', '2026-11-20'],
    [' 2026 年 6 月 3 日 ', '2026-06-03'],
    ['二〇二六年六月三日', '2026-06-03'],
    ['二○二七年十二月三十一日', '2027-12-31'],
    ['二零二六年十月十日', '2026-10-10'],
    ['二〇二六年十一月二十日', '2026-11-20'],
    ['二〇二六年二月二十九日', '2026-02-29'],
  ])('%s → %s', (typed, iso) => {
    expect(typedDate(typed)).toBe(iso);
  });

  it('leaves what is no date as typed, for the check to name (an impossible day is refused there)', () => {
    for (const s of ['3月8', '下周一', '二〇二六年六月', '二〇二六年十三十月一日', '二〇二六年六月四十日x']) expect(typedDate(s)).toBe(s);
    const refused = validateInput({ kind: 'minutes', template: 'record', meeting: { name: '会', date: typedDate('二〇二六年二月二十九日') }, agenda: ['议题'] });
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).toContain('2026年2月没有29日');
  });
});
