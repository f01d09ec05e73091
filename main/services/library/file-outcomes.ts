// What an import says of a file beyond its documents — a new version of a file imported before
// (versions.ts), a page joined to the pages before it (pages.ts) — in a file of its own that imports
// nothing: files.ts's FileResult names them, and the writers that make them import files.ts.

/** A file imported before that a new one may be a new version of (versions.ts previousVersion). */
export interface Previous {
  id: number;
  path: string;
}

/** What the import says of a file that is a new version of one imported before. */
export interface VersionReport {
  /** The source the version before was imported as. */
  previousSourceId: number;
  unchanged: { id: number; title: string }[];
  changed: { id: number; title: string }[];
  added: { id: number; title: string }[];
  /** Pieces of the version before that the file no longer has: still in the library, to remove if she wants. */
  gone: { id: number; title: string }[];
  /** Pieces she had deleted for good (彻底删除) from the version before: not imported again. */
  purged?: { title: string }[];
}

/** What the import says of a page joined to the pages before it (pages.ts). */
export interface JoinedPage {
  /** The page's number (2 for 「…_2.html」) and the article's title. */
  page: number;
  title: string;
  /** The file the pages are joined in, and its documents now. */
  sourceId: number;
  documentIds: number[];
}
