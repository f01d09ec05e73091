// A document as a file: .docx in the national layout, or a 督办台账 as CSV. The exporter (and the
// docx library) loads on the first export only. A .docx of a stored document carries which version
// it is (revision/identity.ts); the 修订稿 is main/api/revision.ts.
import { ApiError } from '../../core/api.ts';
import { toCsv } from '../../core/doc/csv.ts';
import { xmlSafeDeep } from '../../core/doc/xml-text.ts';
import type { DomainSlice, Services } from './context.ts';
import { docFileName } from './names.ts';

export function exportHandlers({ store }: Services): Omit<DomainSlice<'export'>, 'export.revision'> {
  return {
    'export.docx': async ({ doc, documentId }) => {
      const { exportDocxWithFonts } = await import('../services/export/docx.ts');
      const { value: clean, removed } = xmlSafeDeep(doc);
      // The identity names the stored version with the user's text (before the cleaning).
      const stamp = documentId === undefined ? {} : await (await import('../services/revision/stamp.ts')).stampOptions(store(), documentId, doc);
      const { bytes, fonts } = await exportDocxWithFonts(clean, stamp);
      const { coverageWarning } = await import('../services/export/charset.ts');
      const warning = coverageWarning(clean);
      return {
        name: docFileName(doc, 'docx'),
        base64: Buffer.from(bytes).toString('base64'),
        ...(removed ? { removedChars: removed } : {}),
        fonts,
        warnings: warning ? [warning.message] : [],
      };
    },

    'export.csv': async ({ doc }) => {
      if (doc.kind !== 'ledger' || !doc.blocks.some((b) => b.type === 'table')) throw new ApiError('只有督办台账可以导出为 CSV');
      return { name: docFileName(doc, 'csv'), text: toCsv(doc) };
    },
  };
}
