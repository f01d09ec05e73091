// Issue 11 (session 23, g11b): duties and rules to keep are put in place by their deadline, never 「…前完成」. r-s72 s72-1 [44],
// E: 「压紧压实防汛责任」 (包保, 责任人上岗, 「主汛期…不得同时外出」) said 「要在5月20日前完成」 — the editor: 「5月20日前…全部落实到位」.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { setsRules } from '../../core/draft/deadline-dates.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const input = loadCampaigns().find((x) => x.name === 'g11b23-festival-town-duty-rules.json')!.input;
const paragraphOf = (text: string, title: string) => text.split('\n').find((l) => l.includes(`${title}。`)) ?? '';

describe('s23 g11b · duties and rules are put in place by their deadline', () => {
  // 樟陂镇 (a township, 节日安全稳定 部署会): 「压实节日安全责任」 with a 「不得」 rule; beside it a task that does a thing (转移) with a 「严禁」.
  it('the duties are 「落实到位」 by the deadline; the task that does a thing is still done by its own', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        const where = `${template} · ${seed}`;
        const duties = paragraphOf(text, '压实节日安全责任');
        expect(duties, where).toMatch(/1月25日前[^，。；]{0,4}落实到位/);
        expect(duties, where).not.toMatch(/1月25日前[^，。；]{0,4}完成/);
        expect(paragraphOf(text, '清理超量储存的烟花爆竹'), where).toMatch(/1月10日前[^，。；]{0,4}完成/);
      }
    }
  });

  it('a standing arrangement by its title and a rule in its text; not a rule beside a thing done', () => {
    expect(setsRules('压紧压实防汛责任', '主汛期县乡两级主要负责同志不得同时外出')).toBe(true);
    expect(setsRules('加快配套资金拨付', '剩余县级配套资金640万元按工程进度分两批拨付，严禁挤占挪用')).toBe(false);
    expect(setsRules('压实节日安全责任', '镇领导包村、村干部包组')).toBe(false);
  });
});
