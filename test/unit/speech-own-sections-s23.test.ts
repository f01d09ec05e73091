// Issue 11 (session 23, the last blind check, end-1): at a bureau head's meeting a section named alone (「社会救助股」) is his own
// bureau's: told, never asked 「请…负责」「也请…支持配合」 (end-1 [31], W); and a bank that is the other party of an agreement the
// regulated institutions sign (「民办养老机构与县农村商业银行签订…协议」 — the 办 of 民办 is no office) is asked for support, never told its
// 「主体责任」 (end-1 [34] [43], W).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const input = loadCampaigns().find((c) => c.name === 'coord-care-homes-bureau.json')!.input;
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);

describe('11 · session 23: a bureau head\'s own sections, and a bank beside the regulated (end-1 [31] [34] [43])', () => {
  it('his own sections are told their part, never asked', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      for (const s of sentences(text).filter((x) => /(社会救助|养老服务)股/.test(x))) expect(s, `${where}: ${s}`).not.toMatch(/请(社会救助|养老服务)股/);
    }
  });

  it('the bank is asked for support, never told a 主体责任 nor ordered', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      const said = sentences(text).filter((s) => s.includes('农村商业银行') && !s.includes('签订'));
      expect(said.length, where).toBeGreaterThan(0);
      for (const s of said) expect(s, `${where}: ${s}`).not.toMatch(/主体责任|银行要|不等不靠/);
    }
  });
});
