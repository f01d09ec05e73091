// Drafting without storing: the templates, a check of material, a draft to preview.
import { DEFAULT_TEMPLATE, draft } from '../../core/draft/index.ts';
import { formatErrors, parseInputText } from '../../core/input/index.ts';
import type { Services, Slice } from './context.ts';

export function draftingHandlers({ library }: Services): Slice<'templates.list' | 'input.validate' | 'draft.generate'> {
  return {
    'templates.list': async () =>
      [...library().templates.values()]
        .map((t) => ({ id: t.id, kind: t.kind, name: t.name, description: t.description, default: (Object.values(DEFAULT_TEMPLATE) as string[]).includes(t.id) }))
        .sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)),

    'input.validate': async ({ text }) => {
      const v = parseInputText(text);
      return v.ok ? { ok: true, errors: [], issues: [] } : { ok: false, errors: formatErrors(v.errors), issues: v.errors.map((e) => ({ path: e.path, message: e.message })) };
    },

    'draft.generate': async ({ input, options }) => ({ doc: draft(input, library(), options) }),
  };
}
