// Leaving never loses typing. The open editor registers its pending save here; every way out of it
// waits for (or sends) that save first:
// - another screen of the app (App's navigation awaits `saveBeforeLeaving`; if it fails, the user
//   stays with her text and is told);
// - the tab hidden (visibilitychange): the save starts at once;
// - reload or close in browser mode (pagehide, beforeunload): the text is sent with a keepalive
//   request, which outlives the page, and a rescue copy is kept in localStorage; the next open of
//   the document saves the copy if the request did not arrive (rescue.ts);
// - the desktop window closing (beforeunload in Electron): the close waits, the save is made, then
//   the window closes; if the save fails, the window stays open and says so.
import { bridge } from '../api.ts';
import type { DocModel } from '../../../core/doc/model.ts';
import { keepRescue } from './rescue.ts';

export interface PendingSave {
  documentId: number;
  /** The version the editor's text was last opened or saved as. */
  base(): number;
  /** Edits not stored yet, or a save still under way. */
  unsaved(): boolean;
  /** The text as it is in the editor now. */
  current(): DocModel;
  /** Stores the pending edits (an autosave); throws when it cannot. */
  flush(): Promise<void>;
  /** Sends the text with a request that outlives the page (browser mode). */
  send(doc: DocModel): void;
  /** Says on screen that leaving was stopped because the text could not be saved. */
  failed(e: unknown): void;
}

let pending: PendingSave | null = null;
let closing = false;

export function registerPending(p: PendingSave): () => void {
  pending = p;
  install();
  return () => {
    if (pending === p) pending = null;
  };
}

/** Saves the open document's pending edits before the app shows another screen; false (and said) when it could not. */
export async function saveBeforeLeaving(): Promise<boolean> {
  const p = pending;
  if (!p || !p.unsaved()) return true;
  try {
    await p.flush();
    return true;
  } catch (e) {
    p.failed(e);
    return false;
  }
}

/** The page is going away (reload, close, another address): send what is unsaved and keep a copy. */
function sendNow(): void {
  const p = pending;
  if (!p || !p.unsaved()) return;
  const doc = p.current();
  keepRescue(p.documentId, p.base(), doc);
  p.send(doc);
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('beforeunload', (e) => {
    const p = pending;
    if (!p || !p.unsaved()) return;
    if (bridge()) {
      // The desktop window: hold the close, save, then close (or stay and say why).
      e.preventDefault();
      e.returnValue = '';
      if (closing) return;
      closing = true;
      void saveBeforeLeaving().then((ok) => {
        closing = false;
        if (ok) window.close();
      });
      return;
    }
    sendNow();
  });
  window.addEventListener('pagehide', sendNow);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') void saveBeforeLeaving();
  });
}
