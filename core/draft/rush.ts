// Speed is not urged where the material faults haste. At a 约谈 the called-in are told their faults are to be corrected and
// work resumes only once they are; where the material's problems or tasks fault rushing (压缩工期、抢工、赶工期), a line asking
// for progress (「既要把进度抓上去」「抓质量、抓进度」「倒排工期」) says the opposite of the material (s79-4 [12], W twice:
// 「把进度抓上去」 at an accident 约谈 whose material listed 建设单位压缩工期 as a problem and 「不得压缩合理工期」 as a task).
import type { SpeechInput } from '../input/schema.ts';

/**
 * Haste (a schedule squeezed, a job rushed): a fault where a problem says it, never where a task orders it (「限期赶工」);
 * 「赶工计划未落实」 faults the lack of speed, not haste.
 */
const HASTE = /压缩(?:合理)?工期|(?:抢|赶)工(?!计划|方案|措施|不力)|抢进度|盲目赶|为赶|催工/;
/** A problem of work behind time: a 约谈 over it may ask the lagging to catch up. */
const LAGS = /滞后|落后|缓慢|进度慢|未按期|迟迟/;
/** A task or a background that forbids haste: 「不得压缩合理工期」「严禁盲目抢工」. */
const FORBIDS_HASTE = /(?:不得|严禁|禁止|不准|杜绝|防止|不能|不许|决不)[^，。；]{0,6}(?:压缩(?:合理)?工期|抢工|赶工|抢进度|赶进度|盲目赶)/;

/** Wording that urges speed. */
const URGES_SPEED = /进度抓上去|抓进度|加快进度|赶进度|抢进度|抢时间|抢工期|加班加点|倒排工期|只争朝夕|快马加鞭|提速|赶上来|加快追赶/;

/**
 * Whether the meeting or the material faults haste: a problem of haste, a task or background that forbids it, or a 约谈 (over
 * faults, not over work behind time). A task that orders speed (「三标段限期赶工」 at a 调度会) faults nothing: its meeting may
 * still ask the lagging to catch up.
 */
export function hasteFaulted(input: Pick<SpeechInput, 'meeting' | 'campaign'>): boolean {
  const { meeting, campaign } = input;
  const problems = campaign.problems.flatMap((p) => [p.title, p.detail ?? '', ...(p.examples ?? [])]);
  const ordered = [...(campaign.background ?? []), ...campaign.tasks.flatMap((t) => [t.title, t.detail ?? '', t.measure ?? ''])];
  if (problems.some((t) => HASTE.test(t)) || ordered.some((t) => FORBIDS_HASTE.test(t))) return true;
  return /约谈/.test(`${meeting.type ?? ''} ${meeting.name}`) && !problems.some((t) => LAGS.test(t));
}

/** Wording (a unit, a phrase, a heading) that urges speed where the meeting or its material faults haste. */
export function hasteUnfit(input: Pick<SpeechInput, 'meeting' | 'campaign'>): (text: string) => boolean {
  const faulted = hasteFaulted(input);
  return (text) => faulted && URGES_SPEED.test(text);
}

/** A background that tells an incident: someone hurt, a fire, a collapse, a leak. */
const INCIDENT = /死亡|身亡|受伤|伤亡|烧伤|遇难|事故|起火|火灾|坍塌|塌方|爆燃|闪爆|爆炸|泄漏|落水|翻覆|坠落|中毒/;
/** A background that counts what an inspection found: 「共发现问题23项」「发现隐患58处」. */
const FOUND = /发现(?:各类)?(?:问题|隐患)|(?:问题|隐患)\d+[项处个条]/;

/**
 * What a 约谈's background reports, for the line after it (situationSummons): an incident (its lesson, never the field's
 * 「既要把进度抓上去」, s79-4 [12]), an inspection's findings (their correction), or neither (a campaign's setting, 「国家医保局
 * 今年部署开展…专项整治」: the field's line, as at any meeting).
 */
export function summonsBackground(background: readonly string[] | undefined): 'incident' | 'findings' | undefined {
  const text = (background ?? []).join('。');
  return INCIDENT.test(text) ? 'incident' : FOUND.test(text) ? 'findings' : undefined;
}
