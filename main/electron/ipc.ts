// One ipcMain.handle channel per contract method, `wengao:<method>`. The handler layer validates the
// input against the contract (dispatch); here we only check who is calling: the sender's frame must be
// the app's own page (VS Code's validateIPC idea). Results cross as an envelope, because an Error
// thrown through ipcMain.handle and contextBridge loses everything but a mangled message.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { ApiError, type Method } from '../../core/api.ts';
import { METHODS, channelOf } from './preload-methods.ts';

/**
 * The handler layer's entry (main/api/dispatch.ts): validates rawInput with contract[method].input,
 * runs the handler, checks its output, and throws an ApiError for anything the user can fix.
 */
export type Dispatch<H> = (handlers: H, method: Method, rawInput: unknown) => Promise<unknown>;

/** A failed call as the page is told it: `apiError` in core/api.ts. */
export interface WireError {
  error: string;
  details?: string[];
}

export type Envelope = { ok: true; output: unknown } | ({ ok: false } & WireError);

/** What the page is told about a fault of ours (as main/api/dispatch.ts's INTERNAL_ERROR). */
export const INTERNAL_ERROR = '内部错误';

/** An ApiError as the page sees it; anything else is logged here and reported only as 内部错误. */
export function toBridgeError(err: unknown, log: (err: unknown) => void = console.error): WireError {
  if (err instanceof ApiError) return err.details.length ? { error: err.message, details: err.details } : { error: err.message };
  log(err);
  return { error: INTERNAL_ERROR };
}

/** True when the call comes from the app's own page, not a frame that navigated elsewhere. */
export type SenderCheck = (url: string) => boolean;

export function senderUrl(event: Pick<IpcMainInvokeEvent, 'senderFrame'>): string | undefined {
  return event.senderFrame?.url;
}

export function registerIpc<H>(
  ipcMain: Pick<IpcMain, 'handle'>,
  handlers: H,
  dispatch: Dispatch<H>,
  isTrusted: SenderCheck,
): string[] {
  const channels: string[] = [];
  for (const method of METHODS) {
    const channel = channelOf(method);
    ipcMain.handle(channel, async (event, rawInput: unknown): Promise<Envelope> => {
      const url = senderUrl(event);
      if (url === undefined || !isTrusted(url)) {
        return { ok: false, error: '已拒绝：调用不是来自文稿台自己的页面。' };
      }
      try {
        return { ok: true, output: await dispatch(handlers, method, rawInput) };
      } catch (err) {
        return { ok: false, ...toBridgeError(err) };
      }
    });
    channels.push(channel);
  }
  return channels;
}
