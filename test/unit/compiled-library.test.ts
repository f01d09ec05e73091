// The prebuilt bundles read the drafting library from JSON compiled at build time: it must be the
// library the YAML gives, and a template edited after the compile must win over the stale JSON.
import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { genericPairsByShare } from '../../core/draft/units.ts';
import { compileDraftLibrary, loadDraftLibrary, PACKAGE_ROOT, readDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns } from '../helpers/campaigns.ts';
import { loadExamples } from '../helpers/examples.ts';

describe('compiled drafting library', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'wengao-compiled-')), 'draft-library.json');
  const fromYaml = readDraftLibrary();

  it('reads back as the library the YAML gives, with the generic pairs found once', () => {
    compileDraftLibrary(path);
    const compiled = loadDraftLibrary(PACKAGE_ROOT, path);
    const { generic, ...banks } = compiled.banks;
    expect({ ...compiled, banks }).toEqual(fromYaml);
    expect(compiled).not.toBe(fromYaml);
    expect(generic).toEqual(genericPairsByShare(fromYaml.banks));
    for (const g of generic!) expect(g.pairs.length).toBeGreaterThan(10);
  });

  it('drafts every example and campaign word for word as the YAML library does', () => {
    const compiled = loadDraftLibrary(PACKAGE_ROOT, path);
    for (const { input } of [...loadExamples(), ...loadCampaigns()]) {
      for (const seed of [1, 2]) expect(draft(input, compiled, { seed })).toEqual(draft(input, fromYaml, { seed }));
    }
  });

  it('is not used once it is older than a template or a phrase bank', () => {
    // A JSON that says something else: read while it is newer than every YAML file, not once older.
    writeFileSync(path, JSON.stringify({ templates: [], banks: fromYaml.banks }));
    expect(loadDraftLibrary(PACKAGE_ROOT, path).templates.size).toBe(0);
    const old = new Date(Date.now() - 10 * 365 * 86_400_000);
    utimesSync(path, old, old);
    const loaded = loadDraftLibrary(PACKAGE_ROOT, path);
    expect(loaded).toEqual(fromYaml);
    expect(loaded.templates.size).toBeGreaterThan(0);
  });
});
