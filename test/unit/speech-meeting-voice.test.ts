// Issue 11 (session 8, 11c): who may open and close a meeting, what kind of meeting it is, and the
// material read out as speech. From the s13 hunt reading and the s11/s12 readings: a 区政务服务中心主任
// at a 副区长's meeting closed 「区直各进驻部门、各街道（镇）要…确保今天明确的各项目标如期实现！」 (W: the
// chair's line) and opened 「我们今天召开…压责任」; 「这次部署的目标」 at a 推进会, a 调度会 and a 约谈会;
// 「刚才，与会人员实地观摩了…」 and 「刚才，通报了…」 with no one speaking; examples in brackets read out
// (「星河湾小区（电梯、门禁长期维修不及时）」); 「比如，庙山社区、青石湾社区。」 (half a sentence); task
// details typed as bare acts that read as work done (readers added 「要」 six times).
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { speakerOf } from '../../core/draft/speaker.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const named = (name: string) => structuredClone(campaigns.find((c) => c.name === name)!.input);
const SEEDS = [1, 2, 3];
const texts = (input: SpeechInput) => SPEECH_FRAMES.flatMap((template) => SEEDS.map((seed) => toPlainText(draft(input, library, { template, seed }))));
const lines = (text: string) => text.split('\n').filter(Boolean);
/** The opening paragraph: the line after 「同志们：」. */
const opening = (text: string) => lines(text)[lines(text).indexOf('同志们：') + 1] ?? '';
const closing = (text: string) => lines(text).at(-1) ?? '';
/** A name of a place or a unit, and nothing said of it. */
const PLACE = /(村|社区|小区|镇|乡|街道|市场|公司|厂|工地|学校|项目|工程|路|巷|苑|园|院|山塘|水库)$/;
const sentences = (text: string) => text.split(/(?<=[。！？])|\n/).filter((s) => s.trim());

describe('11c · a department head under the level’s chair opens and closes in the own voice', () => {
  const input = named('housing-county-bureau-chaired.json');

  it('is recognised as speaking under a 副县长 in the chair; the bureau’s own deputy in the chair is no such chair', () => {
    expect(speakerOf(input).chaired).toBe(true);
    const own = named('housing-county-bureau-chaired.json');
    own.meeting.host = { name: '魏东', title: '县住房和城乡建设局党组成员、副局长' };
    expect(speakerOf(own).chaired).toBeUndefined();
  });

  it('says nothing of why the meeting is held, and hands over as a report', () => {
    for (const text of texts(input)) {
      const open = opening(text);
      expect(open).not.toMatch(/召开/);
      expect(open).toMatch(/^刚才，县财政局通报了/);
      expect(open).not.toMatch(/落实会议要求/);
    }
  });

  it('closes on the own unit’s commitment and asks the others, never tells them 「…要」', () => {
    for (const text of texts(input)) {
      const close = closing(text);
      expect(close).toMatch(/^同志们，/);
      expect(close).toMatch(/我局/);
      expect(close).toMatch(/请各乡镇、县直有关部门/);
      expect(close).not.toMatch(/各乡镇、县直有关部门要/);
      expect(close).not.toMatch(/今天明确的/);
      expect(text).not.toMatch(/这次部署/);
    }
  });

  it('a principal of the same meeting still opens on its purpose and closes on the units', () => {
    const head = named('housing-county-bureau-chaired.json');
    head.meeting.speaker = { name: '岑立伟', title: '县委副书记、县长' };
    for (const text of texts(head)) {
      expect(opening(text)).toMatch(/^(今天|这次|我们今天|召开)/);
      expect(closing(text)).not.toMatch(/我局/);
    }
  });
});

describe('11c · the meeting’s kind', () => {
  it('a 现场推进会 opens on the site visit, the visit told as 「大家…」', () => {
    for (const text of texts(named('cleanup-town-site-visit.json'))) {
      const open = opening(text);
      expect(open).toMatch(/现场/);
      expect(open).toMatch(/刚才，大家实地观摩了红星村、新桥村/);
      expect(open).not.toMatch(/与会人员/);
    }
  });

  it('a 警示约谈会 of named companies holds them to their pledge and gives them their task with 要', () => {
    for (const text of texts(named('mining-town-summons.json'))) {
      expect(opening(text)).toMatch(/约谈/);
      expect(text).toMatch(/被约谈企业要对照问题清单逐项整改/);
    }
  });

  it('an item done before the speech with no one named is the meeting’s (「刚才，会议宣读了…」)', () => {
    const input = named('rivers-xiang-commendation.json');
    expect(input.meeting.precedingItems?.[0]).toMatch(/^宣读了/);
    for (const text of texts(input)) {
      expect(opening(text)).toMatch(/刚才，会议宣读了/);
      expect(opening(text)).not.toMatch(/会上，?会议/);
    }
  });
});

describe('11c · the material read out, not pasted', () => {
  const input = named('markets-street-brackets.json');

  it('examples typed 「名称（情况）」 are read as cases, without brackets, every word kept', () => {
    for (const text of texts(input)) {
      expect(text).toMatch(/比如，南门市场屋面漏雨，排水沟堵塞；菜园路市场摊位超出划线。/);
      expect(text).not.toMatch(/南门市场（/);
    }
  });

  it('examples in brackets inside a task’s detail become a clause of the sentence, the date in it where it was', () => {
    for (const text of texts(input)) {
      expect(text).toMatch(/一场一策编制改造方案，如南门市场、菜园路市场、纺织路市场，4月15日前报街道审定/);
      expect(text).not.toMatch(/（如/);
    }
  });

  it('a task’s detail typed as a bare act is said as a requirement (「要…」), the material’s words whole', () => {
    for (const text of texts(named('housing-county-bureau-chaired.json'))) {
      expect(text).toMatch(/要对未开工的改造户逐户上门督促，组织集中开工/);
      expect(text).toMatch(/要按照开工、竣工两个节点分批拨付，不得滞留/);
    }
  });
});

describe.each(campaigns.map((c) => ({ name: c.name, input: c.input })))('11c · $name, every frame and seed', ({ input }) => {
  const all = texts(input);

  it('says 「这次部署」 only at a meeting that deploys', () => {
    const kind = input.meeting.type ?? input.meeting.name;
    if (/部署|动员/.test(kind) && !/约谈|现场/.test(kind)) return;
    for (const text of all) expect(text).not.toMatch(/这次部署|今天部署/);
  });

  it('has no sentence that is 「比如，」 and a bare list of names', () => {
    for (const text of all) {
      const bare = sentences(text).filter((s) => /^比如，[^，；。、]{2,14}(、[^，；。、]{2,14})*。$/.test(s.trim()) && s.trim().slice(3, -1).split('、').every((n) => PLACE.test(n)));
      expect(bare).toEqual([]);
    }
  });

  it('puts 要 before an act, not before 「在建工地」「排查发现的…」 or 「每个社区」', () => {
    for (const text of all) expect(text).not.toMatch(/要在建|要排查发现的|要每[个口段名户]/);
  });
});
