// Pieces a collection sets apart only by a line drawn across (「＊＊＊」「——————」), with no title of
// their own (split.ts): right under the line, a salutation of any kind (「各位领导、同志们：」「尊敬的各位
// 来宾，女士们、先生们：」) opens a new document; after a closing, so does the meeting named in the first
// sentence (「今天，我们在这里召开…」). A line drawn inside one speech is followed by neither.
import { SALUTATION, SALUTATION_RUN_ON } from './marks.ts';

/** A speech's first sentence naming the meeting it is given at: 「今天，我们在这里召开…」「这次会议的主要任务是…」. */
const CONVENING = /^(?:今天|今日|今天上午|今天下午|今晚|这次|此次|本次)[^。！？!?]{0,40}?(?:召开|举行|举办|召集|开幕|相聚|欢聚|会议)/;

/** A salutation on its line, or run on into the first sentence. */
export const salutes = (t: string): boolean => SALUTATION.test(t) || SALUTATION_RUN_ON.test(t);

/** A first sentence naming the meeting. */
export const convenes = (t: string): boolean => CONVENING.test(t);
