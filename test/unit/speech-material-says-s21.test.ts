// Issue 11 (session 21, g11a): statements the material does not make (session 20's final reading r-s64/s65, W).
import { describe, expect, it } from 'vitest';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const sentences = (text: string) => text.split(/(?<=[。！？])/);

describe('11 · session 21: examples of a problem are never said to have its detail\'s specifics (s64-1 [28], s64-3 [19])', () => {
  const input = named('g11a-lifts-street-examples-of-title.json');
  const drafts = draftsOf(input, [1, 2, 3]);

  it('no 「都存在这个问题」 after a detail of several clauses: the examples are not bound to its last clause', () => {
    for (const { where, text } of drafts) {
      const withExamples = sentences(text).filter((s) => /望月楼|供销宿舍|粮站小区|水运宿舍/.test(s));
      expect(withExamples.length, where).toBe(2);
      for (const s of withExamples) expect(s, where).not.toMatch(/这个问题|补签|困人4次|无人接听|超期|维保人员/);
    }
  });

  it('a title that is a state of the whole (「基数大、分布散」) is said before its examples; a fault is named as theirs', () => {
    for (const { where, text } of drafts) {
      expect(text, where).toMatch(/老旧电梯基数大、分布散，(比如|例如|譬如)苇塘社区望月楼、青石社区供销宿舍。/);
      // The fault is the item's heading, not read again after the names (s23 g11c: 「复述小标题的尾巴」, E).
      expect(text, where).toContain('柳岸社区粮站小区、渡口社区水运宿舍的情况比较典型。');
    }
  });
});

describe('11 · session 21: the closing\'s safety threshold is the goal\'s or none (s64-4 [49], s64-5 [51])', () => {
  const input = named('g11a-shops-xiang-fire-threshold.json');
  const closingOf = (text: string) => text.trim().split('\n').filter((l) => l.startsWith('同志们，')).at(-1)!;
  const OWN = /有影响的火灾|群死群伤|遏制亡人火灾|较大以上生产安全事故|重大森林火灾/;

  it('a goal of 「不发生较大以上火灾事故、不发生亡人火灾」: the close says it, never a threshold of the field\'s own', () => {
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6])) {
      const closing = closingOf(text);
      expect(closing, where).not.toMatch(OWN);
      if (/不发生|杜绝|遏制/.test(closing)) expect(closing, where).toContain('确保全乡不发生较大以上火灾事故、不发生亡人火灾，');
    }
    expect(draftsOf(input, [1, 2, 3, 4, 5, 6]).some(({ text }) => closingOf(text).includes('不发生亡人火灾'))).toBe(true);
  });

  it('a goal with no threshold: the close states none', () => {
    const plain = structuredClone(input);
    plain.campaign.goal = '9月30日前完成集镇和村部周边沿街商铺逐户检查';
    for (const { where, text } of draftsOf(plain, [1, 2, 3, 4, 5, 6])) expect(closingOf(text), where).not.toMatch(/不发生|杜绝|遏制/);
  });
});
