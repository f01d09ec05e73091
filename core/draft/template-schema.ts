// Templates (templates/*.yaml) and the phrase bank (corpus/*.yaml) are data; these schemas check
// them when they are loaded, so a typo in a YAML file is a clear error, not a broken draft.
import { z } from 'zod';
import { DOMAINS } from '../input/schema.ts';

/** How a list of input items is written inside a part (GENRE.md "Inside a part"). */
export const enumeration = z.enum(['auto', 'shi', 'di', 'yao', 'headings']);

export const section = z.union([
  z.strictObject({ slot: z.string() }),
  z.strictObject({
    items: z.enum(['achievements', 'problems', 'tasks', 'background']),
    /** Drawn only for new work without achievements (`new`), or only with them (`old`). */
    only: z.enum(['new', 'old']).optional(),
    lead: z.string().optional(),
    after: z.string().optional(),
    enumerate: enumeration.default('auto'),
    /** The style `auto` falls back to when items are many or long. */
    long: z.enum(['di', 'headings']).default('headings'),
  }),
  /** A paragraph of the domain's own language: why the work matters. */
  z.strictObject({ domain: z.literal('significance'), only: z.enum(['new', 'old']).optional() }),
  /**
   * The measures of part three: the responsibility frame and the ground the material gives that no
   * task covers, at most `max` (measures.ts); the domain's list orders them.
   */
  z.strictObject({
    measures: z.literal('domain'),
    max: z.number().int().min(0).max(4).default(2),
    lead: z.string().optional(),
    enumerate: enumeration.default('headings'),
  }),
]);

export const speechTemplate = z.strictObject({
  id: z.string(),
  kind: z.literal('speech'),
  name: z.string(),
  description: z.string(),
  parts: z
    .array(
      z.strictObject({
        key: z.string(),
        role: z.enum(['significance', 'achievement', 'problem', 'task', 'guarantee']),
        /** Variants, or variants keyed by the draft's circumstances ('new' without achievements, a family, 'default'). */
        headings: z.union([z.array(z.string()).min(1), z.record(z.string(), z.array(z.string()).min(1))]),
        /** This part's share of the three parts' length budget (relative; normalised). */
        share: z.number().positive().default(1),
        sections: z.array(section).min(1),
      }),
    )
    .length(3),
});

/**
 * 会议纪要: organised by agenda item (items: 常务会议、办公会议、专题会议) or by the leaders' remarks
 * and one list of decisions (general: 推进会、调度会、动员会、协调会); auto chooses by the meeting's type.
 */
export const minutesTemplate = z.strictObject({
  id: z.string(),
  kind: z.literal('minutes'),
  name: z.string(),
  description: z.string(),
  layout: z.enum(['auto', 'items', 'general']).default('auto'),
});

/** Templates whose layout is fixed by the genre: 会议记录 and 督办台账. */

export const recordTemplate = z.strictObject({
  id: z.string(),
  kind: z.literal('record'),
  name: z.string(),
  description: z.string(),
});

export const ledgerTemplate = z.strictObject({
  id: z.string(),
  kind: z.literal('ledger'),
  name: z.string(),
  description: z.string(),
});

export const template = z.discriminatedUnion('kind', [speechTemplate, minutesTemplate, recordTemplate, ledgerTemplate]);

/** Which input kinds a template of each kind drafts from. */
export const ACCEPTS = {
  speech: ['speech'],
  minutes: ['minutes'],
  record: ['minutes'],
  ledger: ['speech', 'minutes'],
} as const satisfies Record<Template['kind'], readonly ('speech' | 'minutes')[]>;

/** A slot holds variants; a slot keyed by meeting type (推进会, 动员会 …) has a `default` list. */
const variants = z.array(z.string()).min(1);
export const phraseSlot = z.union([variants, z.record(z.string(), variants)]);

export const guaranteeVariant = z.strictObject({
  lead: z.string(),
  body: z.string(),
  /** A pattern the material must match for this variant (「注重典型引路」 needs a model to follow). */
  needs: z.string().optional(),
});

export const phraseBank = z.strictObject({
  slots: z.record(z.string(), phraseSlot),
  guarantees: z.record(z.string(), z.array(guaranteeVariant).min(1)).default({}),
});

/**
 * Elaboration is written as units: one to three sentences that belong together and argue one point,
 * set after the fact they elaborate. A unit never reports what happened (see the corpus lint).
 */
const units = z.array(z.string()).min(1);

/** The families of domains that share a measure's language: 排查 in a safety field means hazards. */
export const FAMILIES = ['safety', 'environment', 'construction', 'rural', 'economy', 'society'] as const;
export type Family = (typeof FAMILIES)[number];
const familyKeyed = <T extends z.ZodType>(item: T) =>
  z.strictObject({ default: item }).extend(Object.fromEntries(FAMILIES.map((f) => [f, item.optional()])) as Record<Family, z.ZodOptional<T>>);

export const TOPICS = [
  'publicity',
  'inspection',
  'monitoring',
  'teams',
  'works',
  'funding',
  'supervision',
  'longterm',
  'participation',
  'duty',
  'coordination',
  'quality',
  'enforcement',
  'evacuation',
  'service',
  'organisation',
  'conduct',
] as const;
export type Topic = (typeof TOPICS)[number];

export const guaranteeVariants = z.array(guaranteeVariant).min(1);

/** A measure topic: how to recognise it in a task or problem, and what is said about it. */
export const topicEntry = z.strictObject({
  name: z.string(),
  /**
   * Words of a task or problem that place it under this topic (title counts more than detail): each
   * names the act itself (查处, 监测, 督查), never a wrong (违规), a thing (水情, 补偿标准), a state (达标) or
   * a person (群众) the act is about — those turn up in items of any topic.
   */
  keywords: z.array(z.string()).min(1),
  /** Longer words that hold a keyword but name something else (政治考核 is no 督查考核): not counted. */
  others: z.array(z.string()).optional(),
  /** Units after a task of this topic. */
  task: familyKeyed(units),
  /** Units after a problem of this topic. */
  problem: familyKeyed(units).optional(),
  /** The measure as a paragraph of part three: run-in lead and body. */
  guarantee: familyKeyed(guaranteeVariants).optional(),
});

/** A campaign's field: its own significance, situation, requirement and closing language. */
export const domainEntry = z.strictObject({
  family: z.enum(FAMILIES).optional(),
  /** Words naming the whole field (「城市建设」): a unit saying one is drawn only where the campaign's name does. */
  broad: z.array(z.string()).optional(),
  /** Words of the campaign's name, goal, background and tasks that place it in this field. */
  keywords: z.array(z.string()),
  /** Longer words holding a keyword that name something else (禽流感 holds 流感 but is no people's disease). */
  others: z.array(z.string()).optional(),
  /**
   * The field's language is about serving people (应享尽享, 不让群众跑第二趟): a campaign whose name or
   * goal is about keeping them safe does not take it, whatever sector word its name shares (domain.ts).
   */
  serves: z.boolean().optional(),
  significance: units,
  /** After the background facts: what the situation asks of us (none in the general field: it has nothing to add). */
  situation: z.array(z.string()),
  /** When there is no background: the field's standing situation, stated without a fact. */
  outlook: units,
  /** After the problems. */
  urgency: units,
  /** The opening of part three. */
  requirement: units,
  /** Units after a task no topic fits. */
  task: units,
  closing: units,
  /** The closing when the material names an occasion ({occasion}). */
  closingOccasion: units,
});

/**
 * What a unit of argument may assert only where the material says it first (core/draft/claims.ts): a
 * unit whose text matches `says` is drawn only where its ground matches `needs` and not `unless`.
 */
export const claimGate = z.strictObject({
  says: z.string(),
  needs: z.string(),
  unless: z.string().optional(),
  /** A season's word (`seasons`): open whatever the material says in these months (1–12) of the meeting. */
  months: z.array(z.number().int().min(1).max(12)).optional(),
  /** Why, for the corpus's reader. */
  why: z.string(),
});

export const topicBank = z.strictObject({
  topics: z.strictObject(Object.fromEntries(TOPICS.map((t) => [t, topicEntry])) as Record<Topic, typeof topicEntry>),
  claims: z.array(claimGate).default([]),
  /**
   * The lexicon of objects, publics and sub-fields (企业, 小区, 保洁, 项目, 政策宣讲 …): a line naming one is
   * drawn only where the campaign's own words or the item it follows name that object (claims.ts groundedIn).
   */
  objects: z.array(claimGate).default([]),
  /**
   * A kind the problems are named as together (事故隐患, 零容忍): a line saying it is drawn after the problems only
   * where every one of them opens it (units.ts fitsEveryProblem), and after one problem only where that one does.
   */
  kinds: z.array(claimGate).default([]),
  /** A concrete mechanism (台账, 暗访, 经费 …) a part-three measure may name only where the material gives it. */
  mechanisms: z.array(claimGate).default([]),
  /**
   * A season's language (汛期, 农时, 天干物燥 …): drawn only in its months of the meeting's date, or
   * where the campaign's own text names the season.
   */
  seasons: z.array(claimGate).default([]),
});
export const domainBank = z.strictObject({ domains: z.record(z.enum(DOMAINS), domainEntry) });

export type TopicEntry = z.infer<typeof topicEntry>;
export type DomainEntry = z.infer<typeof domainEntry>;
export type TopicBank = z.infer<typeof topicBank>;
export type ClaimGate = z.infer<typeof claimGate>;
export type DomainBank = z.infer<typeof domainBank>;
export type Section = z.infer<typeof section>;
export type SpeechTemplate = z.infer<typeof speechTemplate>;
export type MinutesTemplate = z.infer<typeof minutesTemplate>;
export type RecordTemplate = z.infer<typeof recordTemplate>;
export type LedgerTemplate = z.infer<typeof ledgerTemplate>;
export type Template = z.infer<typeof template>;
export type PhraseSlot = z.infer<typeof phraseSlot>;
export type PhraseBank = z.infer<typeof phraseBank>;
