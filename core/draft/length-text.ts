// The length of a draft in words a secretary reads: per part, how much of it is argument rather than
// fact, and — when the material cannot honestly fill the slot — how long the draft is and what to add.
// One wording for the CLI line and the 篇幅 panel.
import type { LengthInfo } from '../doc/model.ts';
import { SHORT_BELOW } from './length.ts';

/** 4800 → 「4,800」. Written out: toLocaleString loads ICU's number data, a tenth of the CLI's start. */
const n = (x: number) => String(x).replace(/^(\d+)/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ','));
const minutes = (chars: number, rate: number) => Math.round((chars / rate) * 10) / 10;

/** 「论述 23%」: the share of a part (or the draft) that is elaboration. */
export function elaborationShare(chars: number, elaboration: number | undefined): string {
  return elaboration && chars ? `论述 ${Math.round((100 * elaboration) / chars)}%` : '';
}

/** 「篇幅：1,671 字，约 7 分钟（目标 4,800 字，每分钟 240 字）」 and the parts. */
export function describeLength(l: LengthInfo): string[] {
  const target = l.target ? `（目标 ${n(l.target)} 字，每分钟 ${l.rate} 字）` : `（每分钟 ${l.rate} 字）`;
  const share = elaborationShare(l.total, l.elaboration);
  // A part left out (part three with no measure to make) is not listed.
  const parts = l.parts
    .filter((p) => p.chars > 0)
    .map((p) => {
      const s = elaborationShare(p.chars, p.elaboration);
      return `${p.name} ${n(p.chars)} 字 ${p.minutes} 分钟${s ? `（${s}）` : ''}`;
    })
    .join('；');
  return [`篇幅：${n(l.total)} 字，约 ${l.minutes} 分钟${target}${share ? `，${share}` : ''}`, `  ${parts}`, ...omittedNotices(l).map((o) => `  ${o.summary}${o.restore}`), ...shortLines(l), ...questionLines(l.questions)];
}

/** The tasks' leads the user is asked to check (lead-check.ts), one a line under 「请核对材料：」; none when none looks wrong. */
export function questionLines(questions: readonly string[] | undefined): string[] {
  return questions?.length ? ['  请核对材料：', ...questions.map((q) => `  · ${q}`)] : [];
}


/**
 * A part the engine left out, said plainly: 「第三部分未写：材料列出的问题都已有任务落实，没有需要另行
 * 部署的保障措施。」 and what would bring it back. One wording for the CLI line and the 篇幅 panel.
 */
export function omittedNotices(l: LengthInfo): { name: string; summary: string; restore: string }[] {
  return (l.omitted ?? []).map((o) => {
    const part = `第${o.name}部分`;
    // A 调度会 takes no part of 保障措施: it settles progress, the gap and who catches up (s38-4 [68]–[71]).
    if (o.why === 'meeting') return { name: o.name, summary: `${part}未写：调度会讲进度、差距和下一步节点，各项任务之外不另讲保障措施。`, restore: `要写出${part}，可在「换一种说法」中为${part}选一个范文库标题。` };
    const why = o.why === 'noProblems' ? '材料没有列出问题，没有需要另行部署的保障措施' : '材料列出的问题在各项任务之外没有需要另行部署的保障措施';
    const topics = o.topics.length ? `（如${o.topics.join('、')}方面）` : '';
    return { name: o.name, summary: `${part}未写：${why}。`, restore: `要写出${part}，可补充一项现有任务没有涉及的问题并写明具体表现${topics}，或在「换一种说法」中为${part}选一个范文库标题。` };
  });
}

/** When the draft is short of its target: said plainly, with what to add. */
export function shortNotice(l: LengthInfo): { summary: string; advice: string[] } | undefined {
  if (!l.short || !l.target) return undefined;
  const have = minutes(l.short.achievable, l.rate);
  const want = minutes(l.target, l.rate);
  const gap = Math.round((want - have) * 10) / 10;
  return { summary: `现有材料可写约 ${have} 分钟，比目标 ${want} 分钟短约 ${gap} 分钟；为不以空话凑篇幅，稿子按实际篇幅生成。要加长，可补充：`, advice: l.short.advice };
}

/**
 * The 状态栏's line under a short draft, read at a glance: why it is short and the two ways out —
 * 「材料只够写约 2.3 分钟，未用空话凑字数：可补充任务的具体要求、问题的具体表现，或把讲话时长改为 2 分钟」.
 * The material named is what adds most (the 篇幅 panel says all of it, part by part).
 */
export function shortStatus(l: LengthInfo): string | undefined {
  if (!l.short || !l.target) return undefined;
  const have = minutes(l.short.achievable, l.rate);
  // A label that another already says (「任务」 beside 「任务的具体要求」) is not said twice.
  const adds = (l.short.adds ?? []).filter((a, i, all) => !all.some((b, j) => j !== i && b !== a && b.startsWith(a))).slice(0, 2);
  // The longest whole 讲话时长 the material fills (a draft is short only below SHORT_BELOW of it): 3.8 → 4.
  const fits = Math.max(1, Math.floor(l.short.achievable / (l.rate * SHORT_BELOW)));
  return `材料只够写约 ${have} 分钟，未用空话凑字数：可${adds.length ? `补充${adds.join('、')}` : '在「材料」中补充内容'}，或把讲话时长改为 ${fits} 分钟`;
}

function shortLines(l: LengthInfo): string[] {
  const notice = shortNotice(l);
  return notice ? [`  ${notice.summary}`, ...notice.advice.map((a) => `  · ${a}`)] : [];
}
