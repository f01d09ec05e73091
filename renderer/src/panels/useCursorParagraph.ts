// The paragraph the cursor is in (or was, before the user clicked a panel): its index among the
// document's blocks, as the stored text has them once the editor is saved, its part, and whether it
// is one the engine wrote (only those have another wording).
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useState } from 'react';
import { runsText } from '../../../core/doc/text.ts';
import { paragraphRank, pickParagraph } from '../../../core/draft/splice-paragraph.ts';
import { $readDoc } from '../editor/convert.ts';
import type { EditorCtx } from './context.ts';

export interface CursorParagraph {
  index: number;
  part: number;
  generated: boolean;
  /** 「第二部分第3段」 */
  where: string;
  /** The start of its text. */
  start: string;
  /** Why it cannot be reworded alone. */
  why?: string;
}

function partName(names: readonly string[] | undefined, part: number): string {
  const name = names?.[part] ?? String(part);
  return /^[一二三四五六七八九十]+$/.test(name) ? `第${name}部分` : name;
}

function $cursorParagraph(): CursorParagraph | null | undefined {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return undefined;
  const top = selection.anchor.getNode().getTopLevelElement();
  if (!top) return undefined;
  const { doc, keys } = $readDoc();
  const index = keys.indexOf(top.getKey());
  const block = doc.blocks[index];
  if (index < 0 || !block) return { index: -1, part: -1, generated: false, where: '光标所在处', start: '', why: '称呼、结束语和空行不能单独换说法' };
  const part = 'part' in block && block.part !== undefined ? block.part : -1;
  const text = 'runs' in block ? (block.type === 'paragraph' ? runsText(block.lead?.runs) : '') + runsText(block.runs) : '';
  const start = text.length > 28 ? `${text.slice(0, 28)}…` : text;
  const pick = pickParagraph(doc, index);
  if (!pick.ok) {
    const why = pick.why === 'own' ? '这是您自己添加的段落，没有可换的说法' : '标题和表格不能单独换说法，请点在正文段落中';
    return { index, part, generated: false, where: part >= 0 ? partName(doc.parts, part) : '光标所在处', start, why };
  }
  return { index, part, generated: true, where: `${partName(doc.parts, part)}第${paragraphRank(doc, index)}段`, start };
}

/** The paragraph of the cursor, followed as it moves; kept while the editor is not focused. */
export function useCursorParagraph(ctx: EditorCtx): CursorParagraph | null {
  const [cursor, setCursor] = useState<CursorParagraph | null>(null);
  const editor = ctx.editor();
  useEffect(() => {
    if (!editor) return;
    const read = () => {
      const found = editor.getEditorState().read($cursorParagraph);
      // No selection (the editor lost focus to the panel): the last paragraph stays chosen.
      if (found !== undefined) setCursor(found);
    };
    read();
    return editor.registerUpdateListener(read);
  }, [editor]);
  return cursor;
}
