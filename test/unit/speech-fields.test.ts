// Issue 11 (session 7, 11a): a field's idiom only where the campaign's own text touches the field, and
// a part-three measure names no mechanism the material does not give. On the s10 blind reading a
// 文旅旺季保障 speech filed under 经济发展 said 「抓项目、优服务、促发展」 and 「挂图作战、按图施工」 with no
// project in its material, a 烟花爆竹 speech said 「领导包联、专人服务…让企业和群众少跑腿」, a 传染病防控
// speech 「把民生实事办得更实、更细」 (all wrong), and 「责令停产整顿」 was said of illegal storage. The
// gates are corpus data (corpus/topics.yaml `fields`, `mechanisms`, `claims`); this checks every draft.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { unsupportedClaims } from '../../core/draft/claims.ts';
import type { DocModel } from '../../core/doc/model.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const { fields, mechanisms } = library.banks.topics;

/**
 * The campaign's own text, judged apart from the engine: its name, goal, background and every item, and
 * who is in the room (the room paragraph speaks to the enterprises there).
 */
function ownText({ campaign, meeting }: SpeechInput): string {
  const items = [...campaign.achievements, ...campaign.problems, ...campaign.tasks];
  return [campaign.name, campaign.shortName, campaign.goal, ...(campaign.background ?? []), ...items.flatMap((i) => [i.title, i.detail]), ...(meeting.attendees ?? [])].filter(Boolean).join(' ');
}

/** Our own words in a draft (runs that come from no input field), joined per block. */
function ourWords(doc: DocModel): string[] {
  const blocks = [...doc.blocks.map((b) => ('runs' in b ? b.runs : [])), doc.closing ?? []];
  return blocks.map((runs) => runs.filter((r) => !r.src).map((r) => r.text).join('|'));
}

describe('11a · a field\'s idiom only where the campaign touches the field', () => {
  const cases = campaigns.flatMap((c) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ c, template, seed }))));
  it.each(cases)('$c.name · $template · seed $seed', ({ c, template, seed }) => {
    const own = ownText(c.input);
    const doc = draft(c.input, library, { template, seed });
    expect(ourWords(doc).flatMap((t) => unsupportedClaims(t, own, fields).map((w) => `${w} in 「${t}」`))).toEqual([]);
  });
});

describe('11a · a part-three measure names no mechanism the material does not give', () => {
  const cases = campaigns.flatMap((c) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ c, template, seed }))));
  it.each(cases)('$c.name · $template · seed $seed', ({ c, template, seed }) => {
    const whole = JSON.stringify(c.input);
    const doc = draft(c.input, library, { template, seed });
    const measures = doc.blocks.filter((b) => b.type === 'paragraph' && b.role === 'guarantee').map((b) => ('runs' in b ? b.runs.filter((r) => !r.src && !r.elab).map((r) => r.text).join('') : ''));
    expect(measures.flatMap((t) => unsupportedClaims(t, whole, mechanisms).map((w) => `${w} in 「${t}」`))).toEqual([]);
  });
});
