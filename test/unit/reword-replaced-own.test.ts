// 换一种说法 of 全文 never brings back a paragraph she replaced (session 21's screen test, defect 1: she
// replaced the engine's 「前段工作中，去年防溺水工作。」 with a sentence of her own; the new wording kept
// hers and put a new wording of the old one beside it). Her paragraph stands for the engine's paragraph
// it replaced — the one stating items of the material no other paragraph of hers still states — so the
// new wording of that paragraph gives way to hers. On a real store. Invented: 枫桥湾街道.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, DocModel } from '../../core/doc/model.ts';
import { blockText } from '../../core/doc/text.ts';
import { useApi } from '../helpers/api.ts';

const { call } = useApi('wengao-replaced-own-');
const raw = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'ui21', 'speech-two-parts.json'), 'utf8')) as unknown;
const HERS = '去年以来，街道各社区协同发力，背街小巷整治开了个好头。';
const all = (doc: DocModel) => doc.blocks.map((b) => blockText(b, ''));

/** Her text in place of the engine's first achievement paragraph: its role and part kept (as the editor keeps them) or not. */
function replaced(doc: DocModel, keepRole: boolean): { doc: DocModel; old: string } {
  const at = doc.blocks.findIndex((b) => b.type === 'paragraph' && b.role === 'achievement');
  const b = doc.blocks[at]! as Extract<Block, { type: 'paragraph' }>;
  const mine: Block = keepRole ? { ...b, runs: [{ text: HERS }] } : { type: 'paragraph', runs: [{ text: HERS }], ...(b.part !== undefined ? { part: b.part } : {}) };
  return { doc: { ...doc, blocks: doc.blocks.map((x, i) => (i === at ? mine : x)) }, old: blockText(b, '') };
}

describe('换一种说法 of 全文 after she replaced a paragraph', () => {
  it.each([true, false])('keeps hers in its place and brings no new wording of the replaced one back (role kept: %s)', async (keepRole) => {
    const { documentId, doc } = await call('documents.create', { input: raw, options: { seed: 5 } });
    const { doc: mine, old } = replaced(doc as DocModel, keepRole);
    await call('versions.save', { documentId, doc: mine, kind: 'autosave' });
    for (const seed of [8, 9, 10]) {
      const next = (await call('documents.redraft', { documentId, options: { seed }, preview: true })).doc as DocModel;
      const texts = all(next);
      expect(texts.filter((t) => t === HERS), `seed ${seed}`).toHaveLength(1);
      expect(texts.indexOf(HERS), `seed ${seed}`).toBe(all(mine).indexOf(HERS));
      // Nothing stands beside hers that says what the paragraph she replaced said.
      expect(texts.length, `seed ${seed}: ${old}`).toBe(all(mine).length);
    }
  });
});
