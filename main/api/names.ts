// The file names the API suggests for what it hands back (an export, a lexicon).
import type { DocModel } from '../../core/doc/model.ts';
import { runsText } from '../../core/doc/text.ts';
import { fileName } from '../services/file-names.ts';

export { fileName };

/** The file name of a document's export: its title, made safe. */
export function docFileName(doc: DocModel, ext: string): string {
  return fileName(runsText(doc.title).trim(), ext);
}
