// Saving exported bytes: the Electron shell's save dialog, or a Blob link in browser mode.
import { bridge } from './api.ts';

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** Saves the bytes; false when the user cancelled the Electron save dialog. */
export async function saveBytes(name: string, data: { base64: string } | { text: string }, type: string): Promise<boolean> {
  const bytes = 'base64' in data ? base64Bytes(data.base64) : new TextEncoder().encode(data.text);
  const shell = bridge();
  if (shell?.saveFile) {
    return (await shell.saveFile(name, bytes)) !== null;
  }
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
