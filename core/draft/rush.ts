// Speed is not urged where the material faults haste. At a 约谈 the called-in are told their faults are to be corrected and
// work resumes only once they are; where the material's problems or tasks fault rushing (压缩工期、抢工、赶工期), a line asking
// for progress (「既要把进度抓上去」「抓质量、抓进度」「倒排工期」) says the opposite of the material (s79-4 [12], W twice:
// 「把进度抓上去」 at an accident 约谈 whose material listed 建设单位压缩工期 as a problem and 「不得压缩合理工期」 as a task).
import type { SpeechInput } from '../input/schema.ts';

/** What the material says when it faults haste: a schedule squeezed, a job rushed. */
const FAULTS_HASTE = /压缩(?:合理)?工期|抢工|赶工|抢进度|赶进度|盲目赶|抢时间|催工/;

/** Wording that urges speed. */
const URGES_SPEED = /进度抓上去|抓进度|加快进度|赶进度|抢进度|抢时间|抢工期|加班加点|倒排工期|只争朝夕|快马加鞭|提速|赶上来|加快追赶/;

/** Whether the meeting or the material faults haste: a 约谈, or a problem, a background or a task against rushing. */
export function hasteFaulted(input: Pick<SpeechInput, 'meeting' | 'campaign'>): boolean {
  const { meeting, campaign } = input;
  if (/约谈/.test(`${meeting.type ?? ''} ${meeting.name}`)) return true;
  const texts = [...(campaign.background ?? []), ...campaign.problems.flatMap((p) => [p.title, p.detail ?? '', ...(p.examples ?? [])]), ...campaign.tasks.flatMap((t) => [t.title, t.detail ?? '', t.measure ?? ''])];
  return texts.some((t) => FAULTS_HASTE.test(t));
}

/** Wording (a unit, a phrase, a heading) that urges speed where the meeting or its material faults haste. */
export function hasteUnfit(input: Pick<SpeechInput, 'meeting' | 'campaign'>): (text: string) => boolean {
  const faulted = hasteFaulted(input);
  return (text) => faulted && URGES_SPEED.test(text);
}
