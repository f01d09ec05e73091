// Issue 11 (session 22, g11b): the clerk's labels typed at the head of a background item (「观摩点一：」「本次培训内容：」
// 「案例：」) are not read out — the speech says the content (s67-3 [9] [10], s67-6 [9]–[11], s68-9 [9]–[11], s66-4 [12], E:
// 「原句把材料的“观摩点一：”照搬，不是讲话语言」). At a training what is taught and the cases are said in the speaker's words.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { labelOf } from '../../core/draft/labels.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
const LABELS = /培训内容[：:]|案例[：:]|观摩点[一二三四五六七八九十\d]*[：:]|第[一二三四五六七八九十]+项[：:]/;

describe('s22 g11b · a label typed in a background item is not read out', () => {
  // 茭塘镇 (a town, 集体聚餐食品安全): a 业务培训会 whose background opens 「培训内容：…」「案例：…」.
  const input = named('g11b22-chefs-town-training-labels.json');

  it('at a training, what is taught and the case are said without their labels, every fact kept', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        const where = `${template} · ${seed}`;
        expect(text, where).not.toMatch(LABELS);
        expect(text, where).toContain('《食品安全法》有关条款、农村集体聚餐申报备案流程、原料采购索证索票要求');
        expect(text, where).toContain('邻县一起婚宴凉菜交叉污染致36人腹泻事件');
      }
    }
  });

  it('at a 观摩会 the sites are said by their names, without 「观摩点一：」', () => {
    const viewing = structuredClone(input);
    viewing.meeting.name = '茭塘镇农村集体聚餐规范化现场观摩会';
    viewing.meeting.type = '观摩会';
    viewing.campaign.background = ['观摩点一：荷叶村集体聚餐服务中心，厨房实行生熟分区、留样48小时', '观摩点二：塘背村流动厨房，配备冷藏车和消毒柜'];
    for (const seed of [1, 2, 3]) {
      const text = toPlainText(draft(viewing, library, { seed }));
      expect(text, String(seed)).not.toMatch(LABELS);
      expect(text, String(seed)).toContain('荷叶村集体聚餐服务中心，厨房实行生熟分区、留样48小时');
    }
  });

  it('a label is a short noun before a colon; a statement with a colon is none', () => {
    expect(labelOf('今年县里批复可采区3个：东岭、西坪、南溪')).toBeUndefined();
    expect(labelOf('第一项：完成管网普查')?.kind).toBe('plain');
    expect(labelOf('本次培训内容：《条例》')?.kind).toBe('taught');
    expect(labelOf('案例：某地事故')?.kind).toBe('cases');
    expect(labelOf('观摩点：')).toBeUndefined();
  });
});
