// Issue 11 (session 24): a thin material's part three of nothing but the meeting's closing measures (细化责任分工,
// 严守工作纪律: no fact of the material behind them) is left out; its requirement is said in a line after the tasks
// (s73-10: a street's 防溺水 部署会 of three tasks, parents in the room — the whole part struck as boilerplate; s71-12
// Overall: 通用套话, 可以压缩). A material with more tasks keeps the part.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const FIXTURE = 'g11b24-machinery-xiang-thin-third.json';
const GENERIC = /细化责任分工|严守工作纪律|令行禁止|负总责|管行业必须管安全|关键岗位要有人在岗/;

describe('s24 · a thin material has no part three of boilerplate', () => {
  it('two parts, announced as two, the requirement in one line after the tasks', () => {
    for (const template of ['speech-deploy', 'speech-situation']) {
      for (const seed of [1, 2, 3]) {
        const doc = draft(named(FIXTURE), library, { template, seed });
        const text = toPlainText(doc);
        const where = `${template} · ${seed}`;
        expect(text, where).not.toMatch(/\n三、/);
        expect(text, where).not.toMatch(GENERIC);
        expect(text, where).toMatch(/讲两点|两个方面/);
        const lines = text.split('\n');
        const charge = lines.findIndex((l) => /谁牵头谁/.test(l) && /落实/.test(l));
        expect(charge, where).toBeGreaterThan(lines.findIndex((l) => l.startsWith('（三）机手安全提醒')));
        expect(doc.length?.omitted?.[0]?.part, where).toBe(3);
      }
    }
  });

  it('a problem no task answers keeps part three for its own measure, without the closing boilerplate (r-s75 s75-10)', () => {
    const input = named(FIXTURE);
    input.campaign.problems.push({ title: '部分农户不理解', detail: '有的农户嫌登记麻烦，劝阻后又让无证亲属驾驶' });
    for (const seed of [1, 2, 3]) {
      const text = toPlainText(draft(input, library, { template: 'speech-deploy', seed }));
      expect(text, `${seed}`).toMatch(/\n三、/);
      expect(text, `${seed}`).toContain('部分农户不理解');
      expect(text, `${seed}`).not.toMatch(GENERIC);
      expect(text.slice(text.indexOf('\n三、')), `${seed}`).toMatch(/谁牵头谁/);
    }
  });

  it('a fourth task: the material is no longer thin and part three stays', () => {
    const input = named(FIXTURE);
    input.campaign.tasks.push({ title: '田间防火巡查', detail: '收割期间各村每天组织巡查麦田，严防焚烧麦茬', lead: '各村', deadline: '三夏期间' });
    const text = toPlainText(draft(input, library, { template: 'speech-deploy', seed: 1 }));
    expect(text).toMatch(/\n三、/);
  });
});
