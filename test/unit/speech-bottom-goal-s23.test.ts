// Issue 11 (session 23, g11b): a goal that is all bottom lines (「不发生…，不发生…」) is held, never 「如期实现」. r-s70 s70-1
// [73], s70-4 [38], s70-5 [62], r-s71 s71-3 [56], hunt s69-1 [69] (E: 「“各项目标如期实现”是套话」「防控目标没有“如期”一说」):
// every long goal closed on 「确保今天明确的各项目标如期实现」. It closes on its own clauses, as typed; a goal with a target keeps it.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const input = loadCampaigns().find((x) => x.name === 'g11b23-drowning-street-bottom-goal.json')!.input;
const lastLine = (text: string) => text.split('\n').filter((l) => l.startsWith('同志们，')).at(-1) ?? '';

describe('s23 g11b · a goal of bottom lines closes on them, not on 「如期实现」', () => {
  // 澜溪街道 (a street, 暑期防溺水 部署会): three 「不发生…」 clauses, 50 characters.
  it('the close holds the goal\'s own bottom lines as typed', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        const where = `${template} · ${seed}`;
        expect(text, where).not.toContain('如期实现');
        expect(lastLine(text), where).toContain('确保暑期辖区不发生中小学生溺水死亡事故，不发生因施救不当造成的次生伤亡');
      }
    }
  });

  it('a long goal with a target beside its bottom lines keeps the line for its targets', () => {
    const mixed = structuredClone(input);
    mixed.campaign.goal = '暑期辖区不发生中小学生溺水死亡事故，危险水域警示牌设置率达到100%，放假前安全教育覆盖全部中小学生';
    const text = toPlainText(draft(mixed, library, { template: 'speech-deploy', seed: 1 }));
    expect(lastLine(text)).toContain('确保今天明确的各项目标如期实现');
  });
});
