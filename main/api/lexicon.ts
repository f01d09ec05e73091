// 校对 (with the user's 领导名录) and the user's lexicon (用户词库). The proofreader and its built-in lexicon load on first use.
import { ApiError } from '../../core/api.ts';
import { addEntry, enabledEntries, exportEntries, importEntries, listEntries, removeEntry, setEnabled } from '../services/store/proof-lexicon.ts';
import { listRoster } from '../services/store/roster.ts';
import type { DomainSlice, Services } from './context.ts';

export function proofHandlers({ store, proofRoot }: Services): DomainSlice<'proof'> {
  return {
    'proof.check': async ({ paragraphs, headings, names, ignore, facts }) => {
      if (headings && headings.length !== paragraphs.length) {
        throw new ApiError('参数有误', [`headings：应与 paragraphs 一样长（${paragraphs.length} 项），实际 ${headings.length} 项`]);
      }
      const [{ proofParagraphs }, { loadProofLexicon }] = await Promise.all([import('../../core/proof/index.ts'), import('../services/proof/load.ts')]);
      // The built-in lexicon is compiled once per process (load.ts caches it); the user's enabled
      // entries — a handful, changing while the app runs — are read and merged at each check.
      const lexicon = loadProofLexicon({ ...(proofRoot ? { root: proofRoot } : {}), user: enabledEntries(store()) });
      const roster = listRoster(store());
      return { findings: proofParagraphs(paragraphs, lexicon, { ...(headings ? { headings } : {}), names, ignore, facts, roster }) };
    },
  };
}

export function lexiconHandlers({ store }: Services): DomainSlice<'lexicon'> {
  return {
    'lexicon.list': async () => ({ entries: listEntries(store()) }),
    'lexicon.add': async ({ kind, wrong, right, severity, reason }) => ({ entry: addEntry(store(), { kind, wrong, right, severity, reason }) }),
    'lexicon.setEnabled': async ({ id, enabled }) => ({ entry: setEnabled(store(), id, enabled) }),
    'lexicon.remove': async ({ id }) => {
      removeEntry(store(), id);
      return { ok: true as const };
    },
    'lexicon.import': async ({ text }) => importEntries(store(), text),
    'lexicon.export': async () => ({ name: '用户词库.tsv', text: exportEntries(store()) }),
  };
}
