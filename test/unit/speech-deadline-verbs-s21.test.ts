// Issue 11 (session 21, g11a): the verb around a deadline follows what the material's task says — a completion deadline is never
// said as a start (s64-7 [43], W: 「确保2027年1月底前启动」 for 选址、测绘、初步设计 to be done by then), and a deadline that names a
// start (「2027年1月1日起施行」「1月底前开工」) is never said as a completion (「…起施行完成」).
import { describe, expect, it } from 'vitest';
import { deadlineKind } from '../../core/draft/items.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const input = campaigns.find((c) => c.name === 'g11a-markets-district-deadline-verbs.json')!.input;

describe('11 · session 21: the verb around a deadline is the task\'s own', () => {
  const drafts = draftsOf(input, [1, 2, 3]);

  it('a start the title says happens now (「前期工作同步启动」): its bare deadline is when the work is done', () => {
    for (const { where, text } of drafts) {
      expect(text, where).not.toMatch(/2月底前(启动|开工)/);
      expect(text, where).toMatch(/2027年2月底前(全部)?完成/);
    }
  });

  it('a deadline that names a start (「2027年1月1日起施行」) is said as it stands, never 「…完成」 or 「…执行」 after it', () => {
    for (const { where, text } of drafts) {
      expect(text, where).toMatch(/2027年1月1日起施行[，。]/);
      expect(text, where).not.toMatch(/起施行(完成|抓紧|全部|要严格|严格|全面|一律|要全面|要不折)/);
    }
    expect(deadlineKind('2027年1月1日起施行')).toBe('act');
    expect(deadlineKind('2027年1月底前开工')).toBe('step');
  });

  it('a title that starts a thing by its deadline (「南关市场改造开工建设」, 「12月20日前」) still says that start', () => {
    for (const { where, text } of drafts) expect(text, where).toMatch(/12月20日前开工建设/);
  });
});
