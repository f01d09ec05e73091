// A file the library cannot take, said in Chinese: the message is shown to the user as it is, and
// nothing of the file has been written.
export class LibraryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** The largest file the library reads: a larger one is refused before it is read into memory. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

export function tooLarge(bytes: number): LibraryError {
  return new LibraryError(`文件过大（${(bytes / 1048576).toFixed(1)} MB），单个文件最大 ${MAX_FILE_BYTES / 1048576} MB`);
}
