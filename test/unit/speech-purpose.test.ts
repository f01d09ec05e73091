// Issue 11 (session 8, 11a): the argument fits the campaign's own purpose. On the s12 blind reading a
// 征兵 动员会 whose clerk left the field out was headed 「提高站位，防患未然，坚决克服麻痹思想和侥幸心理」, and a
// 散埋乱葬 约谈会 filed under 人居环境 said 「光靠干部扫、群众看」 (both wrong). The field is what the name
// names (the clerk's choice is the nearest option on the form), a heading or line of a field or a season
// is said only where the campaign's own text or the meeting's date opens it, and a task is argued in its
// field's images only where the campaign's name or the task itself names the field.
import { describe, expect, it } from 'vitest';
import { draft } from '../../core/draft/index.ts';
import { unsupportedClaims } from '../../core/draft/claims.ts';
import { toPlainText } from '../../core/doc/text.ts';
import type { DocModel } from '../../core/doc/model.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';
import { loadCampaigns, SPEECH_FRAMES } from '../helpers/campaigns.ts';

const library = loadDraftLibrary();
const campaigns = loadCampaigns();
const byName = (name: string) => campaigns.find((c) => c.name === name)!.input;
const drafts = (input: SpeechInput, seeds = [1, 2, 3]): DocModel[] => SPEECH_FRAMES.flatMap((template) => seeds.map((seed) => draft(input, library, { template, seed })));
const headings = (doc: DocModel) => doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.runs.map((r) => r.text).join('')] : []));
const sentences = (doc: DocModel) => toPlainText(doc).split(/(?<=[。！？])|\n/).map((s) => s.trim()).filter(Boolean);

/** Every part heading a template keeps for the safety fields, with its {work} slot as a wildcard. */
const SAFETY_HEADINGS = [...library.templates.values()].flatMap((t) => (t.kind === 'speech' ? t.parts.flatMap((p) => (Array.isArray(p.headings) ? [] : (p.headings['safety'] ?? []))) : []));
const safetyHeading = (h: string) => SAFETY_HEADINGS.some((s) => new RegExp(`^${s.replace('{work}', '.+')}$`).test(h));

/** The sentences of the pools of the general field and the topics' default lines, and of all the others. */
const sentencesOf = (lines: readonly string[]) => lines.flatMap((l) => l.split(/(?<=[。！？])/).filter((x) => x.length >= 8 && !x.includes('{')));
const pools = (e: (typeof library.banks.domains.domains)[keyof typeof library.banks.domains.domains]) => [...e.significance, ...e.situation, ...e.outlook, ...e.urgency, ...e.requirement, ...e.task];
const familyLines = (own: boolean) => Object.values(library.banks.topics.topics).flatMap((t) => [t.task, t.problem].flatMap((keyed) => Object.entries(keyed ?? {}).flatMap(([family, lines]) => ((family === 'default') === own ? (lines ?? []) : []))));
const GENERAL_SENTENCES = new Set(sentencesOf([...pools(library.banks.domains.domains['通用']), ...familyLines(true)]));
/** A sentence only a field of its own says. */
const FIELD_SENTENCES = new Set(sentencesOf([...Object.entries(library.banks.domains.domains).flatMap(([d, e]) => (d === '通用' ? [] : pools(e))), ...familyLines(false)]).filter((x) => !GENERAL_SENTENCES.has(x)));

describe('11a · a campaign with no field of its own gets no other field\'s headings or lines', () => {
  // s12-5: 「不发生新兵退兵」 is no accident to prevent.
  const conscription = byName('conscription-town-s12-reading.json');
  it('a 征兵 动员会 with the field left out is headed in general words, in every frame and seed', () => {
    const docs = drafts(conscription);
    expect(docs[0]!.domain).toBe('通用');
    expect(docs.flatMap(headings).filter(safetyHeading)).toEqual([]);
    expect(docs.flatMap(headings).join('')).not.toMatch(/麻痹|侥幸|防患未然|安全底线|严防死守|倒排工期|挂图作战/);
  });
  it('a general campaign whose goal prevents an accident keeps the headings of prevention (the check can fail)', () => {
    const docs = drafts(byName('drowning-town-summer.json'));
    expect(docs[0]!.domain).toBe('通用');
    expect(docs.flatMap(headings).some(safetyHeading)).toBe(true);
  });
  const general = campaigns.filter((c) => !c.input.campaign.domain && draft(c.input, library, { seed: 1 }).domain === '通用');
  it.each(general.map((c) => ({ c })))('$c.name: no line of another field\'s pool', ({ c }) => {
    const said = drafts(c.input).flatMap((doc) => doc.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs.filter((r) => r.elab).flatMap((r) => r.text.split(/(?<=[。！？])/)) : [])));
    expect(said.filter((t) => FIELD_SENTENCES.has(t))).toEqual([]);
  });
  it('an economic census is no economic development: no race for growth', () => {
    const docs = drafts(byName('census-district-mobilize.json'));
    expect(docs[0]!.domain).toBe('通用');
    expect(docs.map(toPlainText).join('')).not.toMatch(/争先|机遇|硬道理|促发展|招商|营商/);
  });
});

describe('11a · the name names the field; the clerk\'s choice is the nearest option', () => {
  it('a 散埋乱葬专项整治 filed under 人居环境 takes no sanitation language and no serving field', () => {
    const graves = byName('graves-town-summons-s12-reading.json');
    const docs = drafts(graves);
    expect(docs[0]!.domain).toBe('通用');
    const text = docs.map(toPlainText).join('');
    expect(text).not.toMatch(/扫|保洁|环境整治|房前屋后|背街小巷|群众等下去|获得感/);
  });
  it('a vaccination campaign filed under 社会事业 is 公共卫生: its name names 疫苗 and 接种 more than 老年人', () => {
    const docs = drafts(byName('vaccine-street-dispatch-filed.json'));
    expect(docs[0]!.domain).toBe('公共卫生');
    expect(docs.map(toPlainText).join('')).not.toMatch(/民生|获得感|群众切身利益|病例/);
  });
  it('a 殡葬改革 filed under 人居环境 is 社会事业; a 交通安全 campaign naming 学生 is not 社会事业', () => {
    expect(draft(byName('funeral-town-reform-filed.json'), library, { seed: 1 }).domain).toBe('社会事业');
    const traffic = byName('traffic-county-bureau.json');
    const filed = { ...traffic, campaign: { ...traffic.campaign, name: `学生${traffic.campaign.name}`, domain: '安全生产' as const } };
    expect(draft(filed, library, { seed: 1 }).domain).not.toBe('社会事业');
  });
  it('a field the campaign\'s own words never name is a loose choice: the campaign argues in general words', () => {
    // s14 mid reading (W): a 医保基金 专项整治 filed under 公共卫生 was told to 「把监测、报告、处置各个环节衔接好」.
    const census = byName('census-district-mobilize.json');
    const docs = drafts({ ...census, campaign: { ...census.campaign, domain: '公共卫生' } });
    expect(docs[0]!.domain).toBe('通用');
    expect(docs.map(toPlainText).join('')).not.toMatch(/传染病|疫情|病例|监测、报告、处置/);
  });
  it('a census is no field of what it counts, and 通用 chosen on the form stays 通用', () => {
    const census = byName('census-district-mobilize.json');
    const farm = { ...census, campaign: { ...census.campaign, name: '第四次全国农业普查', shortName: '农业普查' } };
    expect(draft(farm, library, { seed: 1 }).domain).toBe('通用');
    const flood = byName('flood-street-waterlogging-nodomain.json');
    expect(draft({ ...flood, campaign: { ...flood.campaign, domain: '通用' } }, library, { seed: 1 }).domain).toBe('通用');
  });
  it('a campaign whose name names the clerk\'s field keeps it', () => {
    const flood = byName('flood-street-waterlogging-nodomain.json');
    expect(draft({ ...flood, campaign: { ...flood.campaign, domain: '防汛抗旱' } }, library, { seed: 1 }).domain).toBe('防汛抗旱');
  });
});

describe('11a · a task is argued in its field\'s images only where its field is named', () => {
  // s12-6 [30]: the environment family's 「整治要干部带头、群众参与。光靠干部扫、群众看…」 after 「限期整改新增违规墓葬」.
  const graves = byName('graves-town-summons-s12-reading.json');
  const environment = new Set(Object.values(library.banks.topics.topics).flatMap((t) => t.task?.['environment'] ?? []));
  it('the grave campaign, even kept under 人居环境 by name, argues its tasks in general words', () => {
    const named = { ...graves, campaign: { ...graves.campaign, shortName: '散埋乱葬和人居环境整治' } };
    const said = drafts(named).flatMap((doc) => doc.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs.filter((r) => r.elab?.pool === 'task').map((r) => r.text) : [])));
    expect(said.filter((t) => /扫|保洁|房前屋后|背街小巷/.test(t))).toEqual([]);
  });
  it('the same material named a village-cleaning campaign still argues with them (the check can fail)', () => {
    const cleaning = { ...graves, campaign: { ...graves.campaign, name: '村庄清洁和散埋乱葬专项整治', shortName: '村庄清洁' } };
    const said = drafts(cleaning).flatMap((doc) => doc.blocks.flatMap((b) => (b.type === 'paragraph' ? b.runs.filter((r) => r.elab?.pool === 'task').map((r) => r.text) : [])));
    expect(said.some((t) => [...environment].includes(t))).toBe(true);
  });
  it('no argument after a task names a mechanism or a 督查 the material does not give', () => {
    const text = drafts(graves).map(toPlainText).join('');
    expect(text).not.toMatch(/督查发现|建立台账|回头再查/);
  });
});

describe('11a · a season\'s language only in its season', () => {
  const { seasons } = library.banks.topics;
  const cases = campaigns.flatMap((c) => SPEECH_FRAMES.flatMap((template) => [1, 2, 3].map((seed) => ({ c, template, seed }))));
  it.each(cases)('$c.name · $template · seed $seed', ({ c, template, seed }) => {
    const month = Number(c.input.meeting.date.slice(5, 7));
    const own = JSON.stringify(c.input.campaign);
    const ours = draft(c.input, library, { template, seed }).blocks.flatMap((b) => ('runs' in b ? [b.runs.filter((r) => !r.src).map((r) => r.text).join('|')] : []));
    expect(ours.flatMap((t) => unsupportedClaims(t, own, seasons, month).map((w) => `${w} in 「${t}」`))).toEqual([]);
  });
  // A flood campaign and an autumn-harvest campaign moved to midwinter, their material stripped of any
  // season named as now or coming (汛前, 主汛期 …; 正值, 抢收 …).
  const NOW = /汛期就是|汛情就是|汛期不结束|汛期临近|汛期一天|农时不等人|农时关键|农时节点|抢抓农时|当前生产|眼下正是/;
  const seasonal = ['flood-street-deputy-new.json', 'rural-xiang-autumn.json'].map(byName);
  it('in their season they say it (the check can fail)', () => {
    for (const input of seasonal) expect(drafts(input).flatMap(sentences).some((s) => NOW.test(s))).toBe(true);
  });
  it('in midwinter, with no season named as now or coming, they do not', () => {
    for (const input of seasonal) {
      const campaign = JSON.parse(JSON.stringify(input.campaign).replace(/主汛期|汛前|入汛|度汛|汛期内|汛期期间|汛期临近|即将|正值|当前正|眼下正|农忙时节|抢收|抢种/g, '')) as SpeechInput['campaign'];
      const winter = { ...input, meeting: { ...input.meeting, date: '2026-12-08' }, campaign };
      expect(drafts(winter).flatMap(sentences).filter((s) => NOW.test(s))).toEqual([]);
    }
  });
});

describe('11a · a 调度会 pushes to a deadline: no long-haul idiom', () => {
  // s12-2 (final reading and s13 hunt): 「污染防治是一场持久战」 at a December 大气 调度会, struck twice.
  const LONG_HAUL = /持久战|久久为功|长远的大事|利长远/;
  const sanitation = byName('speech-sanitation-promotion.json');
  it('a 推进会 may say 久久为功 (the check can fail)', () => {
    expect(drafts(sanitation).map(toPlainText).join('')).toMatch(LONG_HAUL);
  });
  it('the same material at a 调度会 does not', () => {
    const dispatch = { ...sanitation, meeting: { ...sanitation.meeting, type: '调度会' } };
    expect(drafts(dispatch).map(toPlainText).join('')).not.toMatch(LONG_HAUL);
  });
});
