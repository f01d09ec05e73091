// The 范文库: search, imported sources and what cleaning removed from them, harvested headings.
// The library service (readers, analysis, worker) loads on the first call that needs it.
import { headingFits } from '../../core/draft/heading-fit.ts';
import { importFilesOutput, importOutput, importStatus } from './library-import.ts';
import type { SourceReview } from '../services/library/review.ts';
import type { DomainSlice, Services } from './context.ts';

function sourceOut(s: SourceReview) {
  return {
    id: s.id,
    name: s.name,
    importedAt: s.importedAt,
    documents: s.documents,
    removed: s.removed.map((r) => ({ n: r.n, line: r.line, reason: r.reason, text: r.text })),
    restored: s.restored.map((r) => ({ line: r.line, reason: r.reason, text: r.text, restoredAt: r.restoredAt })),
    notices: s.notices,
  };
}

const libraryService = () => import('../services/library/library.ts');
const reviewService = () => import('../services/library/review.ts');
const resplitService = () => import('../services/library/resplit.ts');
const threadService = () => import('../services/library/import-thread.ts');
const binService = () => import('../services/library/bin.ts');
const correctService = () => import('../services/library/correct.ts');

interface Heading {
  level: number;
  number: string;
  heading: string;
  children: Heading[];
}

/** An outline as a flat list of its headings, in reading order. */
function headingsOf(nodes: readonly Heading[]): { level: number; number: string; heading: string }[] {
  return nodes.flatMap((n) => [{ level: n.level, number: n.number, heading: n.heading }, ...headingsOf(n.children)]);
}

export function libraryHandlers({ store, library }: Services): DomainSlice<'library'> {
  return {
    'library.search': async ({ query, role, limit }) => {
      const service = await libraryService();
      const result = service.search(store(), query, { role, limit: limit ?? 20 });
      const sources = service.hitSources(store(), result.hits.map((h) => h.documentId));
      return {
        hits: result.hits.map((h) => ({
          title: h.title,
          role: h.role,
          heading: h.heading,
          snippet: h.snippet,
          text: h.text,
          ...(h.via ? { via: h.via } : {}),
          documentId: h.documentId,
          ...sources.get(h.documentId),
          ...(h.copies ? { copies: h.copies } : {}),
        })),
      };
    },

    'library.sources': async () => (await reviewService()).librarySources(store()).map(sourceOut),

    'library.restore': async ({ sourceId, entries }) => {
      const r = (await reviewService()).restoreRemoved(store(), sourceId, entries);
      return { restored: r.restored.length, documents: r.documents.length, source: sourceOut(r.review) };
    },

    'library.merge': async ({ sourceId, documentId }) => {
      const r = (await resplitService()).mergeDocument(store(), sourceId, documentId);
      return { documents: r.documents.length, source: sourceOut(r.review) };
    },

    'library.split': async ({ sourceId, line }) => {
      const r = (await resplitService()).splitAt(store(), sourceId, line);
      return { documents: r.documents.length, source: sourceOut(r.review) };
    },

    'library.lines': async ({ sourceId }) => (await resplitService()).sourceLines(store(), sourceId),

    'library.documents': async ({ removed }) => (await binService()).libraryEntries(store(), { removed }),
    'library.document': async ({ documentId }) => {
      const { head, outline, text, ...entry } = (await binService()).libraryText(store(), documentId);
      return { ...entry, head, outline: headingsOf(outline), text };
    },
    'library.update': async ({ documentId, title, genre }) => (await correctService()).updateDocument(store(), documentId, { title, genre }),
    'library.remove': async ({ documentIds }) => ({ removed: (await binService()).removeDocuments(store(), documentIds) }),
    'library.recover': async ({ documentIds }) => ({ recovered: (await binService()).recoverDocuments(store(), documentIds) }),
    'library.purge': async ({ documentIds }) => ({ purged: (await binService()).purgeDocuments(store(), documentIds) }),

    // With the speech's domain: only the headings that fit it (core/draft/heading-fit.ts).
    'library.patterns': async ({ role, level, limit, domain, genres }) => {
      const all = (await reviewService()).libraryPatterns(store(), { role, level, limit: domain === undefined && genres === undefined ? (limit ?? 50) : 500 });
      const bank = domain === undefined ? undefined : library().banks.domains;
      // What the source speech is about: its title, or (untitled, e.g. after a 恢复) the start of its text.
      const about = new Map<number, string>();
      const aboutOf = (documentId: number) => {
        let text = about.get(documentId);
        if (text === undefined) {
          const row = store().db.prepare(`SELECT title, substr(cleaned_text, 1, 2000) AS head FROM library_documents WHERE id = ?`).get(documentId) as { title: string; head: string } | undefined;
          text = row ? row.title || row.head : '';
          about.set(documentId, text);
        }
        return text;
      };
      return all
        .filter((p) => !genres || genres.includes(p.genre))
        .filter((p) => !bank || headingFits(p.pattern, aboutOf(p.documentId), domain, bank))
        .slice(0, limit ?? 50)
        .map((p) => ({ pattern: p.pattern, level: p.level, role: p.role, source: p.source, documentId: p.documentId }));
    },

    // Off this thread: the import's reading, analysis and writes run in the library's import worker.
    'library.import': async ({ name, base64 }) => importOutput(await (await threadService()).importThread(store()).upload(name, base64)),
    'library.importFiles': async ({ files }) => importFilesOutput(await (await threadService()).importThread(store()).pick(files)),
    'library.cancelImport': async () => ({ cancelled: await (await threadService()).importThread(store()).cancelAll() }),
    'library.importStatus': async () => importStatus((await threadService()).importThread(store())),
  };
}
