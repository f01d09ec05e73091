// Native open and save dialogs. The page never sees a path it could pass back: it gets the chosen
// file's bytes, or hands over bytes and a suggested name (the same shape browser mode uses).
import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { BrowserWindow, Dialog, FileFilter, IpcMain, WebContents } from 'electron';
import type { OpenFileKind } from '../../core/bridge.ts';
import { type SenderCheck, senderUrl } from './ipc.ts';
import { OPEN_FILE_CHANNEL, SAVE_FILE_CHANNEL } from './preload-methods.ts';
import { own } from '../../core/own.ts';
import { LIBRARY_EXTENSIONS } from '../../core/library-formats.ts';

/** Larger files are refused before they are read (the library import caps its own input too). */
export const MAX_OPEN_BYTES = 20 * 1024 * 1024;

const OPEN: Record<OpenFileKind, { title: string; filters: FileFilter[] }> = {
  material: { title: '打开材料文件', filters: [{ name: '材料（JSON）', extensions: ['json'] }] },
  library: { title: '导入范文', filters: [{ name: '范文（文本、Word、WPS、PDF、网页）', extensions: LIBRARY_EXTENSIONS.map((e) => e.slice(1)) }] },
  document: { title: '导入文稿', filters: [{ name: '文稿（.txt、.docx、.md）', extensions: ['txt', 'docx', 'md'] }] },
};

const SAVE: Record<string, { title: string; filter: FileFilter }> = {
  '.docx': { title: '导出 Word 文档', filter: { name: 'Word 文档', extensions: ['docx'] } },
  '.csv': { title: '导出台账 CSV', filter: { name: 'CSV 表格', extensions: ['csv'] } },
};

type Dialogs = Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;

export async function openFile(dialog: Dialogs, window: BrowserWindow | undefined, kind: unknown): Promise<{ name: string; base64: string } | null> {
  if (typeof kind !== 'string' || !Object.hasOwn(OPEN, kind)) throw new Error('未知的文件类型。');
  const { title, filters } = OPEN[kind as OpenFileKind];
  const options = { title, filters, properties: ['openFile' as const] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const path = result.filePaths[0];
  if (result.canceled || path === undefined) return null;
  if ((await stat(path)).size > MAX_OPEN_BYTES) throw new Error(`文件过大（超过 ${MAX_OPEN_BYTES / 1024 / 1024} MB）：${basename(path)}`);
  return { name: basename(path), base64: (await readFile(path)).toString('base64') };
}

/** Writes `data` (base64 text, or raw bytes) where the user chose; the name only suggests the file name. */
export async function saveFile(dialog: Dialogs, window: BrowserWindow | undefined, name: unknown, data: unknown): Promise<{ path: string } | null> {
  if (typeof name !== 'string' || !(typeof data === 'string' || data instanceof Uint8Array)) throw new Error('导出内容无效。');
  const suggested = basename(name);
  const kind = own(SAVE, extname(suggested).toLowerCase());
  if (!kind) throw new Error('只能保存 .docx 或 .csv 文件。');
  const options = { title: kind.title, defaultPath: suggested, filters: [kind.filter] };
  const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (result.canceled || !result.filePath) return null;
  await writeFile(result.filePath, typeof data === 'string' ? Buffer.from(data, 'base64') : data);
  return { path: result.filePath };
}

/** The two dialog channels, with the same sender check as the contract's. */
export function registerDialogs(
  ipcMain: Pick<IpcMain, 'handle'>,
  dialog: Dialogs,
  windowOf: (contents: WebContents) => BrowserWindow | undefined,
  isTrusted: SenderCheck,
): void {
  const guard = (url: string | undefined): void => {
    if (url === undefined || !isTrusted(url)) throw new Error('已拒绝：调用不是来自文稿台自己的页面。');
  };
  ipcMain.handle(OPEN_FILE_CHANNEL, async (event, kind: unknown) => {
    guard(senderUrl(event));
    return openFile(dialog, windowOf(event.sender), kind);
  });
  ipcMain.handle(SAVE_FILE_CHANNEL, async (event, name: unknown, data: unknown) => {
    guard(senderUrl(event));
    return saveFile(dialog, windowOf(event.sender), name, data);
  });
}
