// Issue 11 (session 15, the final reading r-s46/r-s47): parties of one kind in the room are spoken to alike. Companies a
// task calls in by their trade (「各电梯企业」) lead it, each of them, whatever else their names say: all held to the work
// together, none thanked as a guest (s47-3 [54] [55], W: of three elevator companies on one line, the 「…电梯工程有限公司」
// held to its 主体责任, the two others thanked and asked 「请多给予支持」).
import { describe, expect, it } from 'vitest';
import { attendeePieces } from '../../core/draft/attendees.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/[\n。！]/).filter(Boolean);
const about = (text: string, word: string) => sentences(text).filter((s) => s.includes(word));
const greening = () => draftsOf(named('peers-greening-town-trade-lead.json'), [1, 2, 3]);
const FIRMS = ['栖霞园林绿化工程有限公司', '青禾绿化苗木有限公司', '翠岭生态绿化科技有限公司'];

describe('11 · session 15: companies of one trade leading a task are spoken to alike (s47-3 [54] [55])', () => {
  it('the three companies of a 「各绿化企业」 task are named together, none thanked or asked for support', () => {
    for (const { where, text } of greening()) {
      const said = FIRMS.map((f) => about(text, f));
      for (const s of said) expect(s.length, where).toBeGreaterThan(0);
      // One sentence names all three: no one singled out.
      expect(sentences(text).some((s) => FIRMS.every((f) => s.includes(f))), where).toBe(true);
      for (const s of said.flat()) expect(s, where).not.toMatch(/感谢|多关心|多支持|给予支持|请大家/);
    }
  });
});

describe('11 · session 15: a company\'s part in brackets before its officer is no part of its name (s47-2 [51])', () => {
  it('「县文旅投公司（项目业主）副总经理苏禾」 is the company, its officer by name and post', () => {
    const [piece] = attendeePieces('县文旅投公司（项目业主）副总经理苏禾');
    expect(piece?.name).toBe('县文旅投公司');
    expect(piece?.persons).toEqual([{ name: '苏禾', post: '副总经理' }]);
  });
});

