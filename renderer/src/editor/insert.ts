// Inserting a 范文库 passage at the cursor: a passage is a paragraph, so at the end of a paragraph
// with text it starts a new one; without a cursor in the text it goes at the end.
import { $createParagraphNode, $createTextNode, $getRoot, $getSelection, $isRangeSelection } from 'lexical';
import type { LexicalEditor } from 'lexical';

export function insertPassage(editor: LexicalEditor, text: string): void {
  editor.update(() => {
    const sel = $getSelection();
    if (!$isRangeSelection(sel)) {
      $getRoot().append($createParagraphNode().append($createTextNode(text)));
      return;
    }
    const anchor = sel.anchor.getNode();
    const block = anchor.getTopLevelElement();
    const atEnd = sel.isCollapsed() && block !== null && block.getTextContent() !== '' && sel.anchor.offset === anchor.getTextContentSize() && anchor.getNextSibling() === null;
    if (atEnd) sel.insertParagraph();
    sel.insertText(text);
  });
}
