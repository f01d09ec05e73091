// The built-in confusion lexicon (corpus/proof/confusions.yaml) as data: it parses, it is big enough,
// every condition compiles, and it does not flag the product's own phrasing nor the official texts
// that are taken as clean. The proofreader's own tests (A's) run the engine; this one guards the data.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGenreErrors } from '../fixtures/proof/genre-errors.ts';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { confusionList, type ConfusionEntry } from '../../core/proof/types.ts';
import { PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { SHARED } from '../helpers/examples.ts';

const LEXICON = join(PACKAGE_ROOT, 'corpus', 'proof', 'confusions.yaml');
const IMPORT_DIR = join(SHARED, 'fixtures', 'import');
const GENRE_DIR = join(SHARED, 'genre');
/** Characters of context the engine gives `before`/`after` (core/proof/lexicon.ts). */
const CONTEXT = 20;
const KINDS = ['成语', '音近', '形近', '异形词', '搭配', '公文用语', '规范用字', '虚词'];

const entries: ConfusionEntry[] = confusionList.parse(parse(readFileSync(LEXICON, 'utf8'))).entries;

function hasConditions(e: ConfusionEntry): boolean {
  return Boolean(e.before || e.after || e.notBefore || e.notAfter);
}

const plainErrors = entries.filter((e) => e.severity === '错误' && !hasConditions(e));

function at(text: string, sub: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(sub); i !== -1; i = text.indexOf(sub, i + 1)) out.push(i);
  return out;
}

/** Where `e` fires in one paragraph (offsets), with its conditions applied as the engine documents them. */
function firesAt(e: ConfusionEntry, para: string): number[] {
  const re = (src: string | undefined, anchor: 'start' | 'end') =>
    src ? new RegExp(anchor === 'end' ? `(?:${src})$` : `^(?:${src})`, 'u') : undefined;
  const before = re(e.before, 'end');
  const after = re(e.after, 'start');
  const notBefore = re(e.notBefore, 'end');
  const notAfter = re(e.notAfter, 'start');
  return at(para, e.wrong).filter((i) => {
    const end = i + e.wrong.length;
    const b = para.slice(Math.max(0, i - CONTEXT), i);
    const a = para.slice(end, end + CONTEXT);
    if (before && !before.test(b)) return false;
    if (after && !after.test(a)) return false;
    if (notBefore?.test(b)) return false;
    return !notAfter?.test(a);
  });
}

/** Every place `e` fires in `text` (paragraphs split at '\n'), with a little context around it. */
function fires(e: ConfusionEntry, text: string): string[] {
  return text.split('\n').flatMap((para) => firesAt(e, para).map((i) => para.slice(Math.max(0, i - 8), i + e.wrong.length + 8)));
}

/** Every string in a parsed YAML document. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => strings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => strings(v, out));
  return out;
}

describe('proof lexicon: corpus/proof/confusions.yaml', () => {
  it('parses with confusionList and holds at least 500 entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(500);
  });

  it('has no duplicate wrong + conditions, and no entry whose right is its wrong', () => {
    const seen = new Set<string>();
    const dups: string[] = [];
    for (const e of entries) {
      const key = [e.wrong, e.before, e.after, e.notBefore, e.notAfter].map((s) => s ?? '').join('\u0001');
      if (seen.has(key)) dups.push(e.wrong);
      seen.add(key);
    }
    expect(dups).toEqual([]);
    expect(entries.filter((e) => e.wrong === e.right).map((e) => e.wrong)).toEqual([]);
  });

  it('gives every entry a known kind and a reason in Chinese', () => {
    expect(entries.filter((e) => !KINDS.includes(e.kind)).map((e) => `${e.wrong}: ${e.kind}`)).toEqual([]);
    expect(entries.filter((e) => (e.reason.match(/\p{Script=Han}/gu) ?? []).length < 8).map((e) => e.wrong)).toEqual([]);
  });

  it('compiles every condition as a Unicode regular expression, in the anchored form the engine uses', () => {
    const bad: string[] = [];
    for (const e of entries) {
      for (const [field, src] of [['before', e.before], ['after', e.after], ['notBefore', e.notBefore], ['notAfter', e.notAfter]] as const) {
        if (src === undefined) continue;
        for (const form of [`(?:${src})$`, `^(?:${src})`]) {
          try {
            new RegExp(form, 'u');
          } catch (err) {
            bad.push(`${e.wrong} ${field}: ${(err as Error).message}`);
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('flags nothing of the product’s own phrasing (corpus/*.yaml, templates/*.yaml) with an unconditioned 错误 entry', () => {
    const phrasing = ['corpus', 'templates'].flatMap((dir) =>
      readdirSync(join(PACKAGE_ROOT, dir))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => ({ file: `${dir}/${f}`, texts: strings(parse(readFileSync(join(PACKAGE_ROOT, dir, f), 'utf8'))) })),
    );
    expect(phrasing.length).toBeGreaterThanOrEqual(4);
    const hits: string[] = [];
    for (const { file, texts } of phrasing) {
      for (const t of texts) for (const e of plainErrors) if (t.includes(e.wrong)) hits.push(`${file}: 「${t}」 contains ${e.wrong}`);
    }
    expect(hits).toEqual([]);
  });

  describe('the official texts in ../shared/fixtures/import (taken as clean)', () => {
    const files = readdirSync(IMPORT_DIR).filter((f) => f.endsWith('.txt')).sort();

    it('are there', () => {
      expect(files.length).toBeGreaterThanOrEqual(3);
    });

    for (const f of files) {
      it(`${f}: unconditioned 错误 entries occur at most once per 10,000 characters`, () => {
        const text = readFileSync(join(IMPORT_DIR, f), 'utf8');
        const hits = plainErrors.flatMap((e) => at(text, e.wrong).map(() => e.wrong));
        expect(hits.length, hits.join('、')).toBeLessThanOrEqual(text.length / 10_000);
      });

      it(`${f}: all 错误 entries, with their conditions, fire at most once per 10,000 characters`, () => {
        const text = readFileSync(join(IMPORT_DIR, f), 'utf8');
        const hits = entries.filter((e) => e.severity === '错误').flatMap((e) => fires(e, text).map((c) => `${e.wrong}（${c}）`));
        expect(hits.length, hits.join('；')).toBeLessThanOrEqual(text.length / 10_000);
      });
    }
  });

  describe('test/fixtures/proof/genre-errors.json', () => {
    const genre = loadGenreErrors();
    const texts = new Map(readdirSync(GENRE_DIR).map((f) => [f, readFileSync(join(GENRE_DIR, f), 'utf8')]));

    it('names real substrings of the genre texts, each occurrence present', () => {
      expect(genre.length).toBeGreaterThan(0);
      const bad = genre.filter((g) => at(texts.get(g.file) ?? '', g.text).length < g.occurrence);
      expect(bad).toEqual([]);
    });

    it('has every confusion it lists covered by a lexicon entry whose wrong the listed text contains', () => {
      const uncovered = genre
        .filter((g) => g.category === 'confusion')
        .filter((g) => !entries.some((e) => g.text.includes(e.wrong)))
        .map((g) => `${g.file}: ${g.text}`);
      expect(uncovered).toEqual([]);
    });

    it('has every confusion it lists actually fire there, with the entry’s conditions', () => {
      const missed: string[] = [];
      for (const g of genre.filter((x) => x.category === 'confusion')) {
        const text = texts.get(g.file) ?? '';
        const start = at(text, g.text)[g.occurrence - 1] ?? -1;
        const paraStart = text.lastIndexOf('\n', start) + 1;
        const paraEnd = text.indexOf('\n', start);
        const para = text.slice(paraStart, paraEnd === -1 ? undefined : paraEnd);
        const found = entries.some((e) => {
          const offset = g.text.indexOf(e.wrong);
          return offset !== -1 && firesAt(e, para).includes(start - paraStart + offset);
        });
        if (!found) missed.push(`${g.file}: ${g.text}`);
      }
      expect(missed).toEqual([]);
    });
  });
});
