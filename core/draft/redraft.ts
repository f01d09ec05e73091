// The redraft policy: what 换一种说法, 改用框架, 选用范文库标题 and 按修改后的材料重新生成 each keep of the
// draft they replace, and the label the new version gets. Pure: the caller stores the result and
// hands in the seed source (random in the app, fixed in tests).
import type { DocModel } from '../doc/model.ts';
import type { WengaoInput } from '../input/schema.ts';
import { DraftRequestError } from './compose.ts';
import { draft, regeneratePart, resolveTemplate, type DraftLibrary, type DraftOptions } from './index.ts';
import { replaceHeadings, replacePart, replaceWhole } from './splice.ts';
import { rewordParagraph } from './reword-paragraph.ts';
import type { IsOwn } from './keep-own.ts';

/** The names of a speech's five parts, as 换一种说法 labels say them. */
export const PART_NAMES = ['开场', '第一部分', '第二部分', '第三部分', '结尾'] as const;

export interface RedraftRequest {
  /** The options the user asked for (only the keys given count). */
  options?: DraftOptions;
  /** One part (0 opening … 4 closing) reworded alone. */
  part?: number;
  /** One paragraph (its index in `previous.blocks`) reworded alone: only it changes (splice-paragraph.ts). */
  paragraph?: number;
  /** The material was changed with this request (else it is the stored one). */
  materialChanged?: boolean;
  /** Which paragraphs are the user's (keep-own.ts): a new wording of a part or the whole text leaves them as they are. */
  own?: IsOwn;
}

export interface Redraft {
  doc: DocModel;
  /** The new version's label, e.g. 「换一种说法：第二部分」. */
  label: string;
  /** Paragraphs of the user's a new wording (of a part or the whole text) kept as they were. */
  kept?: number;
}

/** A seed unlike `not`: the caller's source of new wordings. */
export type SeedSource = (not?: number) => number;

/** Options a redraft keeps from the draft it replaces unless told otherwise: duration and reading rate. */
function carriedOptions(doc: DocModel): DraftOptions {
  const length = doc.length;
  if (!length) return {};
  return { rate: length.rate, ...(length.target ? { minutes: Math.round(length.target / length.rate) } : {}) };
}

/** Only headings chosen (from the 范文库), perhaps with duration or rate: every part keeps its seed. */
function headingsOnly(request: RedraftRequest): boolean {
  const options = request.options;
  return request.part === undefined && options?.headings !== undefined && Object.keys(options).every((k) => k === 'headings' || k === 'minutes' || k === 'rate');
}

function needsParts(previous: DocModel, what: string): asserts previous is DocModel & { partSeeds: number[] } {
  if (!previous.partSeeds || previous.kind !== 'speech') throw new DraftRequestError(`只有讲话稿可以${what}`);
}

export function redraft(previous: DocModel, input: WengaoInput, library: DraftLibrary, request: RedraftRequest, newSeed: SeedSource): Redraft {
  const asked = request.options ?? {};
  const opts = { ...carriedOptions(previous), ...asked };
  if (headingsOnly(request)) {
    needsParts(previous, '选用范文库标题');
    const template = resolveTemplate(input, library, previous.template);
    const headings = { ...previous.headings, ...opts.headings };
    const fresh = draft(input, library, { ...opts, template: template.id, seed: previous.seed, partSeeds: { ...previous.partSeeds }, headings });
    const chosen = Object.keys(asked.headings ?? {}).map(Number);
    // Only the chosen headings change: the user's edits everywhere else stay.
    const doc = replaceHeadings(previous, fresh, chosen);
    const parts = chosen.map((k) => PART_NAMES[k]);
    return { doc, label: `选用范文库标题：${parts.join('、')}` };
  }
  if (request.paragraph !== undefined) {
    needsParts(previous, '单独为一段换一种说法');
    const template = resolveTemplate(input, library, previous.template);
    return rewordParagraph({ ...previous, template: template.id }, input, library, request.paragraph, asked.seed, { ...opts, template: undefined, seed: undefined }, newSeed);
  }
  if (request.part !== undefined) {
    const part = request.part;
    needsParts(previous, '单独为某一部分换一种说法');
    const template = resolveTemplate(input, library, previous.template);
    const seed = asked.seed ?? newSeed(previous.partSeeds[part]);
    const fresh = regeneratePart({ ...previous, template: template.id }, input, library, part, seed, { ...opts, template: undefined, seed: undefined });
    // The new wording replaces that part of the user's text and nothing else; her own paragraphs in it stay.
    const { doc, kept } = replacePart(previous, fresh, part, request.own);
    return { doc, label: `换一种说法：${PART_NAMES[part]}`, ...(kept ? { kept } : {}) };
  }
  const template = resolveTemplate(input, library, opts.template ?? previous.template);
  const changed = template.id !== previous.template;
  const seed = opts.seed ?? (changed ? previous.seed : newSeed(previous.seed));
  // Headings chosen for this frame stay chosen in new wording; another frame has other parts.
  const headings = changed ? opts.headings : { ...previous.headings, ...opts.headings };
  const fresh = draft(input, library, { ...opts, template: template.id, seed, headings });
  if (changed) return { doc: fresh, label: `改用框架：${template.name}` };
  if (request.materialChanged) return { doc: fresh, label: '按修改后的材料重新生成' };
  // A new wording of the whole text rewords only what the engine wrote: her paragraphs stay, part by part.
  if (!request.own) return { doc: fresh, label: '换一种说法：全文' };
  const { doc, kept } = replaceWhole(previous, fresh, request.own);
  return { doc, label: '换一种说法：全文', ...(kept ? { kept } : {}) };
}
