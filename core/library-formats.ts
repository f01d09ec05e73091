// The kinds of file the 范文库 imports, by extension: one list for the importer (main), the file
// picker and the drop zone (renderer), and the native open dialog (Electron).
// .rtf and .odt are read through LibreOffice where it is installed (else refused, saying what to do);
// an .eml's body and the attachments of these kinds are read.
export const LIBRARY_EXTENSIONS = ['.txt', '.md', '.docx', '.doc', '.wps', '.rtf', '.odt', '.pdf', '.html', '.htm', '.mhtml', '.mht', '.eml'] as const;

/** The accepted kinds as a user reads them: 「.txt、.md、…」, the spelling variants (.htm, .mht) left out. */
export const LIBRARY_KINDS = LIBRARY_EXTENSIONS.filter((e) => e !== '.htm' && e !== '.mht').join('、');

/** Where a file's name starts after its folders (-1: none). */
const baseNameStart = (path: string) => Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
/** A file's name without its folders. */
const baseName = (path: string) => path.slice(baseNameStart(path) + 1);

/** Word's and WPS's lock file beside a document they have open: 「~$创卫推进会讲话.docx」 (a few hundred bytes, no document). */
export const lockFile = (path: string): boolean => baseName(path).startsWith('~$');

/** What the system keeps in a folder for itself: thumbnails, the folder's view settings. */
const SYSTEM_FILE = /^(?:thumbs\.db|ehthumbs(?:_vista)?\.db|desktop\.ini)$/i;

/** What Office and the system leave in a folder — lock files, hidden files, Thumbs.db, desktop.ini: never the user's documents, passed over quietly in a folder. */
export function folderLitter(path: string): boolean {
  const name = baseName(path);
  return name.startsWith('.') || name.startsWith('~$') || SYSTEM_FILE.test(name);
}

/** Whether a file name has one of the extensions the library imports (a lock file has none of its own). */
export function libraryFile(name: string): boolean {
  if (lockFile(name)) return false;
  const dot = name.lastIndexOf('.');
  return dot >= 0 && (LIBRARY_EXTENSIONS as readonly string[]).includes(name.slice(dot).toLowerCase());
}

/** What the CLI and the 范文库 panel show while LibreOffice converts a file (an old Word file with
 *  automatic lists: half a minute, with nothing else to show for it). */
export function convertingMessage(name: string): string {
  return `正在用 LibreOffice 转换 ${name}（约需半分钟）…`;
}

/** What the kinds of file a user may try but the library does not take are, and what to do instead. */
const OTHER_KINDS: readonly [RegExp, string][] = [
  [/^\.(?:zip|rar|7z|tar|gz|tgz|bz2|xz)$/, '这是压缩包：请先解压，再导入其中的文件'],
  [/^\.(?:et|ett|xls|xlsx|xlsm|csv|ods)$/, '这是表格文件：范文库收的是讲话、纪要等文稿，请把其中的文字复制到 Word 或 WPS 中另存为 .docx 后再导入'],
  [/^\.(?:dps|ppt|pptx|odp)$/, '这是演示文稿：请把其中的文字复制到 Word 或 WPS 中另存为 .docx 后再导入'],
  [/^\.(?:jpg|jpeg|png|gif|bmp|tif|tiff|webp|heic)$/, '这是图片：范文库无法识别图片中的文字，请先用 OCR 软件识别成文字，或导入原文件'],
  [/^\.(?:ofd|caj|kdh|nh|xps)$/, '这种版式文件无法读取：请用原文件（.docx 或 .pdf）导入，或在阅读器中另存为 PDF 后再导入'],
  [/^\.(?:dot|dotx|wpt|docm)$/, '这是模板或带宏的文档：请在 Word 或 WPS 中另存为 .docx 后再导入'],
];

/** Why a file of a kind the library does not take is refused, in the user's words: what it is and what to do. */
export function unsupportedReason(name: string): string {
  if (lockFile(name)) return '这是 Word 或 WPS 打开文档时生成的临时锁定文件，不是文档本身（文档本身不受影响），已跳过';
  const dot = name.lastIndexOf('.');
  const ext = dot >= 0 ? name.slice(dot).toLowerCase() : '';
  const kind = OTHER_KINDS.find(([re]) => re.test(ext));
  return kind ? kind[1] : `不支持的文件类型（可导入 ${LIBRARY_KINDS}）`;
}

/** A copy's mark at the end of a file's name: 「…(1)」「…（2）」「… - 副本」「…副本」「… - 副本 (2)」. */
const COPY_MARK = /(?:\s*[（(][0-9]{1,3}[）)]|\s*-?\s*副本(?:\s*[（(][0-9]{1,3}[）)])?)$/;

/**
 * `items` in their order, but each copy (「讲话(1).txt」「讲话 - 副本.txt」) after the original it copies when both are
 * among them: the original is the one imported, the copy the one found again (a name sort puts 「讲话(1)」 before
 * 「讲话.」, and the original had been reported as the duplicate).
 */
export function originalsFirst<T>(items: readonly T[], name: (item: T) => string): T[] {
  const names = new Set(items.map(name));
  const copy = (item: T) => {
    const n = name(item);
    const dot = n.lastIndexOf('.');
    const [stem, ext] = dot > baseNameStart(n) ? [n.slice(0, dot), n.slice(dot)] : [n, ''];
    const original = stem.replace(COPY_MARK, '');
    return original !== stem && names.has(original + ext);
  };
  return [...items.filter((i) => !copy(i)), ...items.filter(copy)];
}
