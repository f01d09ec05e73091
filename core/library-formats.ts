// The kinds of file the 范文库 imports, by extension: one list for the importer (main), the file
// picker and the drop zone (renderer), and the native open dialog (Electron).
export const LIBRARY_EXTENSIONS = ['.txt', '.md', '.docx', '.doc', '.wps', '.pdf', '.html', '.htm', '.mhtml', '.mht'] as const;

/** Whether a file name has one of the extensions the library imports. */
export function libraryFile(name: string): boolean {
  const dot = name.lastIndexOf('.');
  return dot >= 0 && (LIBRARY_EXTENSIONS as readonly string[]).includes(name.slice(dot).toLowerCase());
}

/** What the CLI and the 范文库 panel show while LibreOffice converts a file (an old Word file with
 *  automatic lists: half a minute, with nothing else to show for it). */
export function convertingMessage(name: string): string {
  return `正在用 LibreOffice 转换 ${name}（约需半分钟）…`;
}
