// Issue 11, session 21 (g11a): a unit of argument that speaks of a phase of the year (before, in or after
// 汛期, 防火期, 农忙, 节前 …) is drawn only when the meeting's date puts the meeting in that phase. Session 20's
// final reading s64-1 [11] [12] (W): a 5月18日 汛前 部署会 said 「汛期虽然过去了」「明年汛期」「越是汛后」 because
// a task named 「汛后核查」 ahead — a phase the material names ahead opened the gate whatever the date.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { seasonsNow, unsupportedClaims } from '../../core/draft/claims.ts';
import { recogniseDomain } from '../../core/draft/domain.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const { seasons } = library.banks.topics;
const campaigns = loadCampaigns();
const byName = (name: string) => campaigns.find((c) => c.name === name)!.input;

/** The sentences of a draft that are ours (not the material's own words), one string per paragraph. */
function ours(input: SpeechInput, template: string, seed: number): string[] {
  return draft(input, library, { template, seed }).blocks.flatMap((b) => ('runs' in b ? [b.runs.filter((r) => !r.src).map((r) => r.text).join('|')] : []));
}

/** The material moved to the 15th of a month of its year. */
function inMonth(input: SpeechInput, month: number): SpeechInput {
  return { ...input, meeting: { ...input.meeting, date: `${input.meeting.date.slice(0, 4)}-${String(month).padStart(2, '0')}-15` } };
}

/** What a draft says of a phase that its meeting's month does not put it in. */
function outOfPhase(input: SpeechInput, template: string, seed: number): string[] {
  const month = Number(input.meeting.date.slice(5, 7));
  const own = seasonsNow(JSON.stringify(input.campaign));
  return ours(input, template, seed).flatMap((t) => unsupportedClaims(t, own, seasons, month).map((w) => `${w} in 「${t}」`));
}

describe('s21 g11a · a phase of the year only when the meeting is in it', () => {
  // A 镇 推进会 in July on fire-break works, whose material names the 防火期 ahead (「确保进入防火期前投入使用」,
  // 「进入防火期后…24小时值守」) and a 清明 gone by.
  const works = byName('g11a-firebreaks-town-before-season.json');
  it('a July works meeting that names the fire season ahead says no fire-season line', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const said = ours(works, template, seed).join('');
        expect(said, `${template} · ${seed}`).not.toMatch(/防火期就是|防火期里|防火期内|防火期一天|高火险|火险等级高|风险就在眼前|天干物燥/);
      }
    }
  });

  it('the gate: a phase named ahead opens nothing; the date does; the material only at a phase\'s edge', () => {
    const after = '汛期虽然过去了，防汛工作却没有淡季。';
    const ahead = '落实“汛前排查、汛中巡查、汛后核查” 汛期结束前完成';
    expect(unsupportedClaims(after, ahead, seasons, 5)).not.toEqual([]);
    expect(unsupportedClaims(after, ahead, seasons, 11)).toEqual([]);
    expect(unsupportedClaims(after, '全县已于9月20日汛期结束', seasons, 9)).not.toEqual([]);
    expect(unsupportedClaims(after, '汛期已经结束，转入冬修', seasons, 9)).toEqual([]);
    const fire = '防火期就是责任期，一个火星就可能酿成一场大灾。';
    expect(unsupportedClaims(fire, '确保进入防火期前全部投入使用', seasons, 7)).not.toEqual([]);
    expect(unsupportedClaims(fire, '确保进入防火期前全部投入使用', seasons, 8)).not.toEqual([]);
    expect(unsupportedClaims(fire, '今年防火期延长至6月15日', seasons, 6)).toEqual([]);
    expect(unsupportedClaims(fire, '森林防火', seasons, 11)).toEqual([]);
    // No date, no phase.
    expect(unsupportedClaims(fire, '正值森林防火期', seasons)).not.toEqual([]);
  });

  // Every field whose language carries a phase, drafted at every month of the year: the fixtures of that field
  // (two at most) say no phase their month does not put them in.
  const phased = Object.entries(library.banks.domains.domains)
    .filter(([, entry]) => Object.values(entry).some((pool) => Array.isArray(pool) && pool.some((l) => typeof l === 'string' && seasons.some((g) => new RegExp(g.says, 'u').test(l)))))
    .map(([d]) => d);
  const cases = phased.flatMap((domain) =>
    campaigns
      .filter((c) => recogniseDomain(c.input, library.banks.domains) === domain)
      .slice(0, 2)
      .map((c) => ({ domain, name: c.name, input: c.input })),
  );
  it('the fields that speak of a phase are found, each with fixtures', () => {
    expect(phased).toEqual(expect.arrayContaining(['防汛抗旱', '森林防火', '消防安全', '乡村振兴']));
    expect(new Set(cases.map((c) => c.domain)).size).toBe(phased.length);
  });
  it.each(cases)('$domain · $name at every month', ({ input }) => {
    for (let month = 1; month <= 12; month++) {
      const moved = inMonth(input, month);
      for (const template of SPEECH_FRAMES) expect(outOfPhase(moved, template, 1), `month ${month} · ${template}`).toEqual([]);
    }
  });
  it('in their phase the fields do speak of it (the check can fail)', () => {
    const said = cases.flatMap(({ input }) => [5, 11].flatMap((m) => SPEECH_FRAMES.flatMap((t) => [1, 2].flatMap((seed) => ours(inMonth(input, m), t, seed)))));
    expect(said.some((t) => /汛期|防火期|高火险|天干物燥|农时/.test(t))).toBe(true);
  });
});
