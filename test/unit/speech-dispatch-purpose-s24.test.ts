// Issue 11 (session 24, g11c): a 调度会's purpose 「面对面调度进度、点对点解决问题，确保…不掉队、不脱节」 was rewritten four times of five
// (r-s74 s74-12 [5], r-s23-end end-2 [5], E: 「视频会，“面对面”不确切；“不掉队、不脱节”说不清指什么」). corpus/speech.yaml opening 调度会.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);

describe('s24 g11c · a 调度会 says what it is for without 面对面 and 不掉队、不脱节', () => {
  // Every 调度会 of the examples and fixtures (g11c24-firebreak-county-works-dispatch.json, 栖梧县, among them).
  it('at every 调度会, seed and frame', () => {
    const dispatches = campaigns.filter((c) => c.input.meeting.type === '调度会');
    expect(dispatches.map((c) => c.name)).toContain('g11c24-firebreak-county-works-dispatch.json');
    for (const c of dispatches) {
      for (const { where, text } of draftsOf(named(c.name), [1, 2, 3])) {
        const opening = text.split('\n').find((l) => l.includes('调度会，')) ?? '';
        expect(opening, `${c.name} · ${where}`).not.toMatch(/面对面|不掉队|不脱节/);
      }
    }
  });
});
