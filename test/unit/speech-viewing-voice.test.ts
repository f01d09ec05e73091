// Issue 11 (session 21, voice): a 观摩会 comments on the sites seen — named as the agenda or the venue's 「观摩点：」 names them,
// without the clerk's brackets — and on what the material says one of them does, as the thing to learn; never what the
// material does not say (core/draft/sites.ts). From s65-6 Overall (「对刚看过的坪田村、下洲村两个点没有一句点评」) and hunt
// s66-8 [7] [22] (brackets read aloud; 「值得琢磨」 without the 「村民代表全程参与工程质量监督」 the material gives).
import { describe, expect, it } from 'vitest';
import { sitesSeen } from '../../core/draft/sites.ts';
import { runsText } from '../../core/doc/text.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
/** The paragraph that speaks of the sites seen. */
const lesson = (text: string) => text.split('\n').find((l) => /观摩了|看了|看的/.test(l) && !/^在|召开|^刚才，/.test(l)) ?? '';

describe('voice · a 观摩会 says what a site seen does, from the material only', () => {
  const input = named('voice-meals-street-viewing.json');

  it('reads the sites from the venue and the practice from the achievement that names one of them', () => {
    const seen = sitesSeen(input)!;
    expect(runsText(seen.sites)).toBe('枫桥社区长者食堂、柳岸社区助餐点');
    expect(runsText(seen.shown!)).toBe('柳岸社区助餐点推行老人电话点餐、志愿者送餐上门，日均送餐45份');
  });

  it('names the sites and the practice to learn before the tasks, in every frame and seed; never an honour as a practice', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      const said = lesson(text);
      expect(said, where).toMatch(/枫桥社区长者食堂、柳岸社区助餐点[^。]*。柳岸社区助餐点推行老人电话点餐、志愿者送餐上门，日均送餐45份，/);
      expect(said, where).toMatch(/学|借鉴|用起来/);
      expect(said, where).not.toMatch(/示范食堂/);
      expect(text.indexOf(said), where).toBeLessThan(text.indexOf('（一）'));
    }
  });

  it('reads a visit item without its brackets, and says no practice where no achievement names a site', () => {
    const bracketed: SpeechInput = structuredClone(input);
    bracketed.meeting.precedingItems = ['与会人员观摩了枫桥社区长者食堂（日均就餐120人）和柳岸社区助餐点'];
    expect(runsText(sitesSeen(bracketed)!.sites)).toBe('枫桥社区长者食堂和柳岸社区助餐点');
    for (const { where, text } of draftsOf(bracketed, [1])) expect(lesson(text), where).not.toMatch(/（/);
    const unnamed: SpeechInput = structuredClone(input);
    unnamed.campaign.achievements = [{ title: '送餐上门起步', detail: '部分社区推行老人电话点餐、志愿者送餐上门' }];
    expect(sitesSeen(unnamed)!.shown).toBeUndefined();
    for (const { where, text } of draftsOf(unnamed, [1])) expect(lesson(text), where).not.toMatch(/电话点餐/);
  });
});
