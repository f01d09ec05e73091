// Drafting entry point: validated input + templates + phrase bank + seed → DocModel.
import type { DocModel } from '../doc/model.ts';
import type { WengaoInput } from '../input/schema.ts';
import { DraftRequestError } from './compose.ts';
import { draftMinutes } from './minutes.ts';
import { draftSpeech } from './speech.ts';
import type { PhraseBank, Template } from './template-schema.ts';

/** Everything the engine reads besides the input: loaded from templates/ and corpus/ by a shell. */
export interface DraftLibrary {
  templates: ReadonlyMap<string, Template>;
  banks: { speech: PhraseBank; minutes: PhraseBank };
}

export interface DraftOptions {
  template?: string;
  seed?: number;
}

export const DEFAULT_TEMPLATE = { speech: 'speech-deploy', minutes: 'minutes' } as const;

const KIND_NAME = { speech: '讲话稿', minutes: '会议纪要' } as const;

export function resolveTemplate(input: WengaoInput, library: DraftLibrary, requested?: string): Template {
  const id = requested ?? input.template ?? DEFAULT_TEMPLATE[input.kind];
  const template = library.templates.get(id);
  if (!template) {
    const known = [...library.templates.keys()].sort().join('、');
    throw new DraftRequestError(`未知模板：${id}（可用模板：${known}）`);
  }
  if (template.kind !== input.kind) {
    throw new DraftRequestError(`模板 ${id} 用于${KIND_NAME[template.kind]}，而输入是${KIND_NAME[input.kind]}`);
  }
  return template;
}

export function draft(input: WengaoInput, library: DraftLibrary, options: DraftOptions = {}): DocModel {
  const seed = options.seed ?? 1;
  const template = resolveTemplate(input, library, options.template);
  if (input.kind === 'speech' && template.kind === 'speech') return draftSpeech(input, template, library.banks.speech, seed);
  if (input.kind === 'minutes' && template.kind === 'minutes') return draftMinutes(input, template, library.banks.minutes, seed);
  throw new DraftRequestError('模板与输入类型不一致');
}

export { DraftRequestError } from './compose.ts';
