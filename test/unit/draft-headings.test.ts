// A part heading chosen from the 范文库: the heading reads as chosen with 「X」 as the campaign's name
// (a fact with its source), every other part is byte-identical, the draft is deterministic, the
// choice survives regenerating another part, and a pattern with a digit is refused in Chinese.
import { describe, expect, it } from 'vitest';
import type { Block, DocModel } from '../../core/doc/model.ts';
import { runsText, toPlainText } from '../../core/doc/text.ts';
import { draft, DraftRequestError, regeneratePart } from '../../core/draft/index.ts';
import { fillHeading } from '../../core/draft/headings.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadExamples } from '../helpers/examples.ts';

const library = loadDraftLibrary();
const example = loadExamples().find((e) => e.name === 'speech-living-environment.json')!;
const input = example.input as SpeechInput;
const PATTERN = '认清形势，正视差距，切实增强做好X工作紧迫感';

const partHeadings = (doc: DocModel) => doc.blocks.flatMap((b) => (b.type === 'heading' && b.level === 1 ? [runsText(b.runs)] : []));
const partBlocks = (doc: DocModel, part: number): Block[] => doc.blocks.filter((b) => 'part' in b && b.part === part);
const withoutPart1Heading = (doc: DocModel) => doc.blocks.filter((b) => !(b.type === 'heading' && b.level === 1 && b.part === 1));

describe('a chosen heading', () => {
  for (const template of ['speech-deploy', 'speech-report', 'speech-situation']) {
    it(`${template}: part 1 reads as chosen, X filled; everything else identical`, () => {
      const plain = draft(input, library, { template, seed: 3 });
      const chosen = draft(input, library, { template, seed: 3, headings: { 1: PATTERN } });
      expect(partHeadings(chosen)[0]).toBe(`认清形势，正视差距，切实增强做好${input.campaign.shortName}工作紧迫感`);
      expect(partHeadings(chosen).slice(1)).toEqual(partHeadings(plain).slice(1));
      expect(withoutPart1Heading(chosen)).toEqual(withoutPart1Heading(plain));
      for (const p of [0, 2, 3, 4]) expect(partBlocks(chosen, p)).toEqual(partBlocks(plain, p));
      expect(chosen.closing).toEqual(plain.closing);
      expect(chosen.headings).toEqual({ 1: PATTERN });
      expect(plain.headings).toBeUndefined();
      // Deterministic.
      expect(toPlainText(draft(input, library, { template, seed: 3, headings: { 1: PATTERN } }))).toBe(toPlainText(chosen));
    });
  }

  it('with a target length, the other parts are still identical', () => {
    const plain = draft(input, library, { seed: 2, minutes: 12 });
    const chosen = draft(input, library, { seed: 2, minutes: 12, headings: { 2: '明确重点，补齐短板，全力推动X工作落实落细' } });
    expect(partHeadings(chosen)[1]).toBe('明确重点，补齐短板，全力推动人居环境整治工作落实落细');
    for (const p of [0, 1, 3, 4]) expect(partBlocks(chosen, p)).toEqual(partBlocks(plain, p));
  });

  it('the name in the slot is a fact with its source; the pattern around it is wording', () => {
    const doc = draft(input, library, { seed: 1, headings: { 3: '加强组织领导，为X提供坚强保障' } });
    const heading = doc.blocks.find((b) => b.type === 'heading' && b.level === 1 && b.part === 3)!;
    expect(heading.type === 'heading' && heading.runs).toEqual([
      { text: '加强组织领导，为' },
      { text: '人居环境整治', src: 'campaign.shortName' },
      { text: '提供坚强保障' },
    ]);
  });

  it('without a short name, the full name fills the slot and its 工作 is not doubled', () => {
    expect(fillHeading('做好X工作紧迫感', { text: '农村人居环境整治工作', src: 'campaign.name' })).toEqual([
      { text: '做好' },
      { text: '农村人居环境整治工作', src: 'campaign.name' },
      { text: '紧迫感' },
    ]);
    const campaign = { ...input.campaign, shortName: undefined };
    const doc = draft({ ...input, campaign }, library, { seed: 1, headings: { 1: PATTERN } });
    expect(partHeadings(doc)[0]).toBe('认清形势，正视差距，切实增强做好农村人居环境整治工作紧迫感');
  });

  it('a pattern without X is used as it is; an empty one means the template heading', () => {
    const doc = draft(input, library, { seed: 1, headings: { 2: '坚持问题导向，突出工作重点', 3: '' } });
    expect(partHeadings(doc)[1]).toBe('坚持问题导向，突出工作重点');
    expect(partHeadings(doc)[2]).toBe(partHeadings(draft(input, library, { seed: 1 }))[2]);
    expect(doc.headings).toEqual({ 2: '坚持问题导向，突出工作重点' });
  });

  it('survives regenerating another part; regenerating the part itself keeps it too', () => {
    const doc = draft(input, library, { seed: 1, headings: { 1: PATTERN } });
    const again = regeneratePart(doc, input, library, 2, 99);
    expect(partHeadings(again)[0]).toBe(partHeadings(doc)[0]);
    expect(partBlocks(again, 2)).not.toEqual(partBlocks(doc, 2));
    expect(partHeadings(regeneratePart(doc, input, library, 1, 99))[0]).toBe(partHeadings(doc)[0]);
  });

  it('refuses a digit, a line break, a part number out of range — in Chinese', () => {
    expect(() => draft(input, library, { headings: { 1: '确保2025年完成X任务' } })).toThrow(DraftRequestError);
    expect(() => draft(input, library, { headings: { 1: '确保2025年完成X任务' } })).toThrow(/第一部分的标题含有数字/);
    expect(() => draft(input, library, { headings: { 2: '一行\n两行' } })).toThrow(/第二部分的标题不能换行/);
    expect(() => draft(input, library, { headings: { 4: PATTERN } })).toThrow(/标题只能替换第一至第三部分/);
  });

  it('minutes ignore it (no part headings)', () => {
    const minutes = loadExamples().find((e) => e.input.kind === 'minutes')!.input;
    expect(toPlainText(draft(minutes, library, { headings: { 1: PATTERN } }))).toBe(toPlainText(draft(minutes, library)));
  });
});
