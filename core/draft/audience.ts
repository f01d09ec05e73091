// Who the speaker calls on at the close (and where a measure addresses everyone): at a township or
// street, the units the material names, so that nobody is mis-named — a 派出所 or a school is not
// 镇直, a 物业公司 is not a 科室 — and nobody of a higher level is called on. Elsewhere, and when the
// material names no unit the speaker leads, the level's own words (corpus/speech.yaml unitsFallback).
import type { Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { concat, fact, joinRuns, lit } from './runs.ts';
import { hasLevelsBelow, unitRelation, type Speaker } from './speaker.ts';

/** The villages and communities below a township or street, however the material writes them. */
const VILLAGE = /村$|村（社区）$|^各村|村(民)?委(员)?会$/;
const COMMUNITY = /社区|居委会|居民委员会/;

/** A township's or street's own units as one phrase when they are many. */
const COLLECTIVE: Partial<Record<Speaker['level'], string>> = { town: '镇直各单位', xiang: '乡直各单位' };

interface Named {
  text: string;
  src: string;
}

/** The units of the material in order of first mention, each once, with where it was named. */
function namedUnits(input: SpeechInput): Named[] {
  const seen = new Map<string, Named>();
  input.campaign.tasks.forEach((t, i) => {
    const all = [{ text: t.lead, src: `campaign.tasks[${i}].lead` }, ...(t.support ?? []).map((u, k) => ({ text: u, src: `campaign.tasks[${i}].support[${k}]` }))];
    for (const u of all) if (u.text.trim() && !seen.has(u.text.trim())) seen.set(u.text.trim(), { text: u.text.trim(), src: u.src });
  });
  return [...seen.values()];
}

/**
 * 「各村、镇直各单位、镇中心学校和镇派出所」「各社区、街道城管科、街道平安办和燃气公司城东服务站」:
 * the villages or communities, the level's own units (named when few, else as a whole), the
 * partners of other systems by name (at the close only). Undefined where the level's own words serve.
 */
export function audienceOf(input: SpeechInput, speaker: Speaker, withPartners: boolean): Run[] | undefined {
  if (hasLevelsBelow(speaker.level) || speaker.rank === 'department') return undefined;
  const units = namedUnits(input).filter((u) => unitRelation(u.text, speaker) !== 'higher');
  const villages = units.some((u) => VILLAGE.test(u.text));
  const communities = units.some((u) => COMMUNITY.test(u.text));
  const rest = units.filter((u) => !VILLAGE.test(u.text) && !COMMUNITY.test(u.text));
  const own = rest.filter((u) => unitRelation(u.text, speaker) === 'direct');
  // Partners are called on with everyone at the close, not given the level's own duties (属地责任).
  const partners = withPartners ? rest.filter((u) => unitRelation(u.text, speaker) === 'partner') : [];
  if (!own.length && !partners.length) return undefined;
  const below = villages && communities ? '各村（社区）' : villages ? '各村' : communities ? '各社区' : undefined;
  const collective = COLLECTIVE[speaker.level] ?? (own.every((u) => /[科办室]$/.test(u.text)) ? '街道各有关科室' : '街道各有关单位');
  const pieces: Run[][] = [];
  // The material's own 「各村（社区）」 keeps its source: it is the material's word, not the engine's.
  const said = units.find((u) => u.text === below);
  if (below) pieces.push(said ? fact(said.text, said.src) : lit(below));
  const count = pieces.length + own.length + Math.min(partners.length, 3);
  if (own.length && (own.length > 2 || count > 4)) pieces.push(lit(collective));
  else for (const u of own) pieces.push(fact(u.text, u.src));
  if (partners.length > 3) pieces.push(lit('各有关单位'));
  else for (const u of partners) pieces.push(fact(u.text, u.src));
  if (pieces.length < 3) return joinRuns(pieces, '、');
  return concat(joinRuns(pieces.slice(0, -1), '、'), lit('和'), pieces.at(-1));
}

/** A township or street by name or as a whole (「各乡镇」「城关镇」「各镇（街道）」), not one of its offices. */
const PLACE = /^(?!.*[局所站队办委科股中心])[^、]*(乡镇|街道|镇|乡)(（街道）)?$|^各(乡镇|镇|乡|街道)/;

/**
 * Whom the close calls on where the material names no units, at a level with levels below: the level's own words
 * (「各乡镇、县直各部门」) only where the tasks or the room hold both; else the parties they hold — the level's departments the
 * tasks bind (「县直有关部门」), those a 约谈 calls in (「被约谈企业」) first (final s67-4 [44], W: 「各乡镇、县直各部门必须动真碰硬」
 * at a 欠薪 约谈 with no township in the room or the tasks, the four companies called in left out). Undefined where the words serve.
 */
export function boundAudience(input: SpeechInput, speaker: Speaker, calledIn: (unit: string) => boolean, scope: Run[]): Run[] | undefined {
  if (!hasLevelsBelow(speaker.level) || speaker.rank === 'department') return undefined;
  const pieces = [...namedUnits(input).map((u) => u.text), ...(input.meeting.attendees ?? [])].flatMap((u) => u.split(/[、，,]/)).map((p) => p.trim()).filter(Boolean);
  // 「项目所在乡镇分管负责同志」: 所在 is no 所.
  if (pieces.some((p) => PLACE.test(p.replace(/所在/g, '').replace(/(分管)?(负责同志|负责人|书记|主任|镇长|乡长).*$/, '')))) return undefined;
  const departments = namedUnits(input).some((u) => u.text.split(/[、，,]/).some((p) => unitRelation(p.trim(), speaker) === 'direct'));
  const lines = input.meeting.attendees ?? [];
  const firms = lines.some((l) => /被约谈/.test(l) && /公司|集团|企业/.test(l)) || namedUnits(input).some((u) => calledIn(u.text) && /公司|集团|企业/.test(u.text));
  if (!departments && !firms) return undefined;
  return joinRuns([...(firms ? [lit('被约谈企业')] : []), ...(departments ? [concat(scope, lit('直有关部门'))] : [])], '和');
}
