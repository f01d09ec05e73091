// Files the user picks, as the API takes them: a name and the bytes in base64; the 「导入」 button.
import type { OpenFileKind } from '../../core/bridge.ts';
import { folderLitter } from '../../core/library-formats.ts';
import { bridge } from './api.ts';

export interface PickedFile {
  name: string;
  /** Its size in bytes, where known (a pick is sent in calls of bounded size). */
  size?: number;
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
  return [...(files ?? [])].map((f) => ({ name: f.name, size: f.size, base64: () => fileBase64(f) }));
}

/** Electron's native open dialog; empty when the user cancels (or in browser mode, which has none). */
export async function pickNative(kind: OpenFileKind): Promise<PickedFile[]> {
  const picked = await bridge()?.openFile?.(kind);
  return picked ? [{ name: picked.name, base64: async () => picked.base64 }] : [];
}

/**
 * 「导入…」: a file input styled as a button (the input itself is hidden; `label` is its accessible
 * name too, so tests and screen readers find it). For one file, Electron's native dialog when there
 * is one; for several (`multiple`: the 范文库), the input in the desktop app too — it is Chromium's
 * own picker there, takes several files at once, and is the path browser mode and its tests use.
 */
export function FileButton(p: { label: string; accept: string; kind: OpenFileKind; multiple?: boolean; onFiles(files: PickedFile[]): void }) {
  if (bridge()?.openFile && !p.multiple) return <button onClick={() => void pickNative(p.kind).then(p.onFiles)}>{p.label}…</button>;
  return (
    <label className="filebutton">
      {p.label}（{p.accept.split(',').join(' ')}）
      <input
        type="file"
        accept={p.accept}
        multiple={p.multiple}
        aria-label={p.label}
        onChange={(e) => {
          const list = fromInput(e.target.files);
          e.target.value = '';
          p.onFiles(list);
        }}
      />
    </label>
  );
}

/**
 * 「导入文件夹」: every file in a folder the user picks (and its subfolders), through the page's own
 * folder picker (in the desktop app too: it is Chromium's). The caller keeps the kinds it takes.
 */
export function FolderButton(p: { label: string; onFiles(files: PickedFile[]): void }) {
  return (
    <label className="filebutton">
      {p.label}
      <input
        type="file"
        multiple
        aria-label={p.label}
        ref={(el) => el?.setAttribute('webkitdirectory', '')}
        onChange={(e) => {
          // (Word's lock files, hidden files, Thumbs.db: passed over quietly, as the CLI's walk of a folder does.)
          const list = fromInput(e.target.files).filter((f) => !folderLitter(f.name));
          e.target.value = '';
          p.onFiles(list);
        }}
      />
    </label>
  );
}
