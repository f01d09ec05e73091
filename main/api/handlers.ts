// The API contract (core/api.ts) implemented with the services: one handler per method, grouped by
// domain into slices, composed here. The same handlers serve the Electron IPC bridge, the
// browser-mode HTTP bridge and the command line; dispatch.ts validates what goes in (once, with the
// contract's schemas) and what comes out, and turns errors into ApiErrors.
import { services, type HandlerContext, type Handlers } from './context.ts';
import { documentHandlers } from './documents.ts';
import { draftingHandlers } from './drafting.ts';
import { exportHandlers } from './export.ts';
import { lexiconHandlers, proofHandlers } from './lexicon.ts';
import { libraryHandlers } from './library.ts';
import { revisionHandlers } from './revision.ts';
import { rosterHandlers } from './roster.ts';
import { versionHandlers } from './versions.ts';

export type { HandlerContext, Handlers } from './context.ts';
export { fileName } from './names.ts';

export function createHandlers(ctx: HandlerContext): Handlers {
  const s = services(ctx);
  return {
    ...draftingHandlers(s),
    ...documentHandlers(s),
    ...versionHandlers(s),
    ...libraryHandlers(s),
    ...exportHandlers(s),
    ...revisionHandlers(s),
    ...proofHandlers(s),
    ...lexiconHandlers(s),
    ...rosterHandlers(s),
  };
}
