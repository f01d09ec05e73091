// Issue 11 (session 23, final reading): a utility or a bank that only supports a task is a partner asked for support, never told
// its 「主体责任」 — a utility's trade word in a task's title (「供水和供电线路同步迁改施工」) names the lines, not the company building
// them (s74-2 [45] [53], W), and a bank named as the other party of someone else's agreement (「困难农户与…农商银行签订分期缴费
// 协议」) is not bound to the speaker's side by it (s74-1 [52], W). One the speaker's side signs with is bound all the same.
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const input = loadCampaigns().find((c) => c.name === 'coord-water-network-partners.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));

describe('11 · session 23: utilities and banks beside a task are partners (s74-1 [52], s74-2 [45] [53])', () => {
  it('the power station and the bank are asked for support, never told a 主体责任 nor ordered 「要…落实」', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      for (const unit of ['供电所', '农村商业银行']) {
        const said = about(text, unit);
        expect(said.length, where).toBeGreaterThan(0);
        for (const s of said) expect(s, `${where}: ${s}`).not.toMatch(/主体责任|不等不靠|要照单落实|不折不扣|要按照要求/);
      }
    }
  });

  it('a company the speaker side signs an agreement with is still held to it', () => {
    const bound = structuredClone(input);
    bound.campaign.tasks[2]!.detail = '乡政府与苇城县自来水有限公司签订运营管护协议，对管材进场和水压试验逐段检查，不合格的一律返工';
    for (const { where, text } of draftsOf(bound, [1, 2, 3])) {
      expect(about(text, '自来水有限公司').join('。'), where).toMatch(/主体责任/);
    }
  });
});
