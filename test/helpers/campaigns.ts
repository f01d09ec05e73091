// Speech material to test the engine on: the shared examples and our own campaigns in
// test/fixtures/campaigns (other domains, levels, ranks and meeting types than the examples have).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { validateInput, type SpeechInput } from '../../core/input/index.ts';
import { loadDraftLibrary, PACKAGE_ROOT } from '../../main/services/library-files.ts';
import { loadExamples } from './examples.ts';

export const CAMPAIGNS_DIR = join(PACKAGE_ROOT, 'test', 'fixtures', 'campaigns');

export interface Campaign {
  name: string;
  raw: unknown;
  input: SpeechInput;
  /** One of ours (not a shared example). */
  ours: boolean;
}

export function loadCampaigns(): Campaign[] {
  const ours = readdirSync(CAMPAIGNS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => {
      const raw: unknown = JSON.parse(readFileSync(join(CAMPAIGNS_DIR, name), 'utf8'));
      const v = validateInput(raw);
      if (!v.ok || v.value.kind !== 'speech') throw new Error(`${name} is not valid speech material: ${JSON.stringify(v.ok ? v.value.kind : v.errors)}`);
      return { name, raw, input: v.value, ours: true };
    });
  const shared = loadExamples().flatMap((e) => (e.input.kind === 'speech' ? [{ name: e.name, raw: e.raw, input: e.input, ours: false }] : []));
  return [...shared, ...ours];
}

export const SPEECH_FRAMES = ['speech-deploy', 'speech-report', 'speech-situation'];

let library: ReturnType<typeof loadDraftLibrary> | undefined;
/** A campaign's drafts in every speech frame at each seed, as plain text with where each came from. */
export function draftsOf(input: SpeechInput, seeds: number[]): { where: string; text: string }[] {
  library ??= loadDraftLibrary();
  const lib = library;
  return SPEECH_FRAMES.flatMap((template) => seeds.map((seed) => ({ where: `${template} · ${seed}`, text: toPlainText(draft(input, lib, { template, seed })) })));
}
