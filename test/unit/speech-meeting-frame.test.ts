// Issue 11 (session 14, frame): situation lines that fit the meeting's date and the facts they follow, and
// parts fitted to the meeting's type — a 调度会 to progress and who catches up, a 约谈 to findings and
// demands, a 培训会 to its rules, a commendation to results, a 现场会 at a model to what to learn from it.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { unsupportedClaims } from '../../core/draft/claims.ts';
import type { ClaimGate } from '../../core/draft/template-schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const SEEDS = [1, 2, 3];
const topics = library.banks.topics as { claims: ClaimGate[]; seasons: ClaimGate[] };

/** The elaboration pools a draft drew from (significance, situation, outlook …). */
function pools(doc: DocModel): Set<string> {
  const out = new Set<string>();
  for (const b of doc.blocks) if ('runs' in b) for (const r of b.runs ?? []) if (r.elab) out.add(r.elab.pool);
  return out;
}

const headings = (doc: DocModel) => doc.blocks.filter((b) => b.type === 'heading' && b.level === 1).length;

describe('s14 frame · situation lines fit the date and the facts', () => {
  it('a December commendation over a past flood season says no 今年的防汛形势 and no grave 形势 its facts do not carry', () => {
    const input = named('drainage-district-winter-commend.json');
    for (const template of SPEECH_FRAMES) {
      for (const seed of SEEDS) {
        const text = toPlainText(draft(input, library, { template, seed }));
        expect(text, `${template} · ${seed}`).not.toMatch(/今年的防汛形势|不容乐观|这样的形势|形势摆在|形势越|汛期不结束|汛期临近/);
      }
    }
  });

  it('the gates: 今年的防汛形势 only before or in the flood season; a grave 形势 only over facts of risk', () => {
    const line = '这些情况表明，今年的防汛形势不容乐观，我们必须做好应对极端天气的充分准备。';
    expect(unsupportedClaims(line, '今年汛期我区共出现暴雨过程9次 2027年汛前完成改造', topics.seasons, 12)).not.toEqual([]);
    expect(unsupportedClaims(line, '防汛', topics.seasons, 6)).toEqual([]);
    const grave = '面对这样的形势，决不能心存侥幸，必须立足于最不利情况，做好最充分的准备。';
    expect(unsupportedClaims(grave, '10月年度考评，我区排名全市第三。区政府已将管网提标改造列入区重点工作', topics.claims)).not.toEqual([]);
    expect(unsupportedClaims(grave, '气象部门预测今年汛期降雨较常年偏多', topics.claims)).toEqual([]);
    // 预计 of a cost forecasts no danger.
    expect(unsupportedClaims(line, '11处积水点改造预计投资6800万元', topics.claims)).not.toEqual([]);
  });

  it('a July 现场会 on forest-fire works speaks no fire-season line', () => {
    const input = named('forest-xiang-july-site.json');
    for (const template of SPEECH_FRAMES) {
      for (const seed of SEEDS) {
        const text = toPlainText(draft(input, library, { template, seed }));
        expect(text, `${template} · ${seed}`).not.toMatch(/防火期|高火险|天干物燥|秋冬季节|风险就在眼前/);
      }
    }
  });
});

describe('s14 frame · parts fitted to the meeting type', () => {
  it('a 调度会 argues no significance, takes no part three of measures and no pledge filler', () => {
    for (const name of ['canal-county-dispatch.json', 'grain-xiang-thin-dispatch.json']) {
      const input = named(name);
      for (const seed of SEEDS) {
        const doc = draft(input, library, { template: 'speech-deploy', seed });
        const where = `${name} · ${seed}`;
        expect([...pools(doc)], where).not.toContain('significance');
        expect(headings(doc), where).toBe(2);
        expect(doc.length?.omitted?.[0]?.why, where).toBe('meeting');
        expect(toPlainText(doc), where).not.toMatch(/迎难而上|时间紧、任务重|起点，而不是终点|重要性|重要意义|加强领导|健全机制/);
      }
    }
  });

  it('a 约谈 with no achievements in the report frame opens on the findings: two parts, no outlook filler', () => {
    const input = named('hazmat-county-summons.json');
    for (const seed of SEEDS) {
      const doc = draft(input, library, { template: 'speech-report', seed });
      const text = toPlainText(doc);
      expect(headings(doc), `${seed}`).toBe(2);
      expect([...pools(doc)], `${seed}`).not.toContain('outlook');
      expect(text).toMatch(/讲两个方面|讲两点/);
      expect(/\n一、[^\n]*\n([^\n]*)/.exec(text)?.[1]).toContain('卫星定位离线');
      expect(text).not.toMatch(/有进展、也有差距|年年讲、月月抓|推进情况|下步打算|下一步安排|不妥之处/);
      // The findings close on their gravity and a warning to all in the room (s42-4 [28]).
      expect(/\n一、[^\n]*\n([^\n]*)/.exec(text)?.[1]).toMatch(/引以为戒|以此为戒|红线|对照自查|对照检查|举一反三/);
      // The part names the length line shows follow the printed numbering.
      expect(doc.length!.parts.filter((p) => p.chars > 0).map((p) => p.name)).toEqual(['开场', '一', '二', '结尾']);
    }
  });

  it('a 培训会 with no achievements and a commendation with a year to review argue no outlook and no significance', () => {
    for (const [name, off] of [
      ['elevator-street-training.json', 'outlook'],
      ['sanitation-town-commend.json', 'significance'],
      ['drainage-district-winter-commend.json', 'significance'],
    ] as const) {
      for (const template of SPEECH_FRAMES) {
        for (const seed of SEEDS) expect([...pools(draft(named(name), library, { template, seed }))], `${name} · ${template} · ${seed}`).not.toContain(off);
      }
    }
  });

  it('a 现场会 at a model is held to learn from it and spread it, not to 看进度', () => {
    const input = named('kitchen-street-model-site.json');
    for (const seed of SEEDS) {
      const text = toPlainText(draft(input, library, { template: 'speech-deploy', seed }));
      const opening = text.split('\n一、')[0]!;
      expect(opening, `${seed}`).not.toMatch(/看进度|加快推进|往前赶/);
      expect(opening, `${seed}`).toMatch(/学|观摩/);
      expect(opening, `${seed}`).not.toMatch(/，大家对/);
      expect(text, `${seed}`).toMatch(/(看到的做法|看了现场|看的是样子|看过的做法|做法看到了)/);
    }
  });

  it('the 篇幅 advice for a thin meeting asks for what its kind is about', () => {
    const grain = draft(named('grain-xiang-thin-dispatch.json'), library, { template: 'speech-deploy', seed: 1 });
    expect(grain.length!.short!.advice.join('\n')).toMatch(/没有写明总体进度[^\n]*离目标还差多少/);
    const site = named('forest-xiang-july-site.json');
    delete site.meeting.precedingItems;
    expect(draft(site, library, { template: 'speech-deploy', seed: 1 }).length!.short!.advice[0]).toMatch(/开场没有写明现场看了什么/);
  });

  it("the speaker's own bureau's meeting is 全局…, not 全区…局", () => {
    const text = toPlainText(draft(named('drainage-district-winter-commend.json'), library, { template: 'speech-deploy', seed: 1 }));
    expect(text).toContain('全局2026年度城市排水防涝工作总结表彰会');
    expect(text).not.toContain('全区水务局');
  });
});
