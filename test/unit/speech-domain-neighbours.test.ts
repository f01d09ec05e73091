// Issue 11 (session 20, g11a): a field's language is drawn only for a campaign of that field. Neighbouring fields share words
// (森林防灭火 holds 消防安全's 灭火, 森林火灾 its 火灾, 产业振兴 经济发展's 产业): the longer word names the field (s61-2 [9], W: a town's
// 森林防灭火 动员会 told 「灭火器过期没人管，电线私拉乱接视而不见」; hunt s63-2 [10] [11], D).
import { describe, expect, it } from 'vitest';
import { recogniseDomain, type Domain } from '../../core/draft/domain.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const bank = loadDraftLibrary().banks.domains;
const fields = Object.entries(bank.domains) as [Domain, (typeof bank.domains)[Domain]][];
const SLOTS = ['significance', 'situation', 'outlook', 'urgency', 'requirement', 'task', 'closing', 'closingOccasion'] as const;
/** A field's own sentences (no slot in them), each as a draft says it. */
const sentences = new Map(fields.map(([d, e]) => [d, new Set(SLOTS.flatMap((s) => e[s] ?? []).flatMap((u) => u.split(/(?<=[。！？])/)).filter((x) => x.length >= 8 && !x.includes('{')))]));
const base = () => structuredClone(campaigns.find((c) => c.name === 'g11a-forest-district-fire-words.json')!.input);

/** The fields a name names, each keyword read as the longest keyword of any field at its place (another field's inside it is not its). */
function namedFields(name: string): Set<Domain> {
  const words = fields.flatMap(([d, e]) => e.keywords.map((k) => ({ d, k })));
  const out = new Set<Domain>();
  for (let at = 0; at < name.length; ) {
    const hit = words.filter(({ k }) => name.startsWith(k, at)).sort((a, b) => b.k.length - a.k.length)[0];
    if (hit) out.add(hit.d);
    at += hit ? hit.k.length : 1;
  }
  return out;
}

describe('11 · session 20: a field\'s keyword inside a neighbour\'s longer one is the neighbour\'s (s61-2 [9], s63-2 [10] [11])', () => {
  const pairs = fields.flatMap(([d, e]) => e.keywords.flatMap((k) => fields.filter(([o, other]) => o !== d && other.keywords.some((j) => j !== k && k.includes(j))).map(([o]) => [k, d, o] as const)));

  it.each(pairs)('a campaign named 「%s」 is of %s, never of %s', (keyword, field) => {
    const input = base();
    input.campaign.name = `${keyword}工作`;
    input.meeting.name = `${keyword}工作会议`;
    delete input.campaign.shortName;
    delete input.campaign.domain;
    expect(recogniseDomain(input, bank)).toBe(field);
  });

  it('a district\'s 森林草原防灭火 部署会 speaks of the forest, never of fire escapes and extinguishers', () => {
    const input = base();
    expect(recogniseDomain(input, bank)).toBe('森林防火');
    for (const { where, text } of draftsOf(input, [1, 2, 3])) expect(text, where).not.toMatch(/灭火器|私拉乱接|通道堵了|消防安全/);
  });
});

// 通用 is every field's fallback (no field's idiom): its sentences may stand in any draft.
describe('11 · session 20: over every campaign, a draft never says another field\'s sentence where the name names one field only', () => {
  it.each(campaigns.map((c) => [c.name, c.input] as const))('%s', (_, input) => {
    const named = namedFields(`${input.campaign.name} ${input.campaign.shortName ?? ''} ${input.meeting.name}`);
    if (named.size !== 1) return;
    const [own] = [...named];
    const theirs = fields.filter(([d]) => d !== own && d !== '通用').flatMap(([d]) => [...sentences.get(d)!].filter((x) => !sentences.get(own!)!.has(x)).map((x) => ({ d, x })));
    for (const { where, text } of draftsOf(input, [1])) {
      const leaked = theirs.filter(({ x }) => text.includes(x));
      expect(leaked.map(({ d, x }) => `${d}: ${x}`), where).toEqual([]);
    }
  });
});
