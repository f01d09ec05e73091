// Issue 11 (session 22, g11b): at a 约谈会 what was done is said as no excuse, never as a record to show: 「前一阶段的工作，主要有以下
// 两个方面：一是上半年专项检查全面铺开」 at a 警示约谈会 after a worker's death was struck (r-s69 s69-4 [11] [13], D: 场合不对).
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((x) => x.name === name)!.input);

describe('s22 g11b · a 约谈会 shows no record', () => {
  // 澄湾区's road safety material, called as a 约谈会 after its 864 vehicles were checked.
  const input = named('g11b22-roads-district-deputy-bottomline.json');
  input.meeting.name = '澄湾区道路运输企业安全生产警示约谈会';
  input.meeting.type = '约谈会';
  input.campaign.achievements.push({ title: '团雾路段预警全覆盖', detail: '在山区道路团雾多发路段设置预警屏12块' });

  it('the achievements are said plainly, not as 「前一阶段…主要有以下几个方面」 nor as 「工作不是没有抓」', () => {
    for (const template of SPEECH_FRAMES) {
      for (const seed of [1, 2, 3]) {
        const text = toPlainText(draft(input, library, { template, seed }));
        const where = `${template} · ${seed}`;
        expect(text, where).toContain('重点车辆隐患清零');
        expect(text, where).not.toMatch(/前一阶段的工作，主要有|前段工作的进展，主要有|回顾前段工作，概括起来/);
        // Said plainly, not as the speaker's defence (session 23: 「工作不是没有抓」 read as an excuse, r-s70 s70-3 [13], r-s71 s71-4 [13], E).
        expect(text, where).toMatch(/做了这样|做了以下|已做的工作|前期工作/);
        expect(text, where).not.toMatch(/不是没有|不能说没有/);
      }
    }
  });
});
