// API methods of the 领导名录 (roster.*): thin wrappers over main/services/store/roster.ts.
import { rowsFromText } from '../../core/proof/roster-table.ts';
import { rosterRows } from '../services/roster-file.ts';
import { addLeader, listRoster, removeLeader, replaceRoster } from '../services/store/roster.ts';
import type { Store } from '../services/store/store.ts';
import type { Handlers } from './handlers.ts';

type RosterMethods = Pick<Handlers, 'roster.list' | 'roster.import' | 'roster.add' | 'roster.remove'>;

export function rosterHandlers(store: Store): RosterMethods {
  return {
    'roster.list': async () => ({ entries: listRoster(store) }),
    'roster.import': async (input) => {
      const rows = 'text' in input ? rowsFromText(input.text) : await rosterRows(Buffer.from(input.base64, 'base64'), input.name);
      return { entries: replaceRoster(store, rows) };
    },
    'roster.add': async ({ name, title, rank }) => ({ entries: addLeader(store, name, title, rank) }),
    'roster.remove': async ({ name }) => ({ entries: removeLeader(store, name) }),
  };
}
