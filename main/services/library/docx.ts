// A .docx → its paragraphs' text, one paragraph a line, with the numbers Word's automatic lists
// draw (一、 （一） 1. …) written back in front of the paragraphs they belong to: they live in
// word/numbering.xml, not in the text, and without them a speech loses its outline.
//
// Opening the zip under the zip-bomb limits is docx-zip.ts; the list counters are docx-numbering.ts.
import { int, type Numberer } from './docx-numbering.ts';
import { titlesFromHeaders, type Section } from './docx-headers.ts';
import { countRevisions, revisionNotice } from './docx-revisions.ts';
import { NOT_DOCX, openDocx } from './docx-zip.ts';
import { LibraryError } from './errors.ts';
import { FOOTNOTE, type Debris, type ReadText } from './read-text.ts';
import { scanXml } from './xml.ts';
import { REASON } from '../../../core/outline/lines.ts';
import { issueNumber } from '../../../core/outline/issue-marks.ts';
import { CELL_SEPARATOR, POST, titleLike } from '../../../core/outline/marks.ts';
import { recordFormLines } from './docx-record.ts';
import { PASTED_PAGE_BREAKS, breaksInParagraphs, runsOnAtBreak } from './docx-breaks.ts';

export { formatNumber, chineseNumber, MAX_LABEL, MAX_START, MAX_STYLE_DEPTH, Numberer } from './docx-numbering.ts';
export { MAX_INFLATED_BYTES, MAX_RATIO, NOT_DOCX, openDocx, PartReader, ZIP_BOMB, type OpenedDocx } from './docx-zip.ts';
export { RENAMED_HTML, RENAMED_TEXT } from './renamed.ts';

export async function docxToText(bytes: Uint8Array): Promise<string> {
  return (await readDocx(bytes)).text;
}

/**
 * A .docx's text, one paragraph (or table row) a line, and the lines in a heading style (标题 1,
 * Heading 2, a paragraph with an outline level): the style is what makes them headings when the text
 * carries no number (「正视问题，增强…紧迫感」), and the analysis is told so.
 */
export async function readDocx(bytes: Uint8Array, encoding = 'docx'): Promise<ReadText> {
  const docx = await openDocx(bytes);
  const documentXml = await docx.parts.text(docx.documentPath);
  if (documentXml === undefined) throw new LibraryError(`${NOT_DOCX}（缺少正文 ${docx.documentPath}）`);
  const numberer = await docx.numberer();
  const sections: Section[] = [];
  const lines = paragraphs(documentXml, numberer, sections);
  const fromHeaders = await titlesFromHeaders(docx, sections, lines, (xml) => paragraphs(xml, numberer).map((l) => l.text));
  for (const k of flatMarks(lines)) lines[k]!.debris ??= REASON.watermark;
  const headings: { line: number; level: number }[] = [];
  let no = 1;
  const debris: Debris[] = [];
  for (const l of lines) {
    if (l.outline !== undefined) headings.push({ line: no, level: l.outline + 1 });
    const end = no + l.text.split('\n').length;
    for (; no < end; no++) if (l.debris) debris.push({ line: no, reason: l.debris });
  }
  // Footnotes and endnotes after the text, as debris: the report lists them and the user may keep
  // them; in the text they would interrupt the paragraphs they annotate. (Their separators are
  // paragraphs without text, which paragraphs() leaves out.)
  for (const part of ['footnotes', 'endnotes']) {
    const xml = await docx.parts.text(docx.target(part, `word/${part}.xml`));
    for (const note of xml === undefined ? [] : paragraphs(xml, numberer)) {
      lines.push(note);
      const end = no + note.text.split('\n').length;
      for (; no < end; no++) debris.push({ line: no, reason: FOOTNOTE });
    }
  }
  const text = lines.map((l) => l.text).join('\n');
  const notices = [fromHeaders, revisionNotice(countRevisions(documentXml))].filter((n) => n !== undefined);
  return { text, encoding, ...(headings.length ? { headings } : {}), ...(debris.length ? { debris } : {}), ...(notices.length ? { notices } : {}) };
}

// ── document.xml ───────────────────────────────────────────────────────────────────────────────

/** Elements whose content is not the document's visible text: tracked deletions, old properties, fallbacks. */
const SKIP = new Set(['w:del', 'w:moveFrom', 'w:pPrChange', 'w:rPrChange', 'w:sectPrChange', 'w:tblPrChange', 'w:trPrChange', 'w:tcPrChange', 'mc:Fallback', 'w:instrText', 'w:delText']);

/** A w:br or w:cr inside a paragraph, until the paragraph's alignment is known. */
const SOFT_BREAK = '\u2028';

interface Para {
  text: string;
  numId?: string;
  ilvl?: number;
  style?: string;
  jc?: string;
  /** A direct w:outlineLvl. */
  outline?: number;
  /** Depth of w:pPr open inside this paragraph (its own properties, not a nested paragraph's). */
  inPPr: number;
  inNumPr: boolean;
  /** The smallest type size (half-points) set directly on a run of its text; whether some run of its text has none (the style's). */
  sz?: number;
  styleSized?: boolean;
  /** The section this paragraph ends (its w:pPr holds a w:sectPr). */
  section?: Section;
}

/** A table open in the scan: its rows so far, the cells of its current row, each a list of paragraphs. */
interface Table {
  rows: string[][][];
  cells: string[][];
  cell: string[];
}

/** Where the scan is: the paragraphs open (a table cell's inside a paragraph's), the tables open, and the runs and texts open. */
interface Scan {
  stack: Para[];
  tables: Table[];
  skip: number;
  inText: number;
  inRun: number;
  /** The run being read is hidden text (w:vanish): the drafter's notes, not the document's text. */
  hidden: boolean;
  /** The type size (w:sz, half-points) set directly on the run being read. */
  runSize?: number;
  /** A table of pieces (a 登记表) has just ended: its sign-off lines may follow. */
  afterPieces?: boolean;
  /** The w:sectPr being read, and the sections ended so far (docx-headers.ts). */
  sect?: Section & { inParagraph: boolean };
  sections?: Section[];
}

/** A line of the text: a paragraph, or a table's row; `outline`, its heading style's outline level;
 *  `debris`, why it is not the document's text (the reason the removal report gives). */
interface TextLine {
  text: string;
  outline?: number;
  debris?: string;
  /** The paragraph's type size in half-points (its smallest run's). */
  size?: number;
}

/**
 * The non-empty paragraphs of document.xml, in order, each with its list label in front. A table's
 * row is one line, its cells joined by 「 | 」 (a 任务分工表's row stays readable and a 序号 cell is
 * not a page number); a row of one cell (a layout frame) gives its paragraphs as lines.
 */
function paragraphs(xml: string, numberer: Numberer, sections?: Section[]): TextLine[] {
  const out: TextLine[] = [];
  const s: Scan = { stack: [], tables: [], skip: 0, inText: 0, inRun: 0, hidden: false, sections };
  const inParagraphs = breaksInParagraphs(xml);
  scanXml(xml, {
    // scanXml reports a self-closing element as an open followed by a close: counts stay balanced.
    open(name, attrs) {
      if (s.skip > 0 || SKIP.has(name)) {
        if (SKIP.has(name)) s.skip++;
        return;
      }
      if (name === 'w:p') s.stack.push({ text: '', inPPr: 0, inNumPr: false });
      else if (s.sections && (name === 'w:sectPr' || s.sect)) openInSection(s, name, attrs);
      else if (name === 'w:tbl') s.tables.push({ rows: [], cells: [], cell: [] });
      else openInParagraph(s, name, attrs);
    },
    close(name) {
      if (s.skip > 0) {
        if (SKIP.has(name)) s.skip--;
        return;
      }
      const table = s.tables[s.tables.length - 1];
      if (table && (name === 'w:tc' || name === 'w:tr' || name === 'w:tbl')) return closeInTable(s, table, name, out);
      if (name === 'w:sectPr' && s.sect) return closeSection(s, out.length);
      if (name !== 'w:p') return closeInParagraph(s, name);
      const para = s.stack.pop();
      const text = para && paragraphLine(para, numberer, inParagraphs);
      // (A paragraph's w:sectPr ends its section after it, the paragraph's own line included.)
      if (para?.section) s.sections!.push({ ...para.section, end: out.length + (text && !table ? 1 : 0) });
      if (!text) return;
      if (table) table.cell.push(text);
      else if (s.afterPieces && SIGN_OFF.test(text)) out.push({ text, debris: REASON.tableLabels });
      else {
        s.afterPieces = false;
        const outline = para.outline ?? numberer.styleOutline(para.style);
        const size = Math.min(para.sz ?? Infinity, para.styleSized || para.sz === undefined ? numberer.styleSize(para.style) : Infinity);
        out.push(outline === undefined ? { text, size } : { text, outline, size });
      }
    },
    text(text) {
      if (s.skip === 0 && s.inText > 0 && !s.hidden) {
        const p = s.stack[s.stack.length - 1];
        if (!p) return;
        p.text += text;
        if (text.trim() === '') return;
        if (s.runSize === undefined) p.styleSized = true;
        else p.sz = Math.min(p.sz ?? Infinity, s.runSize);
      }
    },
  });
  return out;
}

/** A w:sectPr and what it holds: the headers it names, whether its first page has its own. */
function openInSection(s: Scan, name: string, attrs: Record<string, string>): void {
  if (name === 'w:sectPr') s.sect = { end: 0, headers: new Map(), titlePg: false, inParagraph: s.stack.length > 0 };
  else if (name === 'w:headerReference' && attrs['r:id']) s.sect!.headers.set(attrs['w:type'] ?? 'default', attrs['r:id']);
  else if (name === 'w:titlePg') s.sect!.titlePg = attrs['w:val'] !== '0' && attrs['w:val'] !== 'false';
}

/** A w:sectPr ends: the body's last ends the text; a paragraph's, after that paragraph. */
function closeSection(s: Scan, lines: number): void {
  const { inParagraph, ...section } = s.sect!;
  s.sect = undefined;
  const p = s.stack[s.stack.length - 1];
  if (inParagraph && p) p.section = section;
  else s.sections!.push({ ...section, end: lines });
}

/** An element opened inside a paragraph: its properties (list, style, alignment), runs and breaks. */
function openInParagraph(s: Scan, name: string, attrs: Record<string, string>): void {
  const p = s.stack[s.stack.length - 1];
  switch (name) {
    case 'w:pPr':
      if (p) p.inPPr++;
      return;
    case 'w:numPr':
      if (p && p.inPPr > 0) p.inNumPr = true;
      return;
    case 'w:numId':
      if (p?.inNumPr) p.numId = attrs['w:val'];
      return;
    case 'w:ilvl':
      if (p?.inNumPr) p.ilvl = int(attrs['w:val']);
      return;
    case 'w:pStyle':
      if (p && p.inPPr > 0) p.style = attrs['w:val'];
      return;
    case 'w:jc':
      if (p && p.inPPr > 0) p.jc = attrs['w:val'];
      return;
    case 'w:outlineLvl': {
      const level = int(attrs['w:val']);
      if (p && p.inPPr > 0 && level !== undefined) p.outline = level <= 8 ? level : undefined;
      return;
    }
    case 'w:r':
      s.inRun++;
      s.hidden = false;
      s.runSize = undefined;
      return;
    case 'w:sz':
      // In a run's properties (a paragraph mark's own sizes no text).
      if (s.inRun > 0 && (!p || p.inPPr === 0)) s.runSize = int(attrs['w:val']);
      return;
    case 'w:t':
      s.inText++;
      return;
    case 'w:vanish':
      // In a run's properties (a paragraph mark's own hides no text).
      if (s.inRun > 0 && (!p || p.inPPr === 0)) s.hidden = attrs['w:val'] !== '0' && attrs['w:val'] !== 'false';
      return;
  }
  if (!p || s.inRun === 0 || s.hidden) return;
  if (name === 'w:tab' && p.inPPr === 0) p.text += '\t';
  // A page or column break ends a line; a line break is marked and decided at the paragraph's end.
  else if (name === 'w:br') p.text += attrs['w:type'] === 'page' || attrs['w:type'] === 'column' ? '\n' : SOFT_BREAK;
  else if (name === 'w:cr') p.text += SOFT_BREAK;
  else if (name === 'w:noBreakHyphen') p.text += '-';
}

/** A cell, a row or a table ends: a nested table's rows go into the enclosing cell as they end; a
 *  table's own, into the text when it ends (tableLines). */
function closeInTable(s: Scan, table: Table, name: string, out: TextLine[]): void {
  if (name === 'w:tc') {
    table.cells.push(table.cell);
    table.cell = [];
    return;
  }
  if (name === 'w:tbl') {
    s.tables.pop();
    if (s.tables.length === 0) {
      const lines = tableLines(table.rows);
      out.push(...lines);
      s.afterPieces = lines.some((l) => l.debris === REASON.tableLabels);
    }
    return;
  }
  const outer = s.tables[s.tables.length - 2];
  if (outer) outer.cell.push(...rowLines(table.cells));
  else table.rows.push(table.cells);
  table.cells = [];
}

/** A row as lines: its cells joined by 「 | 」 on one line; a row of one cell (a layout frame), that cell's paragraphs. */
function rowLines(cells: string[][]): string[] {
  const filled = cells.filter((c) => c.length > 0);
  return filled.length > 1 ? [cells.map((c) => c.join(' ')).join(CELL_SEPARATOR)] : (filled[0] ?? []);
}

/** A cell that holds a piece of its own (a speech, a 纪要): several paragraphs, the first its title. */
const PIECE_PARAGRAPHS = 4;
const pieceCell = (cell: string[]) => cell.length >= PIECE_PARAGRAPHS && titleLike(cell[0]!);
/** A cell that only labels a row (「1」「领导讲话」) or heads a column (「序号」「材料内容」). */
const LABEL_CHARS = 12;
const labelCell = (cell: string[]) => cell.length <= 1 && (cell[0] ?? '').length <= LABEL_CHARS;

/** A cell that holds a piece's text without its title (a 登记表's 正文 column): several paragraphs, the first no title. */
const bodyCell = (cell: string[]) => cell.length >= PIECE_PARAGRAPHS && !titleLike(cell[0]!);
/** A date on its own (「2026年1月11日」「（2026年1月11日）」): a 登记表's 日期 column. */
const DATE_CELL = /^[（(]?(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日[）)]?$/;
/** A speaker in a cell: a post and a name, 「县长孙立平」「县委副书记\u3000钱海燕」. */
const SPEAKER_CELL = new RegExp(`^[\\u4e00-\\u9fa5、]{0,16}${POST}[\\s\\u3000]*[\\u4e00-\\u9fa5]{2,4}$`);
/** A cell's lines: its paragraphs, and the lines a line break (Shift+Enter) makes inside one. */
const cellLines = (cell: string[]) => cell.flatMap((p) => p.split('\n')).map((l) => l.trim()).filter((l) => l !== '');
/**
 * A cell of a piece's head beside its text: its title (one paragraph, a title), its date and speaker (「2026年4月20日」 over
 * 「县长孙立平」), or the title over them (a 登记表's left cell: title, speaker, date — its text in the cell beside it).
 */
const headCell = (cell: string[]) => {
  const lines = cellLines(cell);
  const dateOrSpeaker = (l: string) => DATE_CELL.test(l) || SPEAKER_CELL.test(l);
  if (cell.length === 1 && titleLike(cell[0]!)) return true;
  return lines.length >= 1 && lines.length <= 3 && lines.every((l, i) => dateOrSpeaker(l) || (i === 0 && lines.length > 1 && titleLike(l)));
};

/**
 * What each cell of a row is, when the row holds one piece: its text in one cell (with its title
 * first, or with the title in a cell of its own: a 登记表's 序号 | 标题 | 日期 | 正文), the other cells
 * its head (title, date) or labels; undefined for a row of data.
 */
function pieceRow(cells: string[][]): ('piece' | 'body' | 'head' | 'label')[] | undefined {
  // (A short cell is a label — 「领导讲话」 names a column's group — unless it is a date.)
  const kinds = cells.map((c) => (pieceCell(c) ? 'piece' : bodyCell(c) ? 'body' : c.length === 1 && (DATE_CELL.test(c[0]!) || SPEAKER_CELL.test(c[0]!)) ? 'head' : labelCell(c) ? 'label' : headCell(c) ? 'head' : undefined));
  const texts = kinds.filter((k) => k === 'piece' || k === 'body').length;
  if (texts !== 1 || kinds.includes(undefined)) return undefined;
  // A text without its title needs the title beside it.
  if (kinds.includes('body') && !cells.some((c, k) => kinds[k] === 'head' && titleLike(c[0]!))) return undefined;
  return kinds as ('piece' | 'body' | 'head' | 'label')[];
}

/**
 * A register's sign-off under its table (「登记人：办公室文秘科 周敏」「填表人：… 审核人：… 填表日期：…」):
 * the form's, not the last piece's text. One field or several on the line, each value short.
 */
const SIGN_OFF = /^(?:(?:登记|填表|制表|填报|审核|审批|经办|录入|统计|核对|校对|报送)(?:人|员|单位|日期|时间)?[：:][^：:]{0,24}?[\s\u3000]*)+$/;

/**
 * An outermost table's rows as lines. A 汇编 laid out as a table — 序号 | 类别 | 材料内容, one piece
 * in each row's last cell, or 序号 | 标题 | 日期 | 正文 — is the pieces' text: the title and date cells
 * give the piece's head lines (a date as a date line, 「（2026年1月11日）」), the text's cell its
 * paragraphs, and the labels beside them and the header row are the table's, not the text
 * (reported, restorable). A 会议记录本's form, field by field (docx-record.ts). Any other table, row by
 * row (rowLines).
 */
function tableLines(rows: string[][][]): TextLine[] {
  const record = recordFormLines(rows, rowLines);
  if (record) return record.map((text) => ({ text }));
  const kinds = rows.map(pieceRow);
  const pieces = kinds.some((k) => k !== undefined);
  const out: TextLine[] = [];
  rows.forEach((cells, r) => {
    const kind = kinds[r];
    const header = pieces && cells.every(labelCell);
    if (!kind && !header) {
      for (const text of rowLines(cells)) out.push({ text });
      return;
    }
    const labels = cells.filter((c, k) => (header || kind![k] === 'label') && c.length > 0).map((c) => c[0]!);
    if (labels.length) out.push({ text: labels.join(CELL_SEPARATOR), debris: REASON.tableLabels });
    if (header) return;
    // The title first (its own cell's, or the piece's first paragraph), then the speaker, then the
    // date as a date line, whatever the columns' order; then the text.
    const head = cells.filter((c, k) => kind![k] === 'head').flatMap(cellLines);
    const piece = cells.find((c, k) => kind![k] === 'piece');
    const titles = [...(piece ? [piece[0]!] : []), ...head.filter((t) => !DATE_CELL.test(t) && !SPEAKER_CELL.test(t))];
    const dated = (t: string) => (/^[（(]/.test(t) ? t : `（${t}）`);
    for (const text of [...titles, ...head.filter((t) => SPEAKER_CELL.test(t)), ...head.filter((t) => DATE_CELL.test(t)).map(dated)]) out.push({ text });
    cells.forEach((c, k) => {
      if (kind![k] === 'piece' || kind![k] === 'body') for (const text of kind![k] === 'piece' ? c.slice(1) : c) out.push({ text });
    });
  });
  return out;
}

function closeInParagraph(s: Scan, name: string): void {
  const p = s.stack[s.stack.length - 1];
  switch (name) {
    case 'w:pPr':
      if (p && p.inPPr > 0) p.inPPr--;
      return;
    case 'w:numPr':
      if (p) p.inNumPr = false;
      return;
    case 'w:r':
      if (s.inRun > 0) s.inRun--;
      s.hidden = false;
      s.runSize = undefined;
      return;
    case 'w:t':
      if (s.inText > 0) s.inText--;
      return;
  }
}

/**
 * A paragraph's line: its list label in front, its soft breaks decided (`inParagraphs`: the file's breaks are few,
 * line breaks inside paragraphs, docx-breaks.ts); undefined when it is empty.
 */
function paragraphLine(para: Para, numberer: Numberer, inParagraphs = false): string | undefined {
  const label = numberer.label({ numId: para.numId, ilvl: para.ilvl }, para.style);
  // In a centred paragraph (a title) a line break is layout: 「保障中央生态环境保护↵督察工作
  // 动员推进会纪要」 is one title. Elsewhere, and before a subtitle or date line, it ends a line.
  const centred = (para.jc ?? numberer.styleAlignment(para.style)) === 'center';
  const pasted = inParagraphs && (para.text.match(/\u2028/g)?.length ?? 0) >= PASTED_PAGE_BREAKS;
  const text = para.text
    .replace(/\u2028(?=(.?))/gsu, (_, next: string, at: number, whole: string) =>
      (centred && next !== '' && !/[—－\-（(〔\n\u2028]/.test(next)) || (inParagraphs && !pasted && runsOnAtBreak(whole, at)) ? '' : '\n',
    )
    .replace(/\n+$/, '');
  // A page break before the text (a 汇编's next piece on a new page) stands before the label too: 「1.」 numbers the title, not an empty line.
  const lead = /^\n*/.exec(text)![0];
  return text.trim() !== '' ? lead + label + text.slice(lead.length) : undefined;
}

/** How many times the body's type size a watermark's type is at least (as in a PDF, pdf-marks.ts). */
const MARK_SIZE = 2.5;

/**
 * The lines that are a watermark set flat in large type on every page, as a PDF converter writes one
 * to Word (a framed paragraph at each page's top): type at least MARK_SIZE times the body's whose
 * text stands more than once. Read as text, it was run on into the paragraph after it. A title in
 * large type stands once, and stays; a red head's 发文机关标志 (「中共某县委办公室文件」 over each
 * forwarded piece) has its 发文字号 under it and is a 版头, which the analysis removes as such.
 */
function flatMarks(lines: readonly TextLine[]): number[] {
  const chars = new Map<number, number>();
  for (const l of lines) if (l.size !== undefined) chars.set(l.size, (chars.get(l.size) ?? 0) + l.text.length);
  let body = 0;
  let most = -1;
  for (const [size, n] of chars) if (n > most) [body, most] = [size, n];
  const key = (l: TextLine) => l.text.replace(/\s/g, '');
  const big = lines
    .map((l, k) => k)
    .filter((k) => lines[k]!.size! >= body * MARK_SIZE && key(lines[k]!).length >= 2 && !(k + 1 < lines.length && issueNumber(lines[k + 1]!.text)));
  const times = new Map<string, number>();
  for (const k of big) times.set(key(lines[k]!), (times.get(key(lines[k]!)) ?? 0) + 1);
  return big.filter((k) => times.get(key(lines[k]!))! >= 2);
}
