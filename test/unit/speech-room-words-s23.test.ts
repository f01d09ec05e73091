// Issue 11 (session 23, g11c): the lines to the people in the room say nothing the editors struck as empty or wrong.
// 「该巡的巡到、该报的报到，发现情况及时报告」 says 报 twice (s71-2 [52], s67-1 [51], s67-2 [39], E); 「守好自己的责任」 is no
// collocation and 「把该尽的责任尽到」「把自身的责任担起来」 say nothing (s70-7 [50], s67-3 [44], s69-4 [53], s67-11 [55], s68-7 [56],
// s70-4 [37], E); 「多理解、多支持…讲给身边的人听」 makes a duty a favour (s70-6 [56], s68-1 [72], s69-3 [54], s68-7 [57], E/D), and
// 「多提意见，也把会议的要求带回去」 was struck at 部署会 (s70-10 [50], s71-1 [61], s69-1 [68], E). corpus roomFrontline /
// roomRegulated / roomPublic.
import { describe, expect, it } from 'vitest';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const STRUCK = /该巡的巡到、该报的报到|守好自己的责任|把该尽的责任尽到|把自身的责任担起来|多理解、多支持|多提意见，也把会议的要求带回去/;

describe('s23 g11c · the room lines say nothing the editors struck', () => {
  it('植保员, 农资经营户 and 果农 at a 乡 meeting', () => {
    // 岚坪乡 (a township, 农药安全使用): three groups of people in the room beside the units.
    const input = named('g11c23-orchards-xiang-room-groups.json');
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])) expect(text, where).not.toMatch(STRUCK);
  });
});
