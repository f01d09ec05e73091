// A 会议记录 writes the meeting's time as an official text does (session 21's screen test, 15: 「时间：2026年11月5日
// 下午3:00」, an ASCII colon after 下午): 「下午3时」, 「下午2时30分」 — as the 纪要 already did; the form's 时间 field
// takes a typed time so when she leaves it (test/e2e/record-time.e2e.test.ts). Invented: 岚口乡.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gapNotice } from '../../core/doc/gaps.ts';
import { docLines } from '../../core/doc/text.ts';
import { draft } from '../../core/draft/index.ts';
import { clockTime } from '../../core/input/clock-time.ts';
import { validateInput, type WengaoInput } from '../../core/input/index.ts';
import { loadDraftLibrary, PACKAGE_ROOT } from '../../main/services/library-files.ts';

const material = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'test', 'fixtures', 'ui22', 'record-time.json'), 'utf8')) as { meeting: { time: string } };
const library = loadDraftLibrary();
function drafted(time: string, template: string): string[] {
  const v = validateInput({ ...material, meeting: { ...material.meeting, time } });
  if (!v.ok) throw new Error(JSON.stringify(v.errors));
  return docLines(draft(v.value as WengaoInput, library, { template, seed: 1 }));
}
const timeLine = (time: string, template: string) => drafted(time, template).find((l) => l.startsWith('时间：'));

describe('the time of a meeting', () => {
  it.each([
    ['下午3:00', '下午3时'],
    ['下午2:30', '下午2时30分'],
    ['上午9：00', '上午9时'],
    ['15:00', '15时'],
    // Said as spoken (session 22's screen test typed 「下午3点」).
    ['下午3点', '下午3时'],
    ['上午8点半', '上午8时30分'],
  ])('a 会议记录 prints %s as %s', (typed, printed) => {
    expect(timeLine(typed, 'record')).toBe(`时间：2027年3月12日${printed}`);
  });

  it('the 纪要 and the 记录 print it alike; a time in words is kept as written', () => {
    expect(drafted('下午3:00', 'minutes').join('\n')).toContain('2027年3月12日下午3时');
    expect(timeLine('下午三时', 'record')).toBe('时间：2027年3月12日下午三时');
    expect(clockTime(' 晚上8:00 ')).toBe('晚上8时');
    expect(clockTime('3点钟')).toBe('3点钟');
  });
});

describe('a 会议记录’s 台账 with a gap', () => {
  it('names the row by its task, not by the 议题 several tasks share', () => {
    const v = validateInput({ ...material, agenda: [{ ...(material as unknown as { agenda: object[] }).agenda[0], decisions: [{ text: '补齐编织袋2000条', lead: '乡应急办' }, { text: '组建抢险队伍' }] }] });
    if (!v.ok) throw new Error(JSON.stringify(v.errors));
    const notice = gapNotice(draft(v.value as WengaoInput, library, { template: 'ledger', seed: 1 }));
    expect(notice?.lines).toEqual(['完成时限（表格第1行“补齐编织袋2000条”）', '牵头单位（表格第2行“组建抢险队伍”）', '完成时限（表格第2行“组建抢险队伍”）']);
  });
});
