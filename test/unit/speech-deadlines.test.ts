// Issue 11 (session 6, 11a): deadlines that are not dates to finish by. On the last blind reading
// 「最迟旱情解除前完成」 (emergency supply readiness, kept up while the drought lasts), 「9月30日前完成」
// (a 护学行动 the detail runs 「8月28日至9月30日」) and 「最迟春节前完成，要确保重点纠纷化解率达到90%以上」
// (a rate is reached, not 「完成」) were all rewritten by the editors.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const byName = (name: string) => campaigns.find((c) => c.name === name)!.input;
const drafts = (input: SpeechInput) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => toPlainText(draft(input, library, { template, seed }))));

describe('11a · free-term deadlines read as what they are', () => {
  it('work until an event is over is kept up until then, not finished by it', () => {
    for (const text of drafts(byName('dust-county-city-body.json'))) {
      expect(text).toContain('春季沙尘天气结束前');
      expect(text).not.toMatch(/春季沙尘天气结束前完成/);
    }
  });

  it('work the detail runs over a stretch ending at the deadline is kept up until then', () => {
    for (const text of drafts(byName('charging-street-district-property.json'))) {
      const item = /（[一二三四五六]）集中宣传充电安全。[^\n]*/.exec(text)?.[0] ?? '';
      expect(item).toContain('9月1日至9月30日');
      expect(item).toContain('9月30日前');
      expect(item).not.toMatch(/9月30日前完成/);
    }
  });

  it('a target reached by a time takes the time in front, with no 「完成」 beside a rate', () => {
    for (const text of drafts(byName('charging-street-district-property.json'))) expect(text).toMatch(/11月15日前126处隐患全部整改销号/);
    for (const c of campaigns) {
      for (const text of drafts(c.input)) expect(text, c.name).not.toMatch(/前完成[，,](要|并|工作目标是|目标是)?(确保|要确保)?[^，。；]*率达到/);
    }
  }, 240_000);
});
