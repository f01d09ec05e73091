// Drafts of the campaign fixtures in every speech frame and seeds 1–3, and the pieces of them the
// relation tests read (the room paragraph before the closing, sentences). Shared by those tests.
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from './campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
export const SEEDS = [1, 2, 3];
/** A copy of the named campaign fixture's input, to change freely. */
export const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
/** The plain text of every frame × seed draft of an input. */
export const texts = (input: SpeechInput) =>
  SPEECH_FRAMES.flatMap((template) => SEEDS.map((seed) => toPlainText(draft(input, library, { template, seed }))));
/** The paragraph before the closing (the closing opens 「同志们」). */
export const beforeClosing = (text: string) => {
  const lines = text.split('\n').filter(Boolean);
  return lines[lines.findLastIndex((l) => l.startsWith('同志们，')) - 1] ?? '';
};
/** The opening paragraph (after 「同志们：」): higher and invited guests are thanked there (greeting.ts). */
export const openingOf = (text: string) => {
  const lines = text.split('\n').filter(Boolean);
  return lines[lines.indexOf('同志们：') + 1] ?? '';
};
export const sentences = (text: string) => text.split(/[。！\n]/).filter(Boolean);
