// What the opening of a 纪要 says the meeting did, item by item: 「听取了县城市管理局关于…的汇报，研究了
// A和B，部署了…」. Real minutes summarise the business this way and never list the agenda itself; a
// leader's speech is not business of its own (its content is the body), so it is left out.
import type { Run } from '../doc/model.ts';
import { sliceRuns, type ItemView } from './agenda.ts';
import { concat, fact, joinRuns, lit } from './runs.ts';

// 「县政府领导讲话」「区委主要领导讲话」「县长作总结讲话」.
const SPEECH = /(?:讲话|致辞)$/u;
// 「企业代表发言」「各乡镇作表态发言」: who spoke from the floor, and how.
const FLOOR = /^([^，、；]{2,20}?)(?:作)?((?:交流|表态|典型)?发言)$/u;
// Acts a title may open with besides the five kinds the schema knows: 「宣读《…》」「交办重点整改问题」.
const ACTS = /^(宣读|交办|传达|学习|观摩|签订|签署|表彰|调度|点评|解读|安排)(?!了)/u;

/** Whether the item is a leader's speech: the minutes render what was said, not that it was said. */
export function isSpeechItem(item: ItemView): boolean {
  return SPEECH.test(item.title.text.trim().replace(/[。；，\s]+$/u, ''));
}

interface Clause {
  verb: string;
  object: Run[];
  plain: string;
}

function clauseOf(it: ItemView): Clause {
  const reporter = it.reporter ?? (it.titleReporter && sliceRuns(it.titleReporter));
  const plain = (reporter ?? []).map((r) => r.text).join('') + it.topic.text;
  if ((it.kind === '听取' || it.kind === '通报') && reporter) {
    return { verb: '听取', object: concat(reporter, lit('关于'), sliceRuns(it.topic), lit(it.kind === '通报' ? '的通报' : '的汇报')), plain };
  }
  if (it.kind === '听取') return { verb: '听取', object: concat(lit('关于'), sliceRuns(it.topic), lit('的汇报')), plain };
  const title = it.title.text.trim().replace(/[。；，\s]+$/u, '');
  const floor = FLOOR.exec(title);
  if (floor) return { verb: '听取', object: concat(fact(floor[1]!, it.title.src), lit('的'), fact(floor[2]!, it.title.src)), plain: title };
  const act = ACTS.exec(title);
  if (act && title.length > act[0].length) {
    const rest = title.slice(act[0].length);
    return { verb: act[1]!, object: fact(rest, it.title.src), plain: rest };
  }
  return { verb: it.kind, object: sliceRuns(it.subject), plain: it.subject.text };
}

/** 「A和B」, 「A、B和C」; all 「、」 when an object holds a 「和」 of its own. */
function andList(clauses: readonly Clause[]): Run[] {
  const own = clauses.some((c) => c.plain.includes('和'));
  return concat(...clauses.map((c, i) => concat(i === 0 ? undefined : lit(i === clauses.length - 1 && !own ? '和' : '、'), c.object)));
}

/**
 * 「听取了…的汇报，审议了《…》，研究了A和B」: one clause an item (speeches left out), consecutive items
 * of the same verb joined. Undefined when nothing is left to say.
 */
export function summaryRuns(items: readonly ItemView[]): Run[] | undefined {
  const clauses = items.filter((it) => !isSpeechItem(it)).map(clauseOf);
  const out: Run[][] = [];
  for (let i = 0; i < clauses.length; ) {
    const c = clauses[i]!;
    let j = i + 1;
    const same: Clause[] = [c];
    for (; j < clauses.length && clauses[j]!.verb === c.verb; j += 1) same.push(clauses[j]!);
    out.push(concat(lit(`${c.verb}了`), andList(same)));
    i = j;
  }
  return out.length ? joinRuns(out, '，') : undefined;
}
