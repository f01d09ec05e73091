// Honest length: a speech is read aloud in a slot of N minutes. The material's facts and the frame
// come first; elaboration (argument tagged with its topic or domain) is added after the fact it
// elaborates — one unit of at most three sentences per place — only while the part stays mostly fact
// (a share cap per part). When the material cannot fill the slot within that, the draft stays
// shorter and says what to add (advice.ts); long material loses optional frame paragraphs first.
// Facts are never added or removed here.
import type { Block, DocModel, LengthInfo, ParagraphBlock, Run } from '../doc/model.ts';
import { blockText, runsText } from '../doc/text.ts';
import { numberBlocks } from '../doc/numbering.ts';
import type { SpeechInput } from '../input/schema.ts';
import { adviceFor } from './advice.ts';
import { leadQuestions } from './lead-check.ts';
import { runsLength } from './runs.ts';
import type { SpeechTemplate } from './template-schema.ts';

/** A draft is short of its 讲话时长 below this share of the target's characters. */
export const SHORT_BELOW = 0.9;

/** Characters read aloud in a minute (GENRE.md: about 200–260). */
export const DEFAULT_RATE = 240;

/** A place where elaboration may go: after the fact sentence(s) of `block`, before run `at` (default: the end). */
export interface Anchor {
  block: ParagraphBlock;
  at?: number;
  part: number;
  /** 1 is drawn first; priority-1 places are filled even without a target (a task is argued). */
  priority: number;
  /** Draws the unit (tagged runs) for this place; undefined when its pools are spent. */
  draw(): Run[] | undefined;
}

/**
 * The largest share of a part that elaboration may take. The 认识/形势 part may be mostly argument (its
 * significance and situation are the domain's language); elsewhere the facts must carry the part.
 */
const SHARE_CAP = [0, 0.6, 0.36, 0.36, 0];
/** Sentences of one unit: at most three after any fact sentence. */
const MAX_SENTENCES = 3;

export interface FitOutcome {
  /** The target was not reached: every place had its unit or its part reached its cap. */
  short: boolean;
}

/** Length of a part as read: its blocks, plus the salutation and closing for the opening and closing parts. */
export function partLength(doc: DocModel, part: number): number {
  return partCounts(doc)[part]?.chars ?? 0;
}

/** Characters and elaboration characters of each part. */
export function partCounts(doc: DocModel): { chars: number; elaboration: number }[] {
  const parts = (doc.parts ?? []).map(() => ({ chars: 0, elaboration: 0 }));
  if (!parts.length) return parts;
  const { marks } = numberBlocks(doc.blocks);
  const elab = (runs: readonly Run[] | undefined) => (runs ?? []).reduce((n, r) => n + (r.elab ? r.text.replace(/\s/g, '').length : 0), 0);
  doc.blocks.forEach((b, i) => {
    if (b.type === 'table' || !('part' in b) || b.part === undefined || !parts[b.part]) return;
    parts[b.part]!.chars += blockText(b, marks[i] ?? '').replace(/\s/g, '').length;
    parts[b.part]!.elaboration += elab(b.runs);
  });
  parts[0]!.chars += runsText(doc.salutation).length;
  parts[parts.length - 1]!.chars += runsText(doc.closing).length;
  parts[parts.length - 1]!.elaboration += elab(doc.closing);
  return parts;
}

/** Sentences of a unit, each with its runs: 「…。」「…？」 end one. */
export function sentencesOf(runs: readonly Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (const r of runs) {
    let rest = r.text;
    while (rest) {
      const m = /[。！？]/.exec(rest);
      const piece = m ? rest.slice(0, m.index + 1) : rest;
      out[out.length - 1]!.push({ ...r, text: piece });
      rest = rest.slice(piece.length);
      if (m) out.push([]);
    }
  }
  return out.filter((s) => s.length > 0);
}

/**
 * Brings the draft towards `target` characters. Without a target, the priority-1 places (the tasks)
 * get their unit and nothing else. With one: optional paragraphs go while the draft is over 110 %;
 * then units are added place by place, by priority, each whole, while it fits the target and the
 * part's cap.
 */
export function fit(doc: DocModel, anchors: readonly Anchor[], optional: readonly Block[], target: number | undefined): FitOutcome {
  const counts = partCounts(doc);
  const total = () => counts.reduce((n, p) => n + p.chars, 0);
  if (target) trim(doc, optional, target * 1.1, counts);
  // A part that is mostly argument (认识/形势) grows no longer than the part that carries the tasks.
  const taskPart = doc.blocks.find((b) => b.type === 'heading' && b.level === 1 && b.role === 'task');
  const tasksAt = taskPart && 'part' in taskPart ? taskPart.part : undefined;
  const outgrowsTasks = (part: number, add: number) => {
    if (tasksAt === undefined || part === tasksAt) return false;
    const c = counts[part]!;
    return c.elaboration + add > (c.chars + add) / 2 && c.chars + add > counts[tasksAt]!.chars;
  };
  const order = [...anchors].filter((a) => target !== undefined || a.priority === 1).sort((a, b) => a.priority - b.priority);
  for (const anchor of order) {
    if (target !== undefined && total() >= target * 0.97) break;
    const unit = anchor.draw();
    if (!unit) continue;
    const count = counts[anchor.part]!;
    // A unit goes in whole or not at all: its sentences belong together.
    const add = runsLength(unit);
    const share = (count.elaboration + add) / (count.chars + add);
    if (sentencesOf(unit).length > MAX_SENTENCES || share > SHARE_CAP[anchor.part]! || outgrowsTasks(anchor.part, add)) continue;
    if (target !== undefined && total() + add / 2 > target) continue;
    const taken = unit;
    insert(anchor, taken);
    count.chars += runsLength(taken);
    count.elaboration += runsLength(taken);
  }
  return { short: target !== undefined && total() < target * SHORT_BELOW };
}

function insert(anchor: Anchor, runs: Run[]): void {
  const b = anchor.block;
  if (anchor.at === undefined) b.runs = [...b.runs, ...runs];
  else b.runs = [...b.runs.slice(0, anchor.at), ...runs, ...b.runs.slice(anchor.at)].map((r, k) => (k === anchor.at! + runs.length ? ownWork(r, b.role) : r));
}

/**
 * A task's assignment after argument names the task again: 「这项工作由…牵头」, not a bare 「由…牵头，…12月底前完成」,
 * which attaches the lead and the deadline to the sentence before it (s36-6 [59], W: a bank line's new measure
 * read as handed to the task's lead with its deadline).
 */
function ownWork(r: Run, role: string | undefined): Run {
  return role === 'task' && !r.src && /^(由|请)/.test(r.text) ? { ...r, text: `这项工作${r.text}` } : r;
}

/** Drops optional paragraphs, least important first, while the body is longer than `max`. Only frame paragraphs are optional. */
function trim(doc: DocModel, optional: readonly Block[], max: number, counts: { chars: number; elaboration: number }[]): void {
  for (const block of optional) {
    if (counts.reduce((n, p) => n + p.chars, 0) <= max) return;
    const i = doc.blocks.indexOf(block);
    if (i < 0) continue;
    doc.blocks.splice(i, 1);
    counts.splice(0, counts.length, ...partCounts(doc));
  }
}

export function lengthReport(doc: DocModel, rate: number, target: number | undefined, outcome: FitOutcome, input: SpeechInput, template: SpeechTemplate): LengthInfo {
  const counts = partCounts(doc);
  const parts = (doc.parts ?? []).map((name, i) => ({ name, chars: counts[i]!.chars, minutes: round(counts[i]!.chars / rate), elaboration: counts[i]!.elaboration }));
  const total = parts.reduce((n, p) => n + p.chars, 0);
  const elaboration = parts.reduce((n, p) => n + p.elaboration, 0);
  const short = outcome.short && target ? { short: { achievable: total, ...adviceFor(input, template, rate) } } : {};
  const questions = leadQuestions(input);
  return { rate, ...(target ? { target } : {}), total, minutes: round(total / rate), elaboration, parts, ...short, ...(questions.length ? { questions } : {}) };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
