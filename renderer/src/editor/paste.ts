// Pasting HTML from Word, WPS or a web page: Lexical parses it with DOMParser, and Chromium checks
// every `style` attribute of the parsed markup against the page's Content Security Policy
// (style-src 'self'), logging one violation per attribute. The editor keeps no inline styles
// (formatting comes from the document model), so the styles are taken out of the markup before it
// is parsed: the same paste, without the console errors and without loosening the policy.
import { $insertDataTransferForRichText } from '@lexical/clipboard';
import { $getSelection, COMMAND_PRIORITY_HIGH, PASTE_COMMAND, PASTE_TAG } from 'lexical';
import type { LexicalEditor } from 'lexical';
import { STYLED, withoutStyles } from './paste-html.ts';

const LEXICAL_TYPE = 'application/x-lexical-editor';

export function registerPaste(editor: LexicalEditor): () => void {
  return editor.registerCommand(
    PASTE_COMMAND,
    (event) => {
      const data = event instanceof ClipboardEvent ? event.clipboardData : null;
      const html = data?.getData('text/html') ?? '';
      // Lexical's own format (a copy from this editor) is pasted from its JSON, never parsed.
      if (!data || !STYLED.test(html) || data.types.includes(LEXICAL_TYPE)) return false;
      const clean = new DataTransfer();
      clean.setData('text/html', withoutStyles(html));
      const text = data.getData('text/plain');
      if (text) clean.setData('text/plain', text);
      event.preventDefault();
      editor.update(
        () => {
          const selection = $getSelection();
          if (selection) $insertDataTransferForRichText(clean, selection, editor);
        },
        { tag: PASTE_TAG },
      );
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );
}
