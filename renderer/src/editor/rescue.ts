// The rescue copy of a document's unsaved text, kept in localStorage when the page goes away while a
// save may not have arrived. Opening the document again stores the copy as an autosave when nothing
// was saved since it was made (the keepalive save did not arrive), and drops it otherwise.
import type { DocModel } from '../../../core/doc/model.ts';

const key = (documentId: number) => `wengao.rescue.${documentId}`;

interface Rescue {
  base: number;
  doc: DocModel;
}

export function keepRescue(documentId: number, base: number, doc: DocModel): void {
  try {
    localStorage.setItem(key(documentId), JSON.stringify({ base, doc } satisfies Rescue));
  } catch {
    // Storage full or disabled: the keepalive save is all there is.
  }
}

export function dropRescue(documentId: number): void {
  try {
    localStorage.removeItem(key(documentId));
  } catch {
    // Nothing kept.
  }
}

/** The text to save on opening: the copy, when the newest stored version is still the one it was made from. */
export function takeRescue(documentId: number, newest: number): DocModel | null {
  let rescue: Rescue | null;
  try {
    const raw = localStorage.getItem(key(documentId));
    rescue = raw ? (JSON.parse(raw) as Rescue) : null;
  } catch {
    rescue = null;
  }
  dropRescue(documentId);
  return rescue && rescue.base === newest && rescue.doc ? rescue.doc : null;
}
