// Replacing text only after the user saw it, and saving by name: documents.redraft with `preview`
// stores nothing, and asked again with the previewed seed drafts the same text; 保存版本 always
// leaves a named version (an autosave of the same text becomes it; a new label makes one).
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { useApi } from '../helpers/api.ts';
import { loadExamples } from '../helpers/examples.ts';

const { call } = useApi('wengao-api-replace-');
const speech = loadExamples().find((e) => e.name === 'speech-sanitation-promotion.json')!;

describe('replacements with a preview', () => {
  it('a previewed redraft is stored only when asked again with its seed, identical', async () => {
    const { documentId } = await call('documents.create', { input: speech.raw, options: { seed: 5 } });
    for (const ask of [{ part: 2 }, {}, { options: { template: 'speech-report' } }] as const) {
      const before = await call('versions.list', { documentId });
      const preview = await call('documents.redraft', { documentId, ...ask, preview: true });
      expect(preview.version).toBe(0);
      expect(preview.label).toMatch(/换一种说法|改用框架/);
      expect(await call('versions.list', { documentId })).toEqual(before);
      const doc = preview.doc as unknown as DocModel;
      const seed = 'part' in ask ? doc.partSeeds![2]! : doc.seed;
      const stored = await call('documents.redraft', { documentId, ...ask, options: { ...('options' in ask ? ask.options : {}), seed } });
      expect(stored.doc).toEqual(preview.doc);
      expect(stored.label).toBe(preview.label);
      expect(stored.version).toBe(before.length + 1);
    }
  });

  it('a previewed redraft with edited material does not store the material', async () => {
    const { documentId } = await call('documents.create', { input: speech.raw });
    const edited = structuredClone(speech.raw) as { campaign: { name: string } };
    edited.campaign.name = '全县城乡环境卫生整洁行动';
    await call('documents.redraft', { documentId, input: edited, preview: true });
    expect((await call('documents.open', { documentId })).input).toEqual(speech.input);
  });
});

describe('保存版本 always leaves a named version', () => {
  it('an autosave of the same text becomes the named version', async () => {
    const { documentId, doc } = await call('documents.create', { input: speech.raw });
    const edited = { ...doc, title: [{ text: '改过的标题' }] };
    const auto = await call('versions.save', { documentId, doc: edited, kind: 'autosave' });
    const named = await call('versions.save', { documentId, doc: edited, kind: 'saved', label: '送审稿' });
    expect(named.version).toBe(auto.version);
    const list = await call('versions.list', { documentId });
    expect(list.at(-1)).toMatchObject({ number: auto.version, kind: 'saved', label: '送审稿' });
    expect(list).toHaveLength(2);
  });

  it('a label the newest version does not carry makes a new version; the same label, none', async () => {
    const { documentId, doc } = await call('documents.create', { input: speech.raw });
    const a = await call('versions.save', { documentId, doc, kind: 'saved', label: '初稿' });
    expect(a).toMatchObject({ version: 2, created: true });
    expect(await call('versions.save', { documentId, doc, kind: 'saved', label: '初稿' })).toMatchObject({ version: 2, created: false });
    expect(await call('versions.save', { documentId, doc, kind: 'saved' })).toMatchObject({ version: 2, created: false });
    expect(await call('versions.save', { documentId, doc, kind: 'autosave' })).toMatchObject({ version: 2, created: false });
  });
});
