// What the Electron preload puts on `window.wengao`. Browser mode has no such global: the renderer's
// client falls back to the HTTP bridge, an <input type=file> and a download link.
import type { Input, Method, Output } from './api.ts';

/** Which native picker: material is a JSON file; the library and an imported document take .txt, .docx and .md. */
export type OpenFileKind = 'material' | 'library' | 'document';

/** What the application menu asks the page to do (sent on the `wengao:menu` channel). */
export type MenuAction = 'new' | 'open' | 'save' | 'export-docx' | 'export-csv' | 'find' | 'replace' | 'search';

/**
 * How a failed call rejects: a plain object (contextBridge drops an Error's own properties) shaped
 * like `apiError` in core/api.ts, with `message` repeating `error`; the client turns it into an ApiError.
 */
export interface BridgeError {
  error: string;
  message: string;
  details?: string[];
}

export interface WengaoBridge {
  platform: 'electron';
  /** One contract method; rejects with a BridgeError. */
  invoke<M extends Method>(method: M, input: Input<M>): Promise<Output<M>>;
  /** The native open dialog; null when the user cancels. */
  openFile?(kind: OpenFileKind): Promise<{ name: string; base64: string } | null>;
  /** The native save dialog, then writes the bytes (base64, or raw bytes); null when the user cancels. */
  saveFile?(name: string, data: string | Uint8Array): Promise<{ path: string } | null>;
  /** Menu commands; returns the unsubscribe function. */
  onMenu?(listener: (action: MenuAction) => void): () => void;
}
