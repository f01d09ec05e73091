// Issue 11 (session 18, g11a): garbles where the material is spliced into a sentence (r-s53/s54/s55 final).
import { describe, expect, it } from 'vitest';
import { selfSaid } from '../../core/draft/self.ts';
import { speakerOf } from '../../core/draft/speaker.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);

describe('11 · session 18: the speaker named in a list of posts is 「我」 with the whole post (s55-5 [11])', () => {
  it('「党委书记罗明川、镇长贺秋云分片包联」 said by 石岗镇党委书记 罗明川 is 「我和镇长贺秋云…」, never 「党委我」', () => {
    for (const { where, text } of draftsOf(named('g11a-flood-town-self-in-posts.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/(党委|书记|罗明川)我|我、镇长/);
      expect(text, where).toContain('我和镇长贺秋云分片包联11个村');
    }
  });

  it('the post stands with or without its place; a longer list keeps its 、', () => {
    const input = named('g11a-flood-town-self-in-posts.json');
    const say = (t: string) => selfSaid(t, 'campaign.background[1]', input, speakerOf(input));
    expect(say('镇党委书记罗明川、镇长贺秋云带队检查')).toBe('我和镇长贺秋云带队检查');
    expect(say('石岗镇党委书记罗明川、镇长贺秋云带队检查')).toBe('我和镇长贺秋云带队检查');
    expect(say('党委书记罗明川、镇长贺秋云、副镇长唐宁带队检查')).toBe('我、镇长贺秋云、副镇长唐宁带队检查');
    expect(say('镇长贺秋云、党委书记罗明川带队检查')).toBe('镇长贺秋云、我带队检查');
  });
});

describe('11 · session 18: a count of none the detail says by denying it is not said again (s55-1 [18])', () => {
  it('「没有发生较大道路交通事故」 with the figure 较大道路交通事故 0起 reads without 「…0起」', () => {
    for (const { where, text } of draftsOf(named('g11a-roads-xiang-none-happened.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/交通事故0起/);
      expect(text, where).toContain('查处面包车超员12起');
    }
  });
});

describe('11 · session 18: a target that opens with its own year takes no deadline glued before it (s53-7 [48])', () => {
  it('「2027年新建村级互助养老点30个」 due 2027-12-31 is said with its year once, never 「12月31日前2027年…」', () => {
    for (const { where, text } of draftsOf(named('g11a-elderly-county-year-target.json'), [1, 2, 3])) {
      expect(text, where).not.toMatch(/[日底]前2027年/);
      expect(text, where).toContain('2027年新建村级互助养老点30个');
    }
  });
});
