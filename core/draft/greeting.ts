// The guests thanked at the opening: a higher level's officials and groups, those it invited, those sitting in.
// A speaker thanks them first, highest first, every one of them by name and post where the material gives them
// (「市住建局燃气管理处谢静副处长专程到会指导，我代表县政府表示衷心感谢」), not in passing at the end with
// 「…的同志也在座…请你们…」 (s41-1 [52], s41-2 [48], s41-5 [31], s41-6 [60], s41-8 [66], s37-1 [52], W).
// 「专程…指导」 is said only of those a higher level sends or the meeting invited to guide; a peer invited comes
// 「专程到会」 and is asked for its support, and one sitting in 「列席」.
import type { Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import type { Phrases } from './compose.ts';
import { scopeOf } from './facts.ts';
import { postRank } from './persons.ts';
import { commendation } from './preceding.ts';
import type { Greeting, Guest, Present } from './present.ts';
import { INVITED, OBSERVING } from './guest-words.ts';
import { concat, fact, joinRuns, lit } from './runs.ts';
import { speakerTitle, speakerTitleSrc, unitLevel, type Speaker } from './speaker.ts';

/**
 * Whether a guest is thanked at the opening, and how: a higher level's unit or group comes to guide, one sitting
 * in (列席) attends, an invited partner comes at our invitation; one stationed here is one of the room (s41-1 [52], s41-5 [31], s41-6 [60], s41-8 [66], W:
 * thanked at the end, in passing, or not at all).
 */
export function greetingOf(kind: Guest, entry: string, stationed: boolean): Greeting | undefined {
  const invited = INVITED.test(entry);
  // A higher level's unit stationed here (「县市场监管局鹤岭市场监管所」 at 鹤岭镇) comes to no meeting 「专程」: one of the room.
  if (kind === 'higher' && stationed && !invited) return undefined;
  if (kind !== 'sent' && kind !== 'higher' && !(invited && ['partner', 'supporter'].includes(kind))) return undefined;
  if (OBSERVING.test(entry)) return 'observe';
  return kind === 'sent' || kind === 'higher' ? 'guide' : 'attend';
}

/** How high a unit's level is: a province's above a city's, above a county's, above a township's. */
function levelRank(name: string): number | undefined {
  if (/^省/.test(name.trim())) return 4;
  const level = unitLevel(name);
  return level ? { city: 3, county: 2, district: 2, town: 1, xiang: 1, street: 1 }[level] : undefined;
}

/**
 * The guests thanked at the opening, highest first: officials the line names in person before units named only
 * (s42-2 [58], E: the invited county deputy director before a city branch's 大队), then by level, then by post; the
 * list's order where equal.
 */
export function greetedOf(guests: readonly Present[]): Present[] {
  const top = (g: Present) => Math.min(...(g.persons ?? []).map((p) => postRank(p.post)), postRank(undefined));
  const named = (g: Present) => (g.persons?.length ? 0 : 1);
  const greeted = guests.filter((g) => g.greet);
  // A unit whose name says no level (「武警清溪中队」「中国移动清溪分公司」) stands with the lowest level named, in the list's order —
  // never after the others for want of a level word (s65-1 [6], W: the invited units out of the material's order).
  const lowest = Math.min(...greeted.map((g) => levelRank(g.text) ?? 4));
  const rank = (g: Present) => levelRank(g.text) ?? lowest;
  return greeted.map((g, k) => ({ g, k })).sort((a, b) => named(a.g) - named(b.g) || rank(b.g) - rank(a.g) || top(a.g) - top(b.g) || a.k - b.k).map(({ g }) => g);
}

/**
 * 「省水利厅农村水利处胡晓岚副处长、市水利局严志国副局长和县总工会法律服务部的同志」: persons by unit, name and post;
 * the second of a unit by its part only (「县农业农村局谢文斌副局长、农机股彭海股长」); units without a person
 * together, with 「的同志」 once.
 */
function names(of: readonly Present[]): Run[] {
  const items: Run[][] = [];
  let units: Run[][] = [];
  const flush = () => {
    // Among persons, the units are joined with 、 (no 「…和…和…的同志」).
    if (units.length) items.push(concat(of.some((g) => g.persons?.length) ? joinRuns(units, '、') : joinAnd(units), lit('的同志')));
    units = [];
  };
  of.forEach((g, k) => {
    // A post with no name (「…桐岭法庭庭长」) is said as the post, never 「…庭长的同志」 (s45-7 [6], E).
    if (!g.persons?.length && POST_END.test(g.text)) {
      flush();
      items.push(fact(g.text, g.src));
      return;
    }
    if (!g.persons?.length) {
      units.push(fact(g.text, g.src));
      return;
    }
    flush();
    const before = of[k - 1]?.text ?? '';
    const unit = before && g.text.startsWith(before) && g.text.length > before.length + 1 ? g.text.slice(before.length) : g.text;
    items.push(concat(g.persons[0]!.titles ? undefined : fact(unit, g.src), ...g.persons.map((p, j) => concat(j ? lit('、') : undefined, ...(p.titles ? [fact(p.titles, g.src), fact(p.name, g.src), lit('同志')] : [fact(p.name, g.src), p.post === '同志' ? lit('同志') : fact(p.post, g.src)])))));
  });
  flush();
  return joinAnd(items);
}

/** A line that ends on one person's post: 「…法庭庭长」「…支行行长」. */
// People by what they are (「企业家代表」「营商环境监督员」) likewise: 「企业家代表的同志」 is no Chinese (s54-8, s53-1 [7], E).
const POST_END = /(?<!负责)(庭长|院长|所长|局长|主任|书记|队长|站长|科长|股长|处长|部长|行长|校长|总经理|代表|委员|监督员|企业家)$/;

function joinAnd(parts: readonly Run[][]): Run[] {
  if (parts.length < 2) return parts[0] ?? [];
  return [...joinRuns(parts.slice(0, -1), '、'), ...lit('和'), ...parts.at(-1)!];
}

/**
 * In whose name the speaker thanks: a level's principal for its leadership (「我代表县政府」 from a 县长, 「我代表镇党委、
 * 镇政府」 from a 镇长 or its secretary, 「我代表区委、区政府」 from a 区委书记), a department's head for the department;
 * anyone else thanks in person (「在此」).
 */
function behalfOf(input: SpeechInput, speaker: Speaker): Run[] {
  const title = speakerTitle(input.meeting.speaker) ?? '';
  const scope = scopeOf(input.campaign.region, 'campaign.region');
  // Beside a commendation the principal congratulates in the organs' name (speech.ts): the thanks are said 「我们」, not twice 「我代表…」.
  if (speaker.rank === 'principal' && commendation(input)) return lit('我们');
  if (speaker.rank === 'principal') {
    const post = title.split(/[、，,\s]/).filter(Boolean).at(-1) ?? '';
    if (speaker.level === 'street') return concat(lit('我代表'), scope, lit('党工委、办事处'));
    if (speaker.level === 'town' || speaker.level === 'xiang') return concat(lit('我代表'), scope, lit('党委、'), scope, lit('政府'));
    // A 县长 thanks for the government (s41-1 [52], E: 「我代表县政府表示衷心感谢」).
    if (/[县区市州旗]长$/.test(post)) return concat(lit('我代表'), scope, lit('政府'));
    return concat(lit('我代表'), scope, lit('委、'), scope, lit('政府'));
  }
  if (speaker.rank === 'department' && !speaker.deputyHead && speaker.ownUnit && !speaker.chaired) return concat(lit('我代表'), fact(speaker.ownUnit, speakerTitleSrc(input.meeting.speaker)));
  return lit('在此');
}

/** The opening's sentences of thanks, one per way of greeting, in the order of the highest each holds. */
export function greetingRuns(guests: readonly Present[], input: SpeechInput, speaker: Speaker, phrases: Phrases): Run[] {
  const greeted = greetedOf(guests);
  const ways = [...new Set(greeted.map((g) => g.greet!))] as Greeting[];
  return ways.flatMap((way, k) => {
    const these = greeted.filter((g) => g.greet === way);
    // A higher unit's section or its chief, a court's tribunal (「市林业局森林防火科蒋兵科长」「县人民法院桐岭法庭庭长」) is thanked
    // and asked plainly: 「百忙之中」「恳请」 to them is too humble (s47-1 [6], s45-7 [6], E).
    const key = k > 0 ? 'also' : way === 'guide' && these.every((g) => NEAR_GUEST.test(g.text.trim())) ? 'guideNear' : way;
    return phrases.sayKeyedOnce('openingGuests', key, { guests: names(these), behalf: behalfOf(input, speaker) });
  });
}

/** A section of a higher unit, its chief, or a court's tribunal: near the speaker's own standing. */
const NEAR_GUEST = /(科|股|室|法庭|中队)$|(科|股|室|法庭|中队)(副?(科长|股长|主任|庭长|中队长))|(副?(科长|股长|庭长))$/;
