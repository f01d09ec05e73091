// Drafting entry point: validated input + templates + phrase bank + seed → DocModel.
import type { DocModel } from '../doc/model.ts';
import { canonicalDoc } from '../doc/canonical.ts';
import type { SpeechInput, WengaoInput } from '../input/schema.ts';
import { DraftRequestError } from './compose.ts';
import { checkHeading } from './headings.ts';
import { draftMinutes } from './minutes.ts';
import { draftSpeech, type SpeechSettings } from './speech.ts';
import { DEFAULT_RATE } from './length.ts';
import { draftLedger } from './ledger.ts';
import { draftRecord } from './record.ts';
import { withoutTaughtLabels, withoutTitleLabels } from './labels.ts';
import { spokenCounts, spokenFigure } from './slashes.ts';
import type { GenericPairs } from './units.ts';
import { ACCEPTS, type DomainBank, type PhraseBank, type Template, type TopicBank } from './template-schema.ts';

/** Everything the engine reads besides the input: loaded from templates/ and corpus/ by a shell. */
export interface DraftLibrary {
  templates: ReadonlyMap<string, Template>;
  /** `generic`: derived from domains and topics when the library was compiled (units.ts Banks). */
  banks: { speech: PhraseBank; minutes: PhraseBank; domains: DomainBank; topics: TopicBank; generic?: readonly GenericPairs[] };
}

export interface DraftOptions {
  template?: string;
  seed?: number;
  /** Seeds of single parts (0 opening … 4 closing): a part regenerated alone. */
  partSeeds?: Partial<Record<number, number>>;
  /** Target duration in minutes; overrides the input's `options.durationMinutes`. */
  minutes?: number;
  /** Reading rate in characters a minute; overrides the input's `options.charsPerMinute`. */
  rate?: number;
  /** 'di' writes long enumerations as 第一/第二 paragraphs instead of （一） headings. */
  enumeration?: 'auto' | 'di';
  /**
   * Part headings chosen by the user (1–3, the speech's three parts): a 范文库 pattern whose 「X」 is
   * filled with the campaign's name, in place of the template's heading; '' means the template's.
   * Nothing else of the draft changes. Ignored by the frames without part headings.
   */
  headings?: Partial<Record<number, string>>;
}

export const DEFAULT_TEMPLATE = { speech: 'speech-deploy', minutes: 'minutes' } as const;

const INPUT_NAME = { speech: '讲话稿材料', minutes: '会议材料' } as const;
const TEMPLATE_NAME = { speech: '讲话稿', minutes: '会议纪要', record: '会议记录', ledger: '督办台账' } as const;

export function resolveTemplate(input: WengaoInput, library: DraftLibrary, requested?: string): Template {
  const id = requested ?? input.template ?? DEFAULT_TEMPLATE[input.kind];
  const template = library.templates.get(id);
  if (!template) {
    const known = [...library.templates.keys()].sort().join('、');
    throw new DraftRequestError(`未知模板：${id}（可用模板：${known}）`);
  }
  const accepts: readonly string[] = ACCEPTS[template.kind];
  if (!accepts.includes(input.kind)) {
    const from = accepts.map((k) => INPUT_NAME[k as WengaoInput['kind']]).join('或');
    throw new DraftRequestError(`模板 ${id}（${TEMPLATE_NAME[template.kind]}）需要${from}，而输入是${INPUT_NAME[input.kind]}`);
  }
  return template;
}

/** A draft, in the DocModel's one written form (core/doc/canonical.ts). */
export function draft(input: WengaoInput, library: DraftLibrary, options: DraftOptions = {}): DocModel {
  return canonicalDoc(compose(input, library, options));
}

function compose(input: WengaoInput, library: DraftLibrary, options: DraftOptions): DocModel {
  const seed = options.seed ?? 1;
  const template = resolveTemplate(input, library, options.template);
  switch (template.kind) {
    case 'speech':
      // Titles are read without the clerk's own numbering (labels.ts): the speech numbers its items itself.
      if (input.kind === 'speech') return draftSpeech(asRead(input), template, library.banks, speechSettings(input, options, seed));
      break;
    case 'minutes':
      if (input.kind === 'minutes') return draftMinutes(input, template, library.banks.minutes, seed);
      break;
    case 'record':
      if (input.kind === 'minutes') return draftRecord(input, template, library.banks.minutes, seed);
      break;
    case 'ledger':
      return draftLedger(input.kind === 'speech' ? asRead(input) : input, template);
  }
  throw new DraftRequestError('模板与输入类型不一致');
}

/** Speech material as the draft reads it: titles and items heard without their typed labels, counts without slashes. */
const asRead = (input: SpeechInput) => withoutTaughtLabels(withoutTitleLabels(withoutSlashes(input)));

/**
 * Details, targets and background with their typed counts said (slashes.ts: 「X/总Y」, 「处罚0起」); the src stays the field's.
 * Each text is asked of slashes.ts itself (it knows what it says otherwise): an item it leaves as typed is the item itself,
 * and the input itself when it leaves them all.
 */
function withoutSlashes(input: SpeechInput): SpeechInput {
  const c = input.campaign;
  const said = <T extends { detail?: string; measure?: string }>(x: T): T => {
    const detail = x.detail && spokenCounts(x.detail);
    const measure = x.measure && spokenCounts(x.measure);
    return detail === x.detail && measure === x.measure ? x : { ...x, ...(detail ? { detail } : {}), ...(measure ? { measure } : {}) };
  };
  const achievements = c.achievements.map((a) => {
    const figures = a.figures?.map(spokenFigure);
    const own = said(a);
    return figures && figures.some((f, i) => f !== a.figures![i]) ? { ...own, figures } : own;
  });
  const background = c.background?.map(spokenCounts);
  const [problems, tasks] = [c.problems.map(said), c.tasks.map(said)];
  const same = <T>(now: readonly T[], was: readonly T[]) => now.every((x, i) => x === was[i]);
  if (same(achievements, c.achievements) && same(problems, c.problems) && same(tasks, c.tasks) && (!background || same(background, c.background!))) return input;
  return { ...input, campaign: { ...c, ...(background ? { background } : {}), achievements, problems, tasks } };
}

function speechSettings(input: SpeechInput, options: DraftOptions, seed: number): SpeechSettings {
  const minutes = options.minutes ?? input.options?.durationMinutes;
  const rate = options.rate ?? input.options?.charsPerMinute ?? DEFAULT_RATE;
  return {
    seed,
    partSeeds: [0, 1, 2, 3, 4].map((p) => options.partSeeds?.[p] ?? seed),
    target: minutes ? minutes * rate : undefined,
    rate,
    enumeration: options.enumeration ?? input.options?.enumeration ?? 'auto',
    headings: chosenHeadings(options.headings),
  };
}

/** The chosen headings, checked: part numbers 1–3, texts without digits or line breaks; '' dropped. */
function chosenHeadings(headings: DraftOptions['headings']): Partial<Record<number, string>> {
  const out: Partial<Record<number, string>> = {};
  for (const [key, pattern] of Object.entries(headings ?? {})) {
    if (!/^[1-3]$/.test(key)) throw new DraftRequestError(`标题只能替换第一至第三部分（1–3），实际为“${key}”`);
    const text = checkHeading(pattern ?? '', Number(key));
    if (text) out[Number(key)] = text;
  }
  return out;
}

/**
 * Regenerates one part of a draft with another seed; the other parts keep their wording.
 * Part 0 is the opening, 1–3 the three parts, 4 the closing.
 */
export function regeneratePart(doc: DocModel, input: WengaoInput, library: DraftLibrary, part: number, seed: number, options: DraftOptions = {}): DocModel {
  const partSeeds: Record<number, number> = { ...(doc.partSeeds ?? []) };
  partSeeds[part] = seed;
  // The headings the user chose stay chosen: only the named part's wording changes.
  const headings = { ...doc.headings, ...options.headings };
  return draft(input, library, { ...options, template: doc.template, seed: doc.seed, partSeeds, headings });
}

export { DraftRequestError } from './compose.ts';
