// Line shapes shared by cleaning, splitting and the outline: heading numbers, salutations, titles.
// Every pattern is anchored and free of nested quantifiers, so each test is linear in the line.
import { mayStartMark, readMark, type MarkLevel } from '../doc/grammar.ts';

export type Level = MarkLevel;

export interface Numbered {
  level: Level;
  /** The number as printed, e.g. 「一、」「（三）」「(三)」「2.」「（1）」. */
  number: string;
  /** The text after the number. */
  rest: string;
}

/**
 * A heading number at the start of a line (core/doc/grammar.ts), in the variants real texts use —
 * except a level-1 numeral followed by a comma, which opens a sentence here (「一，…」 is rare as a
 * heading and common as 「一，二，三」 counting).
 */
export function numbered(line: string): Numbered | undefined {
  if (!mayStartMark(line)) return undefined;
  if (!memo) return readNumbered(line);
  // Read once per line of an analysis: cleaning, joining, splitting and the outline ask about the same lines.
  let n = memo.numbered.get(line);
  if (n === undefined) memo.numbered.set(line, (n = frozen(readNumbered(line))));
  return n ?? undefined;
}

function readNumbered(line: string): Numbered | undefined {
  const mark = readMark(line);
  if (!mark || (mark.level === 1 && (mark.sep === '，' || mark.sep === ','))) return undefined;
  return { level: mark.level, number: mark.text, rest: mark.rest };
}

/** What numbered() and pieceMark() (pieces.ts) found for each line, during one analysis (withLineMemo). */
export interface LineMemo {
  numbered: Map<string, Numbered | null>;
  piece: Map<string, unknown>;
  /** titleLike()'s answers. */
  title: Map<string, boolean>;
  /**
   * The analysed text holds no surrogate (no character beyond the BMP, as most Chinese text): nor
   * does any line, paragraph or piece of it, so charLength() is each one's length, not scanned.
   */
  bmp: boolean;
}
let memo: LineMemo | undefined;

/**
 * Runs `fn` (one analysis) with numbered() and pieceMark() remembered per line: five stages or more
 * ask both about the same lines (about five times each on a collection). The memo ends with `fn`,
 * so its size is one file's lines. Their answers are read, never changed, by their callers. Given
 * the analysed `text`, it also knows once for all whether any of it is beyond the BMP (charLength).
 */
export function withLineMemo<T>(fn: () => T, text?: string): T {
  if (memo) return fn();
  // (A string made of this text's pieces and the analysis' own BMP marks holds a surrogate only if the text does.)
  memo = { numbered: new Map(), piece: new Map(), title: new Map(), bmp: text !== undefined && !SURROGATE.test(text) };
  try {
    return fn();
  } finally {
    memo = undefined;
  }
}

/** An answer to remember: frozen, so that a caller that changed it would fail at once instead of changing what the next caller reads. */
export function frozen<T extends object>(answer: T | undefined): T | null {
  return answer ? Object.freeze(answer) : null;
}

/** The memo of the analysis in progress, if any (pieces.ts keeps its marks there). */
export function lineMemo(): LineMemo | undefined {
  return memo;
}

// One term of address; a salutation is one to five of them: 「各位领导、同志们：」「老师们、同志们：」
// 「女士们、先生们：」「各位村（社区）党组织书记：」.
const ADDRESS =
  '(?:(?:同志|同事|朋友|老师|同学|女士|先生|家长|战友|乡亲|父老乡亲|青年朋友|小朋友)们|各位[^，、,：:！!。\\s]{0,10}?(?:代表|委员|领导|来宾|嘉宾|同志|同事|老师|朋友|家长|同学|专家|企业家|党员|书记|主任|干部|校长|村民|乡亲|同仁|负责人)们?|尊敬的[^，、。：:！!]{1,30})';
/** 「同志们：」「各位代表：」「各位领导，同志们：」「尊敬的…领导：」 — the whole line. */
export const SALUTATION = new RegExp(`^${ADDRESS}(?:[、，,\\s]{0,3}${ADDRESS}){0,4}[：:]$`);
/** A salutation with the first paragraph run on after it: 「同志们：这次会议…」. */
export const SALUTATION_RUN_ON = new RegExp(`^${ADDRESS}(?:[、，,\\s]{0,3}${ADDRESS}){0,4}[：:](?=.)`);
/** 「同志们，…」「各位代表！」 opening a closing paragraph. */
export const CLOSING_START = /^(?:同志们|各位代表|各位委员|同事们|朋友们|各位[^，,！!。：:]{0,6}(?:朋友|同仁|企业家)们?)[，,！!]/;
/** A speech's last words, a line or a sentence of their own: its thanks 「谢谢大家。」「谢谢！」「感谢各位！」, or 「散会。」. */
export const THANKS = /(?:^|[。！？!?])(?:(?:谢谢|感谢)(?:大家|各位|同志们|您们)?|(?:现在)?散会)[！!。.]?$/;
/** Contract and regulation articles 「第一条」「第三章」 start a block of their own. */
export const ARTICLE = /^第[一二三四五六七八九十百零〇0-9]{1,4}[条章节款]/;
/** A collection mark at the end of a title: 「（两篇）」「(3篇)」「（通用5篇）」「（合集）」. */
export const COLLECTION_MARK = /[（(【][^（）()【】]{0,4}(?:[两二三四五六七八九十0-9]{1,2}篇|合集|汇编|精选)[)）】]$/;
/** 「（2024年3月5日）」「（二〇二四年三月五日）」 under a title. */
import { DATE_LINE } from '../doc/grammar.ts';
export { DATE_LINE };
/** A minutes' first sentence, dated: 「2023年8月9日下午，副县长…主持召开…」. */
export const DATED_OPENING = /^(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[上下]?午?[，,]/;
/** A 公文's 发文字号 under its title: 「〔2022〕12号」「县政办〔2023〕5号」. */
export const DOC_NUMBER = /^[\u4e00-\u9fa5]{0,10}[〔［[【（(][12][0-9]{3}[〕］\]】）)]第?[0-9]{1,4}号$/;
/** An issuer and a date, or a date alone, on a line of a 公文's head or signature: 「县人民政府办公室（spaces）2022年6月8日」「2024年2月23日」. */
export const ISSUER_DATE = /^(?:[\u4e00-\u9fa5（）()]{2,30}[\s\u3000]+)?(?:(?:19|20)[0-9]{2}|[〇○零一二]{1}[〇○零一二三四五六七八九]{3})年[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}日$/;
/** The title of a 公文 by its form: 「关于召开…会议的通知」「关于…名单的公示」. */
export const GONGWEN_TITLE = /^关于[^。！？!?；;：:]{2,70}的(?:通知|公示|公告|通告|通报|决定|意见|报告|请示|批复|函|纪要|方案|办法|规定|决议)$/;
/** A 公文's 主送 line: the units addressed, 「各乡镇人民政府，县直有关单位：」. */
export const ADDRESSEES = /^各[^。！？!?；;：:]{1,60}(?:单位|部门|政府|委员会|局|办|委|室|处|科|站|所|中心|学校|企业|村|社区|公司|机关)[：:]$/;
/** A table's row as the readers write it: cells joined by 「 | 」. Never a title, heading or page number. */
export const CELL_SEPARATOR = ' | ';
export function tableRow(line: string): boolean {
  return line.includes(CELL_SEPARATOR);
}
/**
 * A table's row in either form: 「 | 」 cells, or three cells or more joined by tabs (a table pasted
 * into a .txt). Never a heading. Only the heading check asks this: a tab in a title-like line or a
 * minutes' ledger line is no table.
 */
export function cellsRow(line: string): boolean {
  if (tableRow(line)) return true;
  const first = line.indexOf('\t');
  return first > 0 && line.indexOf('\t', first + 1) > first + 1;
}
/** 「附件」「附件2：」 on its own line, above an annex's title. */
export const ANNEX = /^附\s*件\s*[0-9０-９一二三四五六七八九十]{0,2}\s*[：:]?$/;
/** A 汇编's front matter under its own heading, before the first piece: 「前言」「序言」「编者按」「编辑说明」. */
export const FRONT_MATTER = /^(?:前言|序言|[序敘叙]|[编編]者按|[编編][辑輯][说說]明|出版[说說]明|[编編]写[说說]明|[编編]寫[說]明|[导導]言)$/;
/** The editors' note run on after its label, as a 公众号 or a news page prints it over the pieces: 「编者按：近期，…」「【编者按】…」. */
export const FRONT_RUN_ON = /^[【[〔]?(?:[编編]者按|[编編]者的[话話]|[编編][辑輯][说說]明)[】\]〕]?[：:]?(?=[^：:】\]〕\s])/;
/** Its back matter under its own heading, after the last piece: 「后记」「编后记」「编后语」「跋」. */
export const BACK_MATTER = /^(?:[后後]记|[后後]記|[编編][后後]记|[编編][后後]記|[编編][后後]语|[编編][后後]語|跋)$/;
/** A 汇编's front or back matter heading, or its editors' signature under it, its characters spaced out or not. */
export function matterLine(text: string): boolean {
  if (text.length > 12) return false;
  const bare = text.replace(/[\s\u3000]+/g, '');
  return FRONT_MATTER.test(bare) || BACK_MATTER.test(bare) || /^[编編]者$/.test(bare);
}
/** Unnumbered part headings. */
export const PART_WORD = /^(?:结束语|结语|前言|引言)$/;
/** A 「标签：值」 field line: 时间：…  甲方（采购人）：…  联系电话：… */
export const FIELD = /^[\u4e00-\u9fa5（）()]{1,12}[：:]/;

/** An editor's note on how the text was made, as a line of its own (「（根据录音整理，未经本人审阅）」 under the speaker). */
export const EDITING_LINE = /^[（(][^（）()]{0,4}(?:录音整理|记录整理|未经本人审阅)[^（）()]{0,10}[）)]$/;

/** The word a title of a known kind of document ends with. */
const DOC_WORD =
  /(?:讲话|发言|致辞|讲稿|讲话稿|演讲稿|报告|汇报|纪要|记录|总结|方案|意见|通知|决定|公示|公告|通告|通报|请示|批复|合同|协议|协议书|投诉信|举报信|来信|申请书|倡议书|起诉状|答辩状|提纲|讲话要点|发言要点|发言稿|发言材料|汇报材料|主持词|心得体会)$/;

export function charLength(s: string): number {
  // Inside an analysis of a text without a surrogate, every string it asks about is of that text:
  // no scan (asked of the same lines by every stage, the scan below was ~3 % of the analysis).
  if (memo?.bmp) return s.length;
  // Most text has no character beyond the BMP: one native scan finds no low surrogate, and the
  // length is the count (the loop below, a character at a time, was ~2 % of an import's analysis).
  if (!LOW_SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

const LOW_SURROGATE = /[\uDC00-\uDFFF]/;
const SURROGATE = /[\uD800-\uDFFF]/;

/** Whether `s` holds `n` characters or fewer: counted only when its length (one or two units a character) does not tell. */
export function charsAtMost(s: string, n: number): boolean {
  return s.length <= n || (s.length <= 2 * n && charLength(s) <= n);
}

/** A title: short, no sentence punctuation, ending with the name of a kind of document. */
// The patterns of functions called on every line are made once here: a literal inside a function
// is a new RegExp object at every call.
const TITLE_NOTE = /[（(][^（）()]{1,10}[）)]$/;
const SENTENCE_MARK = /[。！？!?；;]/;
const HEAD_STOP = /[。！？!?；;：:]/;

export function titleLike(line: string): boolean {
  // Longer than any title even with a mark after it: not scanned (paragraphs run to thousands of characters).
  if (line.length > 200) return false;
  const titles = memo?.title;
  if (!titles) return readTitleLike(line);
  let answer = titles.get(line);
  if (answer === undefined) titles.set(line, (answer = readTitleLike(line)));
  return answer;
}

function readTitleLike(line: string): boolean {
  // 「…的讲话（两篇）」「…的讲话（摘要）」: the kind of document comes before the bracket.
  const t = withoutNote(line);
  return charsAtMost(t, 80) && !SENTENCE_MARK.test(t) && DOC_WORD.test(t) && !numbered(t) && !tableRow(t);
}

/** The kind of document a title names (「讲话」「发言」「纪要」…), if it is a title. */
export function titleKind(line: string): string | undefined {
  if (!titleLike(line)) return undefined;
  return DOC_WORD.exec(withoutNote(line))?.[0];
}

/** A title without its collection mark and bracketed note. Both end the line with a closing
 *  bracket, so a line that ends otherwise (most) is returned without running either pattern. */
function withoutNote(line: string): string {
  const last = line[line.length - 1];
  if (last !== ')' && last !== '）' && last !== '】') return line;
  return line.replace(COLLECTION_MARK, '').replace(TITLE_NOTE, '');
}

/** A line that could be a title although it does not name its kind: short, no sentence punctuation. */
export function headLike(line: string): boolean {
  if (line.length > 120) return false;
  return charsAtMost(line, 60) && !HEAD_STOP.test(line) && !numbered(line) && !tableRow(line);
}

/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
export function endsSentence(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && '”’」』）)》】"\''.includes(line[i]!)) i--;
  if (i < 0) return false;
  const c = line[i]!;
  if ('。！？!?：:…'.includes(c)) return true;
  // A closing bracket right after a terminal mark, or after a 「（牵头单位：…）」 note, ends too.
  return false;
}

/** Strip the separator from a printed number for a path segment: 「二、」→「二」, 「2.」→「2」. */
export function pathSegment(number: string, heading: string): string {
  if (!number) return heading;
  return number.replace(/[、.．]$/, '');
}

/** The head of a 目录/提纲 block: 「目录」「内容提纲：」「本文提纲……」, a speech's points over it (「要点：」「讲话提纲」). */
export const CONTENTS_HEAD = /^(?:目[\s\u3000]{0,4}录|提[\s\u3000]{0,4}纲|目录\/提纲|文章目录|内容提纲|本文提纲|内容提要|(?:讲话|发言)?要[\s\u3000]{0,4}点|(?:讲话|发言)提纲)\s*[：:]?\s*[…．.。]*$/;
/**
 * A 目录 entry with its dot leader and page number: 「在全县…的讲话……………………2」 (one or several on a
 * line); a 汇编's gives who spoke between the leader and the page, the page in brackets or not
 * (「在全县…的讲话……县委书记 孙某某（3）」).
 */
export function leaderEntry(line: string): boolean {
  // Read from the end, once: a page number (in brackets or not), spaces, who spoke, then a run of leader characters.
  let i = line.length - 1;
  const bracket = line[i] === '）' || line[i] === ')';
  if (bracket) i--;
  const digitsEnd = i;
  while (i >= 0 && line.charCodeAt(i) >= 0x30 && line.charCodeAt(i) <= 0x39) i--;
  if (i === digitsEnd || digitsEnd - i > 3) return false;
  if (bracket && line[i--] !== (line.at(-1) === '）' ? '（' : '(')) return false;
  while (i >= 0 && (line[i] === ' ' || line[i] === '\u3000')) i--;
  let who = 0;
  while (i >= 0 && !LEADERS.includes(line[i]!)) {
    if (++who > LEADER_WHO || LEADER_STOP.includes(line[i]!)) return false;
    i--;
  }
  const leader = line[i];
  if (leader === undefined) return false;
  let run = 0;
  while (i >= 0 && line[i] === leader) {
    i--;
    run++;
  }
  return run >= (leader === '…' ? 2 : 4) && i >= 0 && (who === 0 || titleLike(line.slice(0, i + 1)));
}
const LEADERS = '….．·・-—';
/** Who spoke, between a 目录 entry's leader and its page: a post and a name. */
const LEADER_WHO = 24;
const LEADER_STOP = '。！？；，,;!?：:';

/** The posts a speaker's line names (「副市长」「县委常委、副县长」 end so). */
export const POST = '(?:书记|副书记|县长|区长|市长|州长|省长|镇长|乡长|主任|局长|部长|主席|秘书长|处长|科长|校长|院长|经理|董事长|组长|队长|所长|站长)';

/**
 * A speaker's line on its own: a post, a space, a name (「区委副书记 张䶮」「县委常委、宣传部长 邝文澜」).
 * The space sets it apart from a sentence that names a post; a name may hold a rare character (䶮, 𬀩).
 */
export const SPEAKER_LINE = new RegExp(`^[\\p{Script=Han}、]{0,20}${POST}[\\s\\u3000]+\\p{Script=Han}{2,4}$`, 'u');

/** The office that issues a 纪要 or a 公文, alone on its line: 「渑川县人民政府办公室」「中共岚峰镇委员会」. */
export const ISSUER_LINE = /^[\u4e00-\u9fa5]{2,26}(?:办公室|办公厅|人民政府|委员会|常委会|党委|党组|党工委|管委会|指挥部|领导小组|办事处)$/;

/** A date under a title, in brackets or bare, alone or after its issuer (「（2026年3月5日）」「2026年3月5日」). */
export const isDateLine = (t: string) => DATE_LINE.test(t) || ISSUER_DATE.test(t);

/** A 纪要's roll and issue lines (出席、列席、请假, 「…办公室 2026年9月8日印发」): no part's work. */
export const ROLL = /^(?:(?:出席|列席|请假|缺席|记录|主持|参加|参会)(?:人员|人)?[：:]|抄送[：:])|印发$/;
