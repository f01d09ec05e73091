// A news report of a meeting as a 融媒体 site or a 公众号 prints it before (or after) the speech given
// there: its title says that a meeting was held (「我县召开…推进会议」「全县…推进会议召开」), its first
// sentence when (「8月9日，全县…会议召开。」). It is a document of its own (genre 'other': not a speech
// to draft from, nor a 纪要, though it says 「会议强调」), and it starts one after a speech's text.
import { charLength, headLike } from './marks.ts';

const MEETING = '(?:会议|大会|会|座谈会|推进会|动员会|调度会|现场会|培训班|论坛|仪式)';
/** 「我县召开2024年…推进会议」「县委常委会召开…」「…工作推进会议召开」「…座谈会在…举行」. */
const NEWS_TITLE = new RegExp(`^[^。！？!?，,：:]{0,16}(?:召开|举行|举办)[^。！？!?，,：:]{0,40}${MEETING}$|${MEETING}(?:在[^。！？!?，,：:]{2,12})?(?:召开|举行|举办|开幕|闭幕)$`);
/** The report's first sentence: the day, and the meeting held (「5月16日，我县召开…」「2024年8月9日上午，…会议在…举行」). */
const NEWS_LEAD = /^(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日[上下]?午?[，,][^。！？!?]{0,60}(?:召开|举行|举办)/;

/** A news report's title: a meeting held. */
export function newsTitle(t: string): boolean {
  return charLength(t) >= 8 && headLike(t) && NEWS_TITLE.test(t);
}

/** A news report's title over its dated first sentence. */
export function newsHead(title: string, next: string | undefined): boolean {
  return next !== undefined && newsTitle(title) && NEWS_LEAD.test(next);
}
