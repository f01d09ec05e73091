// One definition of the DocModel (core/doc/model.ts): every draft the engine writes passes the
// schema unchanged — nothing stripped, nothing added — so the contract, the store and the editor,
// which all parse with it, carry every field of every draft; and `wengao draft`, which does not parse
// its own engine's document on its way to the exporter (main/api/dispatch.ts Checks), loses nothing.
import { describe, expect, it } from 'vitest';
import { docSchemas } from '../../core/doc/model.ts';
import { draft } from '../../core/draft/index.ts';
import { ACCEPTS } from '../../core/draft/template-schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadExamples } from '../helpers/examples.ts';

const library = loadDraftLibrary();
const { docModelSchema } = docSchemas();

describe('DocModel schema', () => {
  it('every example in every frame it accepts, seeds 1–3, passes the schema as it is', () => {
    let checked = 0;
    for (const example of loadExamples()) {
      for (const template of library.templates.values()) {
        if (!(ACCEPTS[template.kind] as readonly string[]).includes(example.input.kind)) continue;
        for (const seed of [1, 2, 3]) {
          const doc = draft(example.input, library, { template: template.id, seed });
          const parsed = docModelSchema.safeParse(doc);
          expect(parsed.error?.message, `${example.name} ${template.id} ${seed}`).toBeUndefined();
          expect(parsed.data).toStrictEqual(doc);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('refuses a malformed block and strips no known field', () => {
    expect(docModelSchema.safeParse({ kind: 'speech', template: 't', seed: 1, title: [], blocks: [{ type: 'heading', level: 5, runs: [] }] }).success).toBe(false);
    const doc = { kind: 'minutes', template: 'minutes', seed: 1, title: [{ text: '纪要' }], blocks: [{ type: 'paragraph', runs: [{ text: '一、成立专班。', src: 'decisions[0].text' }], seq: 'cn', indent: false, role: 'decision', part: 2 }], headings: { '2': 'X' } };
    expect(docModelSchema.parse(doc)).toStrictEqual(doc);
  });
});
