// 修订稿: version *to* in the full GB/T 9704 layout, every change from version *from* a Word revision
// (merge.ts) by the user, dated; Word's 修订 left on so the reader's own edits are tracked as well.
// 清样 is the ordinary export. Both carry the version's identity (identity.ts).
import JSZip from 'jszip';
import type { DocModel } from '../../../core/doc/model.ts';
import { exportDocx, type ExportOptions } from '../export/docx.ts';
import { identityProperties, type Identity } from './identity.ts';
import { Marker, fixTrailingDeletion, mergeItems } from './merge.ts';
import { XML_DECLARATION, elements, find, parseXml, serialize } from './xml-tree.ts';

export interface RevisionExportOptions extends Pick<ExportOptions, 'fontProfile' | 'level3Bold'> {
  /** The user's name, as Word shows it beside each change. */
  author: string;
  /** When the changes were made; now by default. */
  date?: Date;
  identity?: Identity;
}

/** Word's date form: no fractions of a second. */
export function wordDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export async function exportRevisionDocx(from: DocModel, to: DocModel, options: RevisionExportOptions): Promise<Uint8Array> {
  const base: ExportOptions = { fontProfile: options.fontProfile, level3Bold: options.level3Bold, author: options.author };
  const [oldBytes, newBytes] = await Promise.all([
    exportDocx(from, base),
    exportDocx(to, { ...base, trackRevisions: true, ...(options.identity ? { properties: identityProperties(options.identity) } : {}) }),
  ]);
  const oldZip = await JSZip.loadAsync(oldBytes);
  const zip = await JSZip.loadAsync(newBytes);
  const oldDoc = parseXml(await oldZip.file('word/document.xml')!.async('string'));
  const newDoc = parseXml(await zip.file('word/document.xml')!.async('string'));
  const oldBody = find(oldDoc, 'w:body');
  const newBody = find(newDoc, 'w:body');
  if (!oldBody || !newBody) throw new Error('revision export: an export without w:body');
  const marker = new Marker({ author: options.author, date: wordDate(options.date ?? new Date()) });
  const sectPr = elements(newBody).filter((c) => c.name === 'w:sectPr');
  const items = mergeItems(elements(oldBody), elements(newBody), marker);
  fixTrailingDeletion(items, marker);
  newBody.children = [...items, ...sectPr];
  zip.file('word/document.xml', XML_DECLARATION + serialize(newDoc));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
