// Issue 11 (session 25): townships and streets of one rank that share a task each answer for their own ground — a 街道 never
// 「牵头抓总」 over a 镇 of its rank, nor a 镇 over a 乡 (r-s78 s78-5 [32], s78-6 [37], W). core/draft/peer-places.ts.
// Fixture me25-peer-places-district-firebreak.json (蘅川区, 森林防灭火): 溪岸街道 leads with 梅岭镇 beside it; 梅岭镇 with 枫垭乡.
import { describe, expect, it } from 'vitest';
import { isBasePlace } from '../../core/draft/peer-places.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const fixture = () => structuredClone(loadCampaigns().find((c) => c.name === 'me25-peer-places-district-firebreak.json')!.input);

describe('s25 · peers on the ground share a task each for its own ground', () => {
  it.each([
    ['临港镇', true],
    ['龙泉街道', true],
    ['枫垭乡人民政府', true],
    ['镇应急办', false],
    ['各乡镇', false],
    ['区林业局', false],
    ['县市场监管局城关所', false],
  ])('%s is a township or street itself: %s', (unit, place) => {
    expect(isBasePlace(unit)).toBe(place);
  });

  it('neither peer leads the other, at every seed; the bureau beside them supports', () => {
    for (const { where, text } of draftsOf(fixture(), [1, 2, 3, 4, 5, 6])) {
      for (const pair of ['溪岸街道、梅岭镇', '梅岭镇、枫垭乡']) {
        const said = text.split(/[。\n]/).find((s) => s.includes(`${pair}要`));
        expect(said, `${where} · ${pair}`).toMatch(/各负其责|负总责|属地|守土有责|各司其职/);
      }
      expect(text, where).not.toMatch(/由溪岸街道牵头|溪岸街道要切实履行牵头|梅岭镇要切实履行牵头责任，枫垭乡|由梅岭镇牵头/);
    }
  });

  it('a department head does not order the townships (they are not his): the lead is named as before', () => {
    const input = fixture();
    input.meeting.speaker = { name: '戚远帆', title: '区应急管理局局长' };
    input.meeting.speakerRank = '部门负责人';
    for (const { where, text } of draftsOf(input, [1, 2])) {
      expect(text, where).not.toMatch(/溪岸街道、梅岭镇要|梅岭镇、枫垭乡要/);
    }
  });
});
