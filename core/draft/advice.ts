// What to add when the material cannot honestly fill the slot: the draft stays short rather than
// padded, and the user is told which part is thin and about how many minutes each addition would
// give (「第二部分只有两项问题，补充具体表现可增加约 2 分钟」). The estimates are the average length
// of what such an addition brings: its own text plus the one unit of argument it may carry.
import { chineseNumeral } from '../doc/numbering.ts';
import type { SpeechInput } from '../input/schema.ts';
import type { SpeechTemplate } from './template-schema.ts';

/** Characters an addition brings, on average: its text plus its unit of elaboration. */
const GAIN = { taskDetail: 150, task: 230, problemDetail: 110, problem: 150, achievementDetail: 80, background: 130, taskTarget: 35, achievementFigure: 30 } as const;
const MAX_ADVICE = 3;

type ItemKind = 'achievements' | 'problems' | 'tasks' | 'background';

/** 「第二部分」: the part of the template that prints a kind of item. */
function partOf(template: SpeechTemplate, kind: ItemKind): string | undefined {
  const i = template.parts.findIndex((p) => p.sections.some((s) => 'items' in s && s.items === kind));
  return i < 0 ? undefined : `第${chineseNumeral(i + 1)}部分`;
}

/**
 * The items an addition is for, by their titles: 「「开展集中排查」「每月召开一次研判会」」, or the first two
 * and 「等4项」. The user is told which item lacks what, not a count to find (s13: a 乡长's thin 推进会).
 */
function named(titles: readonly string[], noun: string): string {
  const quoted = titles.slice(0, 2).map((t) => `「${t.trim()}」`).join('');
  return titles.length > 2 ? `${quoted}等${titles.length}项${noun}` : titles.length === 2 ? `${quoted}两项${noun}` : `${quoted}这项${noun}`;
}

function minutes(chars: number, rate: number): string {
  return String(Math.max(0.5, Math.round((chars / rate) * 2) / 2));
}

/** What to add, each said in full (`advice`) and as the material it asks for, in a few words (`adds`: 「任务的具体要求」). */
export function adviceFor(input: SpeechInput, template: SpeechTemplate, rate: number): { advice: string[]; adds: string[] } {
  const c = input.campaign;
  const advice: { gain: number; text: string; kind: ItemKind; what: string }[] = [];
  const add = (kind: ItemKind, gain: number, what: string, say: (part: string, min: string) => string) => {
    const part = partOf(template, kind);
    if (part && gain > 0) advice.push({ gain, text: say(part, minutes(gain, rate)), kind, what });
  };
  const bareTasks = c.tasks.filter((t) => !t.detail).map((t) => t.title);
  add('tasks', bareTasks.length * GAIN.taskDetail, '任务的具体要求', (p, m) => `${p}${named(bareTasks, '任务')}没有写具体要求，补充后可增加约 ${m} 分钟`);
  if (c.tasks.length < 3) {
    const more = 3 - c.tasks.length;
    add('tasks', more * GAIN.task, '任务', (p, m) => `${p}只有${c.tasks.length}项任务，再补充${more}项（写明具体要求、牵头单位和时限）可增加约 ${m} 分钟`);
  }
  const bareProblems = c.problems.filter((p) => !p.detail && !p.examples?.length).map((p) => p.title);
  add('problems', bareProblems.length * GAIN.problemDetail, '问题的具体表现', (p, m) => `${p}${named(bareProblems, '问题')}没有写具体表现，补充后可增加约 ${m} 分钟`);
  if (c.problems.length < 2) {
    const more = 2 - c.problems.length;
    const have = c.problems.length ? `只有${c.problems.length}项问题` : '没有列出问题';
    add('problems', more * GAIN.problem, '问题及其具体表现', (p, m) => `${p}${have}，补充问题及其具体表现可增加约 ${m} 分钟`);
  }
  const bareAchievements = c.achievements.filter((a) => !a.detail && !a.figures?.length).map((a) => a.title);
  add('achievements', bareAchievements.length * GAIN.achievementDetail, '成绩的具体情况和数据', (p, m) => `${p}${named(bareAchievements, '成绩')}没有具体情况和数据，补充后可增加约 ${m} 分钟`);
  // Items complete but for a figure or a target: said by name, so the user knows what to look up.
  const noFigures = c.achievements.filter((a) => a.detail && !a.figures?.length && !/\d/.test(a.detail)).map((a) => a.title);
  add('achievements', noFigures.length * GAIN.achievementFigure, '成绩的数据', (p, m) => `${p}${named(noFigures, '成绩')}没有数据，补充具体数字可增加约 ${m} 分钟`);
  const noTargets = c.tasks.filter((t) => t.detail && !t.measure).map((t) => t.title);
  add('tasks', noTargets.length * GAIN.taskTarget, '任务要达到的目标', (p, m) => `${p}${named(noTargets, '任务')}没有写明要达到的目标，补充后可增加约 ${m} 分钟`);
  const meeting = `${input.meeting.type ?? ''} ${input.meeting.name}`;
  const dispatch = /调度/.test(meeting);
  // A 调度会 is about how far the work is against its goal: that is what a thin one lacks (s40-5 Overall:
  // 没有把缺口落到具体数上), not 形势 and 上级要求.
  if (dispatch && !(c.background ?? []).some((b) => /\d/.test(b))) add('background', GAIN.background, '总体进度', (p, m) => `${p}没有写明总体进度，补充目前完成了多少、离目标还差多少（如「截至…已完成…，占…%」）可增加约 ${m} 分钟`);
  else if (!c.background?.length) add('background', GAIN.background, '工作背景', (p, m) => `${p}没有工作背景，补充当前形势和上级要求可增加约 ${m} 分钟`);
  advice.sort((a, b) => b.gain - a.gain);
  // What the meeting's own kind is about, where the material does not say it: a 现场会 what was seen there,
  // a commendation whom it commends (the opening says them; the advice names where to enter them).
  const before = input.meeting.precedingItems ?? [];
  if (/现场|观摩/.test(meeting) && !before.some((t) => /观摩|察看|观看|参观|查看|看了|演示|现场/.test(t))) advice.unshift({ gain: GAIN.background, kind: 'background', what: '现场看了什么', text: `开场没有写明现场看了什么，在「会前议程」中补充看了哪些现场、哪些做法，讲话才能讲清要学什么、推广什么` });
  if (/表彰/.test(meeting) && !before.some((t) => /表彰/.test(t))) advice.unshift({ gain: GAIN.background, kind: 'background', what: '表彰了谁', text: `开场没有写明表彰了谁，在「会前议程」中补充宣读的表彰决定和受表彰的集体、个人` });
  // Then what a further item would bring, for material whose items are already complete.
  const more: { text: string; what: string }[] = [];
  const said = new Set(advice.map((a) => a.kind));
  const taskPart = partOf(template, 'tasks');
  if (taskPart && !said.has('tasks')) more.push({ what: '任务', text: `${taskPart}每补充一项任务（写明具体要求、牵头单位和时限）约增加 ${minutes(GAIN.task, rate)} 分钟` });
  const problemPart = partOf(template, 'problems');
  if (problemPart && !said.has('problems')) more.push({ what: '问题及其具体表现', text: `${problemPart}每补充一项问题及其具体表现约增加 ${minutes(GAIN.problem, rate)} 分钟` });
  const kept = [...advice, ...more].slice(0, MAX_ADVICE);
  return { advice: kept.map((a) => a.text), adds: [...new Set(kept.map((a) => a.what))] };
}
