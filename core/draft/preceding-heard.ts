// What was heard just before the speech, where it decides the remark the opening makes on it (「刚才，…」).
// Editors of sessions 21 and 22 rewrote 「讲得都很清楚，请大家认真抓好落实」 wherever it did not fit what was heard:
// a plan, a list or a division of duties read out is no talk to praise (s70-1 [8], s70-5 [6], s71-11 [6], s68-2 [6],
// s68-7 [7], s67-5 [6]: 「宣读的是文件，说讲得都很清楚不合适」); firms' difficulties are no orders to carry out but
// requests to answer (s70-11 [7], s71-8 [6], s67-8 [7], s68-6 [7]); an accident report is a lesson, not a task
// (s67-1 [7]); a practice introduced is to learn from (s69-8 [6], s67-7 [6], s68-10 [6], s70-10 [7]); and one
// voice is not praised with 都 (s70-7 [6], s67-11 [6], s68-2 [6]).
import type { SpeechInput } from '../input/schema.ts';

/** What the items before the speech were, where that decides the remark; undefined: an ordinary report or talk. */
export type Heard = 'petition' | 'document' | 'accident' | 'practice';

/** 「三家企业负责人反映了生产经营中遇到的困难」「提出了用工、融资、用地方面的诉求」. */
const PETITION = /(?:反映|提出|提了|谈了)了?[^，。；]{0,24}(?:困难|诉求|难题|问题|意见和?建议)/;
/** 「宣读了《…工作方案》」「宣读了…责任人名单」: a document read out, not a talk. */
const DOCUMENT = /宣读了?[^，。；]{0,30}(?:《[^》]+》|方案|分工|名单|办法|责任书|通知)/;
/**
 * A report of accidents (「通报了近三年全县学生溺水事故情况」), not of a hunt for hazards (「安全事故隐患排查」) nor of a
 * 防溺水 post (「防溺水示范点建设情况」).
 */
const ACCIDENT = /(?:通报|报告)了?[^，。；]{0,40}(?:(?<!防)事故(?!隐患)|(?<!防)溺水(?:事故|死亡|身亡)|溺亡|亡人)/;
/** A practice or an experience introduced (「介绍了…示范点建设情况」「作了经验介绍」「作了交流发言」). */
const PRACTICE = /经验介绍|交流发言|典型发言|介绍了?[^，。；]{0,40}(?:做法|经验|示范)/;
const REPORTED = /通报|汇报|报告/;

export function heardOf(input: SpeechInput): Heard | undefined {
  const items = input.meeting.precedingItems ?? [];
  if (!items.length) return undefined;
  if (items.some((t) => PETITION.test(t))) return 'petition';
  if (items.some((t) => DOCUMENT.test(t))) return 'document';
  if (items.every((t) => PRACTICE.test(t) && !REPORTED.test(t))) return 'practice';
  if (items.some((t) => ACCIDENT.test(t))) return 'accident';
  return undefined;
}

/** Whether a practice or an experience was introduced among the items (beside a commendation read out, say). */
export function practiceHeard(input: SpeechInput): boolean {
  return (input.meeting.precedingItems ?? []).some((t) => PETITION.test(t) === false && PRACTICE.test(t));
}

/** The words before an item's verb: who spoke. */
const SPEAKERS = /^(.*?)(?:分别|先后|逐一|依次)?(?:通报|汇报|宣读|解读|介绍|讲解|讲授|报告|作了|传达|说明)/;

/**
 * Whether one voice was heard: a single item by a single unit or person (「乡林业站通报了…」). 「讲得都很实在」 is then
 * 「讲得很实在」 (s67-11 [6], s70-7 [6], E: 「只有一项议程，都字不通」).
 */
export function oneVoice(input: SpeechInput): boolean {
  const items = input.meeting.precedingItems ?? [];
  if (items.length !== 1) return false;
  const who = SPEAKERS.exec(items[0]!.replace(/^(?:会上|刚才|首先|会议)[，,]?/, ''))?.[1];
  // Two units joined by 和 (「县水利局和县自然资源局」), not the 和 inside one name (「市文化和旅游局」).
  return who !== undefined && !/、|各|等|们|分别|先后|代表|(?:局|办|站|所|中心|公司|镇|乡|村|街道|队|院|校|委|组)[和与及]/.test(who);
}
