// Issue 11 (session 21, voice): at a 培训会 a lecture just given is taken in and put to use — never answered as criticism from
// above (「讲到的情况和问题，我们将逐项对照、认真研究」, hunt s66-4 [8], E) nor with 「大家要对照会议要求抓好落实」 before any
// requirement is given (s64-6 [7], s65-5 [7], s63-6 [6], E). core/draft/speech.ts `lectured`, corpus precedingTaught.
import { describe, expect, it } from 'vitest';
import { trains } from '../../core/draft/speech-parts.ts';
import { draftsOf, loadCampaigns } from '../helpers/campaigns.ts';

const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
/** The opening's sentence on what was heard before the speech. */
const heard = (text: string) => (text.split('\n').find((l) => l.includes('刚才，')) ?? '').split(/(?<=。)/).find((s) => s.startsWith('刚才，')) ?? '';
const PUT_TO_USE = /学以致用|消化|记在心里|记牢|领会/;
const ANSWERED = /逐项对照|认真研究|对照会议要求|查找差距|找准差距/;

describe('voice · a 培训会 takes a lecture in and puts it to use', () => {
  it('in every frame and seed', () => {
    const input = named('voice-boilers-district-training-lectures.json');
    for (const { where, text } of draftsOf(input, [1, 2, 3])) {
      const said = heard(text);
      expect(said, where).toMatch(/讲解了《锅炉安全技术规程》有关条款/);
      expect(said, where).toMatch(PUT_TO_USE);
      expect(said, where).not.toMatch(ANSWERED);
    }
  });

  it('only at a 培训会: the same lecture at a 部署会 is no training', () => {
    const input = named('voice-boilers-district-training-lectures.json');
    input.meeting.type = '部署会';
    input.meeting.name = '潾源区工业锅炉安全工作部署会';
    expect(trains(input.meeting)).toBe(false);
    for (const { where, text } of draftsOf(input, [1])) expect(heard(text), where).not.toMatch(/学以致用|记在心里|记牢|深入浅出/);
  });

  it.each(campaigns.filter((c) => !trains(c.input.meeting)).map((c) => ({ name: c.name, input: c.input })))('no lecture wording outside a 培训会: $name', ({ input }) => {
    for (const { where, text } of draftsOf(input, [1]).slice(0, 1)) expect(heard(text), where).not.toMatch(/讲得深入浅出|都是工作中用得上的内容|针对性、操作性都很强/);
  });
});
