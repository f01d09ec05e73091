// Issue 7's acceptance: the real errors and placeholders of ../shared/genre are found; drafts from every
// example, frame and seed have no 错误; the official reports in ../shared/fixtures/import have at most
// one 错误 per 10,000 characters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGenreErrors } from '../fixtures/proof/genre-errors.ts';
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { numberBlocks } from '../../core/doc/numbering.ts';
import { blockText, docLines } from '../../core/doc/text.ts';
import { proofParagraphs, proofText, splitParagraphs, type Finding } from '../../core/proof/index.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadProofLexicon } from '../../main/services/proof/load.ts';
import { loadExamples, SHARED } from '../helpers/examples.ts';

const lex = loadProofLexicon();
const GENRE = join(SHARED, 'genre');
const IMPORT = join(SHARED, 'fixtures', 'import');

/** Paragraph and offset of the n-th occurrence (1-based) of `text` in the file. */
function locate(full: string, text: string, occurrence: number): { para: number; offset: number } {
  let at = -1;
  for (let k = 0; k < occurrence; k++) {
    at = full.indexOf(text, at + 1);
    if (at < 0) throw new Error(`“${text}” occurs fewer than ${occurrence} times`);
  }
  const before = full.slice(0, at);
  const para = before.split('\n').length - 1;
  return { para, offset: at - (before.lastIndexOf('\n') + 1) };
}

const covers = (fs: readonly Finding[], para: number, offset: number, length: number) =>
  fs.some((f) => f.para === para && f.offset < offset + length && offset < f.offset + Math.max(1, f.length));

describe('../shared/genre: the real errors and every placeholder are found', () => {
  const texts = new Map(readdirSync(GENRE).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(GENRE, f), 'utf8')]));
  const findings = new Map([...texts].map(([f, t]) => [f, proofText(t, lex)]));

  it('every listed error is found where it is', () => {
    const all = loadGenreErrors();
    // An error a rule cannot judge without parsing the sentence is listed with `beyond` (why), not hidden.
    const list = all.filter((e) => !e.beyond);
    expect(list.length).toBeGreaterThan(300);
    expect(all.length - list.length).toBeLessThanOrEqual(1);
    const missed: string[] = [];
    for (const e of list) {
      const full = texts.get(e.file);
      if (!full) throw new Error(`${e.file}: not in ../shared/genre`);
      const { para, offset } = locate(full.replace(/\r\n?/g, '\n'), e.text, e.occurrence);
      if (!covers(findings.get(e.file)!, para, offset, e.text.length)) missed.push(`${e.file}:${para + 1}:${offset} ${e.category} “${e.text}” → ${e.right}`);
    }
    expect(missed).toEqual([]);
  });

  it('every placeholder (X, ×, *, 某某, 20xx, 【待补充】, _) is found', () => {
    let n = 0;
    for (const [file, full] of texts) {
      const paras = splitParagraphs(full);
      paras.forEach((p, para) => {
        for (const m of p.matchAll(/(?<![A-Za-z])[XＸ×*＊]+(?![A-Za-z])|某某|20[xX]{2}|【待补充[^】]*】|_+/g)) {
          n++;
          expect(covers(findings.get(file)!, para, m.index, m[0].length), `${file}:${para + 1}:${m.index} “${m[0]}”`).toBe(true);
        }
      });
    }
    expect(n).toBeGreaterThan(40);
  });
});

/** A draft as paragraphs, as the editor shows it, with its heading blocks marked. */
function draftParagraphs(doc: DocModel): { paras: string[]; headings: boolean[] } {
  const paras = docLines({ ...doc, blocks: [], closing: undefined });
  const headings = paras.map(() => false);
  const { marks } = numberBlocks(doc.blocks);
  doc.blocks.forEach((b, i) => {
    for (const line of blockText(b, marks[i] ?? '').split('\n')) {
      paras.push(line);
      headings.push(b.type === 'heading');
    }
  });
  if (doc.closing) {
    paras.push(docLines(doc).at(-1)!);
    headings.push(false);
  }
  return { paras, headings };
}

describe('drafts from every example, frame and seed have no 错误', () => {
  const library = loadDraftLibrary();
  const cases = loadExamples().flatMap((ex) =>
    (ex.input.kind === 'speech' ? ['speech-deploy', 'speech-report', 'speech-situation', 'ledger'] : ['minutes', 'record', 'ledger']).flatMap((template) =>
      Array.from({ length: 10 }, (_, i) => ({ ex, template, seed: i + 1 })),
    ),
  );
  it.each(cases)('$ex.name · $template · seed $seed', ({ ex, template, seed }) => {
    const { paras, headings } = draftParagraphs(draft(ex.input, library, { template, seed }));
    const errors = proofParagraphs(paras, lex, { headings }).filter((f) => f.severity === '错误');
    expect(errors.map((f) => `${f.para + 1}:${f.offset} ${f.message} | ${paras[f.para]!.slice(Math.max(0, f.offset - 10), f.offset + f.length + 10)}`)).toEqual([]);
  });
});

describe('official reports: at most one 错误 per 10,000 characters', () => {
  const files = readdirSync(IMPORT).filter((f) => f.endsWith('.txt')).sort();
  it.each(files)('%s', (file) => {
    const text = readFileSync(join(IMPORT, file), 'utf8');
    const found = proofText(text, lex);
    const errors = found.filter((f) => f.severity === '错误');
    const chars = [...text.replace(/\s/g, '')].length;
    const density = (errors.length / chars) * 10_000;
    console.log(`${file}: ${chars} 字，错误 ${errors.length}（每万字 ${density.toFixed(2)}），疑似 ${found.filter((f) => f.severity === '疑似').length}，提示 ${found.filter((f) => f.severity === '提示').length}`);
    expect(density, errors.map((f) => `${f.para + 1}:${f.offset} ${f.message}`).join('\n')).toBeLessThanOrEqual(1);
  });
});
