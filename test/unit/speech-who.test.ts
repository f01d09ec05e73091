// Issue 11 (session 6, 11a): who may be told what. On the last blind reading a 乡长 wrote 「由县人力社保局
// 劳动保障监察大队牵头负责…对照…节点跟进配合」 and a 街道党工委书记 「这项工作由区城管执法局桂园中队负责、
// 区公安分局交警大队配合」: orders to a higher level's unit, marked wrong. A higher unit is asked when it is
// in the room and acknowledged when it is not, with the speaker's own units told to work with it; a company
// or a property manager that leads is held to its own responsibility; a speaker's own brigade is 「我们」.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { speakerOf, unitRelation } from '../../core/draft/speaker.ts';
import { toPlainText } from '../../core/doc/text.ts';
import type { DocModel } from '../../core/doc/model.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';
import { instructsHigher } from '../helpers/speech-checks.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const byName = (name: string) => campaigns.find((c) => c.name === name)!.input;
const drafts = (input: SpeechInput) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => toPlainText(draft(input, library, { template, seed }))));
const para = (text: string): DocModel => ({ blocks: [{ type: 'paragraph', runs: [{ text }] }] }) as unknown as DocModel;

describe('11a · no instruction to a unit of a higher level', () => {
  it('the check catches the forms readers marked wrong and passes requests, objects and statements', () => {
    const units = ['县人力社保局劳动保障监察大队', '区城管执法局桂园中队', '区公安分局交警大队'];
    expect(instructsHigher(para('由县人力社保局劳动保障监察大队牵头负责，杉坪派出所协同配合，乡劳动保障所要主动配合、抓好衔接，对照2027年1月31日前完成的节点跟进配合。'), units, 'xiang', '')).toHaveLength(2);
    expect(instructsHigher(para('这项工作由区城管执法局桂园中队负责，区公安分局交警大队配合，街道平安办要主动对接。'), units, 'street', '')).toHaveLength(2);
    expect(instructsHigher(para('区城管执法局桂园中队、区公安分局交警大队要密切配合。'), units, 'street', '').length).toBeGreaterThan(0);
    const fine = '这项工作的牵头单位是县人力社保局劳动保障监察大队，乡劳动保障所要主动对接、全力配合。恳请区城管执法局桂园中队牵头推进，请区公安分局交警大队给予支持。街道平安办要主动对接区城管执法局桂园中队，全力配合做好这项工作。我们要主动向区公安分局交警大队汇报衔接，争取支持。';
    expect(instructsHigher(para(fine), units, 'street', '')).toEqual([]);
  });

  // Every example and campaign, every frame, three seeds.
  const cases = campaigns.flatMap((c) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ c, template, seed }))));
  it.each(cases)('$c.name · $template · seed $seed', ({ c, template, seed }) => {
    const doc = draft(c.input, library, { template, seed });
    const named = c.input.campaign.tasks.flatMap((t) => [t.lead, ...(t.support ?? [])]);
    expect(instructsHigher(doc, named, speakerOf(c.input).level, JSON.stringify(c.raw))).toEqual([]);
  });
});

describe('11a · a higher unit that leads, a company that leads, the speaker’s own brigade', () => {
  it('a county brigade leading at a township meeting, not in the room: acknowledged, the township’s station told to work with it', () => {
    for (const text of drafts(byName('sand-town-county-brigade.json'))) {
      expect(text).not.toMatch(/由县水利局河道执法大队/);
      expect(text).not.toMatch(/请县水利局河道执法大队/);
      expect(text).toMatch(/镇水利站[^。]*县水利局河道执法大队|县水利局河道执法大队[^。]*镇水利站要/);
      // The support of a county brigade the room does not hold is sought, not assigned.
      expect(text).toMatch(/我们要[^。]*县自然资源局执法大队[^。]*争取/);
    }
  });

  it('a district unit leading at a street meeting: asked when in the room, acknowledged when not; a district bureau supporting is sought', () => {
    for (const text of drafts(byName('charging-street-district-property.json'))) {
      expect(text).toMatch(/恳?请区消防救援大队城南消防救援站牵头/);
      expect(text).not.toMatch(/由区城管执法局城南中队|区城管执法局城南中队(负责|牵头负责)/);
      expect(text).not.toMatch(/区住建局(配合|做好配合|协同配合)/);
      expect(text).toMatch(/区住建局[^。]*争取/);
    }
  });

  it('a city body leading at a county meeting: acknowledged, and the county bureaus told to work with it; present, asked', () => {
    for (const text of drafts(byName('dust-county-city-body.json'))) {
      expect(text).not.toMatch(/由市生态环境局平川分局/);
      expect(text).toMatch(/市生态环境局平川分局[^。]*县住建局、县综合行政执法局要|县住建局、县综合行政执法局要[^。]*市生态环境局平川分局/);
      expect(text).toMatch(/恳?请市公路事业发展中心平川分中心牵头/);
    }
  });

  // Session 9: only a party the work regulates (or a contractor on its works) leads under the speaker's
  // side; a property company fitting chargers or reminding dog owners is a partner (s15-1 [36], 11b).
  it('a party the work regulates that leads does the work, the speaker’s own units supervise; it is never told 「要」', () => {
    for (const [name, lead, own] of [['fumes-street-regulated.json', '辖区餐饮企业', '街道环保所'], ['sand-town-county-brigade.json', '各砂石堆场经营户', '镇综合执法队'], ['vegetables-county-soe-partner.json', '各农贸市场开办方', '我局']] as const) {
      for (const text of drafts(byName(name))) {
        // The task's own paragraph (the closing's call to everyone may name the company among the rest).
        const item = text.split('\n').find((l) => l.includes(`由${lead}`)) ?? '';
        expect(item).toMatch(new RegExp(`由${lead}(具体|负责具体)?(实施|承担)[^。]*${own}要[^。]*督促`));
        expect(item).not.toMatch(new RegExp(`${lead}(要|牵头负责|切实履行)`));
      }
    }
  });

  it('a compound title places the speaker in both units: the bureau a deputy head belongs to is 「我局」, its sections his own', () => {
    const input = byName('machinery-county-compound.json');
    expect(speakerOf(input)).toMatchObject({ ownUnit: '县农机服务中心', within: '县农业农村局' });
    for (const text of drafts(input)) {
      expect(text).toContain('我局');
      expect(text).not.toMatch(/(对接|与|向|同)县农业农村局[^。]*争取/);
      expect(text).not.toMatch(/请县农业农村局农机安全监理站/);
    }
  });

  it('a 局, 大队 or 支队 with no place named is above a township or street; the township’s own 队 is not', () => {
    const town = { level: 'town', rank: 'principal' } as const;
    for (const u of ['交警大队', '水政监察大队', '公安分局', '住建局城建监察支队']) expect(unitRelation(u, town), u).toBe('higher');
    for (const u of ['镇综合执法队', '镇综合执法大队', '各村']) expect(unitRelation(u, town), u).toBe('direct');
  });

  it('a speaker who heads a brigade by a second post names it as his own: 「我们交警大队」, not 「局交警大队」', () => {
    const input = byName('traffic-county-bureau.json');
    const own: SpeechInput = {
      ...input,
      meeting: { ...input.meeting, speaker: { name: '赵立', title: '县公安局党委委员、副局长，县交警大队大队长' } },
      campaign: { ...input.campaign, tasks: input.campaign.tasks.map((t, i) => (i === 0 ? { ...t, lead: '县公安局交警大队', support: ['各乡镇'] } : t)) },
    };
    expect(speakerOf(own).heads).toBe('县交警大队');
    for (const text of drafts(own)) {
      expect(text).not.toMatch(/局交警大队/);
      expect(text).toMatch(/我们交警大队/);
    }
  });
});
