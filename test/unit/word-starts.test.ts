// The CLI breaks a title where ICU's word segmentation allows (core/doc/title.ts), answering from a
// file what ICU said of the same title before (main/services/export/word-starts.ts), so that a draft
// need not start ICU. The file must give ICU's answers exactly: every title breaks into the same lines.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breakTitle, wordStarts } from '../../core/doc/title.ts';
import { draft } from '../../core/draft/index.ts';
import { rememberedWordStarts } from '../../main/services/export/word-starts.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns } from '../helpers/campaigns.ts';
import { loadExamples } from '../helpers/examples.ts';

const library = loadDraftLibrary();

/** The titles of every example and campaign as drafted, and long titles of other shapes. */
const titles = [
  ...loadExamples().map((e) => draft(e.input, library, { seed: 1 }).title),
  ...loadCampaigns().map((c) => draft(c.input, library, { seed: 1 }).title),
].map((runs) => runs.map((r) => r.text).join(''));
titles.push(
  '关于进一步加强和改进全县农村人居环境整治和美丽乡村建设工作的实施意见的会议纪要',
  '在全市食品安全暨城乡居民医疗保险征缴工作推进会上的讲话',
  '在全县森林防火和大气污染防治工作会议上的讲话（2026年3月）',
  '在“双减”工作推进会暨秋季学期开学工作会议上的讲话',
  'X县2026年第一次常务会议纪要——关于城区老旧小区改造、背街小巷整治等事项',
);

const memoFile = () => join(mkdtempSync(join(tmpdir(), 'wengao-title-words-')), 'code-cache', 'title-words.json');

describe('title words remembered from ICU', () => {
  it('answer as ICU does for every drafted and long title, first from ICU and then from the file', () => {
    const file = memoFile();
    const first = rememberedWordStarts(file);
    for (const t of titles) expect(first(t), t).toEqual(wordStarts(t));
    const later = rememberedWordStarts(file);
    for (const t of titles) {
      expect(later(t), t).toEqual(wordStarts(t));
      expect(breakTitle(t, undefined, later), t).toEqual(breakTitle(t));
    }
    expect(titles.filter((t) => t.length > 20).length).toBeGreaterThan(20);
  });

  it('are read from the file by a later process', () => {
    const file = memoFile();
    const title = '在全区农村人居环境整治工作推进会议上的讲话';
    rememberedWordStarts(file)(title);
    // What the file says is what a later run uses: here, a break after every character.
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { icu: string; titles: Record<string, number[]> };
    writeFileSync(file, JSON.stringify({ ...stored, titles: { [title]: [...title].map((_, i) => i) } }));
    expect(rememberedWordStarts(file)(title)).toEqual([...title].map((_, i) => i));
  });

  it('are asked of ICU again when the file is of another ICU, damaged or not an answer', () => {
    const title = '在全市食品安全暨城乡居民医疗保险征缴工作推进会上的讲话';
    const every = [...title].map((_, i) => i);
    for (const content of [
      JSON.stringify({ icu: 'icu 1.0 unicode 1.0', titles: { [title]: every } }),
      '{"icu":',
      JSON.stringify({ icu: `icu ${process.versions.icu} unicode ${process.versions.unicode}`, titles: { [title]: [1, 0] } }),
      JSON.stringify({ icu: `icu ${process.versions.icu} unicode ${process.versions.unicode}`, titles: { [title]: [0, 99] } }),
    ]) {
      const file = memoFile();
      rememberedWordStarts(file)('在全区农村人居环境整治工作推进会议上的讲话');
      writeFileSync(file, content);
      expect(rememberedWordStarts(file)(title), content).toEqual(wordStarts(title));
    }
  });

  it('never stop a draft: a folder that cannot be written to leaves ICU to answer', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wengao-title-words-'));
    const blocker = join(dir, 'code-cache');
    writeFileSync(blocker, 'not a folder');
    const title = '在全县森林防火和大气污染防治工作会议上的讲话';
    expect(rememberedWordStarts(join(blocker, 'title-words.json'))(title)).toEqual(wordStarts(title));
  });
});
