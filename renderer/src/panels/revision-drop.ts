// A .docx dropped on the open document, waiting for the versions panel to open and take it.
import type { PickedFile } from '../files.tsx';

let pending: PickedFile | null = null;
const listeners = new Set<() => void>();

export function dropRevision(file: PickedFile): void {
  pending = file;
  for (const l of listeners) l();
}

/** The dropped file, once (null when there is none). */
export function takeRevision(): PickedFile | null {
  const file = pending;
  pending = null;
  return file;
}

export function onRevisionDrop(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether a drag carries files (a .docx may be among them); the drop handler checks the name. */
export function carriesFiles(types: readonly string[]): boolean {
  return types.includes('Files');
}
