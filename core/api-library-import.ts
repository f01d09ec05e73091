// What `library.import` answers for one file, and `library.importFiles` for a pick's files (core/api.ts):
// in a file of its own, the contract being at its size limit. Built when the method is first called.
import { z } from 'zod';

const id = z.number().int().positive();
const titled = () => z.array(z.object({ id, title: z.string() }));

/**
 * duplicate: the file (same bytes) is in the library already and was not imported again; then
 * inLibrary is how many documents it became, and binned those of them in the 回收站 (to restore there).
 * notices: what the user should check in this file's import (a page the reader could not order, a 汇编 kept as one document).
 * copies: how many of its documents have the body of one already in the library (same-body.ts): the list marks
 * each, and the import says them in one line (an import of many copies listed each twice over: s18 screen tester, 5).
 * version: the file is a new version of one imported before (main/services/library/versions.ts): its pieces
 * unchanged, changed and new (each keeping her title, 体裁 and 回收站 choice), and those of the version before
 * that the file no longer has — still in the library, for her to remove if she wants; purged: those she had
 * deleted for good (彻底删除) from the version before, not imported again.
 * page: the file is a page of an article whose pages before it are in the library: joined to them, no document of its own.
 */
export function libraryImportOutput() {
  return z.object({
    documents: z.number().int(),
    removed: z.number().int(),
    duplicate: z.boolean().optional(),
    inLibrary: z.number().int().optional(),
    binned: titled().optional(),
    /** Documents of the file that had been deleted for good (彻底删除), imported again from it. */
    returned: titled().optional(),
    notices: z.array(z.string()).optional(),
    copies: z.number().int().optional(),
    version: z.object({ previousSourceId: id, unchanged: titled(), changed: titled(), added: titled(), gone: titled(), purged: z.array(z.object({ title: z.string() })).optional() }).optional(),
    /** The file is page N of an article saved page by page, joined to the pages before it (main/services/library/pages.ts). */
    page: z.object({ page: z.number().int(), title: z.string(), sourceId: id, documentIds: z.array(id) }).optional(),
  });
}

/** Files a pick may send in one library.importFiles call (the page sends more in several). */
export const PICK_MAX_FILES = 10_000;

/** library.import: a file's name (1–255 characters) and its bytes as base64, from a picker or a drop. */
export function libraryImportInput() {
  return z.strictObject({ name: z.string().min(1).max(255), base64: z.string() });
}

/** library.importFiles: the files of one pick (each as library.import takes one), imported as one import. */
export function libraryImportFilesInput() {
  return z.strictObject({ files: z.array(libraryImportInput()).min(1).max(PICK_MAX_FILES) });
}

/**
 * Each file of the pick in the order sent: what it became (as library.import says it), or `error`, why
 * it was not imported (the reason library.import refuses it with). `cancelled`: 取消 came during the
 * import; the files without an outcome were not imported (nothing of them is kept).
 */
export function libraryImportFilesOutput() {
  return z.object({
    files: z.array(z.object({ name: z.string(), output: libraryImportOutput().optional(), error: z.string().optional() })),
    cancelled: z.boolean().optional(),
  });
}

/** library.importStatus: while an import runs, how many of its files are read (`done` of `total`), and the one being read. */
export function libraryImportProgress() {
  return z.object({ done: z.number().int(), total: z.number().int(), name: z.string() });
}
