// Fuzzing the proofreader and the diff with any text: no exception, every finding inside its
// paragraph, and a diff whose two columns rebuild exactly the lines that were compared.
import fc from 'fast-check';
import { diffParagraph, diffTexts, sideLines, splitLines } from '../../core/doc/diff.ts';
import { proofText, splitParagraphs } from '../../core/proof/index.ts';
import { loadProofLexicon } from '../../main/services/proof/load.ts';
import { anyText, count, fail, tally, type Tally } from './common.ts';
import type { FuzzRun } from './input.ts';

const lines = fc.array(anyText, { maxLength: 12 }).map((a) => a.join('\n'));

/** A second version of a text: lines dropped, repeated, swapped and edited, as an editor makes them. */
const edited = (text: string) =>
  fc.array(fc.record({ op: fc.constantFrom('drop', 'copy', 'edit', 'swap'), at: fc.nat(), text: anyText }), { maxLength: 5 }).map((ops) => {
    const out = text.split('\n');
    for (const o of ops) {
      const i = out.length ? o.at % out.length : 0;
      if (o.op === 'drop') out.splice(i, 1);
      else if (o.op === 'copy') out.splice(o.at % (out.length + 1), 0, out[i] ?? o.text);
      else if (o.op === 'swap' && out.length > 1) [out[i], out[0]] = [out[0]!, out[i]!];
      else out[i] = (out[i] ?? '').slice(0, o.at % 7) + o.text + (out[i] ?? '').slice(o.at % 7);
    }
    return out.join('\n');
  });

export async function fuzzProof({ runs, seed, collect = false }: FuzzRun): Promise<Tally> {
  const t = tally();
  const lex = loadProofLexicon();
  fc.assert(
    fc.property(lines, (text) => {
      t.tried++;
      let findings;
      try {
        findings = proofText(text, lex);
      } catch (err) {
        return fail(t, 'exceptions', `${(err as Error).stack ?? String(err)}\n${JSON.stringify(text).slice(0, 300)}`, collect);
      }
      count(t, findings.length ? 'with findings' : 'clean');
      const paras = splitParagraphs(text);
      for (const f of findings) {
        const para = paras[f.para];
        if (para === undefined || f.offset < 0 || f.length < 0 || f.offset + f.length > para.length) {
          fail(t, 'finding outside the text', `${JSON.stringify(f)} in ${JSON.stringify(para)}`, collect);
        }
      }
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  return t;
}

export async function fuzzDiff({ runs, seed, collect = false }: FuzzRun): Promise<Tally> {
  const t = tally();
  fc.assert(
    fc.property(
      lines.chain((a) => fc.tuple(fc.constant(a), edited(a))),
      ([a, b]) => {
        t.tried++;
        try {
          const d = diffTexts(a, b);
          count(t, d.paragraphs.some((p) => p.kind !== 'equal') ? 'changed' : 'equal');
          if (JSON.stringify(sideLines(d, 'left')) !== JSON.stringify(splitLines(a))) fail(t, 'left column is not the old text', JSON.stringify([a, b]), collect);
          if (JSON.stringify(sideLines(d, 'right')) !== JSON.stringify(splitLines(b))) fail(t, 'right column is not the new text', JSON.stringify([a, b]), collect);
          const p = diffParagraph(a, b);
          const join = (spans: { op: string; text: string }[], skip: string) => spans.filter((s) => s.op !== skip).map((s) => s.text).join('');
          if (join(p.left, 'insert') !== a || join(p.right, 'delete') !== b) fail(t, 'spans do not rebuild the text', JSON.stringify([a, b]), collect);
        } catch (err) {
          fail(t, 'exceptions', `${(err as Error).stack ?? String(err)}\n${JSON.stringify([a, b]).slice(0, 300)}`, collect);
        }
      },
    ),
    { numRuns: runs, seed, endOnFailure: true },
  );
  return t;
}
