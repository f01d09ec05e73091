// What an edited .docx brings back, as core sees it: the file read twice — with every revision
// accepted (the reviewer's text) and with every revision rejected (what they were given) — each
// character knowing the tracked change that put it there or takes it away. main/services/revision
// reads the file into this shape; core compares it with the stored version.

/** Who made a tracked change, and when (ISO 8601 as the file wrote it). */
export interface Attribution {
  author: string;
  date?: string;
}

export interface FileLine {
  /** The paragraph as it reads, its list label in front; a table is one line, rows joined by \n and cells by \t. */
  text: string;
  /**
   * Per code point of `text`: the revision behind it. In the accepted view that is the insertion (or
   * move) that put it there; in the rejected view the deletion (or move) that takes it away.
   */
  marks: (Attribution | undefined)[];
  /** A recorded change of the paragraph's properties (w:pPrChange): a level changed in Word. */
  format?: Attribution;
}

export interface FileViews {
  accepted: FileLine[];
  rejected: FileLine[];
  /** Whom changes made without 修订 are put down to: the file's last editor, or 未署名. */
  untrackedAuthor: string;
}

export type ChangeType = 'insert' | 'delete' | 'move' | 'level';

/** One change the user accepts or rejects. */
export interface Change {
  id: number;
  type: ChangeType;
  author: string;
  date?: string;
  /** False when the file has no tracked change for it (edited with 修订 off, or a change of ours rejected). */
  tracked: boolean;
  /** What is inserted or deleted, the paragraph moved, or for a level change the paragraph's text. */
  text: string;
  /** For a level change: the heading levels before and after (0: not a numbered heading). */
  levels?: { from: number; to: number };
  /** Index of the paragraph in `Incoming.paragraphs` it belongs to. */
  para: number;
}

export interface PreviewSpan {
  op: 'equal' | 'insert' | 'delete';
  text: string;
  change?: number;
}

interface PreviewBase {
  /** The heading level in the edited file (0: body text) and the number mark shown before the text. */
  level: number;
  mark: string;
  /** The change of this paragraph's level, if any. */
  levelChange?: number;
  /** Index of the stored version's line (docLines) and of the edited file's line, where the paragraph has one. */
  base?: number;
  file?: number;
}

export type PreviewParagraph = PreviewBase &
  (
    | { kind: 'equal'; text: string }
    | { kind: 'changed'; spans: PreviewSpan[] }
    | { kind: 'inserted'; text: string; change: number }
    | { kind: 'deleted'; text: string; change: number }
    | { kind: 'moved'; side: 'from' | 'to'; text: string; change: number }
  );

export interface Incoming {
  paragraphs: PreviewParagraph[];
  changes: Change[];
}

export type Decision = 'accept' | 'reject';

/** A line of the result: its level and text without number, and where it came from. */
export interface ResultLine {
  level: number;
  text: string;
  base?: number;
  file?: number;
}
