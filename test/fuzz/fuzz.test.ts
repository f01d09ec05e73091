// The fuzz properties in the suite: a fixed seed and a few hundred runs each, so that a failure
// reproduces and the suite stays fast (about 15 s on two cores). `npm run fuzz` runs 10,000 each.
import { describe, expect, it } from 'vitest';
import { fuzzImporter } from './importer.ts';
import { fuzzInput } from './input.ts';
import { fuzzDiff, fuzzProof } from './text.ts';

const SEED = 20261204;

describe('fuzzing (fast-check, fixed seed)', () => {
  it('material: any JSON value or mutated example → a Chinese refusal, or a draft whose .docx is valid XML and holds every fact', async () => {
    const t = await fuzzInput({ runs: 300, seed: SEED });
    expect(t.tried).toBe(300);
    // Both outcomes are reached, and the fact check checked facts.
    expect(t.counts.refused).toBeGreaterThan(30);
    expect(t.counts.drafted).toBeGreaterThan(30);
    expect(t.counts['facts checked']).toBeGreaterThan(1000);
  });

  it('importer: mutated .txt/.md/.docx/.doc/.wps/.html/.mhtml/.pdf → a Chinese refusal or a document, each within 2 s and 512 MB', async () => {
    // Measured in the test, as the acceptance asks; the bound is doubled for a loaded machine.
    const t = await fuzzImporter({ runs: 200, seed: SEED }, { ms: 4000, rssMb: 1024 });
    expect(t.tried).toBe(200);
    expect(t.counts.imported).toBeGreaterThan(10);
    expect(t.counts.refused).toBeGreaterThan(10);
  });

  it('proofreader: any text → no exception, every finding inside its paragraph', async () => {
    const t = await fuzzProof({ runs: 300, seed: SEED });
    expect(t.counts['with findings']).toBeGreaterThan(30);
  });

  it('diff: any two texts → no exception, the columns rebuild both texts exactly', async () => {
    const t = await fuzzDiff({ runs: 300, seed: SEED });
    expect(t.counts.changed).toBeGreaterThan(30);
  });
});
