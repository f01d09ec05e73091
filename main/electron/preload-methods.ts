// The contract's method names as a literal, so the sandboxed preload needs neither zod nor core/api.ts
// at run time. test/unit/electron-shell.test.ts checks it equals Object.keys(contract): they cannot drift.
import type { Method } from '../../core/api.ts';

export const METHODS = [
  'templates.list',
  'input.validate',
  'draft.generate',
  'documents.create',
  'documents.list',
  'documents.open',
  'documents.delete',
  'documents.undelete',
  'documents.redraft',
  'versions.list',
  'versions.save',
  'versions.get',
  'versions.diff',
  'versions.restore',
  'versions.ownEdits',
  'library.search',
  'documents.import',
  'library.import',
  'library.importFiles',
  'library.cancelImport',
  'library.importStatus',
  'documents.importRevision',
  'comments.list',
  'comments.resolve',
  'settings.get',
  'settings.setUserName',
  'library.sources',
  'library.restore',
  'library.merge',
  'library.split',
  'library.lines',
  'library.documents',
  'library.document',
  'library.update',
  'library.remove',
  'library.recover',
  'library.purge',
  'library.patterns',
  'export.docx',
  'export.revision',
  'export.csv',
  'proof.check',
  'lexicon.list',
  'lexicon.add',
  'lexicon.setEnabled',
  'lexicon.remove',
  'lexicon.import',
  'lexicon.export',
  'roster.list',
  'roster.import',
  'roster.add',
  'roster.remove',
] as const satisfies readonly Method[];

/** The IPC channel of one contract method; every channel of the app starts with `wengao:`. */
export function channelOf(method: string): string {
  return `wengao:${method}`;
}

export const MENU_CHANNEL = 'wengao:menu';
export const OPEN_FILE_CHANNEL = 'wengao-dialog:open';
export const SAVE_FILE_CHANNEL = 'wengao-dialog:save';
