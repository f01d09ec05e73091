// Issue 11 (session 11, late fix d): what may be drawn where the material does not give it. From the s26
// final reading: a 禽流感 处置 调度会 closed on 「确保不发生聚集性疫情」, people's-health language (禽流感
// holds 流感, a keyword of 公共卫生); 「物资和设备要登记造册…」 followed a task of registering and training
// staff; 「要引导居民成立自治组织，让居民参与小区管理」 followed a 背街小巷 task naming no such body.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { unsupportedClaims } from '../../core/draft/claims.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { TOPICS } from '../../core/draft/template-schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const { domains, topics } = library.banks;
const market = loadCampaigns().find((c) => c.name === 'poultry-market-street-closure.json')!.input;
const texts = SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ where: `${template} · ${seed}`, text: toPlainText(draft(market, library, { template, seed })) })));

/** The sentences of people's-health language (公共卫生's own pools), cut before any slot. */
const health = domains.domains['公共卫生'];
const healthLines = [...health.significance, ...health.situation, ...health.outlook, ...health.urgency, ...health.requirement, ...health.task, ...health.closing].map((l) => l.split('{')[0]!.split(/[。！]/)[0]!).filter((l) => l.length >= 8);

describe('an animal disease is not people’s health', () => {
  it('a 禽流感 market closure says nothing of 聚集性疫情 nor any 公共卫生 line (3 frames × seeds 1–3)', () => {
    for (const { where, text } of texts) {
      expect(text, where).not.toContain('聚集性疫情');
      expect(healthLines.filter((l) => text.includes(l)), where).toEqual([]);
    }
  });
});

describe('stores and bodies an item does not name are not drawn after it', () => {
  it('no draft of a material naming no 物资、装备 or 器材 speaks of them', () => {
    for (const { where, text } of texts) expect(text.split(/(?<=[。！？])/).filter((s) => /物资|装备|器材/.test(s)), where).toEqual([]);
  });

  const registering = '活禽经营户和宰杀工登记培训 逐户登记经营户和宰杀工姓名、联系方式，组织一次个人防护培训';
  const taskLines = TOPICS.flatMap((t) => Object.values(topics.topics[t].task ?? {}).flat());
  it('every task line naming 物资、装备 or 器材 is barred after a task of registering and training people', () => {
    const lines = taskLines.filter((l) => /物资|装备|器材/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(unsupportedClaims(l, registering, topics.claims ?? []), l).not.toEqual([]);
  });

  it('every task line naming a residents’ 自治 body is barred after a task that names none', () => {
    const lines = taskLines.filter((l) => /自治|业委会/.test(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(unsupportedClaims(l, '背街小巷路面和立面提升 完成18条小巷路面改造和外立面整治', topics.claims ?? []), l).not.toEqual([]);
  });
});
