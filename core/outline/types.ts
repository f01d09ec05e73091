// The shapes of the 范文库 analysis (re-exported by index.ts). Optional fields are additions to the
// interface agreed with the importer; nothing else depends on them being present.

export const PASSAGE_ROLES = ['开场', '意义', '成绩', '问题', '任务', '保障', '结尾', '其他'] as const;
export type PassageRole = (typeof PASSAGE_ROLES)[number];

/**
 * minutes = 会议纪要 (what was decided, issued); record = 会议记录 (who said what, kept by the clerk);
 * report = 工作报告/政府工作报告; other = contract, complaint, anything else. The user can correct it
 * (library.update), and a re-analysis keeps her choice.
 */
export const DOC_GENRES = ['speech', 'minutes', 'record', 'report', 'other'] as const;
export type DocGenre = (typeof DOC_GENRES)[number];

/** Each genre as the 范文库's 体裁 column says it. */
export const GENRE_NAMES: Readonly<Record<DocGenre, string>> = { speech: '讲话', minutes: '纪要', record: '记录', report: '报告', other: '其他' };

/** A genre from its code or its name as a user types it (「记录」「会议记录」「纪要」「会议纪要」「讲话稿」…); undefined if none. */
export function genreFromName(text: string): DocGenre | undefined {
  const t = text.trim();
  if ((DOC_GENRES as readonly string[]).includes(t)) return t as DocGenre;
  const bare = t.replace(/^会议(?=纪要|记录)/, '').replace(/^(讲话)稿$/, '$1');
  return DOC_GENRES.find((g) => GENRE_NAMES[g] === bare);
}

export interface Passage {
  text: string;
  role: PassageRole;
  /** The numbers of the enclosing headings, e.g. "二/（三）"; '' for the preamble and the closing. */
  path: string;
  /** The heading of the enclosing section (for a run-in paragraph: its own lead). */
  heading?: string;
  /** An oral enumeration opening the paragraph: 「第一」「一要」「一是」「首先」. */
  marker?: string;
  /** The lead phrase after an oral marker, up to its 「。」 (without it). */
  lead?: string;
  /** Text is missing just before this passage: the site that hosted the document cut it. */
  afterGap?: boolean;
  /** 1-based line in the raw text where this passage starts. */
  line?: number;
}

export interface OutlineNode {
  level: 1 | 2 | 3 | 4;
  /** As printed: 「一、」「（三）」「2.」「（1）」; '' for an unnumbered part such as 「结束语」. */
  number: string;
  /** Without its number; for a run-in lead, the lead phrase without its 「。」. */
  heading: string;
  /** The heading is the run-in lead of a paragraph. */
  runIn: boolean;
  role: PassageRole;
  children: OutlineNode[];
  /** Known only from the document's 目录/提纲: its text is not in the file (the site truncated it). */
  fromContents?: boolean;
  /** 1-based line in the raw text (absent for nodes known only from the 目录). */
  line?: number;
}

export interface CleanedDoc {
  title: string;
  genre: DocGenre;
  year?: number;
  salutation?: string;
  outline: OutlineNode[];
  passages: Passage[];
  closing?: string;
  /** The cleaned text: title, head lines, salutation, body paragraphs and closing, one a line. */
  text: string;
  /** 「——在…上的讲话」 under the title. */
  subtitle?: string;
  /** 「（2024年3月5日）」 under the title. */
  dateLine?: string;
  /** 「县委书记（U+3000）王强」 before the salutation. */
  speaker?: string;
  /** 「县人民政府办公室」 over a 纪要's date, under its title. */
  issuer?: string;
  /** Part of the text is missing (a site's truncation note was removed). */
  truncated?: boolean;
  /** 1-based raw line where the document starts (its piece mark's line, if it had one). */
  line?: number;
  /** The document has no title of its own: `title` is read from its opening (「在…上的讲话（据正文）」), not in its text. */
  titleFromText?: boolean;
}

export interface Removal {
  /** 1-based line number in the raw text. */
  line: number;
  /** The removed text (several raw lines joined by '\n' when a joined paragraph was removed). */
  text: string;
  /** In Chinese: 「广告」「网站提示」「截断提示」「格式符号」「链接」「来源」「相关推荐」「版权声明」… */
  reason: string;
}

export interface ImportReport {
  removed: Removal[];
  /** Line breaks removed inside a sentence (page-break debris joined back). */
  joinedLines: number;
  documents: number;
  /** Lines whose indentation (full-width or ASCII spaces) was trimmed; not listed one by one. */
  indentsTrimmed?: number;
  /** Lines whose OCR misreadings were mended (a spaced-out title, a dash read for 一, a letter read for a digit in a date). */
  ocrMended?: number;
  /** Raw line numbers kept at the user's request (analyse's `keep`), ascending. */
  kept?: number[];
  /** Raw lines where the user started a new document (analyse's `cuts`), ascending. */
  cuts?: number[];
  /** First lines of documents the user merged into the one before (analyse's `joins`), ascending. */
  joins?: number[];
  /** The reader's debris lines (analyse's `debris`): given again to every re-analysis. */
  debris?: { line: number; reason: string }[];
  /** What the file's reader could not do well, for the user to check (a PDF page it could not order). */
  notices?: string[];
  /**
   * The file is named or shaped as a collection (「…汇编」, a 目录, several speeches' titles) but gave one
   * document: the notice saying so and where to split it (collection-notice.ts). Set by the import and
   * every re-analysis from the file's name, never given back to analyse (unlike `notices`).
   */
  collection?: string;
  /** The lines the file's formatting made headings (analyse's `headings`): given again to every re-analysis. */
  headings?: { line: number; level: number }[];
  /** The removals the user undid, as they were listed before (the library keeps them, cumulative). */
  restored?: Restored[];
  /**
   * The file's text holds the pages of one article saved as files of their own (「…讲话.html」,
   * 「…讲话_2.html」…), joined in page order: each page's file name, bytes' hash and first raw line. Set
   * by the library's import (main/services/library/pages.ts), kept by every re-analysis.
   */
  pages?: { name: string; hash: string; line: number }[];
}

export interface Restored extends Removal {
  /** When it was undone (ms since the epoch). */
  restoredAt: number;
}

export interface Pattern {
  /** The heading with the subject replaced by 「X」, or the heading as it is. */
  pattern: string;
  /** The heading's level as printed (1–4). */
  level: number;
  /** The title of the document the heading comes from. */
  source: string;
  /** The heading before the slot was made. */
  heading?: string;
  /** The text the slot 「X」 replaced, when there is one. */
  subject?: string;
}
