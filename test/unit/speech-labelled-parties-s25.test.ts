// Issue 11 (session 25, g11a): an attendees line of several labelled parties (「设计单位：…；勘察单位：…；监理单位：…」) is cut into its
// parties, each under its own label, its src still the line's (s76-9 [46], s76-4 [54], W: 「；监理单位：」 pasted into a sentence and the
// 设计院 told to 「履行监理职责」; the 勘察单位 the problems fault lumped with the designer and only asked its trade's duty).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';
import { guestsOf } from '../../core/draft/guests.ts';
import { speakerOf } from '../../core/draft/speaker.ts';
import { lineParts } from '../../core/draft/line-parts.ts';

const schools = loadCampaigns().find((c) => c.name === 'g11a25-schools-district-labelled-parties.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const [designer, surveyor, supervisor] = ['翠屏市建筑设计研究院', '翠屏岩土勘测有限公司', '翠屏恒信项目管理有限公司'];

describe('11 · session 25: a line of labelled parties is read party by party (s76-9 [46], s76-4 [54])', () => {
  it('cuts a line at 「；」 and at a label after a comma, never inside one label of two trades or a bracket', () => {
    expect(lineParts('设计单位：甲院；监理单位：乙有限公司')).toEqual(['设计单位：甲院', '监理单位：乙有限公司']);
    expect(lineParts('县应急局，特邀：县人武部')).toEqual(['县应急局', '特邀：县人武部']);
    expect(lineParts('设计单位：甲院、监理单位：乙公司')).toEqual(['设计单位：甲院', '监理单位：乙公司']);
    expect(lineParts('设计、勘察单位：甲公司、乙公司')).toEqual(['设计、勘察单位：甲公司、乙公司']);
    expect(lineParts('甲公司（联系人：张三）、乙公司')).toEqual(['甲公司（联系人：张三）、乙公司']);
  });

  it('keeps every party of the line with the line\'s src', () => {
    const guests = guestsOf(schools, speakerOf(schools));
    for (const name of [designer, surveyor, supervisor]) expect(guests.find((g) => g.text === name)?.src, name).toBe('meeting.attendees[1]');
  });

  it('never reads a label out, and gives each party its own duty', () => {
    for (const { where, text } of draftsOf(schools, [1, 2, 3])) {
      const body = sentences(text).filter((s) => !/^（/.test(s));
      expect(body.filter((s) => /单位[：:]/.test(s)), where).toEqual([]);
      // The 监理 is told its 监理职责, never thanked nor asked to support; no other party is given it.
      for (const s of body.filter((s) => /监理职责|旁站/.test(s))) expect(s, where).not.toMatch(new RegExp(`${designer}|${surveyor}`));
      for (const s of body.filter((s) => s.includes(supervisor))) expect(s, where).not.toMatch(/感谢|谢谢|支持配合|继续支持/);
      expect(body.some((s) => s.includes(supervisor) && /监理/.test(s)), where).toBe(true);
    }
  });

  it('tells the 勘察 party the problems fault to put it right, apart from the designer, never thanked', () => {
    for (const { where, text } of draftsOf(schools, [1, 2, 3])) {
      const room = sentences(text).filter((s) => s.includes(surveyor) && !/^（/.test(s) && !/具体实施|牵头/.test(s));
      expect(room.length, where).toBeGreaterThan(0);
      for (const s of room) expect(s, where).not.toMatch(new RegExp(`感谢|谢谢|支持配合|设计质量|设计交底|${designer}`));
      expect(room.some((s) => /整改|补正|补到位|负起责任/.test(s)), where).toBe(true);
    }
  });
});
