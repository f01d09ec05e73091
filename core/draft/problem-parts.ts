/**
 * The places and parties a problem names one by one, and whether a task that takes it up covers them all. A task is
 * said to settle a problem only when it covers what the problem names: 「白石乡标段3处渠道混凝土强度不达标，新桥镇标段1处
 * 田间道路压实度不够」 is not settled 「在这项工作中一并解决」 by 「白石乡标段返工整改」 (r-s71 s71-5 [32], W: 新桥镇's part left to
 * no one); 「御景湾、翰林苑2个项目工程款拖欠较多」 is the task's that names those two projects, never 「保障政府投资项目资金」's, which
 * shares only 项目, 工程款 and 拨付 with it (r-s71 s71-10 [37], W: the developers' arrears hung on the government's projects).
 * Pure.
 */
import type { Problem, SpeechInput } from '../input/schema.ts';
import type { Run } from '../doc/model.ts';
import type { Links } from './measures.ts';
import { fact, lit } from './runs.ts';

/** A place's name before what it is (「白石乡」「双河村」「望江街道」「滨江片区」); 乡 before 镇/村 is the word 乡镇/乡村. */
const PLACE = /(\p{Script=Han}{2,4}?)(街道|社区|片区|小区|园区|乡(?![镇村])|(?<!乡)镇(?![村街])|村(?![民委级组庄务干]))/gu;
/** Words that open no place's name: who or how many (「个别街道」「部分村」「两个小区」), what kind (「老旧小区」), or the whole level. */
const NOT_NAME = /^(?:部分|个别|少数|一些|有的|多个|全部|各|全|本|该|其他|其它|相关|有关|辖区|所在|涉及|城乡|农村|城镇|城市|老旧|新建|在建|周边|附近|沿线|重点|第[一二三四五六七八九十\d]+[个批]|\d|[一二两三四五六七八九十几]+个)|[与和的及或]/;
/** Places of one kind are parts of one another's like: two townships, two villages, two estates — never a township and its village. */
const KIND = new Map([['街道', 'town'], ['乡', 'town'], ['镇', 'town'], ['社区', 'village'], ['村', 'village'], ['片区', 'area'], ['小区', 'estate'], ['园区', 'park']]);
/** Names listed before a count of sites or parties: 「滨江片区御景湾、城南片区翰林苑2个项目」. */
const LISTED = /((?:\p{Script=Han}{2,12}、)+\p{Script=Han}{2,12}?)等?(?:\d+|[两二三四五六七八九十]+)(?:个(?:项目|小区|楼盘|工地|标段|片区|村|社区|市场|园区|点位)|家(?:企业|公司|单位|医院|门店|商户|工厂)?|所(?:学校)?)/gu;

/**
 * The parts a problem names: the places of a kind it names two or more of, and the names it lists before a count —
 * each as the words a task names it by: a place by the last two characters of its name and what it is (「石板村」 for
 * 大石板村), a listed name by its last three (「御景湾」 for 滨江片区御景湾). A place inside a listed name is that name's.
 * One place of a kind is where the problem is, not a part among others (「高山片区」 and its 岩头村、高坪村 are one).
 */
export function partsOf(problem: Pick<Problem, 'title' | 'detail' | 'examples'>): string[] {
  const text = [problem.title, problem.detail ?? '', ...(problem.examples ?? [])].join('；');
  const spans: [number, number][] = [];
  const groups = new Map<string, string[]>();
  const add = (kind: string, part: string) => {
    const all = [...groups.values()].flat();
    if (part.length >= 2 && !all.some((o) => o.includes(part) || part.includes(o))) groups.set(kind, [...(groups.get(kind) ?? []), part]);
  };
  for (const m of text.matchAll(LISTED)) {
    const start = m.index + m[0].indexOf(m[1]!);
    spans.push([start, start + m[1]!.length]);
    for (const item of m[1]!.split('、')) add('listed', item.slice(-3));
  }
  for (const m of text.matchAll(PLACE)) {
    if (NOT_NAME.test(m[1]!) || NOT_NAME.test(m[1]!.slice(-2)) || spans.some(([a, b]) => m.index >= a && m.index < b)) continue;
    add(KIND.get(m[2]!) ?? m[2]!, `${m[1]!.slice(-2)}${m[2]!}`);
  }
  return [...groups.values()].filter((g) => g.length >= 2).flat();
}

/** How many of the parts a text names. */
export function partsNamed(parts: readonly string[], text: string): number {
  return parts.filter((p) => text.includes(p)).length;
}

/** What a task says of its work (its units are who does it, not where). */
const taskText = (t: SpeechInput['campaign']['tasks'][number]) => `${t.title} ${t.detail ?? ''} ${t.measure ?? ''}`;

/**
 * A link of problem `i` to a task, held to the parts the problem names: a task that names them all takes the link over
 * one that names fewer (silently: it says them already); a task naming only some is never said to settle the problem —
 * kept as a silent link where other tasks name the rest, else dropped (the problem is taken up after the tasks). A task
 * that names none of the parts is left as it was (a county-wide 排查 covers every place without naming one).
 */
export function heldToParts(input: SpeechInput, i: number, link: Links[number]): Links[number] {
  if (!link) return link;
  const parts = partsOf(input.campaign.problems[i]!);
  if (!parts.length) return link;
  const texts = input.campaign.tasks.map(taskText);
  const named = partsNamed(parts, texts[link.task]!);
  if (named === parts.length) return link;
  const whole = texts.findIndex((t) => partsNamed(parts, t) === parts.length);
  if (whole >= 0) return { task: whole, plain: false, sure: false };
  if (named === 0) return link;
  return parts.every((p) => texts.some((t) => t.includes(p))) ? { task: link.task, plain: link.plain, sure: false } : undefined;
}

/**
 * What is left of a problem whose parts the tasks name only some of: the clauses of its detail that name a part no task names
 * (「新桥镇标段1处田间道路压实度不够」 once 「白石乡标段返工整改」 takes the other), each as the detail writes it — the problem is then
 * named after the tasks by what is left (r-s71 s71-5 [32]: the editor's 「新桥镇标段…的问题，也要同步整改到位」); none where no task
 * names any part.
 */
export function partsLeft(input: SpeechInput, i: number): Run[] | undefined {
  const p = input.campaign.problems[i]!;
  const parts = partsOf(p);
  const texts = input.campaign.tasks.map(taskText);
  const left = parts.filter((part) => !texts.some((t) => t.includes(part)));
  if (!parts.length || !left.length || left.length === parts.length || !p.detail) return undefined;
  const clauses = [...p.detail.matchAll(/[^，；。]+/g)].filter((c) => left.some((part) => c[0].includes(part)) && !parts.some((part) => !left.includes(part) && c[0].includes(part)));
  if (!clauses.length) return undefined;
  const src = `campaign.problems[${i}].detail`;
  return clauses.flatMap((c, k) => (k ? [...lit('，'), ...fact(c[0].trim(), src)] : fact(c[0].trim(), src)));
}
