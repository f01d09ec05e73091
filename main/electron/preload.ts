// The sandboxed preload: one global, `wengao`, with named functions only; ipcRenderer itself never
// crosses (Actual's preload with `satisfies`, VS Code's `vscode:` channel check). A sandboxed
// preload cannot require our files at run time, so scripts/build-electron.mjs bundles this file
// (with preload-methods.ts) into one CommonJS script; `electron` is the only module left to require.
import { contextBridge, ipcRenderer } from 'electron';
import type { Input, Method, Output } from '../../core/api.ts';
import type { BridgeError, MenuAction, OpenFileKind, WengaoBridge } from '../../core/bridge.ts';
import { METHODS, MENU_CHANNEL, OPEN_FILE_CHANNEL, SAVE_FILE_CHANNEL, channelOf } from './preload-methods.ts';

type Envelope = { ok: true; output: unknown } | { ok: false; error: string; details?: string[] };

const allowed = new Set<string>(METHODS);
const actions = new Set<string>(['new', 'open', 'save', 'export-docx', 'export-csv', 'find', 'replace', 'search'] satisfies MenuAction[]);

/** A plain object, not an Error: contextBridge keeps its fields (it drops an Error's own properties). */
function failure(error: string, details?: string[]): BridgeError {
  return details ? { error, message: error, details } : { error, message: error };
}

const bridge = {
  platform: 'electron',
  async invoke<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
    if (typeof method !== 'string' || !allowed.has(method)) throw failure(`未知的方法：${String(method)}`);
    const reply = (await ipcRenderer.invoke(channelOf(method), input)) as Envelope;
    if (!reply.ok) throw failure(reply.error, reply.details);
    return reply.output as Output<M>;
  },
  openFile(kind: OpenFileKind): Promise<{ name: string; base64: string } | null> {
    return ipcRenderer.invoke(OPEN_FILE_CHANNEL, kind) as Promise<{ name: string; base64: string } | null>;
  },
  saveFile(name: string, data: string | Uint8Array): Promise<{ path: string } | null> {
    return ipcRenderer.invoke(SAVE_FILE_CHANNEL, name, data) as Promise<{ path: string } | null>;
  },
  onMenu(listener: (action: MenuAction) => void): () => void {
    // The page gets the action name only, never the IPC event (it carries the sender).
    const relay = (_event: unknown, action: unknown): void => {
      if (typeof action === 'string' && actions.has(action)) listener(action as MenuAction);
    };
    ipcRenderer.on(MENU_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, relay);
    };
  },
} satisfies WengaoBridge;

contextBridge.exposeInMainWorld('wengao', bridge);
