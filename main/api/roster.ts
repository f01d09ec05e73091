// 领导名录 (roster.*): the unit's leaders, imported from a pasted table or a file (.xlsx, .csv, .txt),
// kept in the store; 校对 checks names, titles and order against it (main/api/lexicon.ts). The
// spreadsheet reader (exceljs) loads with the first file imported.
import { rowsFromText } from '../../core/proof/roster-table.ts';
import { addLeader, listRoster, removeLeader, replaceRoster } from '../services/store/roster.ts';
import type { DomainSlice, Services } from './context.ts';

export function rosterHandlers({ store }: Services): DomainSlice<'roster'> {
  return {
    'roster.list': async () => ({ entries: listRoster(store()) }),
    'roster.import': async (input) => {
      const rows = 'text' in input ? rowsFromText(input.text) : await (await import('../services/roster-file.ts')).rosterRows(Buffer.from(input.base64, 'base64'), input.name);
      return { entries: replaceRoster(store(), rows) };
    },
    'roster.add': async ({ name, title, rank }) => ({ entries: addLeader(store(), name, title, rank) }),
    'roster.remove': async ({ name }) => ({ entries: removeLeader(store(), name) }),
  };
}
