// The rules that keep the editor's content a valid draft while the user types, registered on the
// live editor (DocEditor) and on headless ones (tests) alike.
import { $isParagraphNode, ParagraphNode, TextNode } from 'lexical';
import type { EditorState, LexicalEditor } from 'lexical';
import { $dropTypedNumber, $keepItemNumber, $typedAtLeadStart } from './item-number.ts';
import { DocParagraphNode, LeadNode } from './nodes.ts';
import { $factTransform, $gapTransform, FactNode, GapNode } from './text-nodes.ts';

/** A lead only counts at the start of a paragraph: anywhere else its text is plain body text. */
function $leadTransform(lead: LeadNode, prev: EditorState): void {
  const parent = lead.getParent();
  if ($isParagraphNode(parent) && (parent.getFirstChild() === lead || $typedAtLeadStart(lead, prev))) return;
  for (const child of lead.getChildren()) lead.insertBefore(child);
  lead.remove();
}

export function registerEditorRules(editor: LexicalEditor): () => void {
  const off = [
    // Transforms are per node type: plain text and gaps both need the gap rule.
    editor.registerNodeTransform(TextNode, $gapTransform),
    editor.registerNodeTransform(GapNode, $gapTransform),
    editor.registerNodeTransform(FactNode, $factTransform),
    editor.registerNodeTransform(LeadNode, (lead) => $leadTransform(lead, editor.getEditorState())),
    // Numbers are the paragraph's (item-number.ts): kept when its lead is typed over, never doubled.
    editor.registerNodeTransform(TextNode, $dropTypedNumber),
    editor.registerNodeTransform(DocParagraphNode, (p) => $keepItemNumber(p, editor.getEditorState())),
    editor.registerNodeTransform(ParagraphNode, (p) => $keepItemNumber(p, editor.getEditorState())),
  ];
  return () => off.forEach((f) => f());
}
