/**
 * The input of a browser-mode import call, read before its bytes are decoded: the body must be exactly
 * `{ input: … }` with the input as the contract takes it — checked with the contract's own schemas
 * (core/api-library-import.ts, library.import and library.importFiles); anything else is left to the
 * API's own refusal, which says what is wrong.
 */
import { z } from 'zod';
import { libraryImportFilesInput, libraryImportInput } from '../../../core/api-library-import.ts';

/** An uploaded file as the contract sends it. */
export type UploadedFile = z.output<ReturnType<typeof libraryImportInput>>;

/** The body's `input` if the body is exactly `{ input }` and `schema` takes it. */
function exactInput<T extends z.ZodType>(body: string, schema: T): z.output<T> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  const read = z.strictObject({ input: schema }).safeParse(parsed);
  // The generic strictObject's output type is not indexable by TypeScript; its shape is { input } by construction.
  return read.success ? (read.data as { input: z.output<T> }).input : undefined;
}

/** The file of a library.import call's body. */
export const fileInput = (body: string): UploadedFile | undefined => exactInput(body, libraryImportInput());

/** The files of a library.importFiles call's body (one to PICK_MAX_FILES). */
export const filesInput = (body: string): UploadedFile[] | undefined => exactInput(body, libraryImportFilesInput())?.files;
