// Drawing the domain's and the topics' language: each unit (one to three sentences that belong
// together) at most once per draft, from its own seeded stream so that one part's wording does not
// depend on another's. Elaboration is tagged with its pool and its topic or domain; frame language
// (the part-three measures, requirements, closing) is not elaboration and carries no tag.
import type { Run } from '../doc/model.ts';
import { bentDetail } from './detail-terms.ts';
import { groundedIn, measureBody, seasonsNow, unsupportedClaims } from './claims.ts';
import { GENERAL, topicOf, type Domain } from './domain.ts';
import { IdeaLedger, ideasOf } from './key-ideas.ts';
import { variantFits } from './measures.ts';
import { shuffle, slotRng } from './random.ts';
import { fill, tagged, type Vars } from './runs.ts';
import { chars, COMMON, COMMON_CHARS, leadWords, memo, overlap, pairs, repeatsPhrase, restates, restatesSentence, runsOfEight, sentencesOf, sharedWords } from './unit-words.ts';
import type { DomainBank, DomainEntry, Family, Topic, TopicBank } from './template-schema.ts';

export type DomainPool = 'significance' | 'situation' | 'outlook' | 'urgency' | 'requirement' | 'task' | 'closing' | 'closingOccasion';
export type TopicPool = 'task' | 'problem';

export interface Banks {
  domains: DomainBank;
  topics: TopicBank;
  /**
   * genericPairsByShare of these banks, when the library was compiled with them (main/services/
   * library-files.ts): scanning every pool took 25–50 ms of each CLI draft's first unit.
   */
  generic?: readonly GenericPairs[];
}

/** The pairs at least `share` of the pools' units say (genericPairs). */
export interface GenericPairs {
  share: number;
  pairs: readonly string[];
}

/** A family's own variants where the corpus has them, else the topic's general ones. */
function forFamily<T>(keyed: { default: T } & Partial<Record<Family, T>>, family: Family | undefined): T {
  return (family && keyed[family]) || keyed.default;
}

export class Units {
  private readonly used = new Set<string>();
  /** The words of every sentence drawn so far: a later unit that says one again is not drawn. */
  private readonly said: ReadonlySet<string>[] = [];
  private readonly saidWords = new Set<string>();
  /** The words of each part-three measure's lead drawn so far. */
  private readonly leads: string[][] = [];
  private readonly entry: DomainEntry;
  /** The campaign's whole text, not who leads: where it names a season as now or coming (corpus/topics.yaml `seasons`). */
  private readonly own: string;
  private readonly materialWords: ReadonlySet<string>[];
  private readonly materialRuns: Set<string>;
  private readonly materialFours: Set<string>;
  /** Whether a unit restates the material: it never changes within a draft. */
  private readonly restating = new Map<string, boolean>();
  /** Whether a unit may be drawn: holds until the next unit is drawn. */
  private freshness = new Map<string, boolean>();

  constructor(
    private readonly banks: Banks,
    readonly domain: Domain,
    readonly family: Family | undefined,
    private readonly vars: Vars,
    /** Every item of the material (title and detail): a unit must not restate any of them, wherever it stands. */
    private readonly material: readonly string[] = [],
    /** All the material says, who leads and supports included: a unit may name only the actors it names. */
    private readonly everything: string = material.join(' '),
    /** What the campaign is about as a whole (name, goal, task titles): domain language is drawn closest to it. */
    private readonly campaign: string = '',
    /** A unit this speaker may not say (voice.ts): never drawn, not even as a fallback. */
    private readonly unfit: (text: string) => boolean = () => false,
    /** The key ideas the draft has said (key-ideas.ts): a unit built on one of them again is not drawn. */
    readonly ideas: IdeaLedger = new IdeaLedger(),
    /** The month of the meeting (1–12): a season's language is said in its season (corpus/topics.yaml `seasons`). */
    private readonly month?: number,
    /**
     * The words that may name a unit's objects (corpus/topics.yaml `objects`): `own`, the campaign's name,
     * its meeting's, its goal and background, with the item a unit follows; `titles`, the titles of its
     * tasks and problems, with `own` for the field's language; `problems`, all the problems say, alone for what they affect;
     * `eachProblem`, what each problem says, for a line that names them all as one kind (corpus/topics.yaml `kinds`).
     */
    private readonly named: { own: string; titles: string; problems?: string; eachProblem?: readonly string[] } = { own: campaign, titles: '' },
  ) {
    this.entry = banks.domains.domains[domain];
    this.own = seasonsNow([campaign, ...material].join(' '));
    this.materialWords = material.map(pairs);
    this.materialRuns = new Set(material.flatMap((m) => [...runsOfEight(m)]));
    this.materialFours = new Set(material.flatMap((m) => [...runsOfFour(m)]));
  }

  /** Whether a unit may still be drawn: not drawn yet, not saying again what the draft already says. */
  private fresh(text: string): boolean {
    let known = this.freshness.get(text);
    if (known === undefined) {
      // A unit arguing the point a measure of part three makes (「坚持共同缔造」) is the same point again.
      const own = pairs(text);
      const arguesMeasure = this.leads.some((l) => l.length >= 2 && l.every((p) => own.has(p)));
      known = !this.used.has(text) && !this.unfit(text) && !arguesMeasure && !this.restatesMaterial(text) && !this.saidAgain(text) && !bentDetail(text, '', this.everything).length;
      this.freshness.set(text, known);
    }
    return known && this.ideas.free(text);
  }

  private restatesMaterial(text: string): boolean {
    let known = this.restating.get(text);
    if (known === undefined) {
      const own = pairs(text);
      known = repeatsPhrase(text, this.materialRuns) || this.materialWords.some((m) => restates(own, m));
      this.restating.set(text, known);
    }
    return known;
  }

  /**
   * Whether a unit asserts nothing its ground does not support (claims.ts): the item it follows, or
   * for the field's own language and a measure, the material as a whole or any one of its items. Its
   * objects (企业, 小区, 保洁 …) must be named by the campaign's own words or by that item: the rest of
   * the material does not open them (a 餐饮企业 in one task's detail is no 企业 for the next task's argument).
   */
  private grounded(text: string, item?: string, claims?: string): boolean {
    const objects = item === undefined ? [this.named.own, this.named.titles] : [this.named.own, item];
    return groundedIn(text, { claims: claims ?? item ?? [this.everything, ...this.material], objects, seasons: this.own }, this.banks.topics, this.month);
  }

  /**
   * Whether frame wording the template draws (a part heading) asserts nothing the material does not
   * support and speaks no field the campaign's own text does not touch (claims.ts groundedIn).
   */
  speaks(text: string): boolean {
    return this.grounded(text);
  }

  /**
   * Whether a unit names no mechanism (台账, 回头看, 暗访 …) the material does not give anywhere: an item's
   * argument may not add one either (「…建立台账…回头再查」 after a task without them, s13 hunt s12-6).
   */
  private mechanismGiven(text: string): boolean {
    return unsupportedClaims(text, [this.everything, ...this.material], this.banks.topics.mechanisms ?? []).length === 0;
  }

  /** 「消防安全，责任重于泰山」 after 「隐患险于明火，防范胜于救灾，责任重于泰山」: one sentence said again. */
  private saidAgain(text: string): boolean {
    return sentencesOf(text).some((s) => s.size >= 4 && this.said.some((p) => p.size >= 4 && overlap(s, p) > 0.5));
  }

  /** A measure's lead whose words past its verb (「坚持」「强化」) the draft has all said already. */
  private leadSaid(lead: string): boolean {
    const words = leadWords(lead);
    return words.length >= 2 && words.every((p) => this.saidWords.has(p));
  }

  private take(text: string): void {
    this.used.add(text);
    this.ideas.note(text);
    this.said.push(...sentencesOf(text));
    for (const p of pairs(text)) this.saidWords.add(p);
    this.freshness = new Map();
  }

  /**
   * Elaboration in the domain's own language (significance, situation …), tagged with the domain:
   * the unit closest to the campaign as a whole (its name, goal and tasks), so that a 秸秆禁烧 speech argues about
   * burning and air. With `claims`, it asserts only what that text gives (the 形势 line: its background, s39-4 [16]).
   */
  domainUnit(seed: number, pool: DomainPool, use = '', near?: string, claims?: string): Run[] | undefined {
    const own = this.drawClosest(seed, `domain:${pool}:${use}`, pool, true, near, this.domain, claims);
    // A campaign filed under a field whose every unit of this pool speaks an idiom it never touches (a
    // 景区 safety campaign under 经济发展) argues in the general field's words, tagged as such.
    const general = own || this.domain === GENERAL || this.entry[pool].some((t) => this.grounded(t)) ? undefined : this.drawClosest(seed, `domain:${pool}:${use}`, pool, true, near, GENERAL);
    const chosen = own ?? general;
    return chosen && tagged(fill(chosen.text, this.vars), pool, chosen.tag);
  }

  /** Frame language of the domain (requirement, closing), closest to the campaign: not elaboration, so untagged. */
  domainFrame(seed: number, pool: DomainPool, extra: Vars = {}): Run[] {
    // Frame language does not depend on what other parts drew: regenerating part one leaves the closing as it was.
    // When every unit of the field's own is unfit (a 移风易俗 campaign filed under 基层治理, whose closings
    // all speak of 平安 and 稳定), the general field's frame is said rather than one of them.
    const general = this.banks.domains.domains[GENERAL][pool];
    const text = this.drawClosest(seed, `frame:${pool}`, pool, false)?.text ?? this.entry[pool].find((t) => !this.unfit(t) && this.grounded(t)) ?? general.find((t) => !this.unfit(t) && this.grounded(t)) ?? this.entry[pool][0]!;
    return fill(text, { ...this.vars, ...extra });
  }

  /** A unit of a domain pool: among those that speak to the campaign, the closest; else the seed's. */
  private drawClosest(seed: number, key: string, pool: DomainPool, checkFresh = true, near?: string, from: Domain = this.domain, claims?: string): Candidate | undefined {
    // With `near` (what the campaign is called), only a unit naming one of its own words is drawn (「兜底保障是民生的最后一道防线」 in a 医保征缴 speech
    // was struck). What the problems affect (urgency) names only what they name: not 「项目进度和企业信心」 after a 茶产业's (s17-1 [22]).
    const named = near === undefined ? undefined : new Set([...pairs(near)].filter((p) => !genericPairs(this.banks).has(p)));
    const deck = shuffle(slotRng(seed, key), this.banks.domains.domains[from][pool].map((t) => ({ text: t, tag: from }))).filter(
      (c) => (checkFresh ? this.fresh(c.text) : !this.used.has(c.text) && !this.unfit(c.text) && !bentDetail(c.text, '', this.everything).length) && this.grounded(c.text, undefined, claims) && (pool !== 'urgency' || (!unsupportedClaims(c.text, this.named.problems ?? '', this.banks.topics.objects ?? []).length && this.fitsEveryProblem(c.text))) && (!named || [...pairs(c.text)].some((p) => named.has(p))),
    );
    // Half as close as the best still speaks to the campaign: the seed chooses among those, so two
    // campaigns of one field do not open on the same sentences.
    const chosen = closest(deck, this.campaign, new Set(), 0.5)[0]?.candidate ?? deck[0];
    if (chosen) this.take(chosen.text);
    return chosen;
  }

  /**
   * Whether a line that names the problems as one kind (「这些问题就是事故隐患」「以零容忍的态度对待」) fits every
   * one of them: three difficulties (底数不清, 技术力量不足, 群众有顾虑) are no 事故隐患 to meet with 零容忍 (s44-3 [22], W).
   */
  private fitsEveryProblem(text: string, problems: readonly string[] = this.named.eachProblem ?? []): boolean {
    const kinds = this.banks.topics.kinds ?? [];
    return problems.every((p) => !unsupportedClaims(text, p, kinds).length);
  }

  /**
   * The argument after each item of a list (the tasks, the problems), closest to it in words: drawn
   * from the item's topic in the family's words and, for a task, from the domain's own task units;
   * tagged with the topic or the domain it came from. The items are served closest first, so that
   * the unit that fits two tasks goes to the one it fits best; an item nothing fits gets none.
   */
  itemUnits(seed: number, pool: TopicPool, items: readonly { topic: Topic | undefined; about: string }[]): (Run[] | undefined)[] {
    const shared = sharedWords(items.map((i) => i.about));
    // The campaign's own name (改造, 防汛) is in every item's ground: it ties a unit to none of them.
    const named = [this.vars.campaign, this.vars.work].map((runs) => (runs ?? []).map((r) => r.text).join(''));
    const campaignWide = new Set([...shared, ...pairs(named.join('|'))]);
    // The field's images after an item (sweeping, 房前屋后) name their objects, and a unit is drawn only
    // where the campaign or the item names them (grounded): a 散埋乱葬 campaign filed under 人居环境 is
    // told nothing of 干部扫、群众看, whichever field it is drawn in.
    const decks = items.map((item, i) => {
      const keyed = item.topic ? this.banks.topics.topics[item.topic][pool] : undefined;
      const candidates: Candidate[] = [
        ...(keyed && item.topic ? forFamily(keyed, this.family).map((t) => ({ text: t, tag: item.topic!, bonus: 1 })) : []),
        // The domain's task units carry its idiom (打早打小打了); they must be closer to the task than a
        // unit of its own topic (closeEnough): readers struck 「要落到人头」 after a task not about people.
        ...(pool === 'task' ? this.entry.task.map((t) => ({ text: t, tag: this.domain })) : []),
      ];
      // 「夜间加密巡查」 after 「每天中午和傍晚各巡查一次」: argument never bends the item's when, how often or who.
      // 「对屡教不改的要依法从重处理」 after a task about one case: a unit asserts only what its item supports (claims.ts).
      // 「挂图作战」 after a 督查 task when another task said 「逐个过堂、挂图作战」 (s11-1, struck): a unit
      // after an item says no four-character phrase any item of the material says.
      const fitting = shuffle(slotRng(seed, `item:${pool}:${i}`), candidates).filter((c) => this.fresh(c.text) && !bentDetail(c.text, item.about, this.everything).length && this.grounded(c.text, item.about) && this.mechanismGiven(c.text) && (pool !== 'problem' || this.fitsEveryProblem(c.text, [item.about])) && ![...runsOfFour(c.text)].some((r) => this.materialFours.has(r)));
      // A unit that says again what the item says (its key idea or a four-character phrase of it) is
      // a paraphrase, and one that shares too few of its words is a neighbouring topic: neither is drawn.
      // The words that placed the item under its topic (宣传, 整治) make no closeness of their own.
      const near: Closeness = { generic: genericPairs(this.banks), familiar: genericPairs(this.banks, FAMILIAR_SHARE), topic: item.topic ? pairs(this.banks.topics.topics[item.topic].keywords.join('|')) : new Set() };
      return closest(fitting.filter((c) => !paraphrases(c.text, item.about, shared)), item.about, campaignWide, undefined, near);
    });
    const out: (Run[] | undefined)[] = items.map(() => undefined);
    const open = new Set(items.map((_, i) => i));
    while (open.size) {
      // The item whose best remaining unit is closest takes it.
      let at = -1;
      for (const i of open) {
        const head = decks[i]!.find((c) => this.fresh(c.candidate.text));
        if (head && (at < 0 || head.score > decks[at]!.find((c) => this.fresh(c.candidate.text))!.score)) at = i;
      }
      if (at < 0) break;
      const chosen = decks[at]!.find((c) => this.fresh(c.candidate.text))!.candidate;
      this.take(chosen.text);
      out[at] = tagged(fill(chosen.text, this.vars), pool, chosen.tag);
      open.delete(at);
    }
    return out;
  }

  /** The measure topic of an item of the material (a task, a problem). */
  topicOf(title: string, detail: string | undefined): Topic | undefined {
    return topicOf(title, detail, this.banks.topics);
  }

  get topicBank(): TopicBank {
    return this.banks.topics;
  }

  /** Whether a topic has measure wording for this family that the material gives ground for. */
  hasMeasure(topic: Topic): boolean {
    return this.measureVariants(topic).length > 0;
  }

  /**
   * The measure's variants the material gives ground for, each with the body it may say (claims.ts
   * measureBody): not 「注重典型引路」 without a model, no 「明确管护的主体、标准、经费」 without them.
   */
  private measureVariants(topic: Topic): { lead: string; body: string }[] {
    const keyed = this.banks.topics.topics[topic].guarantee;
    const material = [this.everything, ...this.material];
    return (keyed ? forFamily(keyed, this.family) : []).flatMap((x) => {
      const body = variantFits(x.needs, this.everything) ? measureBody(x.lead, x.body, (t) => this.grounded(t), material, this.banks.topics) : undefined;
      return body === undefined ? [] : [{ lead: x.lead, body }];
    });
  }

  /** A measure of part three: its run-in lead and body, in the family's words. */
  measure(seed: number, topic: Topic, prefer?: RegExp): { lead: Run[]; body: Run[] } | undefined {
    const variants = this.measureVariants(topic);
    // 「坚持共同缔造」 as a measure after a paragraph that argued 共同缔造: the point was made.
    if (variants.some((x) => this.leadSaid(x.lead))) return undefined;
    // `prefer`: the variants whose lead says what the part asks for (a 部署会's close: 责任, 纪律) come first.
    const shuffled = shuffle(slotRng(seed, `measure:${topic}`), variants);
    const deck = prefer ? [...shuffled.filter((x) => prefer.test(x.lead)), ...shuffled.filter((x) => !prefer.test(x.lead))] : shuffled;
    // A measure naming actors the material does not (企业 in a 防溺水 speech) is no fallback either; nor is one built on a key
    // idea a task's line already said (「落实到具体责任人」 after 「…落到具体责任人」, session 20's thin 动员会: said twice).
    const v = deck.find((x) => !this.unfit(x.lead) && this.fresh(x.body)) ?? deck.find((x) => !this.unfit(x.lead + x.body) && !bentDetail(x.body, '', this.everything).length && this.ideas.free(x.body));
    if (!v) return undefined;
    this.take(v.body);
    this.leads.push(leadWords(v.lead));
    return { lead: fill(v.lead, this.vars), body: fill(v.body, this.vars) };
  }
}

/** A unit that may be drawn: its text, the topic or domain it belongs to, a preference for its own topic. */
interface Candidate {
  text: string;
  tag: string;
  bonus?: number;
}

/** A unit must be at least this close to the item it follows (one shared word, or its own topic and a little more). */
const MIN_RELEVANCE = 2;
/** The words that tie a unit to an item least: the corpus's common pairs, the item's topic's keywords. */
interface Closeness {
  generic: ReadonlySet<string>;
  /** Pairs a hundredth of the corpus says: a domain unit must share two rarer ones. */
  familiar: ReadonlySet<string>;
  topic: ReadonlySet<string>;
}

/**
 * Whether a unit is close enough to follow an item. A unit of the item's own topic shares one telling
 * word with it (past the topic's keywords and the corpus's common pairs) or two past the keywords
 * (「施工安排要替居民着想…要提前告知」 after 「居民接待点…提前48小时…通知」); a unit of the domain, two
 * rarer ones (「要先地下、后地上，把管网…做扎实」 after 「完成地下管网施工」; not 「问需于民…群众满意」
 * after 「居民代表参与分项验收…居民满意率」). Shared
 * characters make no closeness: 「要落到具体人头」 shared a few with any task.
 */
function closeEnough(own: ReadonlySet<string>, words: ReadonlySet<string>, near: Closeness, ofTopic: boolean): boolean {
  let telling = 0;
  let pastTopic = 0;
  let rare = 0;
  for (const p of own) {
    if (!words.has(p)) continue;
    if (!near.topic.has(p)) pastTopic++;
    if (!near.familiar.has(p)) rare++;
    if (!near.topic.has(p) && !near.generic.has(p)) telling++;
  }
  return ofTopic ? telling >= 1 || pastTopic >= 2 : rare >= 2;
}

/**
 * 「要因地制宜、分类施策」 after 「因地制宜选择集中式或分散式处理模式」, 「村规民约、门前三包要用起来」 after
 * 「落实“门前三包”…村规民约」, a 压实责任 line after 「压实行业主管部门责任」: the unit's key idea is
 * the item's own, so it says the detail again in other words. A key idea of key-ideas.ts, or a run of
 * four characters of which two are telling, shared with the item.
 */
export function paraphrases(unit: string, about: string, common: ReadonlySet<string> = new Set()): boolean {
  const own = ideasOf(about);
  if (ideasOf(unit).some((i) => own.includes(i))) return true;
  const runs = runsOfFour(about);
  for (const r of runsOfFour(unit)) if (runs.has(r)) return true;
  // 「把责任落到每一名护林员、每一名网格员身上」 after 「护林员、网格员责任落实到山头地块」: a clause
  // built on three or more of the item’s words, a fifth of its own.
  const words = pairs(about);
  const built = clausesOf(unit).some((sentence) => {
    let n = 0;
    for (const p of sentence) if (words.has(p)) n++;
    return n >= 3 && n / sentence.size > 0.2;
  });
  // 「要请群众参与监督和验收」 after 「邀请居民代表参与分项验收」: one clause names two of the item's own
  // words (past `common`, the words most items of the list share), so it says what the item does.
  // 「要先地下、后地上」 after 「完成地下管网施工」 names one a clause, and adds what the item does not say.
  const telling = new Set([...words].filter((p) => !common.has(p)));
  return built || unit.split(/[，；。！？]/).some((clause) => wordsShared(clause, telling) >= 2);
}

/** The words of each clause of a unit (「，」「；」 and the sentence ends divide them). */
const clausesOf: (text: string) => readonly ReadonlySet<string>[] = memo((text) => text.split(/[，；。！？]/).map(pairs).filter((p) => p.size > 0));

/** Words (runs of consecutive shared pairs: 半专业 is one) of a sentence that the item has too. */
function wordsShared(sentence: string, words: ReadonlySet<string>): number {
  let n = 0;
  let inWord = false;
  const t = sentence.replace(/\{\w+\}|[^\p{Script=Han}]/gu, ' ');
  for (let i = 0; i + 2 <= t.length; i++) {
    const p = t.slice(i, i + 2);
    const hit = !p.includes(' ') && !COMMON.has(p) && words.has(p);
    if (hit && !inWord) n++;
    inWord = hit;
  }
  return n;
}

/**
 * Pairs that one unit in forty of the corpus says (安全, 整改, 保障, 发现): they tie a unit to any item
 * of any field, so they make no closeness.
 */
const GENERIC_SHARE = 1 / 40;
/** For the domain's own units, stricter: pairs one unit in a hundred says (居民, 满意, 资金) tie them to no task either. */
const FAMILIAR_SHARE = 1 / 100;
const genericByBank = new Map<number, WeakMap<Banks, ReadonlySet<string>>>();

/** The pairs that at least `share` of the domain and topic pools' units say, found by counting them all. */
function scanGenericPairs(banks: Banks, share: number): string[] {
  const units: string[] = [];
  for (const entry of Object.values(banks.domains.domains)) for (const pool of ['significance', 'situation', 'outlook', 'urgency', 'requirement', 'task'] as const) units.push(...entry[pool]);
  for (const topic of Object.values(banks.topics.topics)) for (const keyed of [topic.task, topic.problem]) if (keyed) for (const list of Object.values(keyed)) units.push(...(list ?? []));
  const count = new Map<string, number>();
  for (const u of units) for (const p of pairs(u)) count.set(p, (count.get(p) ?? 0) + 1);
  return [...count].filter(([, n]) => n >= units.length * share).map(([p]) => p);
}

/** The generic pairs at every share a draft asks for: what a compiled library keeps (Banks.generic). */
export function genericPairsByShare(banks: Banks): GenericPairs[] {
  return [GENERIC_SHARE, FAMILIAR_SHARE].map((share) => ({ share, pairs: scanGenericPairs(banks, share) }));
}

function genericPairs(banks: Banks, share = GENERIC_SHARE): ReadonlySet<string> {
  const byBank = genericByBank.get(share) ?? new WeakMap<Banks, ReadonlySet<string>>();
  genericByBank.set(share, byBank);
  let known = byBank.get(banks);
  if (!known) {
    known = new Set(banks.generic?.find((g) => g.share === share)?.pairs ?? scanGenericPairs(banks, share));
    byBank.set(banks, known);
  }
  return known;
}

/** Runs of four Chinese characters with at least two telling ones (not 「工作要求」). */
const runsOfFour: (text: string) => ReadonlySet<string> = memo((text) => {
  const out = new Set<string>();
  for (const stretch of text.replace(/\{\w+\}/g, '|').split(/[^\p{Script=Han}]+/u)) {
    for (let i = 0; i + 4 <= stretch.length; i++) {
      const r = stretch.slice(i, i + 4);
      if ([...r].filter((c) => !COMMON_CHARS.has(c)).length >= 2) out.add(r);
    }
  }
  return out;
});

/**
 * The deck ranked for one item: units sharing most words with `about` first (two points a shared
 * word, half a point a shared telling character, one for a unit of the item's own topic). Among
 * the units nearly as close as the best, the seed's order decides, so another seed may argue
 * another way. A unit whose words are mostly the item's own is a restatement, not an argument; a
 * unit that shares nothing with the item would not belong to it. Neither is offered.
 */
function closest(deck: readonly Candidate[], about: string, ignore: ReadonlySet<string> = new Set(), slack?: number, near?: Closeness): { candidate: Candidate; score: number }[] {
  const words = new Set([...pairs(about)].filter((p) => !ignore.has(p)));
  const aboutRuns = runsOfEight(about);
  const telling = chars(about);
  const scored = deck.map((candidate, order) => {
    const own = pairs(candidate.text);
    let shared = 0;
    for (const p of own) if (words.has(p)) shared++;
    let sharedChars = 0;
    for (const ch of chars(candidate.text)) if (telling.has(ch)) sharedChars++;
    const restates = (own.size > 0 && shared / own.size > 0.3) || repeatsPhrase(candidate.text, aboutRuns) || sentencesOf(candidate.text).some((p) => restatesSentence(p, words));
    const remote = near !== undefined && !closeEnough(own, words, near, !!candidate.bonus);
    return { candidate, order, score: restates || remote ? -1 : 2 * shared + 0.5 * sharedChars + (candidate.bonus ?? 0) };
  });
  const ranked = scored.filter((x) => x.score >= MIN_RELEVANCE).sort((a, b) => b.score - a.score || a.order - b.order);
  const best = ranked[0]?.score ?? 0;
  // Nearly as close: the seed's order among them; the score kept is the best's, so an item is served by its closeness.
  const floor = slack === undefined ? best - Math.min(3, best / 3) : best * slack;
  const close = ranked.filter((x) => x.score >= floor).sort((a, b) => a.order - b.order).map((x) => ({ ...x, score: best }));
  return [...close, ...ranked.filter((x) => x.score < floor)];
}
