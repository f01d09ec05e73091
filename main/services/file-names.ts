// File names made safe for every platform: what the API suggests for an export, and what an
// uploaded file is written as before it is read.

/** A Windows-safe file name from a title: no \ / : * ? " < > | or control characters, at most 80 characters. */
export function fileName(title: string, ext: string): string {
  // eslint-disable-next-line no-control-regex
  let base = title.replace(/[\\/:*?"<>|\u0000-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim();
  base = Array.from(base).slice(0, 80).join('').replace(/[. ]+$/, '');
  if (!base || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = '文稿';
  return `${base}.${ext}`;
}
