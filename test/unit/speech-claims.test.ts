// Issue 11 (session 6, 11a): argument asserts no judgement, sanction or stage the material does not give.
// On the last blind reading 「对屡教不改的要依法从重处理，查处一起、警示一片」 followed a task about one
// wage-arrears case (marked wrong), 「排查要见底见人…」 a task to fix 27 road sections already found and
// 「验收要严格把关」 a task with no acceptance step (both struck). The gates are corpus data
// (corpus/topics.yaml `claims`, core/draft/claims.ts); this checks every draft against them.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';
import { ungroundedClaims, wording } from '../helpers/speech-checks.ts';
import { achievementsContested } from '../../core/draft/items.ts';
import { topicOf } from '../../core/draft/domain.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const byName = (name: string) => campaigns.find((c) => c.name === name)!.input;
const drafts = (input: SpeechInput) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => toPlainText(draft(input, library, { template, seed }))));

describe('11a · argument asserts only the judgements, sanctions and stages its ground gives', () => {
  const cases = campaigns.flatMap((c) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ c, template, seed }))));
  it.each(cases)('$c.name · $template · seed $seed', ({ c, template, seed }) => {
    const doc = draft(c.input, library, { template, seed });
    expect(ungroundedClaims(doc, c.input, library.banks.topics.claims)).toEqual([]);
  });

  it('a single case to be prosecuted is not argued with repeat offenders, heavy punishment or public examples', () => {
    for (const text of drafts(byName('sand-town-county-brigade.json'))) expect(text).not.toMatch(/屡教不改|从重|警示一片|震慑一片|曝光/);
  });

  it('a task that regulates a trade (规范…经营) is no quality-and-acceptance task: it draws no 验收 or 质量 line', () => {
    expect(topicOf('规范瓶装液化气经营', '严格落实一瓶一码、实名购气、送气工持证上岗；严厉打击非法充装和黑气点', library.banks.topics)).not.toBe('quality');
    expect(topicOf('严把工程质量关', '监理全程旁站，分项验收', library.banks.topics)).toBe('quality');
  });

  it('hazards already found are not argued with 排查; a task with no acceptance step not with 验收', () => {
    for (const text of drafts(byName('charging-street-district-property.json'))) {
      const fix = /（[一二三四五六]）隐患整改销号。[^\n]*/.exec(text)?.[0] ?? '';
      expect(fix).toContain('126处隐患');
      expect(fix).not.toMatch(/排查|摸排|以报代查|见底/);
    }
    for (const text of drafts(byName('dust-county-city-body.json'))) expect(text).not.toMatch(/验收/);
  });

  it('a shortage of equipment opens no line about stockpiles, pre-positioning or moving them (s22-2 [41], final reading)', () => {
    // A 乡's 地灾 monitors' patrol task, and a problem that 抢险装备不足: the material has no stock to lay out.
    for (const text of drafts(byName('geohazard-xiang-monitors.json'))) expect(text).not.toMatch(/储备点|物资储备|前置到|调运/);
  });
});

describe('11a · the frame fits the material and the meeting', () => {
  const PRAISE = /方向对|措施实|充分肯定|这些成效|积累了经验|打下了基础|巩固好、保持好/;
  it('achievements a problem of the material qualifies are not praised (水质合格率 beside failed samples)', () => {
    const dust = byName('dust-county-city-body.json');
    expect(achievementsContested(dust.campaign)).toBe(true);
    for (const template of SPEECH_FRAMES) for (const seed of [1, 2, 3]) expect(wording(draft(dust, library, { template, seed }))).not.toMatch(PRAISE);
    // A problem about something else leaves the achievements their credit.
    expect(achievementsContested(byName('sand-town-county-brigade.json').campaign)).toBe(false);
  });

  it('a 动员会 starts the work: no 「向纵深」「下一阶段」 in its headings or phrases', () => {
    const mobilising = campaigns.filter((c) => /动员|启动/.test(c.input.meeting.type ?? c.input.meeting.name) && !/推进/.test(c.input.meeting.type ?? c.input.meeting.name));
    expect(mobilising.map((c) => c.name)).toContain('dust-county-city-body.json');
    for (const c of mobilising) {
      for (const template of SPEECH_FRAMES) for (const seed of [1, 2, 3, 4, 5, 6]) expect(wording(draft(c.input, library, { template, seed })), `${c.name} ${template} ${seed}`).not.toMatch(/向纵深|下一阶段|下阶段|巩固提升/);
    }
  });

  it('a campaign filed under a field it only borders speaks no idiom of that field’s core (移风易俗 or 养犬 under 基层治理: no 平安, 稳定, 矛盾)', () => {
    const dogs = byName('dogs-street-governance.json');
    expect(dogs.campaign.domain).toBe('基层治理');
    for (const template of SPEECH_FRAMES) for (const seed of [1, 2, 3]) expect(wording(draft(dogs, library, { template, seed }))).not.toMatch(/平安|安全感|稳定|矛盾|维稳|信访/);
  });
});
