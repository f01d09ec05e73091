// After a replacement is accepted (another wording, a restored version …), the status line follows
// Ctrl+Z and Ctrl+Y: undoing it says 「已撤销」, redoing it says 「已重做」 — the banner 「已采纳…」 must
// not stay up over a text that is no longer the one accepted (session 19's screen test, defect 6).
import type { LexicalEditor } from 'lexical';
import { useCallback, useEffect, useRef } from 'react';
import type { DocModel } from '../../../core/doc/model.ts';
import { toPlainText } from '../../../core/doc/text.ts';
import type { Status } from '../status.ts';
import { LOAD_TAG } from './DocEditor.tsx';

/**
 * Watches `editor` for undo and redo (Lexical tags them 'historic') of the replacement `label`:
 * the text before it is `before`; the text after it is `made` when the edit is already made (a 校对
 * correction), else read once the editor has loaded it.
 */
function watch(editor: LexicalEditor, label: string, before: string, read: () => string, status: Status, labelNext: (label: string) => void, made?: string): () => void {
  let after: string | null = made ?? null;
  return editor.registerUpdateListener(({ tags }) => {
    if (after === null) {
      if (tags.has(LOAD_TAG)) after = read();
      return;
    }
    if (!tags.has('historic')) return;
    const now = read();
    // The version the autosave makes of it says what it is, in the 版本 list, not only 「自动保存」.
    if (now === before) {
      status.info(`已撤销：${label}。正文已回到采纳前的文字，按 Ctrl+Y 可重做。`);
      labelNext(`撤销『${label}』`);
    } else if (now === after) {
      status.info(`已重做：${label}。按 Ctrl+Z 可再次撤销。`);
      labelNext(`重做『${label}』`);
    }
  });
}

/**
 * `follow(label, before, after?)`: from now on, until the next replacement or the editor closes, the
 * status line says when Ctrl+Z undoes the replacement `label` (the text is `before` again) or Ctrl+Y
 * redoes it. `after`: the text it made, when the editor holds it already (not loaded later).
 */
export function useUndoStatus(editor: () => LexicalEditor | null, current: () => DocModel, status: Status, labelNext: (label: string) => void) {
  const off = useRef<(() => void) | null>(null);
  useEffect(() => () => off.current?.(), []);
  return useCallback(
    (label: string, before: DocModel, after?: DocModel) => {
      off.current?.();
      off.current = null;
      const e = editor();
      if (e) off.current = watch(e, label, toPlainText(before), () => toPlainText(current()), status, labelNext, after && toPlainText(after));
    },
    [editor, current, status, labelNext],
  );
}
