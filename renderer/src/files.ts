// Files the user picks, as the API takes them: a name and the bytes in base64.
import type { OpenFileKind } from '../../core/bridge.ts';
import { bridge } from './api.ts';

export interface PickedFile {
  name: string;
  base64(): Promise<string>;
}

/** A browser File's bytes as base64, in chunks (String.fromCharCode takes a bounded argument list). */
export async function fileBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function fromInput(files: FileList | null): PickedFile[] {
  return [...(files ?? [])].map((f) => ({ name: f.name, base64: () => fileBase64(f) }));
}

/** Electron's native open dialog; empty when the user cancels (or in browser mode, which has none). */
export async function pickNative(kind: OpenFileKind): Promise<PickedFile[]> {
  const picked = await bridge()?.openFile?.(kind);
  return picked ? [{ name: picked.name, base64: async () => picked.base64 }] : [];
}
