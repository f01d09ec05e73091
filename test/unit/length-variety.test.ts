// Issue #3: drafts land on their target length, read differently from one another, and a part can
// be regenerated alone.
import { describe, expect, it } from 'vitest';
import { draft, regeneratePart } from '../../core/draft/index.ts';
import { speakerRank } from '../../core/draft/rank.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { bodyLength, toPlainText } from '../../core/doc/text.ts';
import type { SpeechInput } from '../../core/input/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadExamples } from '../helpers/examples.ts';
import { maskedSentences, sharedShare } from '../helpers/sentences.ts';

const library = loadDraftLibrary();
const examples = loadExamples();
const speeches = examples.filter((e) => e.input.kind === 'speech');
const FRAMES = ['speech-deploy', 'speech-report', 'speech-situation'];

describe('length', () => {
  const cases = speeches.flatMap((ex) => FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ ex, template, seed }))));
  it.each(cases)('$ex.name · $template · seed $seed lands within ±10 % of its minutes', ({ ex, template, seed }) => {
    const input = ex.input as SpeechInput;
    const target = input.options!.durationMinutes! * 240;
    const doc = draft(input, library, { template, seed });
    const length = bodyLength(doc);
    expect(Math.abs(length - target) / target, `${length} characters for ${target}`).toBeLessThanOrEqual(0.1);
    expect(doc.length?.total).toBe(length);
    expect(doc.length?.target).toBe(target);
    expect(doc.length?.parts.map((p) => p.name)).toEqual(['开场', '一', '二', '三', '结尾']);
    // Every part has a share: none is left at nothing while another grows.
    for (const part of doc.length!.parts) expect(part.chars).toBeGreaterThan(target * 0.03);
  });

  it.each([8, 25, 30])('follows --minutes %i and another reading rate', (minutes) => {
    const input = speeches[0]!.input;
    for (const rate of [200, 260]) {
      const doc = draft(input, library, { minutes, rate });
      const target = minutes * rate;
      expect(Math.abs(bodyLength(doc) - target) / target).toBeLessThanOrEqual(0.1);
      expect(doc.length?.minutes).toBeCloseTo(bodyLength(doc) / rate, 0);
    }
  });

  it('adds only wording: the facts are the same at every length', () => {
    const input = speeches[1]!.input;
    // The distinct facts: elaboration may name the campaign or the units again, never anything new.
    const facts = (doc: DocModel) =>
      JSON.stringify(
        [
          ...new Set(
            doc.blocks
              .flatMap((b) => (b.type === 'paragraph' ? [...(b.lead?.runs ?? []), ...b.runs] : b.type === 'heading' ? b.runs : []))
              .filter((r) => r.src)
              .map((r) => `${r.src}=${r.text}`),
          ),
        ].sort(),
      );
    expect(facts(draft(input, library, { minutes: 10 }))).toBe(facts(draft(input, library, { minutes: 30 })));
  });

  it('drops phrasing, never facts, when the material alone is longer than the slot', () => {
    const input = speeches[2]!.input;
    const short = draft(input, library, { minutes: 3 });
    const natural = draft(input, library, {});
    expect(bodyLength(short)).toBeLessThan(bodyLength(natural));
    const text = toPlainText(short);
    for (const t of (input as SpeechInput).campaign.tasks) expect(text).toContain(t.title);
  });
});

describe('variety', () => {
  it('two different examples share fewer than 20 % of their sentences, facts masked', () => {
    for (const template of FRAMES) {
      const sets = speeches.map((ex) => maskedSentences(draft(ex.input, library, { template, seed: 1 })));
      for (let i = 0; i < sets.length; i++) {
        for (let j = i + 1; j < sets.length; j++) {
          const share = sharedShare(sets[i]!, sets[j]!);
          expect(share, `${template}: ${speeches[i]!.name} ~ ${speeches[j]!.name}`).toBeLessThan(0.2);
        }
      }
    }
  });

  it('two seeds of one example differ in at least 30 % of their sentences', () => {
    for (const ex of speeches) {
      for (const template of FRAMES) {
        const a = maskedSentences(draft(ex.input, library, { template, seed: 1 }));
        const b = maskedSentences(draft(ex.input, library, { template, seed: 2 }));
        expect(1 - sharedShare(a, b), `${ex.name} ${template}`).toBeGreaterThanOrEqual(0.3);
      }
    }
  });
});

describe('regenerating one part', () => {
  it.each([0, 1, 2, 3, 4])('part %i changes alone', (part) => {
    const input = speeches[2]!.input;
    const doc = draft(input, library, { seed: 5 });
    const again = regeneratePart(doc, input, library, part, 77);
    const byPart = (d: DocModel) =>
      d.length!.parts.map((_, p) =>
        JSON.stringify([...d.blocks.filter((b) => 'part' in b && b.part === p), ...(p === 4 ? [d.closing] : [])]),
      );
    const before = byPart(doc);
    const after = byPart(again);
    for (let p = 0; p < 5; p++) {
      if (p === part) expect(after[p], `part ${p}`).not.toBe(before[p]);
      else expect(after[p], `part ${p}`).toBe(before[p]);
    }
    expect(again.partSeeds![part]).toBe(77);
    expect(again.seed).toBe(5);
  });
});

describe('speaker rank', () => {
  it.each([
    ['县委书记', 'principal'],
    ['区委副书记、区长', 'principal'],
    ['副县长', 'deputy'],
    ['区委副书记', 'deputy'],
    ['区生活垃圾分类工作领导小组办公室主任', 'department'],
    [undefined, 'department'],
  ])('%s → %s', (title, rank) => {
    expect(speakerRank(title)).toBe(rank);
  });

  it('changes the hand-over a department head uses', () => {
    const ex = speeches.find((e) => e.name === 'report-waste-sorting.json')!;
    const head = draft(ex.input, library, { seed: 1 });
    const input = structuredClone(ex.input) as SpeechInput;
    input.meeting.speaker.title = '区委书记';
    const secretary = draft(input, library, { seed: 1 });
    expect(toPlainText(head).split('\n')[4]).not.toBe(toPlainText(secretary).split('\n')[4]);
  });
});

describe('enumeration', () => {
  it('writes tasks as 第一/第二 paragraphs when asked', () => {
    const doc = draft(speeches[0]!.input, library, { enumeration: 'di' });
    const text = toPlainText(doc);
    expect(text).toMatch(/\n第一，/);
    expect(text).toMatch(/\n第二，/);
    expect(text).not.toMatch(/\n（一）/);
  });

  it('writes few short items inline as 一是/二是 and long ones as headings', () => {
    const text = toPlainText(draft(speeches[1]!.input, library, { template: 'speech-deploy' }));
    expect(text).toMatch(/一是[^\n]+二是/);
    expect(text).toMatch(/\n（一）/);
  });
});
