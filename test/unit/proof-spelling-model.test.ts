// The compiled spelling model the app ships (corpus/proof/spelling/model.bin.gz, written by
// scripts/build-spelling-data.ts) is the model of the data files beside it, and reads back as the
// model compiled from them: a data file edited without rebuilding fails here, not in a user's 校对.
import { gunzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spellingHits } from '../../core/proof/spelling/check.ts';
import { decodeSpellingModel, modelSource } from '../../core/proof/spelling/model-file.ts';
import { compileSpelling } from '../../core/proof/spelling/model.ts';
import { MODEL_FILE, readSpellingData, shippedModelBytes, spellingSourceDigest } from '../../main/services/proof/spelling-data.ts';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';

const shipped = shippedModelBytes()!;

describe('the shipped spelling model', () => {
  it('was built from the data files as they are now', () => {
    expect(shipped, `${MODEL_FILE} is missing: run npx tsx scripts/build-spelling-data.ts`).toBeDefined();
    expect(modelSource(shipped), 'the data files changed since the model was built: run npx tsx scripts/build-spelling-data.ts').toBe(spellingSourceDigest());
  });
  it('finds what the model compiled from the data files finds, at the same places', () => {
    const compiled = compileSpelling(readSpellingData());
    const decoded = decodeSpellingModel(shipped);
    const texts = ['老旧小区改造要充分征求居民意件', '全面推进乡村镇星战略', '坚持已任为本的发展思想', '严格执行值班值守制度，确保信息畅通'];
    // And a stretch of an official report, with and without a slip in every sentence.
    const report = readFileSync(join(PACKAGE_ROOT, '..', 'shared', 'fixtures', 'import', 'gov-work-report-2025.txt'), 'utf8').slice(0, 6000);
    texts.push(report, report.replace(/建设/gu, '建社').replace(/发展/gu, '发战'));
    for (const text of texts) expect(spellingHits(text, decoded)).toEqual(spellingHits(text, compiled));
    expect(spellingHits(texts[0]!, decoded)).toHaveLength(1);
  });
  it('gives every character the candidates the compiled model gives it, and none where it gives none', () => {
    // 丢 (diū) has no common homophone: the decoded model once gave it the lists of every character
    // before it, and flagged 「不丢分」 as 「不部分」.
    const compiled = compileSpelling(readSpellingData());
    const decoded = decodeSpellingModel(shipped);
    expect(decoded.candidates.length).toBe(compiled.charOf.length);
    compiled.charOf.forEach((_, id) => expect([...(decoded.candidates[id] ?? [])], compiled.charOf[id]).toEqual([...(compiled.candidates[id] ?? [])]));
    expect(spellingHits('确保档案资料整理不丢分、少丢分。', decoded)).toEqual([]);
  });
  it('refuses bytes that are not a model file of this version', () => {
    expect(modelSource(gunzipSync(readFileSync(join(PACKAGE_ROOT, 'corpus/proof/spelling', MODEL_FILE))).subarray(8))).toBeUndefined();
    expect(() => decodeSpellingModel(new TextEncoder().encode('WGSPELL0xxxxxxxx'))).toThrow(/not a spelling model file/);
  });
});
