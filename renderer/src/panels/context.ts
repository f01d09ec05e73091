// What the side panels may do with the open document.
import type { LexicalEditor } from 'lexical';
import type { DocModel } from '../../../core/doc/model.ts';
import type { Status } from '../App.tsx';
import type { Json } from '../form/material.ts';

export interface EditorCtx {
  documentId: number;
  status: Status;
  /** The document as it is in the editor now. */
  current(): DocModel;
  /** Saves pending edits as an autosave version before an action that replaces the text. */
  flush(): Promise<void>;
  /** Shows a new text (redraft, restore) in the editor. */
  load(doc: DocModel): void;
  editor(): LexicalEditor | null;
  input: Json | null;
  setInput(input: Json): void;
  /** Bumped whenever a version is made, so the versions panel reloads. */
  versionTick: number;
}
