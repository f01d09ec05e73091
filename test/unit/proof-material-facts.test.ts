// 校对 leaves the user's own facts alone (the outside tester's defect 3, session 18: 「北圩→北纬」 in a
// village named in her 事例, 「织密→致密」 in her task's title). The draft of our own fixture (栎川镇:
// 事例 「鹅公坪组发生火情一起」「石门坎组有人上坟烧纸」, a task 「织密护林巡查网络」) proofread as the
// editor does: the material's facts get no spelling or confusion guess, yet a misspelt idiom typed in
// the material is still found, and the same village typed outside the material is still questioned.
// The register's verbs (织密、夯基垒台、查纠、纠治 …) are flagged nowhere.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DocModel } from '../../core/doc/model.ts';
import { blockText } from '../../core/doc/text.ts';
import { draft } from '../../core/draft/index.ts';
import type { WengaoInput } from '../../core/input/schema.ts';
import { proofParagraphs, proofText } from '../../core/proof/index.ts';
import { materialFacts, materialNames } from '../../core/proof/material-names.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadProofLexicon } from '../../main/services/proof/load.ts';

const lex = loadProofLexicon();
const library = loadDraftLibrary();
const input = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'campaigns', 'ui18-town-forest-fire.json'), 'utf8')) as WengaoInput;

function proofDoc(doc: DocModel) {
  const paras = doc.blocks.map((b) => blockText(b, ''));
  const found = proofParagraphs(paras, lex, { names: materialNames(doc), facts: materialFacts(doc) });
  return found.map((f) => ({ ...f, word: paras[f.para]!.slice(f.offset, f.offset + Math.max(1, f.length)) }));
}

describe('the material’s facts are the user’s', () => {
  it('no guess in the village names of her 事例 or her task’s title', () => {
    const doc = draft(input, library, { seed: 5 });
    const text = doc.blocks.map((b) => blockText(b, '')).join('\n');
    for (const fact of ['鹅公坪组发生火情一起', '石门坎组有人上坟烧纸', '织密护林巡查网络']) expect(text).toContain(fact);
    expect(materialFacts(doc)).toEqual(expect.arrayContaining(['鹅公坪组发生火情一起', '石门坎组有人上坟烧纸']));
    const guesses = proofDoc(doc).filter((f) => f.category === 'spelling' || f.category === 'confusion');
    expect(guesses).toEqual([]);
    // Without the facts (as before), both villages were questioned.
    const paras = doc.blocks.map((b) => blockText(b, ''));
    const before = proofParagraphs(paras, lex, { names: materialNames(doc) }).map((f) => f.suggestion);
    expect(before).toEqual(expect.arrayContaining(['平', '门槛']));
  });

  it('the same words typed outside the material are still questioned; a misspelt idiom in the material is still found', () => {
    const typed = '鹅公坪组发生火情一起';
    expect(proofText(`比如${typed}。`, lex).map((f) => f.suggestion)).toContain('平');
    const withIdiom = structuredClone(input) as WengaoInput & { campaign: { achievements: { detail: string }[] } };
    withIdiom.campaign.achievements[0]!.detail = '各村组建半专业扑火队，再接再励配齐风力灭火机';
    const doc = draft(withIdiom, library, { seed: 5 });
    expect(proofDoc(doc).filter((f) => f.rule === 'confusion:再接再励')).toHaveLength(1);
  });

  it('the register’s verbs are no typos anywhere', () => {
    for (const text of ['要织密织牢防护网，织细织密防控网', '织密网格巡查', '坚持夯基垒台、立柱架梁', '推动产业拓面提质', '全面查纠问题隐患', '持续纠治群众身边的不正之风']) {
      expect(proofText(text, lex).filter((f) => f.category === 'spelling'), text).toEqual([]);
    }
  });
});
