// A piece's short main title (「把产业振兴抓在手上」) over its date or speaker line, as a 选编 titles its
// pieces when it leaves out the 「——在…上的讲话」 subtitle (split.ts).
import { DATE_LINE, SALUTATION, SPEAKER_LINE, charLength, headLike, numbered, titleLike } from './marks.ts';

const SPEAKER = /^[\u4e00-\u9fa5]{2,12}(?:书记|县长|区长|市长|镇长|乡长|主任|局长|部长|主席|同志)[\s\u3000]*[\u4e00-\u9fa5]{0,4}$/;
/** A short line that can be a main title: head-like, no number, field, date, speaker or salutation, no comma. */
export function mainTitle(t: string): boolean {
  return charLength(t) <= 30 && headLike(t) && !/[，,、：:]/.test(t) && !numbered(t) && !DATE_LINE.test(t) && !SPEAKER.test(t) && !SPEAKER_LINE.test(t) && !SALUTATION.test(t);
}

/** What a main title may follow: a speech's closing, or under a cover any line but a title (whose speaker it would be). */
export function afterEnd(before: string, first: boolean, closes: (t: string) => boolean): boolean {
  return first ? !titleLike(before) : closes(before);
}

/** A speech's date line or speaker line. */
export function speakerOrDate(t: string | undefined): boolean {
  return t !== undefined && (DATE_LINE.test(t) || SPEAKER.test(t) || SPEAKER_LINE.test(t));
}

/**
 * A title and its subtitle on one line (the reader joins them: join.ts mainTitleAbove): 「强化网格管理
 * 推动…常态长效——城关镇在全县…会议上的交流发言」. After a piece's text it starts the next piece, with
 * no salutation or date under it (a 汇编's 经验交流 goes straight into its text).
 */
const SUBTITLED = /^[^。！？!?；;：:——]{4,40}——[^。！？!?；;—]{2,50}(?:讲话|发言|致辞|汇报|报告)(?:[（(][^（）()]{1,10}[）)])?$/;
export function subtitledTitle(t: string): boolean {
  return SUBTITLED.test(t) && titleLike(t);
}
