// 校对's findings as the panel holds them: the texts they were found in, what a finding shows, the
// 忽略 choices remembered per document, the underlines, and the findings after one is 采纳'd.
import type { LexicalEditor } from 'lexical';
import type { Output } from '../../../core/api.ts';
import type { DocModel } from '../../../core/doc/model.ts';
import { runsText } from '../../../core/doc/text.ts';
import { domRange } from '../editor/proof-ranges.ts';
import { $proofParagraphs, type ProofParagraphs } from '../editor/proof-spans.ts';
import { PROOF_HIGHLIGHTS, PROOF_SEVERITIES, type ProofSeverity } from '../labels.ts';

export type Finding = Output<'proof.check'>['findings'][number];

/** Findings with the paragraph texts they were found in (their offsets count in these). */
export interface Checked {
  texts: string[];
  findings: Finding[];
}

export const spanOf = (c: Checked, f: Finding) => (c.texts[f.para] ?? '').slice(f.offset, f.offset + f.length);
/** Up to 8 characters either side of the span, so that three 「X」 findings can be told apart. */
export function around(c: Checked, f: Finding): { before: string; after: string } {
  const t = c.texts[f.para] ?? '';
  const a = Math.max(0, f.offset - 8);
  const end = f.offset + f.length;
  return { before: (a > 0 ? '…' : '') + t.slice(a, f.offset), after: t.slice(end, end + 8) + (end + 8 < t.length ? '…' : '') };
}
export const ignoreKey = (c: Checked, f: Finding) => [f.rule, f.offset, f.length, c.texts[f.para] ?? ''].join('\u0000');
export const findingKey = (f: Finding) => `${f.para}:${f.offset}:${f.length}:${f.rule}`;

/** The lines printed above the body (title, subtitle, date, speaker, the 纪要 head): not in the editor, proofread too. */
export function headLines(doc: DocModel): string[] {
  const h = doc.minutesHead;
  return [doc.title, h?.issue, h?.organizer, h?.date, doc.subtitle, doc.dateLine, doc.speakerLine].map((r) => (r ? runsText(r) : '')).filter((t) => t !== '');
}

/** What the user chose to 忽略 in a document: remembered on this machine, per document. */
const ignoreStoreKey = (documentId: number) => `wengao:proof-ignore:${documentId}`;
export function loadIgnored(documentId: number): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(ignoreStoreKey(documentId)) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
export function saveIgnored(documentId: number, words: readonly string[]): void {
  try {
    localStorage.setItem(ignoreStoreKey(documentId), JSON.stringify(words));
  } catch {
    // Storage full or off: the choice holds for this session.
  }
}

export function clearHighlights(): void {
  if (typeof CSS === 'undefined' || !CSS.highlights) return;
  for (const name of Object.values(PROOF_HIGHLIGHTS)) CSS.highlights.delete(name);
}

/** The underlines: findings whose paragraph still has the text they were found in. */
export function paintFindings(ed: LexicalEditor | null, c: Checked | null, ignored: ReadonlySet<string>): void {
  if (typeof CSS === 'undefined' || !CSS.highlights || typeof Highlight === 'undefined') return;
  if (!ed || !c || c.findings.length === 0) return clearHighlights();
  const now: ProofParagraphs = ed.getEditorState().read($proofParagraphs);
  const groups: Record<ProofSeverity, Range[]> = { 错误: [], 疑似: [], 提示: [] };
  for (const f of c.findings) {
    if (f.length === 0 || now.texts[f.para] !== c.texts[f.para] || ignored.has(ignoreKey(c, f))) continue;
    const el = ed.getElementByKey(now.keys[f.para]!);
    const range = el ? domRange(el, f.offset, f.length) : null;
    if (range) groups[f.severity].push(range);
  }
  for (const s of PROOF_SEVERITIES) {
    const name = PROOF_HIGHLIGHTS[s];
    if (groups[s].length) CSS.highlights.set(name, new Highlight(...groups[s]));
    else CSS.highlights.delete(name);
  }
}

/** The findings after `f`'s suggestion replaced its span: the paragraph's others move with the text, those overlapping the span go. */
export function afterAccept(c: Checked, f: Finding & { suggestion: string }): Checked {
  const before = c.texts[f.para] ?? '';
  const delta = f.suggestion.length - f.length;
  const end = f.offset + f.length;
  const texts = c.texts.map((t, i) => (i === f.para ? before.slice(0, f.offset) + f.suggestion + before.slice(end) : t));
  const findings = c.findings
    .filter((g) => g.para !== f.para || g.offset >= end || g.offset + g.length <= f.offset)
    .filter((g) => !(g.para === f.para && g.length === 0 && g.offset === f.offset))
    .map((g) => (g.para === f.para && g.offset >= end ? { ...g, offset: g.offset + delta } : g));
  return { texts, findings };
}
