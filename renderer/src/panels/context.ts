// What the side panels may do with the open document.
import type { LexicalEditor } from 'lexical';
import type { DocModel } from '../../../core/doc/model.ts';
import type { Status } from '../status.ts';
import type { Json } from '../form/material.ts';

/**
 * A text that would replace the whole draft or one part of it (another wording, another frame, a
 * 范文库 heading, a restored or imported version). Nothing changes until the user accepts it in the
 * preview (采纳); then the current text is first kept as a saved version labelled with `label`, the
 * new one is stored by `commit`, and the replacement is one step that Ctrl+Z undoes.
 */
export interface Proposal {
  /** What happens, in the user's words: 「换一种说法：第二部分」. */
  label: string;
  doc: DocModel;
  /** The part replaced (an index into doc.parts), or none for the whole draft. */
  part?: number;
  /** The one paragraph replaced (an index into doc.blocks, the same in both texts). */
  paragraph?: number;
  /** Paragraphs the user wrote or changed in the part that the new wording leaves as they are. */
  kept?: number;
  /** Those paragraphs as the preview shows them: marked 「保留您的修改」, apart from the unchanged ones. */
  keptLines?: string[];
  /** Stores the new text as a version and returns the text to show and that version's number. */
  commit(): Promise<Stored>;
}

/** A text stored as a version: what the editor shows and the version the status bar names. */
export interface Stored {
  doc: DocModel;
  version: number;
}

export interface EditorCtx {
  documentId: number;
  status: Status;
  /** The document as it is in the editor now. */
  current(): DocModel;
  /** Saves pending edits as an autosave version (before asking the server for a new text). */
  flush(): Promise<void>;
  /** Shows a replacement for 采纳 / 放弃. */
  propose(p: Proposal): void;
  editor(): LexicalEditor | null;
  input: Json | null;
  setInput(input: Json): void;
  /** Bumped whenever a version is made, so the versions panel reloads. */
  versionTick: number;
}
