// Issue 11 (session 22, g11b): what a speaker may not say in this room. A deputy does not instruct his own principals, in the
// room: 「关键时段要加强值守，主要负责同志要靠前指挥」 from a 副乡长 with the 书记 and 乡长 listed (s67-11 [36], E → 「各村党组织书记要
// 靠前指挥」); the principals of units named (「各单位主要负责同志」) are his to tell. Lenience (容错纠错) is no word for a campaign whose
// goal is a bottom line (「不发生…」「不出现一个火点」): s66-2 [29], s67-1 [50], D — 等于给出火点留口子.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { speakerOf } from '../../core/draft/speaker.ts';
import { unfitFor } from '../../core/draft/voice.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const OWN_PRINCIPALS = '关键时段要加强值守，主要负责同志要靠前指挥，不能离岗脱岗。';
const LENIENCE = '对敷衍塞责、弄虚作假、推诿扯皮的，要依规依纪严肃处理。既要严格问责，也要落实容错纠错，保护干事创业的积极性。';

describe('s22 g11b · a deputy does not instruct his principals; no lenience at a bottom line', () => {
  // 澄湾区 (a district, 道路交通): a 副区长 speaks, the 区长 in the room; the goal 「不发生较大以上道路交通事故…」.
  const input = named('g11b22-roads-district-deputy-bottomline.json');
  const speaker = speakerOf(input);
  const entry = library.banks.domains.domains['通用'];

  it('the deputy is not given 「主要负责同志要…」 of no unit, but may tell the units\' principals', () => {
    expect(speaker.rank).toBe('deputy');
    const unfit = unfitFor(speaker, { ...entry, broad: [] }, input.campaign.name, input.campaign.goal);
    expect(unfit(OWN_PRINCIPALS)).toBe(true);
    expect(unfit('{units}要把{work}作为当前的一项重要任务，各单位主要负责同志要亲自研究、亲自部署、亲自督促。')).toBe(false);
  });

  it('a principal may say it; lenience is unfit where the goal is a bottom line, and fit where it is not', () => {
    const principal = { ...speaker, rank: 'principal' as const };
    expect(unfitFor(principal, { ...entry, broad: [] }, input.campaign.name, '全面完成年度任务')(OWN_PRINCIPALS)).toBe(false);
    expect(unfitFor(principal, { ...entry, broad: [] }, input.campaign.name, input.campaign.goal)(LENIENCE)).toBe(true);
    expect(unfitFor(principal, { ...entry, broad: [] }, input.campaign.name, '年底前完成改造任务的80%')(LENIENCE)).toBe(false);
  });

  it('no draft of the deputy\'s says either', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        expect(text, `${template} · ${seed}`).not.toMatch(/容错|(?<!单位|部门|村|社区|乡镇|街道|企业|学校)主要负责同志/);
      }
    }
  });
});
