// Issue 11 (session 23, g11c): the opening's remark on what was heard before the speech fits what it was. Editors of
// sessions 21–22 rewrote 「讲得都很清楚，请大家认真抓好落实」 said of a plan read out (s70-1 [8], s71-11 [6], s68-2 [6]),
// of firms' difficulties (s70-11 [7], s67-8 [7], s68-6 [7]), of an accident report (s67-1 [7]), of a practice
// introduced (s69-8 [6]) and of one voice (「只有一项议程，都字不通」, s70-7 [6], s67-11 [6]); and 「大家都看到、听到了」 after
// a commendation with exchange speeches (s68-10 [6], s67-7 [6]). core/draft/preceding-heard.ts, corpus precedingDocument….
import { describe, expect, it } from 'vitest';
import { loadCampaigns, draftsOf } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
/** The opening's sentence that takes up what was heard. */
const remarkOf = (text: string) => text.split(/(?<=[。！？])|\n/).find((s) => s.startsWith('刚才')) ?? '';
/** The remark and the sentence after it (a petition's answer may be a sentence of its own). */
const remarkAndNext = (text: string) => {
  const s = text.split(/(?<=[。！？])|\n/);
  const i = s.findIndex((x) => x.startsWith('刚才'));
  return i < 0 ? '' : `${s[i]}${s[i + 1] ?? ''}`;
};

describe('s23 g11c · the remark on what was heard fits what it was', () => {
  // 澄湾市 (a city, 景区安全 at 春节): one item, a plan read out by the 市文化和旅游局.
  const input = named('g11c23-scenic-city-plan-read.json');

  it('a plan read out is carried out, never judged 讲得…', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4])) {
      const r = remarkOf(text);
      expect(r, where).toContain('宣读了《澄湾市2027年春节假期A级景区安全保障工作方案》');
      expect(r, where).not.toMatch(/讲得|大家都(听|看)到/);
      expect(r, where).toMatch(/落实/);
    }
  });

  it('firms that put their difficulties get an answer, not 认真消化 nor 抓好落实', () => {
    const asked = structuredClone(input);
    asked.meeting.precedingItems = ['市文化和旅游局通报了元旦假期景区运行情况', '翠屏山、白鹭洲两家景区负责人反映了停车位不足和安保人员短缺的困难'];
    for (const { where, text } of draftsOf(asked, [1, 2, 3, 4])) {
      const r = remarkAndNext(text);
      expect(r, where).not.toMatch(/认真消化|讲得都很|结合实际抓好落实|对照抓好落实/);
      expect(r, where).toMatch(/答复|回应|解决|回复/);
    }
  });

  it('an accident report is a lesson, not a task', () => {
    const told = structuredClone(input);
    told.meeting.precedingItems = ['市应急管理局通报了近两年省内景区游乐设施安全事故情况'];
    for (const { where, text } of draftsOf(told, [1, 2, 3, 4])) {
      const r = remarkOf(text);
      expect(r, where).toMatch(/教训/);
      expect(r, where).not.toMatch(/讲得|抓好落实/);
    }
  });

  it('a practice introduced is to learn from; a 防溺水 post is no accident', () => {
    const shown = structuredClone(input);
    shown.meeting.precedingItems = ['白鹭洲景区负责人介绍了“智慧票务+分时预约”防拥挤示范做法'];
    for (const { where, text } of draftsOf(shown, [1, 2, 3, 4])) {
      const r = remarkOf(text);
      expect(r, where).toMatch(/学习|借鉴/);
      expect(r, where).not.toMatch(/教训|抓好落实/);
    }
  });

  it('one voice is not praised with 都', () => {
    const one = structuredClone(input);
    one.meeting.precedingItems = ['市文化和旅游局通报了元旦假期景区运行情况'];
    for (const { where, text } of draftsOf(one, [1, 2, 3, 4, 5, 6])) expect(remarkOf(text), where).not.toMatch(/讲得都很/);
  });

  it('exchange speeches beside a commendation are judged, never 大家都看到、听到了', () => {
    const commended = structuredClone(input);
    commended.meeting.precedingItems = ['市文化和旅游局宣读了《关于表彰2026年度景区安全管理先进单位的决定》', '翠屏山景区、澄湾古城景区作了交流发言'];
    for (const { where, text } of draftsOf(commended, [1, 2, 3, 4])) {
      const r = remarkOf(text);
      expect(r, where).not.toMatch(/大家都(听|看)到/);
      expect(r, where).toMatch(/学习|借鉴/);
    }
  });
});
