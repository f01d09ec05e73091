// Every finding of the whole proofreader (built-in lexicon and the shipped spelling model), field by
// field, on a fixed corpus: the seven real documents of ../shared/genre and fixtures/import, and every
// eighth sentence pair of the spelling development set, typo and clean. Work on the proofreader's speed
// must leave this file as it is; a change meant to change findings updates it
// (`npx vitest run test/unit/proof-snapshot.test.ts -u`) and the diff shows what users will see change.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { proofText, type Finding } from '../../core/proof/index.ts';
import { loadProofLexicon } from '../../main/services/proof/load.ts';
import { readDevSet } from '../../bench/spelling-eval.ts';
import { SHARED } from '../helpers/examples.ts';

/** One line a finding: where, how severe, which rule, the suggestion and the message. */
const line = (name: string, f: Finding) => [name, `${f.para}:${f.offset}+${f.length}`, f.severity, f.category, f.rule, f.suggestion ?? '-', f.message].join('\t');

function corpus(): [string, string][] {
  const texts: [string, string][] = [];
  for (const dir of ['genre', join('fixtures', 'import')]) {
    for (const f of readdirSync(join(SHARED, dir)).filter((n) => n.endsWith('.txt')).sort()) texts.push([`${dir}/${f}`, readFileSync(join(SHARED, dir, f), 'utf8')]);
  }
  readDevSet().forEach((p, k) => {
    if (k % 8 === 0) texts.push([`dev ${k} typo`, p.typo], [`dev ${k} clean`, p.clean]);
  });
  return texts;
}

describe('the findings on a fixed corpus', () => {
  it('are those recorded in test/fixtures/proof/findings.snap.txt', async () => {
    const lex = loadProofLexicon();
    const lines = corpus().flatMap(([name, text]) => proofText(text, lex).map((f) => line(name, f)));
    expect(lines.length).toBeGreaterThan(300);
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('../fixtures/proof/findings.snap.txt');
  });
});
