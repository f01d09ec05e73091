// Issue 11 (session 11, word): what each meeting's stage lines say. Readers of s22 and s25 found an
// emergency 调度会 that read like a routine 推进会 (「前一阶段」「下一阶段」「如期实现」, a close of
// 「希望…」), a 培训会 whose close said nothing to those trained, and a 约谈 whose problems were 「工作推进中
// 还有一些问题」 and whose measures presumed an emergency team 「拉得出、冲得上」 for certified operators.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const SEEDS = [1, 2, 3];
const drafts = (input: SpeechInput) =>
  SPEECH_FRAMES.flatMap((template) =>
    SEEDS.map((seed) => {
      const doc = draft(input, library, { template, seed });
      const text = toPlainText(doc);
      const paragraphs = text.split('\n').filter(Boolean);
      return { where: `${template} · ${seed}`, text, opening: paragraphs[4] ?? '', closing: paragraphs.at(-1) ?? '' };
    }),
  );

describe('word · an emergency meeting speaks of now', () => {
  const input = named('outbreak-county-emergency.json');

  it('has no 前一阶段, 下一阶段 or 如期, and no routine 调度 purpose, in every frame and seed', () => {
    for (const d of drafts(input)) {
      expect(d.text, d.where).not.toMatch(/前一阶段|下一阶段|如期实现|好做法/);
      expect(d.opening, d.where).not.toMatch(/摸清进度|调度进度|不掉队|对一对进度|再调度、再督促|逐项过进度/);
    }
  });

  it('closes on orders to act now, not on 「希望」', () => {
    for (const d of drafts(input)) {
      expect(d.closing, d.where).not.toMatch(/希望/);
      expect(d.closing, d.where).toMatch(/立即|马上|迅速|时间不等人|落实到位/);
    }
  });

  it('keeps the routine lines for a 调度会 that is no emergency (control)', () => {
    const routine = structuredClone(input);
    routine.meeting.name = '全县登革热防控工作调度会';
    const texts = drafts(routine).map((d) => d.text).join('\n');
    expect(texts).not.toMatch(/情况紧急|时间不等人|先简要说一下目前/);
  });
});

describe('word · a training meeting tells those trained to use what they learned', () => {
  const input = named('pharmacy-district-training.json');

  it('closes on learning and applying the rules taught, in every frame and seed', () => {
    for (const d of drafts(input)) expect(d.closing, d.where).toMatch(/学|培训|规定|操作/);
  });

  it('says a term that starts a rule as kept from then on (「7月1日起严格执行」, never 「7月1日起完成」)', () => {
    for (const d of drafts(input)) expect(d.text, d.where).not.toMatch(/7月1日起(抓紧|全部)?完成/);
  });
});

describe('word · a 约谈 puts the problems as the reason for it', () => {
  const input = named('cranes-district-summons.json');

  it('leads into the problems without 「工作推进中还有一些问题」 and praises nothing after the results', () => {
    for (const d of drafts(input)) {
      expect(d.text, d.where).not.toMatch(/工作推进中还(有|存在)一些|好做法|打下了基础|积累了经验/);
    }
  });

  it('presumes no emergency team or works not begun (「拉得出」「不得开工」) after certifying operators and repairing cranes', () => {
    for (const d of drafts(input)) expect(d.text, d.where).not.toMatch(/拉得出|冲得上|实战演练|不得开工/);
  });
});
