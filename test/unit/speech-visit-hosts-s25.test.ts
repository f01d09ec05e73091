// Issue 11 (session 25, g11a): the hosts of a 现场会/观摩会 as the material names them — the township and the village whose site the
// visit item names, the body whose site it is, the company a 「观摩点…：」 item says runs a site — thanked; where the meeting is held said
// only as its venue says it; a laggard among the sites' operators spoken to apart, never lumped with a host (s77-12 [64], W: 「这次现场会
// 放在家庭农场和农机专业合作社」 — invented, the 乡 and its village not thanked; s77-7 [48], W: the first site's operator not thanked,
// lumped with the one that had not started).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';
import { visitHosts } from '../../core/draft/visit-hosts.ts';

const tea = loadCampaigns().find((c) => c.name === 'g11a25-tea-district-visit-hosts.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const drafts = () => draftsOf(tea, [1, 2, 3]);

describe('11 · session 25: the hosts of a visit as the material names them (s77-12 [64], s77-7 [48])', () => {
  it('reads the hosts from the visit item and the place from the venue', () => {
    const v = visitHosts(tea)!;
    expect(v.hosts.map((h) => h.map((r) => r.text).join(''))).toEqual(['云雾镇', '松坪村', '香叶茶叶专业合作社']);
    expect(v.hosts.every((h) => h.every((r) => r.src === 'meeting.precedingItems[0]'))).toBe(true);
    expect(v.place?.map((r) => r.text).join('')).toBe('云雾镇');
    // A venue that names no town of the sites: no place said.
    expect(visitHosts({ ...tea, meeting: { ...tea.meeting, venue: '区政府三楼会议室' } })!.place).toBeUndefined();
  });

  it('never counts a site the problems put behind among the hosts, its figure in the next clause (r-s78 s78-8)', () => {
    const behind = structuredClone(tea);
    behind.campaign.problems.push({ title: '进度不平衡', detail: '松坪村片区完成38%，比全区平均低26个百分点' });
    expect(visitHosts(behind)!.hosts.map((h) => h.map((r) => r.text).join(''))).toEqual(['云雾镇', '香叶茶叶专业合作社']);
  });

  it('thanks the township, the village, the co-op and the company running a site seen, and places the meeting only where the venue says', () => {
    for (const { where, text } of drafts()) {
      const thanks = sentences(text).filter((s) => /感谢/.test(s) && s.includes('松坪村'));
      expect(thanks.length, where).toBe(1);
      for (const host of ['云雾镇', '香叶茶叶专业合作社', '汀兰翠芽茶厂有限公司']) expect(thanks[0], where).toContain(host);
      for (const s of sentences(text)) {
        expect(s, where).not.toMatch(/家庭农场[^，]*(精心准备|提供|现场会)|(放在|走进了)[^，]*(家庭农场|代表)/);
        const at = /现场会(?:放在|在|选在)(\p{Script=Han}{2,4}?(?:镇|乡|村))/u.exec(s);
        if (at) expect(at[1], where).toBe('云雾镇');
      }
    }
  });

  it('speaks to the operator whose site has not started apart, never with a host or thanked', () => {
    for (const { where, text } of drafts()) {
      const said = sentences(text).filter((s) => s.includes('白鹭镇集体资产经营公司') && !/^（/.test(s) && !/具体实施|牵头/.test(s));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, where).not.toMatch(/感谢|精心准备|示范|标杆|汀兰翠芽茶厂有限公司/);
      expect(said.some((s) => /落后|追|拖/.test(s)), where).toBe(true);
    }
  });
});
