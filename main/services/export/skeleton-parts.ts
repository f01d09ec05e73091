// What a skeleton is (skeleton.ts): the constant parts of a .docx for one layout.
import type { FontProfile } from './fonts.ts';
import type { ZipEntry } from './zip.ts';

export interface Layout {
  fontProfile: FontProfile;
  level3Bold: boolean;
  /** Landscape A4 (a ledger's six columns). */
  landscape: boolean;
  /** Word's 修订 switched on for whoever opens the file. */
  trackRevisions: boolean;
}

/** The parts each export writes itself. */
export const DOCUMENT = 'word/document.xml';
export const CORE = 'docProps/core.xml';
export const CUSTOM = 'docProps/custom.xml';
export type Written = typeof DOCUMENT | typeof CORE | typeof CUSTOM;

export interface Skeleton {
  /** word/document.xml up to and including <w:body>, and from the section properties on. */
  head: string;
  tail: string;
  /** The package's parts in docx's order: compressed when constant, else the name of the part to write. */
  parts: (ZipEntry | Written)[];
  /** The faces the constant parts (the page numbers) are set in. */
  fonts: string[];
}
