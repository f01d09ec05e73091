// What a campaign is about (its domain: 防汛抗旱, 城市建设 …) and what each of its items is about (its
// measure topic: 排查整治, 值班值守 …), recognised from the words of the material. Elaboration is drawn
// only from the topic of the paragraph it sits in or from the campaign's domain (GENRE.md "Each domain
// has its own idiom"): a sentence that fits one field is often wrong in another.
import type { SpeechInput } from '../input/schema.ts';
import type { DomainBank, Family, Topic, TopicBank } from './template-schema.ts';
import { TOPICS } from './template-schema.ts';

export type Domain = keyof DomainBank['domains'];
export const GENERAL: Domain = '通用';

/** Occurrences of each keyword in a text, weighted: a longer keyword is a surer sign. */
export function keywordScore(text: string, keywords: readonly string[]): number {
  let n = 0;
  for (const k of keywords) {
    if (!k) continue;
    let at = text.indexOf(k);
    while (at >= 0) {
      n += Math.min(k.length, 4);
      at = text.indexOf(k, at + k.length);
    }
  }
  return n;
}

/** A text's keyword score for a field, the longer words that name something else (its `others`) blanked out. */
function fieldScore(text: string, entry: { keywords: readonly string[]; others?: readonly string[] }): number {
  return keywordScore(without(text, entry.others), entry.keywords);
}

type Entry = { keywords: readonly string[]; others?: readonly string[] };
const NEIGHBOURS = new WeakMap<DomainBank['domains'], Map<string, Entry>>();

/**
 * A field's entry with every other field's keyword that holds one of its own blanked too: 「森林防灭火」「森林火灾」 name the forest, not
 * the 灭火 or 火灾 of 消防安全 (s61-2 [9], W: a town's 森林防灭火 动员会 drew 「灭火器过期没人管，电线私拉乱接」; s63-2 [10] [11], D);
 * 「产业振兴」 is the village's, not 经济发展's 产业. Every pair of neighbouring fields alike, the longer word deciding.
 */
function entryOf(bank: DomainBank, domain: Domain): Entry {
  let all = NEIGHBOURS.get(bank.domains);
  if (!all) {
    const entries = Object.entries(bank.domains) as [Domain, Entry][];
    all = new Map(entries.map(([d, e]) => {
      const longer = entries.flatMap(([o, other]) => (o === d ? [] : other.keywords.filter((k) => e.keywords.some((own) => own !== k && k.includes(own)))));
      return [d, longer.length ? { ...e, others: [...(e.others ?? []), ...longer] } : e];
    }));
    NEIGHBOURS.set(bank.domains, all);
  }
  return all.get(domain)!;
}

/**
 * The campaign's domain. What the campaign is called decides it: its name, short name and the
 * meeting's name must carry one of the domain's words (「防汛」「秸秆禁烧」「老旧小区」). The goal,
 * task titles and the rest only break a tie between domains the name points to: words like 主体责任、
 * 学生、隐患排查 turn up in many fields, and a 防溺水 or 食品安全 campaign that borrowed another
 * field's idiom on their strength would tell a township about 企业主体责任. Nothing in the name is
 * 通用, a first-class outcome whose language belongs to no field.
 *
 * `campaign.domain` is the clerk's nearest option on the form, so it overrides only where the name
 * does not say otherwise: a 殡葬 campaign filed under 人居环境, a 传染病 campaign under 社会事业, takes
 * the field its name names (s12-6: 「光靠干部扫、群众看」 in a grave-removal 约谈会 was marked wrong).
 * Where the name names the clerk's field too, or no field at all, the clerk's choice stands.
 */
export function recogniseDomain(input: SpeechInput, bank: DomainBank): Domain {
  const c = input.campaign;
  const named = domainByName(input, bank);
  if (!c.domain) return named;
  // 通用 chosen on the form says that no field fits: the name does not put one back.
  if (c.domain === GENERAL) return GENERAL;
  // A field that serves people (社会事业) chosen for a campaign about safety or putting wrongs right (校外
  // 培训专项治理): 「民生问题拖不得，群众在等着我们的答复」 was struck there (s13 hunt, s11-4).
  if (bank.domains[c.domain].serves && !serving(input)) return named;
  // The name overrides where it names another field more than the clerk's: 疫苗、接种 over 老年人 in a
  // vaccination campaign filed under 社会事业. 学生 in a 交通安全 campaign's name says who is kept safe, not
  // a field of services (s8-3 stays 安全生产).
  const name = nameOf(input);
  // A field the campaign's own words (name, goal, task titles) never name is a loose choice: a 医保基金
  // 专项整治 filed under 公共卫生 was told to 「把监测、报告、处置各个环节衔接好」 (s14 mid reading, wrong).
  const entry = entryOf(bank, c.domain);
  if (!fieldScore(`${name} ${c.goal ?? ''} ${c.tasks.map((t) => t.title).join(' ')}`, entry)) return named;
  const safety = SAFETY_PURPOSE.test(`${name} ${c.goal ?? ''}`);
  const own = fieldScore(name, entry);
  const rival = Math.max(...(Object.entries(bank.domains) as [Domain, DomainBank['domains'][Domain]][]).map(([d, other]) => (d === c.domain || (safety && other.serves) ? 0 : fieldScore(name, entryOf(bank, d)))));
  return rival > own ? named : c.domain;
}

/**
 * What the campaign and its meeting are called: the words that place it in a field. A census counts a
 * field, it does not work in it (经济普查 is no 经济发展, 农业普查 no 乡村振兴): its field word is not one.
 */
function nameOf(input: SpeechInput): string {
  const c = input.campaign;
  return `${c.name} ${c.shortName ?? ''} ${input.meeting.name}`.replace(/\p{Script=Han}{2}普查/gu, '普查').replace(PROJECT_MODIFIER, '');
}

/**
 * What a project handles is no field: in 「生活垃圾焚烧发电项目征地拆迁和群众工作」 the work is the
 * project's 征地拆迁 and 群众工作, and 垃圾 only says what the plant will burn (s18 final reading, s17-5:
 * 「环境整治的任务很实」 was marked wrong). Where the name goes on after 项目 with work of its own, the words
 * before it and 项目 itself are dropped: the field is the work's (征地拆迁 is 城市建设). A name that ends at
 * 项目 (and its meeting: 「高标准农田建设项目推进会」) keeps them.
 */
const PROJECT_MODIFIER = /\p{Script=Han}+项目(?!(?:建设)?(?:推进|调度|部署|现场|观摩|动员|总结|表彰|协调|专题|工作)*会议?(?:\P{Script=Han}|$))(?=\p{Script=Han})/gu;

/** The domain the campaign's name places it in (recogniseDomain), whatever the clerk filed it under. */
function domainByName(input: SpeechInput, bank: DomainBank): Domain {
  const c = input.campaign;
  const name = nameOf(input);
  const rest: [string, number][] = [
    [`${c.goal ?? ''} ${c.tasks.map((t) => t.title).join(' ')}`, 2],
    [
      [...(c.background ?? []), ...c.tasks.map((t) => `${t.detail ?? ''} ${t.measure ?? ''}`), ...c.problems.map((p) => `${p.title} ${p.detail ?? ''}`), ...c.achievements.map((a) => a.title)].join(' '),
      1,
    ],
  ];
  const serves = serving(input);
  let best: Domain = GENERAL;
  let bestScore: [number, number] = [0, 0];
  for (const [domain, entry] of Object.entries(bank.domains) as [Domain, DomainBank['domains'][Domain]][]) {
    // A 校园安全 campaign named by 教育 is about safety, not services: the field is chosen by purpose.
    if (!serves && entry.serves) continue;
    const own = entryOf(bank, domain);
    const named = fieldScore(name, own);
    if (!named) continue;
    const s: [number, number] = [named, rest.reduce((n, [text, w]) => n + w * fieldScore(text, own), 0)];
    // Ties go to the domain listed first: the corpus lists the narrower fields first.
    if (s[0] > bestScore[0] || (s[0] === bestScore[0] && s[1] > bestScore[1])) {
      best = domain;
      bestScore = s;
    }
  }
  return best;
}

/**
 * Whether a campaign may take a field's language of serving people (应享尽享, 民生实事): not when its
 * name or goal is about keeping people safe (安全, 防溺水, 隐患, 事故 …) or putting wrongs right (整治,
 * 打击, 违规 …). Readers marked 「应享尽享」 wrong in a 校园安全 speech's 防溺水 task and struck
 * 「群众在等着我们的答复」 in a 校外培训专项治理; a 散埋乱葬专项整治 is no 民生实事 either.
 */
function serving(input: SpeechInput): boolean {
  const words = `${nameOf(input)} ${input.campaign.goal ?? ''}`;
  if (SAFETY_PURPOSE.test(words)) return false;
  // Setting right how a benefit people are owed is given (a 低保专项治理: who gets it, who leaves it) is
  // still that service's work: drafted as 通用, s17-8 was given another field's 执法 and 群众参与 (s18 final).
  return !PUTTING_RIGHT.test(words) || OWED.test(nameOf(input));
}

const SAFETY_PURPOSE = /安全(?!感)|溺水|防范|隐患|事故|欺凌|消防|防灾|避险/;
const PUTTING_RIGHT = /整治|专项治理|打击|违规|违法|非法|取缔|遏制|查处/;
/** Benefits a household is owed and a service body grants: their 专项治理 is about granting them right. */
const OWED = /低保|特困|救助|医保待遇|参保|资助|助学|优抚|养老金|残疾人补贴/;

export function familyOf(domain: Domain, bank: DomainBank): Family | undefined {
  return bank.domains[domain].family;
}

/**
 * The smallest score that places an item under a topic: one keyword in its title, or two in its
 * detail. A single word of the detail (「统筹调度收割机」) says how, not what the item is about.
 */
const MIN_TOPIC_SCORE = 4;

/**
 * The measure topic of one item: its title weighs three times its detail; none when nothing fits. Only
 * the act places an item (corpus/topics.yaml): a problem of 违规使用医保基金 is no 执法 the speaker's side
 * does, and was argued and answered as one (s18 final reading, s17-8 [48]–[50], wrong).
 */
export function topicOf(title: string, detail: string | undefined, bank: TopicBank): Topic | undefined {
  let best: Topic | undefined;
  let bestScore = MIN_TOPIC_SCORE - 1;
  for (const topic of TOPICS) {
    const { keywords, others } = bank.topics[topic];
    const s = 3 * keywordScore(without(title, others), keywords) + keywordScore(without(detail ?? '', others), keywords);
    if (s > bestScore) {
      best = topic;
      bestScore = s;
    }
  }
  return best;
}

/** The text with the longer words that name something else blanked out. */
function without(text: string, others: readonly string[] | undefined): string {
  let out = text;
  for (const o of others ?? []) out = out.split(o).join('　');
  return out;
}
