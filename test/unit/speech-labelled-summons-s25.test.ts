// Issue 11 (session 25, after the final reading): an attendees line's labels and counts are the list's, never read out, and a
// party called in on a line it shares with another is called in. r-s79 s79-4 [5], W: 「对…、施工单位：…和劳务分包单位：…进行约谈」
// with the 监理 of 「监理单位：…（被约谈）；设计单位：…」 left out; s79-9 [59], W: 「在建项目建设单位、施工总承包单位负责人：…」
// read out; s80-7 [45], W: 「…厨师代表共约把会上的要求带回去」. Fixture me25-labelled-summons-district-sewer.json (杪川区).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const fixture = () => structuredClone(loadCampaigns().find((c) => c.name === 'me25-labelled-summons-district-sewer.json')!.input);
const CALLED = ['杪川区城市建设发展有限公司', '杪川市永固市政工程有限公司', '杪川诚信工程咨询有限公司'];

describe('s25 · labels and counts of the room are never read out; every party marked called in is called in', () => {
  it('at every seed', () => {
    for (const { where, text } of draftsOf(fixture(), [1, 2, 3, 4])) {
      expect(text, where).not.toMatch(/(单位|负责人|代表)：/);
      expect(text, where).not.toMatch(/共约|约\d+人/);
      const opening = text.split('\n').find((l) => /约谈会[^。]*(?:约谈|对)杪川/.test(l)) ?? '';
      for (const firm of CALLED) expect(opening, `${where} · ${firm}`).toContain(firm);
      expect(opening, where).not.toContain('杪川市政设计研究院');
    }
  });

  // A label of several trades (「…施工单位、监理单位负责人：」) says no one company's trade: a builder under it is never told the
  // 监理's duty (r-s52 s52-7, moved by the label's reading above and caught in the redraft: three builders told 「严格履行监理职责」).
  it('a builder under a label of several trades is not told the duty of the 监理, at a 推进会', () => {
    const input = fixture();
    input.meeting.type = '推进会';
    input.meeting.name = '全区雨污分流改造工程推进会';
    input.meeting.attendees = input.meeting.attendees!.map((a) => a.replace(/（被约谈）/g, ''));
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4])) {
      const said = text.split(/[。\n]/).filter((s) => s.includes('杪川市安澜建设有限公司'));
      expect(said.filter((s) => /监理|旁站|敢于较真/.test(s.replace(/杪川[^、，和]*监理有限公司|杪川诚信工程咨询有限公司/g, ''))), where).toEqual([]);
    }
  });
});

