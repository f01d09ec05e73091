// The file names the API suggests for what it hands back (an export, a lexicon).
import type { DocModel } from '../../core/doc/model.ts';
import { runsText } from '../../core/doc/text.ts';

/** A Windows-safe file name from a title: no \ / : * ? " < > | or control characters, at most 80 characters. */
export function fileName(title: string, ext: string): string {
  // eslint-disable-next-line no-control-regex
  let base = title.replace(/[\\/:*?"<>|\u0000-\u001F\u007F]/g, '').replace(/\s+/g, ' ').trim();
  base = Array.from(base).slice(0, 80).join('').replace(/[. ]+$/, '');
  if (!base || /^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = '文稿';
  return `${base}.${ext}`;
}

/** The file name of a document's export: its title, made safe. */
export function docFileName(doc: DocModel, ext: string): string {
  return fileName(runsText(doc.title).trim(), ext);
}
