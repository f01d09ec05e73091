// The 调度会's own sentences (dispatch.ts says what they stand on): the countdown before the tasks, the units behind
// told to catch up by a day, and the progress asked for where the material gives none.
import type { ParagraphBlock, Run } from '../doc/model.ts';
import { behindOf, countdownKey, countdownNode, givesProgress, named } from './dispatch.ts';
import { concat, gap } from './runs.ts';
import type { SpeechInput } from '../input/schema.ts';
import type { Phrases } from './compose.ts';
import type { Links } from './measures.ts';

/** What of a part's context the 调度会's lines need (speech-parts.ts PartContext; named apart so the two import no circle). */
interface PartContext {
  input: SpeechInput;
  phrases: Phrases;
  links: Links;
  part: number;
  kinds: readonly string[];
}

/** Whether a meeting is a 调度会 that is no emergency (speech-parts.ts dispatches, without the import cycle). */
const dispatching = (c: PartContext) => c.kinds.includes('调度会') && !c.kinds.includes('紧急');

/** Before the tasks of a 调度会: how near the node the material sets is (「离10月8日只剩最后一段时间了…」); none without a node. */
export function countdown(c: PartContext): Run[] | undefined {
  if (!dispatching(c)) return undefined;
  const node = countdownNode(c.input);
  return node ? c.phrases.sayKeyed('countdown', countdownKey(node), 0, { node: node.runs }) : undefined;
}

/** The problems a 调度会 answers by naming those behind: never again among the problems no task answers. */
export function behindProblems(c: PartContext): Set<number> {
  return new Set(dispatching(c) ? behindOf(c.input, c.links).map((b) => b.problem) : []);
}

/** After the tasks of a 调度会: each lagging problem's units told to catch up, by the day the material sets where it sets one. */
export function catchUp(c: PartContext): Run[] | undefined {
  if (!dispatching(c)) return undefined;
  const behind = behindOf(c.input, c.links);
  if (!behind.length) return undefined;
  // The first group is told in full; the next ones in a short clause, not the same demand again in other words.
  const key = (b: (typeof behind)[number], k: number) => `${k ? 'next' : ''}${b.by ? 'by' : 'default'}`;
  return concat(...behind.map((b, k) => c.phrases.sayKeyed('catchUp', key(b, k), k, { units: named(b.units), ...(b.by ? { by: b.by } : {}) })));
}

/** In part one of a 调度会 whose material says nothing of how far the work has come: the progress asked for, as a gap. */
export function progressAsked(c: PartContext): ParagraphBlock | undefined {
  if (!dispatching(c) || givesProgress(c.input.campaign)) return undefined;
  const runs = c.phrases.sayKeyed('progressAsked', 'default', 0, { progress: gap('总体进度（截至某日完成了多少、占目标的多少）') });
  return { type: 'paragraph', runs, role: 'achievement', part: c.part };
}
