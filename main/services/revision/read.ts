// An edited .docx read back with its tracked changes and comments, in Word's XML and the dialects of
// WPS and LibreOffice alike: the text twice — every revision accepted, and every revision rejected —
// each character with the revision behind it, the list numbers Word draws in front of paragraphs
// (library/docx.ts counts them), the 批注 with what they are anchored to, and the identity the file
// was exported with. Formatting nobody here controls (fonts, spacing, rsid) is not read.
import type { Attribution, FileLine, FileViews } from '../../../core/revision/types.ts';
import { LibraryError } from '../library/errors.ts';
import { NOT_DOCX, openDocx, type Numberer, type OpenedDocx } from '../library/docx.ts';
import { identityOf, type Identity } from './identity.ts';
import { childEl, elements, parseXml, textOf, type XmlNode } from './xml-tree.ts';

/**
 * The revisions on a character or a paragraph mark: the insertion (or move to here) that put it
 * there, the deletion (or move away) that takes it away; both when one reviewer deleted what
 * another inserted.
 */
interface Marks {
  ins?: Attribution;
  del?: Attribution;
}

/** One character (or tab, or line break) as the file has it. */
interface Char extends Marks {
  ch: string;
}

/** A paragraph of the file, or a table as one item. */
interface RawPara {
  chars: Char[];
  /** Revisions on the paragraph mark: an inserted paragraph break, or a deleted one (the paragraph joins the next). */
  mark: Marks;
  format?: Attribution;
  numId?: string;
  ilvl?: number;
  style?: string;
  jc?: string;
  table?: boolean;
}

export interface FileComment {
  author: string;
  date?: string;
  text: string;
  /** The text the comment is anchored to, as the reviewer left it ('' for a comment on a point). */
  quote: string;
  /** The line of the accepted view the anchor starts in. */
  line: number;
}

export interface EditedFile {
  views: FileViews;
  comments: FileComment[];
  identity?: Identity;
}

const WRAPPERS = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:sdtContent', 'w:dir', 'w:bdo', 'w:sdt']);
const LINE_BREAK = '\u2028';

const SIDE = new Map<string, keyof Marks>([
  ['w:ins', 'ins'],
  ['w:moveTo', 'ins'],
  ['w:del', 'del'],
  ['w:moveFrom', 'del'],
]);

/** The marks inside `outer` once the revision element `el` is entered (the innermost of a kind wins). */
function within(outer: Marks, el: XmlNode): Marks {
  const side = SIDE.get(el.name);
  if (!side) return outer;
  const author = (el.attrs['w:author'] ?? '').trim();
  const date = el.attrs['w:date']?.trim();
  return { ...outer, [side]: { author: author || '未署名', ...(date ? { date } : {}) } };
}

/** Walks the body in reading order, collecting paragraphs and comment anchors. */
class BodyReader {
  readonly paras: RawPara[] = [];
  /** Comment id → where its range starts (paragraph index) and the characters it covers. */
  readonly anchors = new Map<string, { para: number; quote: string; open: boolean }>();

  body(node: XmlNode): void {
    for (const c of elements(node)) {
      if (c.name === 'w:p') this.paragraph(c, undefined, {});
      else if (c.name === 'w:tbl') this.table(c);
      else if (WRAPPERS.has(c.name)) this.body(c);
      else this.marker(c);
    }
  }

  /** A marker between paragraphs belongs to the next one; inside a paragraph, to that paragraph. */
  private marker(c: XmlNode, inside = false): void {
    const id = c.attrs['w:id'];
    if (id === undefined) return;
    const para = inside ? this.paras.length - 1 : this.paras.length;
    if (c.name === 'w:commentRangeStart') this.anchors.set(id, { para, quote: '', open: true });
    else if (c.name === 'w:commentRangeEnd') {
      const a = this.anchors.get(id);
      if (a) a.open = false;
    } else if (c.name === 'w:commentReference' && !this.anchors.has(id)) this.anchors.set(id, { para, quote: '', open: false });
  }

  private push(p: RawPara, ch: string, marks: Marks): void {
    p.chars.push({ ch, ...marks });
    if (marks.del) return;
    for (const a of this.anchors.values()) if (a.open) a.quote += ch;
  }

  paragraph(node: XmlNode, into: RawPara | undefined, rowMarks: Marks): void {
    const p: RawPara = into ?? { chars: [], mark: {} };
    const pPr = childEl(node, 'w:pPr');
    if (!into) {
      p.style = childEl(pPr, 'w:pStyle')?.attrs['w:val'];
      p.jc = childEl(pPr, 'w:jc')?.attrs['w:val'];
      const numPr = childEl(pPr, 'w:numPr');
      p.numId = childEl(numPr, 'w:numId')?.attrs['w:val'];
      const ilvl = childEl(numPr, 'w:ilvl')?.attrs['w:val'];
      if (ilvl !== undefined && /^\d+$/.test(ilvl)) p.ilvl = Number(ilvl);
      for (const m of elements(childEl(pPr, 'w:rPr'))) p.mark = within(p.mark, m);
      const change = childEl(pPr, 'w:pPrChange');
      if (change) p.format = { author: change.attrs['w:author']?.trim() || '未署名', ...(change.attrs['w:date'] ? { date: change.attrs['w:date'] } : {}) };
      this.paras.push(p);
    }
    this.inline(node, p, rowMarks);
  }

  private inline(node: XmlNode, p: RawPara, marks: Marks): void {
    for (const c of elements(node)) {
      if (c.name === 'w:r') this.run(c, p, marks);
      else if (SIDE.has(c.name)) this.inline(c, p, within(marks, c));
      else if (WRAPPERS.has(c.name)) this.inline(c, p, marks);
      else this.marker(c, true);
    }
  }

  private run(r: XmlNode, p: RawPara, mark: Marks): void {
    for (const c of elements(r)) {
      switch (c.name) {
        case 'w:t':
        case 'w:delText':
          for (const ch of textOf(c)) this.push(p, ch, mark);
          break;
        case 'w:tab':
          this.push(p, '\t', mark);
          break;
        case 'w:br':
          this.push(p, c.attrs['w:type'] === 'page' || c.attrs['w:type'] === 'column' ? '\n' : LINE_BREAK, mark);
          break;
        case 'w:cr':
          this.push(p, LINE_BREAK, mark);
          break;
        case 'w:noBreakHyphen':
          this.push(p, '-', mark);
          break;
        case 'w:commentReference':
          this.marker(c, true);
          break;
      }
    }
  }

  /** A table is one item: rows joined by \n, cells by \t; an inserted or deleted row takes its mark. */
  private table(tbl: XmlNode): void {
    const p: RawPara = { chars: [], mark: {}, table: true };
    this.paras.push(p);
    const rows = elements(tbl).filter((c) => c.name === 'w:tr');
    rows.forEach((tr, r) => {
      let rowMark: Marks = {};
      for (const m of elements(childEl(tr, 'w:trPr'))) rowMark = within(rowMark, m);
      if (r > 0) this.push(p, '\n', rowMark);
      elements(tr)
        .filter((c) => c.name === 'w:tc')
        .forEach((tc, k) => {
          if (k > 0) this.push(p, '\t', rowMark);
          for (const c of elements(tc)) if (c.name === 'w:p') this.paragraph(c, p, rowMark);
        });
    });
  }
}

// ── views ──────────────────────────────────────────────────────────────────────────────────────

/** Whether a character (or paragraph mark) is not there in the view; and the revision that is, when it is. */
const gone = (m: Marks, view: 'accepted' | 'rejected') => (view === 'accepted' ? !!m.del : !!m.ins);
const shown = (m: Marks, view: 'accepted' | 'rejected') => (view === 'accepted' ? m.ins : m.del);

interface ViewLine extends FileLine {
  /** The raw paragraphs that make it, the first one with text setting the properties. */
  from: number[];
}

/** The file with every revision accepted (or rejected): paragraphs whose break is gone join the next. */
function view(paras: readonly RawPara[], which: 'accepted' | 'rejected', numberer: Numberer | undefined): { lines: FileLine[]; lineOf: number[] } {
  const joined: ViewLine[] = [];
  let open: ViewLine | undefined;
  paras.forEach((p, index) => {
    const line = open ?? { text: '', marks: [], from: [] };
    line.from.push(index);
    for (const c of p.chars) {
      if (gone(c, which)) continue;
      line.text += c.ch;
      line.marks.push(shown(c, which));
    }
    if (which === 'accepted' && p.format) line.format = p.format;
    open = !p.table && gone(p.mark, which) ? line : undefined;
    if (!open) joined.push(line);
  });
  if (open) joined.push(open);

  const lines: FileLine[] = [];
  const lineOf: number[] = [];
  for (const line of joined) {
    const props = paras[line.from.find((k) => paras[k]!.chars.some((c) => !gone(c, which))) ?? line.from[line.from.length - 1]!]!;
    const label = numberer && !props.table && line.text.trim() !== '' ? numberer.label({ numId: props.numId, ilvl: props.ilvl }, props.style) : '';
    const centred = (props.jc ?? numberer?.styleAlignment(props.style)) === 'center';
    const labelled: FileLine = { text: label + line.text, marks: [...Array.from(label).map(() => line.format), ...line.marks], ...(line.format ? { format: line.format } : {}) };
    const parts = props.table ? [trimLine(labelled)] : splitLine(tidy(labelled, centred));
    for (const k of line.from) lineOf[k] = lines.length;
    for (const part of parts) if (part.text !== '') lines.push(part);
  }
  return { lines, lineOf };
}

/** Line breaks in a centred paragraph (a title set on two lines) are layout; elsewhere they end a line. Inner tabs read as two ideographic spaces. */
function tidy(line: FileLine, centred: boolean): FileLine {
  const chars = Array.from(line.text);
  const text: string[] = [];
  const marks: (Attribution | undefined)[] = [];
  chars.forEach((ch, k) => {
    const next = chars[k + 1];
    let out = ch;
    if (ch === LINE_BREAK) out = centred && next !== undefined && !/[—－\-（(〔\n\u2028]/.test(next) ? '' : '\n';
    else if (ch === '\t') out = text.length === 0 || next === undefined || next === '\t' ? ' ' : '\u3000\u3000';
    for (const c of out) {
      text.push(c);
      marks.push(line.marks[k]);
    }
  });
  return { ...line, text: text.join(''), marks };
}

function trimLine(line: FileLine): FileLine {
  const chars = Array.from(line.text);
  let a = 0;
  let b = chars.length;
  while (a < b && /\s/.test(chars[a]!)) a++;
  while (b > a && /\s/.test(chars[b - 1]!)) b--;
  return { ...line, text: chars.slice(a, b).join(''), marks: line.marks.slice(a, b) };
}

function splitLine(line: FileLine): FileLine[] {
  const chars = Array.from(line.text);
  const out: FileLine[] = [];
  let start = 0;
  for (let k = 0; k <= chars.length; k++) {
    if (k < chars.length && chars[k] !== '\n') continue;
    out.push(trimLine({ ...line, text: chars.slice(start, k).join(''), marks: line.marks.slice(start, k) }));
    start = k + 1;
  }
  return out;
}

// ── the package ────────────────────────────────────────────────────────────────────────────────

async function tree(docx: OpenedDocx, path: string): Promise<XmlNode | undefined> {
  const xml = await docx.parts.text(path);
  return xml === undefined ? undefined : parseXml(xml);
}

async function packageTarget(docx: OpenedDocx, type: string, fallback: string): Promise<string> {
  const rels = await tree(docx, '_rels/.rels');
  const rel = elements(childEl(rels, 'Relationships')).find((r) => (r.attrs.Type ?? '').endsWith(`/${type}`));
  return rel?.attrs.Target?.replace(/^\//, '') ?? fallback;
}

/** Custom document properties, name → value. */
async function customProperties(docx: OpenedDocx): Promise<Map<string, string>> {
  const root = await tree(docx, await packageTarget(docx, 'custom-properties', 'docProps/custom.xml'));
  const out = new Map<string, string>();
  for (const p of elements(childEl(root, 'Properties'))) if (p.attrs.name) out.set(p.attrs.name, textOf(p).trim());
  return out;
}

/** Whom untracked changes are put down to: the last to save the file, else its author, else 未署名. */
async function lastEditor(docx: OpenedDocx): Promise<string> {
  const root = childEl(await tree(docx, await packageTarget(docx, 'core-properties', 'docProps/core.xml')), 'cp:coreProperties');
  const name = (n: string) => {
    const el = elements(root).find((c) => c.name === n || c.name.endsWith(`:${n.split(':')[1]}`));
    return el ? textOf(el).trim() : '';
  };
  const who = name('cp:lastModifiedBy') || name('dc:creator');
  return who && who !== 'Un-named' ? who : '未署名';
}

async function commentTexts(docx: OpenedDocx): Promise<Map<string, { author: string; date?: string; text: string }>> {
  const root = await tree(docx, docx.target('comments', 'word/comments.xml'));
  const out = new Map<string, { author: string; date?: string; text: string }>();
  for (const c of elements(childEl(root, 'w:comments'))) {
    if (c.name !== 'w:comment' || c.attrs['w:id'] === undefined) continue;
    const paras = elements(c).filter((p) => p.name === 'w:p').map((p) => paraText(p));
    const date = c.attrs['w:date']?.trim();
    out.set(c.attrs['w:id'], { author: c.attrs['w:author']?.trim() || '未署名', ...(date ? { date } : {}), text: paras.join('\n').trim() });
  }
  return out;
}

/** The visible text of a comment's paragraph (w:t only: a comment has no tracked changes worth reading). */
function paraText(p: XmlNode): string {
  let out = '';
  const walk = (n: XmlNode) => {
    for (const c of elements(n)) {
      if (c.name === 'w:t') out += textOf(c);
      else if (c.name === 'w:tab') out += ' ';
      else if (c.name !== 'w:del' && c.name !== 'w:delText') walk(c);
    }
  };
  walk(p);
  return out;
}

export async function readEditedDocx(bytes: Uint8Array): Promise<EditedFile> {
  const docx = await openDocx(bytes);
  const document = await tree(docx, docx.documentPath);
  const body = childEl(childEl(document, 'w:document'), 'w:body');
  if (!body) throw new LibraryError(`${NOT_DOCX}（文件里没有 Word 正文）`);
  const reader = new BodyReader();
  reader.body(body);
  const accepted = view(reader.paras, 'accepted', await docx.numberer());
  const rejected = view(reader.paras, 'rejected', undefined);
  const texts = await commentTexts(docx);
  const comments: FileComment[] = [];
  for (const [id, c] of texts) {
    const anchor = reader.anchors.get(id);
    const line = anchor ? (accepted.lineOf[Math.min(anchor.para, reader.paras.length - 1)] ?? 0) : 0;
    comments.push({ ...c, quote: anchor?.quote.trim() ?? '', line: Math.min(line, Math.max(0, accepted.lines.length - 1)) });
  }
  const identity = identityOf(await customProperties(docx));
  return { views: { accepted: accepted.lines, rejected: rejected.lines, untrackedAuthor: await lastEditor(docx) }, comments, ...(identity ? { identity } : {}) };
}
