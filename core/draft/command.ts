// The campaign's bodies the speaker (or the chair) commands: a title that names its holder head of a
// 指挥部, 领导小组 or 专班 (「…项目指挥部指挥长」「…领导小组组长」「…专班班长」) makes that body, and every
// working group, 组 and 专班 the campaign sets up under it, the speaker's own — told, never thanked for
// attending or asked for guidance (s22-4 [50], W: a 街道办事处主任 and 指挥长 thanked 「项目指挥部全体成员
// 和5个征收工作组组长」 for coming and asked them for 指导). A title that says only 「指挥长」 or 「总指挥」
// means the campaign's own 指挥部; a group a higher level sends stays a guest.
import type { SpeechInput } from '../input/schema.ts';
import { bareUnit, unitRelation, type Speaker } from './speaker.ts';

/** A body that commands a campaign. */
const BODY = /指挥部|领导小组|专班/;
/** A post heading (or deputising in) a body named before it: 「…项目指挥部指挥长」 → …项目指挥部. */
const BODY_POST = /^(.+?(?:指挥部|领导小组|专班))(?:常务)?(?:副)?(?:总指挥|指挥长|组长|班长|主任)$/;
/** A post that heads the campaign's body without naming it: 「指挥长」, 「副总指挥」. */
const BARE_POST = /^(?:常务)?(?:副)?(总指挥|指挥长)$/;
/** A group of the campaign's own work: 「征收工作组」「第三征收工作组」「各巡查组」「工作专班」. */
const GROUP = /工作组|专班|(?:小|分|巡查|宣传|保障|攻坚|突击|抢险|转移|联络|后勤)组/;
/** A group that supervises on a higher level's behalf: never one of the campaign's own under a local body. */
const SUPERVISING = /督导组|督查组|巡察组|巡视组|指导组|检查组|考核组/;

function titlesOf(input: SpeechInput): string[] {
  return [input.meeting.speaker.title, input.meeting.host?.title].flatMap((t) => (t ?? '').split(/[、，,；;\s]+/)).filter(Boolean);
}

/** The bodies the speaker's or the chair's title heads; 「*指挥部」 for a bare 「指挥长」. */
export function commandedBodies(input: SpeechInput): string[] {
  const out: string[] = [];
  for (const post of titlesOf(input)) {
    const named = BODY_POST.exec(post);
    if (named) out.push(named[1]!);
    else if (BARE_POST.test(post)) out.push('指挥部');
  }
  return [...new Set(out)];
}

/** The body words of a name: 「项目指挥部全体成员和5个征收工作组组长」 → 项目指挥部. */
function bodyIn(name: string): string | undefined {
  return /[^、，,；和及]*?(?:指挥部|领导小组|专班)/.exec(name)?.[0];
}

/** Whether a body named in the material is one the title heads: the same body, one name shortened. */
function isCommanded(body: string, bodies: readonly string[]): boolean {
  const b = bareUnit(body.replace(/^(各|全体)/, ''));
  return bodies.some((own) => {
    if (own === '指挥部') return /指挥部$/.test(b);
    const o = bareUnit(own);
    return b.length >= 3 && (o.endsWith(b) || b.endsWith(o) || o.includes(b));
  });
}

/**
 * Whether a unit or group in the material is under a body the speaker's side commands: the body itself
 * (however shortened), or — where the body commands — a working group of the campaign that is neither
 * of a higher level nor sent to supervise.
 */
export function underCommand(name: string, input: SpeechInput, speaker: Speaker, bodies: readonly string[] = commandedBodies(input)): boolean {
  if (!bodies.length || unitRelation(name, speaker) === 'higher') return false;
  const body = bodyIn(name);
  if (body && BODY.test(body) && isCommanded(body, bodies)) return true;
  return GROUP.test(name) && !SUPERVISING.test(name);
}
