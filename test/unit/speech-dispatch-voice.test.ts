// Issue 11 (session 21, voice): a 调度会 counts down to the node the material sets, names those behind and wants the gap
// closed by a day, and asks for progress the material does not give (core/draft/dispatch.ts). From the session-20
// readings: s63-6 Overall (「没有突出倒计时…没有提出10月8日前赶上的硬要求」), s64-7 [44] [45] (D, E: 「各项目乡镇要对号入座」
// where 桐子坳乡 was behind), s65-4 Overall (「调度会要点名、要压力」).
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { behindUnits, countdownNode, givesProgress } from '../../core/draft/dispatch.ts';
import { meetingKeys } from '../../core/draft/meeting-kinds.ts';
import { toPlainText } from '../../core/doc/text.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const texts = (input: SpeechInput, seeds = [1, 2, 3]) => SPEECH_FRAMES.flatMap((template) => seeds.map((seed) => toPlainText(draft(input, library, { template, seed }))));
const sentences = (text: string) => text.split(/(?<=[。！？])|\n/).filter((s) => s.trim());
/** The catch-up: a unit behind told to make up the gap. */
const CATCH_UP = /赶上来|补回来|补上来|追上来|往前赶/;
/** The 动员 register of a campaign's start, no part of a 调度会. */
const MOBILISING = /冲锋号|吹响|誓师|号角|动员令|打响|开好局|起好步/;

describe('voice · a 调度会 counts down and names those behind', () => {
  const input = named('voice-sewage-town-dispatch-behind.json');

  it('reads the node and the units behind from the material', () => {
    expect(countdownNode(input)?.runs.map((r) => r.text).join('')).toBe('11月30日');
    expect(behindUnits(input.campaign.problems[0]!, 'p').map((u) => u[0]!.text)).toEqual(['鹭塘村', '沙屿村', '石湫村']);
    // A place of the works is no unit behind (「古岭镇片区泵站…」, 「澴园新村二期…」); nor a comparison (「比全镇平均进度…」).
    expect(behindUnits({ title: '三标段进度明显滞后', detail: '古岭镇片区泵站和涵闸工程只完成计划的35%' }, 'p')).toEqual([]);
    expect(behindUnits({ title: '安置房建设滞后', detail: '澴园新村二期因用地报批未完成至今未开工' }, 'p')).toEqual([]);
    expect(behindUnits({ title: '群众不配合', detail: '鹭塘村部分农户不愿接户管' }, 'p')).toEqual([]);
  });

  it('counts down to the node before the goal, in every frame and seed', () => {
    for (const text of texts(input)) {
      const at = sentences(text).findIndex((s) => /^(离|距|现在离|盯住|对照)11月30日/.test(s));
      expect(at, text).toBeGreaterThan(0);
      expect(sentences(text)[at + 1]).toMatch(/目标/);
    }
  });

  it('tells each unit behind to catch up by the day of its own task, and never hands the problem to 「各村」', () => {
    for (const text of texts(input)) {
      const said = sentences(text).filter((s) => CATCH_UP.test(s));
      expect(said.some((s) => /鹭塘村/.test(s) && /11月20日/.test(s)), text).toBe(true);
      expect(said.some((s) => /沙屿村和石湫村/.test(s) && /11月15日/.test(s)), text).toBe(true);
      expect(text).not.toMatch(/前面(提到|讲到|讲)的部分村进度滞后/);
      expect(text).not.toMatch(MOBILISING);
    }
  });

  it('asks for the progress the material does not give, as a gap, and only then', () => {
    expect(givesProgress(input.campaign)).toBe(true);
    for (const text of texts(input, [1])) expect(text).not.toMatch(/【待补充：总体进度/);
    const thin = structuredClone(input);
    thin.campaign.achievements = [];
    expect(givesProgress(thin.campaign)).toBe(false);
    for (const text of texts(thin, [1])) {
      expect(text).toMatch(/【待补充：总体进度（截至某日完成了多少、占目标的多少）】/);
      // Nothing of its own is said beside the gap: no figure.
      expect(sentences(text).find((s) => /待补充：总体进度/.test(s))).not.toMatch(/\d/);
    }
  });
});

describe('voice · only a 调度会 speaks so', () => {
  const COUNTDOWN = /^(离|距|现在离|盯住|对照)[^，。]{2,12}(只剩|所剩|只有最后|时间|的时间|剩下|没有多少|这个节点)/;
  it.each(campaigns.map((c) => ({ name: c.name, input: c.input })))('$name', ({ input }) => {
    const kinds = meetingKeys(input.meeting);
    const dispatch = kinds.includes('调度会') && !kinds.includes('紧急');
    for (const text of texts(input, [1])) {
      if (dispatch) expect(text).not.toMatch(MOBILISING);
      else {
        expect(text).not.toMatch(/【待补充：总体进度/);
        expect(sentences(text).filter((s) => COUNTDOWN.test(s) && /倒排|往前|松劲|盯紧|节点|耽误|拖累|盘算/.test(s))).toEqual([]);
      }
    }
  });
});
