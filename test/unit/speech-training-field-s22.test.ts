// Issue 11 (session 22, g11b): at a 培训会 the achievements are the field's record, never the training's progress.
// 「前一阶段，建筑施工安全生产培训工作主要在以下两个方面有了进展」 before last year's safe record was marked wrong (s67-3 [11], W:
// 培训今天才开，材料里没有这层因果关系): the lead and the part's heading name the field (field-work.ts), and so does the speech
// wherever it names the work (r-s69 s69-3 [5] [9] [10], E).
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { fieldName } from '../../core/draft/field-work.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);
/** A result claimed for the training: 「…培训工作取得…进展」「…培训工作…有了进展」「…培训工作有序推进」. */
const CLAIMED = /培训工作(?:取得|有了|扎实|有序|按部署|稳步|的进展|主要(?:有|在)[^。]{0,12}(?:进展|方面))/;

describe('s22 g11b · at a 培训会 the results are the field\'s', () => {
  // 茭塘镇 (a town, 集体聚餐食品安全): a 业务培训会 whose short name is 「聚餐食品安全培训」, with last year's record.
  const input = named('g11b22-chefs-town-training-labels.json');

  it('the achievements are said as the field\'s work, in the lead and the heading, every frame', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        const where = `${template} · ${seed}`;
        expect(text, where).not.toMatch(CLAIMED);
        // The work the speech speaks of is the field's throughout (r-s69 s69-3 [5] [9] [10], E: 「食品安全培训工作」 → 「食品安全工作」).
        expect(text, where).not.toContain('聚餐食品安全培训工作');
        expect(text, where).toContain('聚餐备案基本覆盖');
        expect(text, where).toMatch(/聚餐食品安全工作[^。]{0,30}(进展|方面)/);
      }
    }
  });

  it('the same material at a 推进会 keeps its own name: only a training gives its record to the field', () => {
    const pushed = structuredClone(input);
    pushed.meeting.name = '茭塘镇农村集体聚餐食品安全推进会';
    pushed.meeting.type = '推进会';
    const text = toPlainText(draft(pushed, library, { template: 'speech-report', seed: 1 }));
    expect(text).toContain('聚餐食品安全培训工作');
  });

  it('the field is the name without its training word', () => {
    expect(fieldName('建筑施工安全生产培训')).toBe('建筑施工安全生产');
    expect(fieldName('乡村厨师业务培训班')).toBe('乡村厨师');
    expect(fieldName('工业锅炉安全操作培训')).toBe('工业锅炉安全');
    expect(fieldName('农村集体聚餐食品安全')).toBeUndefined();
    // A training that is the field itself keeps its name (职业技能培训 is the work of those who give it).
    expect(fieldName('补贴性职业技能培训')).toBeUndefined();
  });
});
