// What a version changed, in the user's words, for a version that carries no label of its own (an
// autosave of her edits, a version saved without a name): where she edited — 「第二部分」「标题」
// 「“地点”一行」 — and the first words she wrote there (「编辑了第二部分：“镇中心学校要在放假前…”」), or
// what she took out (「删去“前段工作中…”」), or what she wrote over and with what (「改写“…”为“…”」). Pure.
import { diffParagraph, diffParagraphs } from './diff.ts';
import type { Block, DocModel } from './model.ts';
import { chineseNumeral } from './numbering.ts';
import { blockText, colophonLines, runsText } from './text.ts';

/** A line of the document and where it stands, as the page names it ('' where no name says more). */
interface Placed {
  text: string;
  where: string;
}

/** How many characters of her words the note quotes. */
const QUOTE = 14;
/** How far back before her words the quote may start, to the start of their clause. */
const CONTEXT = 6;

/** 「第二部分」 for a numbered part, its own name for 开场 / 结尾. */
function partName(names: readonly string[] | undefined, part: number | undefined): string {
  if (part === undefined || !names?.[part]) return '';
  const name = names[part]!;
  return /^[一二三四五六七八九十]+$/.test(name) ? `第${name}部分` : name;
}

/** A block that opens a part on the page: a 一、 heading, or a paragraph led by a 一、 lead. */
const opensPart = (block: Block): boolean => (block.type === 'heading' ? block.level === 1 : block.type === 'paragraph' && block.lead?.level === 1);

/**
 * Where each block stands as she sees the page: under its 一、/二、 heading (「第二部分」), before the first
 * one (the opening); without such headings, by the part the engine wrote it for. A paragraph she added
 * carries no part: it belongs to the part of the block before it. (The engine's closing paragraphs that
 * stand under the last heading are in that part on the page — session 22's screen test.)
 */
function blockPlaces(doc: DocModel): string[] {
  const opening = partName(doc.parts, 0) || '开头';
  if (doc.blocks.some(opensPart)) {
    let k = 0;
    return doc.blocks.map((b) => (opensPart(b) ? `第${chineseNumeral(++k)}部分` : k ? `第${chineseNumeral(k)}部分` : opening));
  }
  let part: number | undefined;
  return doc.blocks.map((b) => {
    if ('part' in b && b.part !== undefined) part = b.part;
    return partName(doc.parts, part);
  });
}

/** Every line of the document with its place; headings without their derived numbers. */
function placedLines(doc: DocModel): Placed[] {
  const lines: Placed[] = [];
  const head = (runs: DocModel['title'] | undefined, where: string) => {
    if (runs) lines.push({ text: runsText(runs), where });
  };
  head(doc.title, '标题');
  head(doc.subtitle, '副标题');
  if (doc.minutesHead) lines.push({ text: Object.values(doc.minutesHead).map((r) => runsText(r)).join('\u3000'), where: '版头' });
  head(doc.dateLine, '日期一行');
  head(doc.speakerLine, '讲话人一行');
  head(doc.salutation, partName(doc.parts, 0) || '开头');
  const places = blockPlaces(doc);
  doc.blocks.forEach((block, i) => {
    const where = block.type === 'labelled' ? `“${block.label}”一行` : block.type === 'table' ? '表格' : places[i]!;
    lines.push({ text: blockText(block, ''), where });
  });
  head(doc.closing, partName(doc.parts, (doc.parts?.length ?? 0) - 1) || '结尾');
  if (doc.colophon) for (const text of colophonLines(doc.colophon)) lines.push({ text, where: '版记' });
  return lines;
}

/** The first words of a text, quoted: 「“镇中心学校要在放假前上好…”」. */
function quote(text: string): string {
  const chars = Array.from(text.trim());
  return `“${chars.slice(0, QUOTE).join('')}${chars.length > QUOTE ? '…' : ''}”`;
}

/** Where the quote of words written at `at` in `line` starts: the start of their clause, at most a few characters back. */
function clauseStart(line: readonly string[], at: number): number {
  let start = at;
  while (start > 0 && at - start < CONTEXT && !/[。！？；，：、]/.test(line[start - 1]!)) start--;
  return start;
}

/** What one edited line shows of the edit: the words written (from their clause's start), or else the words taken out. */
function lineEdit(before: string | undefined, after: string | undefined): string {
  if (before === undefined) return quote(after ?? '');
  if (after === undefined) return `删去${quote(before)}`;
  const { left, right } = diffParagraph(before, after);
  let at = 0;
  for (const span of right) {
    if (span.op === 'insert' && span.text.trim()) {
      const line = Array.from(after);
      return quote(line.slice(clauseStart(line, at)).join(''));
    }
    at += Array.from(span.text).length;
  }
  const removed = left.find((s) => s.op === 'delete' && s.text.trim());
  return removed ? `删去${quote(removed.text)}` : quote(after);
}

/** A paragraph written over another (too unlike it to be one edited): 「改写“…”为“…”」, never only 「删去」. */
const rewrite = (before: string, after: string): string => `改写${quote(before)}为${quote(after)}`;

/**
 * The note of a version made from `before` by edits: 「编辑了第二部分：“…”」, 「编辑了标题、第一部分：“…”」,
 * 「编辑了第一部分等 4 处：“…”」; 「编辑了“…”」 where the edit has no named place (an imported text);
 * 「调整了格式」 when no line's text changed. Null when nothing changed at all. Lines taken out and lines
 * written in at one place are her rewrite of them, paired in order (session 23's screen test, 9: a
 * retyped item was noted as 「删去“…”」).
 */
export function editNote(before: DocModel, after: DocModel): string | null {
  const a = placedLines(before);
  const b = placedLines(after);
  const places: string[] = [];
  let first: string | undefined;
  let ia = 0;
  let ib = 0;
  const note = (where: string | undefined, edit: () => string) => {
    if (where && !places.includes(where)) places.push(where);
    first ??= edit();
  };
  const paragraphs = diffParagraphs(a.map((l) => l.text), b.map((l) => l.text)).paragraphs;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    if (p.kind === 'equal') {
      ia++;
      ib++;
    } else if (p.kind === 'changed') {
      note(b[ib]?.where, () => lineEdit(a[ia]?.text, b[ib]?.text));
      ia++;
      ib++;
    } else if (p.kind === 'moved') {
      if (p.side === 'from') ia++;
      else note(b[ib++]?.where, () => lineEdit(undefined, b[ib - 1]?.text));
    } else {
      // The run of lines taken out and written in at this place.
      let end = k;
      while (end < paragraphs.length && (paragraphs[end]!.kind === 'deleted' || paragraphs[end]!.kind === 'inserted')) end++;
      const run = paragraphs.slice(k, end);
      const out = run.filter((r) => r.kind === 'deleted').map(() => a[ia++]!);
      const written = run.filter((r) => r.kind === 'inserted').map(() => b[ib++]!);
      for (let j = 0; j < Math.max(out.length, written.length); j++) {
        const was = out[j];
        const now = written[j];
        note((now ?? was)?.where, () => (was && now ? rewrite(was.text, now.text) : lineEdit(was?.text, now?.text)));
      }
      k = end - 1;
    }
  }
  if (first === undefined) return JSON.stringify(before) === JSON.stringify(after) ? null : '调整了格式';
  const where = places.length > 2 ? `${places[0]}等 ${places.length} 处` : places.join('、');
  return where ? `编辑了${where}：${first}` : `编辑了${first}`;
}
