// A document as a file: .docx in the national layout, or a 督办台账 as CSV. The exporter (and the
// docx library) loads on the first export only.
import { ApiError } from '../../core/api.ts';
import { toCsv } from '../../core/doc/csv.ts';
import { xmlSafeDeep } from '../../core/doc/xml-text.ts';
import type { DomainSlice } from './context.ts';
import { docFileName } from './names.ts';

export function exportHandlers(): DomainSlice<'export'> {
  return {
    'export.docx': async ({ doc }) => {
      const { exportDocx } = await import('../services/export/docx.ts');
      const { value: clean, removed } = xmlSafeDeep(doc);
      const bytes = await exportDocx(clean);
      return { name: docFileName(doc, 'docx'), base64: Buffer.from(bytes).toString('base64'), ...(removed ? { removedChars: removed } : {}) };
    },

    'export.csv': async ({ doc }) => {
      if (doc.kind !== 'ledger' || !doc.blocks.some((b) => b.type === 'table')) throw new ApiError('只有督办台账可以导出为 CSV');
      return { name: docFileName(doc, 'csv'), text: toCsv(doc) };
    },
  };
}
