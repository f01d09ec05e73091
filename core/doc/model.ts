// The DocModel: the canonical document. Editor state, plain text and .docx are views of it.
// Text is kept as runs so that every fact can carry the input field it came from (`src`),
// which lets tests prove that nothing was invented and lets the editor show the source.

/** A piece of text. `src` is the input field path a fact came from, e.g. `campaign.tasks[0].lead`. */
export interface Run {
  text: string;
  src?: string;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

/** The role of a block in the genre's structure; used for length budgets and the 范文库. */
export type Role =
  | 'opening'
  | 'significance'
  | 'achievement'
  | 'problem'
  | 'task'
  | 'guarantee'
  | 'closing'
  | 'header'
  | 'remark'
  | 'decision'
  | 'attendance'
  | 'other';

/** A standalone heading line: 「一、…」 「（一）…」 「1.…」 「（1）…」. The number is derived, never stored. */
export interface HeadingBlock {
  type: 'heading';
  level: HeadingLevel;
  runs: Run[];
  role?: Role;
  /** Index of the top-level part this block belongs to (0-based), for per-part lengths. */
  part?: number;
}

/**
 * A body paragraph. With `lead`, the paragraph opens with a run-in lead phrase that ends in 「。」
 * (「（一）坚持常态化推进。各乡镇要…」); a lead with a `level` is numbered like a heading of that level.
 * With `seq`, the paragraph is an item of a numbered list in body type (「一、成立…」 in 会议议定).
 */
export interface ParagraphBlock {
  type: 'paragraph';
  runs: Run[];
  lead?: { runs: Run[]; level?: HeadingLevel };
  seq?: 'cn';
  /** Not indented (「同志们：」, 「会议议定：」 stay flush left when `indent` is false). */
  indent?: boolean;
  role?: Role;
  part?: number;
}

/** A labelled line: 出席/请假/列席 in minutes (黑体 label, hanging indent), or a 会议记录 header field. */
export interface LabelledBlock {
  type: 'labelled';
  style: 'attendance' | 'field' | 'signature';
  label: string;
  runs: Run[];
  role?: Role;
}

export interface TableBlock {
  type: 'table';
  header: string[];
  rows: Run[][][];
  /** Relative column widths; defaults to equal. */
  widths?: number[];
  role?: Role;
}

export type Block = HeadingBlock | ParagraphBlock | LabelledBlock | TableBlock;

/** How long a draft reads: per part and in all, at a reading rate in characters a minute. */
export interface LengthInfo {
  rate: number;
  /** The target in characters, when the draft was steered to a duration. */
  target?: number;
  total: number;
  minutes: number;
  parts: { name: string; chars: number; minutes: number }[];
}

/** 版记: 「分送：…。」「抄送：…。」, then the issuing office (left) and 「…印发」 (right) on one line. */
export interface Colophon {
  lines: { label: string; runs: Run[] }[];
  printedBy: Run[];
  /** 「2026年3月14日印发」, 印发 included. */
  printed: Run[];
}

export type DocKind = 'speech' | 'minutes' | 'record' | 'ledger';

export interface DocModel {
  kind: DocKind;
  /** Template id this draft was made from, e.g. `speech-deploy`. */
  template: string;
  seed: number;
  title: Run[];
  /** 「——在…上的讲话」 */
  subtitle?: Run[];
  /** 「（2026年11月20日）」, parentheses included. */
  dateLine?: Run[];
  /** 「县委书记 王强」, with an ideographic space (U+3000) between title and name. */
  speakerLine?: Run[];
  /** 会议纪要 head: 期号, issuing unit and date, printed under the red 纪要 mark. */
  minutesHead?: { issue?: Run[]; organizer?: Run[]; date?: Run[] };
  /** 版记 at the foot of the last page (GB/T 9704 §7.4), between rules: 分送/抄送 lines, then the 印发 line. */
  colophon?: Colophon;
  /** 「同志们：」 */
  salutation?: Run[];
  blocks: Block[];
  /** The closing paragraph of a speech (「同志们，…」). */
  closing?: Run[];
  /** Names of the top-level parts in order (e.g. 开场, 一, 二, 三, 结尾), for per-part lengths. */
  parts?: string[];
  /** The seed of each part; changing one regenerates that part's wording alone. */
  partSeeds?: number[];
  /** Part headings the user chose from the 范文库 (1–3 → pattern with 「X」), kept for a redraft. */
  headings?: Partial<Record<number, string>>;
  length?: LengthInfo;
}
