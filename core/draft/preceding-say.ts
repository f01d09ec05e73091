// The remark on what was heard before the speech, by what it was (preceding-heard.ts): its own slot each.
import type { Run } from '../doc/model.ts';
import type { Phrases } from './compose.ts';
import type { Heard } from './preceding-heard.ts';

const SLOT: Record<Heard, string> = { petition: 'precedingPetition', document: 'precedingDocument', accident: 'precedingAccident', practice: 'precedingPractice' };

/** A department head at another's meeting answers for the own unit (「涉及我们的…」) where the slot has those words. */
export function heardSaid(phrases: Phrases, heard: Heard, ownVoice: boolean): Run[] {
  const slot = SLOT[heard];
  return heard === 'petition' || heard === 'document' ? phrases.sayKeyed(slot, ownVoice ? 'department' : 'default', 0) : phrases.say(slot);
}
