// The user's own edits that a replacement would take away — one definition for every preview that
// warns about them (恢复第 N 版, 换一种说法 of the whole draft, of a part or of one paragraph, another
// frame, a 范文库 heading). A paragraph is the user's when the engine never wrote its text: the text
// is in no generated version as something that version wrote itself (a version that rewords one
// part keeps the other parts, the user's edits among them, from the version before it — those are
// not the engine's). It is replaced when the new text does not keep it. Pure.
import type { DocModel } from '../doc/model.ts';
import { blockText, runsText } from '../doc/text.ts';

/** What a replacement covers: the whole body, one part (an index into doc.parts) or one block. */
export interface ReplacedScope {
  part?: number;
  paragraph?: number;
}

/** A stored version as the count needs it: how it was made, its text, and its parent's text. */
export interface VersionText {
  kind: 'generated' | 'saved' | 'autosave' | 'restored' | 'imported';
  doc: DocModel;
  parent?: DocModel;
}

/**
 * The paragraphs of `doc` in `scope`, each as its text reads without its derived number (a heading
 * added above renumbers the ones below; that is no edit of theirs): the salutation, the blocks and
 * the closing of the body. Empty lines are not paragraphs.
 */
export function scopeTexts(doc: DocModel, scope: ReplacedScope = {}): string[] {
  const { part, paragraph } = scope;
  if (paragraph !== undefined) {
    const block = doc.blocks[paragraph];
    return block ? [blockText(block, '')].filter((t) => t.trim()) : [];
  }
  const last = (doc.parts?.length ?? 1) - 1;
  const out: string[] = [];
  if ((part === undefined || part === 0) && doc.salutation) out.push(runsText(doc.salutation));
  for (const block of doc.blocks) if (part === undefined || ('part' in block && block.part === part)) out.push(blockText(block, ''));
  if ((part === undefined || part === last) && doc.closing) out.push(runsText(doc.closing));
  return out.filter((t) => t.trim());
}

/**
 * Every paragraph text the engine wrote in `history`: all of a generated version's paragraphs that
 * its parent did not have (all of them when it has none), and the whole text of a document that came
 * in as a file (an imported version without a parent). An edited .docx imported as a version brings
 * the reviewer's changes: those are people's edits, not the engine's.
 */
export function engineTexts(history: readonly VersionText[]): Set<string> {
  const out = new Set<string>();
  for (const v of history) {
    if (v.kind === 'imported' && !v.parent) {
      for (const t of scopeTexts(v.doc)) out.add(t);
    } else if (v.kind === 'generated') {
      const inherited = new Set(v.parent ? scopeTexts(v.parent) : []);
      for (const t of scopeTexts(v.doc)) if (!inherited.has(t)) out.add(t);
    }
  }
  return out;
}

/**
 * How many paragraphs the user wrote or changed in `scope` of `current` that `next` would replace:
 * those whose text the engine never wrote and that the new text does not keep word for word.
 */
export function replacedOwnEdits(current: DocModel, next: DocModel, scope: ReplacedScope, engine: ReadonlySet<string>): number {
  const kept = new Map<string, number>();
  for (const t of scopeTexts(next, scope)) kept.set(t, (kept.get(t) ?? 0) + 1);
  let replaced = 0;
  for (const t of scopeTexts(current, scope)) {
    if (engine.has(t)) continue;
    const n = kept.get(t) ?? 0;
    if (n > 0) kept.set(t, n - 1);
    else replaced++;
  }
  return replaced;
}
