// Issue 11 (session 24, g11c): the quality topic's elaboration 「质量是工作的生命线。标准要定得明确，执行要严格，不能为了赶进度降低
// 要求。」 was struck or rewritten in every reading it appeared in (r-s73 s73-2 [40] D [41] E, r-s23-end end-2 [31] D [32] E, hunt
// r-s72 s72-10 [41] [42] D: 「套话」「标准是规范定的，不是会上“定得明确”」); the editors wrote 「赶进度决不能降标准」. corpus/topics.yaml quality.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const SLOGAN = /生命线|标准要定得明确/;

describe('s24 g11c · a quality task is not elaborated with a slogan and standards 「定得明确」', () => {
  it('no corpus wording says it', () => {
    expect(readFileSync(join(PACKAGE_ROOT, 'corpus', 'topics.yaml'), 'utf8').split('\n').filter((l) => /^\s*- /.test(l) && SLOGAN.test(l))).toEqual([]);
  });

  // 云岭县 (a county, 农村供水保障工程): works tasks on quality and acceptance, at every seed and frame (seed 1 said it before).
  it('no draft of a works quality task says it', () => {
    const input = named('water-county-bureau-villages-watch.json');
    for (const { where, text } of draftsOf(input, [1, 2, 3, 4, 5, 6])) expect(text, where).not.toMatch(SLOGAN);
  });
});
