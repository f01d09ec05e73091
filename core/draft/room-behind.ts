// Guests the material names as behind or at fault, for guests.ts: urged, never thanked (hunt s66-5 [39], W: at a 调度会 the telecom
// company whose 迁改 the problems put at 40 % and one of three contractors the problems measure alike were thanked).
import type { SpeechInput } from '../input/schema.ts';
import type { Present } from './present.ts';
import { OTHER_BODY } from './room-parties.ts';
import { isFirm } from './speaker.ts';

/** A problem that says something is wrong or short. */
const WRONG = /不|未|没|无|滞后|落后|缓慢|慢|差|难|堵|短板|薄弱|问题|隐患|拖|欠|仅/;
/** A figure of a party's own progress: 「…标段完成率68%」「…已完成31%」 — what a 调度 measures. */
const PROGRESS = /(完成率|进度|完成|开工率|到位率|办结率|整改率)[^，；。]{0,6}?\d/;
/** Words that put a party's own work behind. */
const LAGS = /滞后|落后|缓慢|进度慢|迟迟|未完成|未开工|未进场|尚未/;
/** A party the clause names as the one waiting or wronged, not the one behind: 「…申请已等3个月」「拖欠…公司工程款」. */
const WAITS = /申请|诉求|反映|等了|已等|待批|未批复|被|拖欠|欠/;
/** The clause names one as the exception or the example (「仅…1家」「推广…经验」): no fault of its own. */
const EXAMPLE = /(仅|只有)[^，；。]*?[1一](家|个|所)|唯一|推广|借鉴|示范|典型|经验/;

/** The clauses of the problems that say something is wrong: title, detail and examples. */
function wrongClauses(input: SpeechInput): string[] {
  return input.campaign.problems
    .filter((p) => WRONG.test(`${p.title}，${p.detail ?? ''}`))
    .flatMap((p) => [p.title, p.detail ?? '', ...(p.examples ?? [])].join('；').split(/[，,；;。]/))
    .map((c) => c.trim())
    .filter((c) => c && !EXAMPLE.test(c));
}

/** The longest run two texts share. */
function sharedRun(a: string, b: string): string {
  let best = '';
  for (let i = 0; i < a.length; i++) for (let j = i + best.length + 1; j <= a.length && b.includes(a.slice(i, j)); j++) best = a.slice(i, j);
  return best;
}

/** A run that names a thing, not a count or a date: four characters or more, two of them Chinese words not of a figure. */
const namesThing = (run: string) => run.replace(/[\d.%０-９]+|[个户件家处万亿元年月日天]/g, '').length >= 4;

/**
 * Whether a party is behind or at fault: a problem's clause names it with its own progress or lag (「汜阳城投建设集团标段完成率68%」 —
 * those a problem measures side by side are measured alike, none singled out), or it leads a task that takes up the work a clause
 * measures (「通信线缆迁改完成率仅40%」 → the task 「通信线缆迁改与主体施工同步」). Not one a clause names as the one waiting (「…申请
 * 已等3个月」 is the company served), nor a partner only named beside a shortfall (「新增担保仅1.7亿元」, 「只有单回路供电」: readers kept
 * their thanks, s58-8 [55], s56-5 [49]).
 */
export function behindOf(input: SpeechInput): (name: string) => boolean {
  const clauses = wrongClauses(input);
  // A clause that names the party and the next that measures it are one (「大坪乡标段由湖山建设集团有限公司施工，完成率仅为32%」;
  // s71-5 [46], E: the contractor the meeting is about not singled out).
  const measures = (c: string) => PROGRESS.test(c) || LAGS.test(c);
  const measured = clauses.flatMap((c, k) => (measures(c) ? [c] : measures(clauses[k + 1] ?? '') && /由|承建|施工/.test(c) ? [`${c}，${clauses[k + 1]}`] : []));
  return (name) => {
    const n = name.trim();
    const short = n.replace(/(有限责任公司|有限公司|股份有限公司|公司)$/, '');
    const names = (c: string) => c.includes(n) || (short.length >= 4 && c.includes(short));
    if (measured.some((c) => names(c) && !WAITS.test(c))) return true;
    const led = input.campaign.tasks.filter((t) => t.lead.split(/[、，,]/).some((l) => l.trim() === n));
    // Or one whose work a clause says has not begun or lags (「江滨市场因资金未落实至今未开工」 and its task 「江滨市场落实资金开工」; s77-7 [48], W:
    // the laggard lumped with the host of the visit's first site).
    // Not a bank or a utility that leads such a task: its part is no progress of its own (coldchain-town-partners).
    return led.some((t) => measured.some((c) => (PROGRESS.test(c) || (LAGS.test(c) && !OTHER_BODY.test(n))) && namesThing(sharedRun(c, t.title))));
  };
}

/**
 * The guests thanked or asked for support whom the material names as behind: a company held to its part (guests.ts heldAlike then
 * speaks to it with the others of its line), a utility, a bank or a body of another system urged in a sentence of its own (`behind`).
 */
export function urgeBehind(out: readonly Present[], input: SpeechInput): Present[] {
  const behind = behindOf(input);
  const held = (p: Present) => p.kind === 'enterprise' || p.kind === 'enterpriseLead';
  return out.map((p) => {
    if ((p.kind !== 'supporter' && p.kind !== 'partner') || !behind(p.text)) return p;
    // Not thanked at the opening either.
    const rest: Present = { ...p, greet: undefined };
    // Measured beside companies of its line that are held (three contractors of one 调度): held with them, none singled out.
    const mates = isFirm(p.text) && !OTHER_BODY.test(p.text) && out.some((q) => q !== p && q.src === p.src && held(q));
    return mates ? { ...rest, kind: 'enterprise' } : { ...rest, kind: 'supporter', behind: true };
  });
}
