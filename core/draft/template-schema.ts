// Templates (templates/*.yaml) and the phrase bank (corpus/*.yaml) are data; these schemas check
// them when they are loaded, so a typo in a YAML file is a clear error, not a broken draft.
import { z } from 'zod';

/** How a list of input items is written inside a part (GENRE.md "Inside a part"). */
export const enumeration = z.enum(['auto', 'shi', 'di', 'yao', 'headings']);

export const section = z.union([
  z.strictObject({ slot: z.string() }),
  z.strictObject({
    items: z.enum(['achievements', 'problems', 'tasks', 'background']),
    lead: z.string().optional(),
    after: z.string().optional(),
    enumerate: enumeration.default('auto'),
    /** The style `auto` falls back to when items are many or long. */
    long: z.enum(['di', 'headings']).default('headings'),
  }),
  z.strictObject({
    guarantees: z.array(z.string()).min(1),
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
        headings: z.array(z.string()).min(1),
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

export const guaranteeVariant = z.strictObject({ lead: z.string(), body: z.string() });

export const phraseBank = z.strictObject({
  slots: z.record(z.string(), phraseSlot),
  guarantees: z.record(z.string(), z.array(guaranteeVariant).min(1)).default({}),
});

/** Sentences that deepen a part without stating a fact, drawn to reach a target length. */
export const elaborationBank = z.strictObject({
  pools: z.record(z.string(), z.array(z.string()).min(1)),
});

export type ElaborationBank = z.infer<typeof elaborationBank>;
export type Section = z.infer<typeof section>;
export type SpeechTemplate = z.infer<typeof speechTemplate>;
export type MinutesTemplate = z.infer<typeof minutesTemplate>;
export type RecordTemplate = z.infer<typeof recordTemplate>;
export type LedgerTemplate = z.infer<typeof ledgerTemplate>;
export type Template = z.infer<typeof template>;
export type PhraseSlot = z.infer<typeof phraseSlot>;
export type PhraseBank = z.infer<typeof phraseBank>;
