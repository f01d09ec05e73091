// At a 约谈 the problems that name a party called in are the meeting's own findings: they are what the task for
// those called in (「被约谈单位立行立改」) puts right, never left over after the tasks as if nobody held them (s42-4 [48],
// W: 「前面提到的串换项目、重复收费…，也要抓在手上」 said before the very hospital and pharmacy summoned for them).
import type { SpeechInput } from '../input/schema.ts';
import { summoned } from './preceding.ts';

/** Four characters of a party's own name, none of a company's general end or a person's post: 「康宁中医」 of 「…康宁中医医院院长沈建中」. */
function ownWords(name: string): string[] {
  return [...name].map((_, k) => name.slice(k, k + 4)).filter((w) => w.length === 4 && !/有限|公司|责任|股份|分公|集团|负责|院长|经理|法定|代表/.test(w));
}

/**
 * For each problem, the task that answers it as a finding of the 约谈 (a task whose lead is those called in, by 「被约谈」 or by
 * name), where the problem names one of them; else undefined.
 */
export function summonsFindings(input: SpeechInput): (number | undefined)[] {
  const called = summoned(input);
  const { problems, tasks } = input.campaign;
  if (!called) return problems.map(() => undefined);
  const parties = called.text.split(/[、，,和及]/).map((p) => p.trim()).filter((p) => p.length >= 4);
  const words = parties.flatMap(ownWords);
  const names = (text: string) => words.some((w) => text.includes(w));
  const task = tasks.findIndex((t) => /被约谈/.test(t.lead) || names(t.lead));
  if (task < 0) return problems.map(() => undefined);
  return problems.map((p) => (names([p.title, p.detail ?? '', ...(p.examples ?? [])].join('；')) ? task : undefined));
}
