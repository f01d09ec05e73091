// Issue 11 (session 13): equal parties addressed alike. Of two builders with the same role — each supports
// one lot of the same road works, both named in one attendees line — one was thanked as a guest and the
// other told 「把主体责任放在心上」: the one whose name held 工程 read as contracted. Parties of one kind and
// standing get the same treatment in the room, the thanks and the task lines.
import { describe, expect, it } from 'vitest';
import type { SpeechInput } from '../../core/input/schema.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
/** How a sentence treats a company it names: thanked or asked as a guest, or held to its part. */
function treatment(sentence: string): string {
  if (/感谢|支持配合|给予支持|请[^。]*支持|希望[^。]*支持/.test(sentence) && !/主体责任/.test(sentence)) return 'guest';
  if (/主体责任|要[^，。]*执行|要[^，。]*落实|要[^，。]*到位/.test(sentence)) return 'held';
  return 'other';
}
function treatments(text: string, firm: string): string[] {
  return sentences(text).filter((s) => s.includes(firm)).map(treatment).filter((t) => t !== 'other');
}
function expectAlike(input: SpeechInput, a: string, b: string) {
  for (const { where, text } of draftsOf(input, [1, 2, 3])) {
    const [ta, tb] = [treatments(text, a), treatments(text, b)];
    expect(ta.length, where).toBeGreaterThan(0);
    expect([...new Set(ta)], `${where}: ${a} ${ta} / ${b} ${tb}`).toEqual([...new Set(tb)]);
  }
}

describe('11 · companies of one trade and standing are spoken to alike', () => {
  it('two builders each supporting one lot: both held, in the room and in their tasks', () => {
    expectAlike(named('roads-county-two-builders.json'), '鸿运建设集团有限公司', '通衢路桥工程有限公司');
  });

  it('two companies a line calls 施工单位, whatever their names say, are held alike', () => {
    const input = named('roads-county-two-builders.json');
    input.meeting.attendees![2] = '施工单位：鸿运集团有限公司、通衢科技有限公司项目负责人';
    input.campaign.tasks[0]!.support = ['鸿运集团有限公司'];
    input.campaign.tasks[1]!.support = ['通衢科技有限公司', '沿线各乡镇'];
    input.campaign.problems[1]!.detail = '通衢科技有限公司施工路段抽检发现2处水稳层压实度不达标';
    expectAlike(input, '鸿运集团有限公司', '通衢科技有限公司');
  });

  it('a builder and a client of the works are not peers: the 城投 leading its own task is not held with the builders', () => {
    const input = named('roads-county-two-builders.json');
    input.meeting.attendees!.push('县城市建设投资集团有限公司负责人');
    input.campaign.tasks[2]!.support = ['县城市建设投资集团有限公司'];
    for (const { where, text } of draftsOf(input, [1])) expect(treatments(text, '县城市建设投资集团有限公司'), where).not.toContain('held');
  });
});
