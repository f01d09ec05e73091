// Plain text → DocModel: the way back from what `toPlainText` writes, or from what a user typed or
// pasted, so that `wengao save <doc> file.txt` can store it as a version. Pure: no I/O.
//
//   first non-empty line → title · 「——…」 → subtitle · 「第N期」 and 「单位␣␣2026年…日」 (two U+3000) →
//   会议纪要 head · 「（2026年…）」 → date line · a short line after it → speaker (speeches) ·
//   「同志们：」 → salutation · 一、/（一）/1./（1） lines → a heading of that level when short and
//   without an inner 「。」, else a paragraph with a numbered run-in lead (up to the first 「。」) ·
//   一、 items after a line ending in 「：」 in 纪要/记录 → a numbered list · 出席/请假/列席： →
//   attendance · 时间/地点/…： → 会议记录 fields · lines with tabs → a table · a last paragraph
//   opening with 「同志们，」 → closing · everything else → paragraphs.
// Typed numbers are dropped: numbers are derived from position (numbering.ts), so a correctly
// numbered text comes back unchanged and a misnumbered one comes back renumbered.
// Round trip: for every draft d, toPlainText(docFromText(toPlainText(d))) === toPlainText(d).
import type { Block, DocKind, DocModel, HeadingLevel, ParagraphBlock, Run, TableBlock } from './model.ts';
import { DATE_LINE, readMark } from './grammar.ts';
import { runsText } from './text.ts';

/** A numbered line no longer than this (in characters) without an inner 「。」 is a heading. */
const HEADING_MAX = 60;
/** A run-in lead (up to and including the first 「。」) no longer than this is a lead. */
const LEAD_MAX = 40;
/** A speaker line 「县委书记␣王强」 (U+3000) is at most this long. */
const SPEAKER_MAX = 40;


const DATE = '\\d{4}年\\d{1,2}月\\d{1,2}日';
const MINUTES_HEAD = new RegExp(`^(?:(.+?)[\\s\\u3000]+)?(${DATE})$`);
const ISSUE = /^第[^\s，。]{1,10}期$|^〔\d{4}〕\d{1,4}号$/;
// 版记 at the foot of 纪要: 「分送：…」「抄送：…」, then the office and 「…印发」.
const COLOPHON_LINE = /^(分送|抄送)[：:](.*)$/;
const PRINTED = new RegExp(`^(.+?)[\\s\\u3000]+(${DATE}印发)$`);
const SALUTATION = /^(同志们|各位[^，。：]{0,12})[：:]$/;
const ATTENDANCE = /^(出席|请假|列席)[：:]\s*(.*)$/;
const RECORD_FIELD = /^(时间|地点|主持人|出席人|列席人|缺席人|记录人|议题)[：:]\s*(.*)$/;
const SIGNATURE = /^((?:主持人|记录人)（签字）)[：:]\s*(.*)$/;
const SPEAKER_LEAD = /^[^，。：:\s]{1,12}（[^（）]{1,30}）[：:]/;
const CLOSING = /^同志们[，,]/;

function runs(text: string): Run[] {
  return text ? [{ text }] : [];
}

/** The kind a text reads as when none is given: by the title's last word and the 纪要 head. */
export function guessKind(lines: readonly string[]): DocKind {
  const title = lines[0] ?? '';
  if (/纪要$/.test(title)) return 'minutes';
  if (/记录$/.test(title)) return 'record';
  if (/台账$/.test(title)) return 'ledger';
  const next = lines[1] ?? '';
  const after = lines[2] ?? '';
  if (new RegExp(`[\\s\\u3000]${DATE}$`).test(next) || (ISSUE.test(next) && MINUTES_HEAD.test(after))) return 'minutes';
  return 'speech';
}

/**
 * A typed heading number at the start of a line: its level and the text after it. A level-1 mark
 * must end in 「、」: 「一，…」 and 「一.…」 are sentences here (the proofreader flags them).
 */
export function numberedLine(line: string): { level: HeadingLevel; rest: string } | undefined {
  const mark = readMark(line);
  if (!mark || (mark.level === 1 && mark.sep !== '、')) return undefined;
  return { level: mark.level, rest: mark.rest };
}

function length(s: string): number {
  return Array.from(s).length;
}

/** A numbered line as a block: heading, paragraph with a numbered lead, or numbered paragraph. */
function numberedBlock(level: HeadingLevel, rest: string): Block {
  const stop = rest.indexOf('。');
  const inner = stop >= 0 && stop < rest.length - 1;
  if (inner) {
    const lead = rest.slice(0, stop + 1);
    if (length(lead) <= LEAD_MAX) return { type: 'paragraph', lead: { runs: runs(lead), level }, runs: runs(rest.slice(stop + 1)) };
  } else if (stop < 0 && length(rest) <= HEADING_MAX) {
    return { type: 'heading', level, runs: runs(rest) };
  } else if (stop >= 0 && length(rest) <= LEAD_MAX) {
    // 「（一）加强组织领导。」 alone on its line: a lead whose body is still to be written.
    return { type: 'paragraph', lead: { runs: runs(rest), level }, runs: [] };
  }
  // A long numbered item with no short lead: the number is kept (derived), the text is body type.
  return { type: 'paragraph', lead: { runs: [], level }, runs: runs(rest) };
}

function tableBlock(rows: readonly string[]): TableBlock {
  const [header = '', ...body] = rows;
  return { type: 'table', header: header.split('\t'), rows: body.map((r) => r.split('\t').map(runs)) };
}

export function docFromText(text: string, kind?: DocKind): DocModel {
  const raw = (text.startsWith('\uFEFF') ? text.slice(1) : text).split(/\r\n|\n|\r/);
  // Tab-separated lines are table rows and keep their (possibly empty) edge cells; others are trimmed.
  const lines = raw.map((l) => (l.includes('\t') ? l : l.trim())).filter((l) => l.trim() !== '');
  const docKind = kind ?? guessKind(lines);
  const doc: DocModel = { kind: docKind, template: 'text', seed: 0, title: runs(lines[0] ?? ''), blocks: [] };
  const listed = docKind === 'minutes' || docKind === 'record';

  // Head: everything between the title and the first body line.
  let i = 1;
  let prev: 'title' | 'subtitle' | 'issue' | 'minutesHead' | 'dateLine' | 'speaker' = 'title';
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('\t')) break;
    if (SALUTATION.test(line)) {
      doc.salutation = runs(line);
      i++;
      break;
    }
    if (prev === 'title' && /^——/.test(line)) {
      doc.subtitle = runs(line);
      prev = 'subtitle';
      continue;
    }
    if (docKind === 'minutes' && !doc.minutesHead) {
      if (ISSUE.test(line) && prev === 'title') {
        doc.minutesHead = { issue: runs(line) };
        prev = 'issue';
        continue;
      }
    }
    if (docKind === 'minutes' && (prev === 'title' || prev === 'issue')) {
      const m = MINUTES_HEAD.exec(line);
      if (m) {
        doc.minutesHead = { ...doc.minutesHead, ...(m[1] ? { organizer: runs(m[1]) } : {}), date: runs(m[2]!) };
        prev = 'minutesHead';
        continue;
      }
    }
    if (!doc.dateLine && !doc.speakerLine && DATE_LINE.test(line)) {
      doc.dateLine = runs(line);
      prev = 'dateLine';
      continue;
    }
    if (docKind === 'speech' && !doc.speakerLine && isSpeakerLine(line, prev, lines[i + 1])) {
      doc.speakerLine = runs(line);
      prev = 'speaker';
      continue;
    }
    break;
  }

  // Body.
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('\t')) {
      const rows = [line];
      while (i + 1 < lines.length && lines[i + 1]!.includes('\t')) rows.push(lines[++i]!);
      doc.blocks.push(tableBlock(rows));
      continue;
    }
    doc.blocks.push(bodyBlock(line, docKind, doc.blocks[doc.blocks.length - 1], listed));
  }

  if (docKind === 'minutes') takeColophon(doc);
  const last = doc.blocks[doc.blocks.length - 1];
  if (last && last.type === 'paragraph' && !last.lead && !last.seq && CLOSING.test(runsText(last.runs))) {
    doc.closing = last.runs;
    doc.blocks.pop();
  }
  return doc;
}

/** The last lines of a 纪要, when they are its 版记, leave the body for `doc.colophon`. */
function takeColophon(doc: DocModel): void {
  const text = (b: Block | undefined) => (b?.type === 'paragraph' && !b.lead && !b.seq ? runsText(b.runs) : '');
  const printed = PRINTED.exec(text(doc.blocks[doc.blocks.length - 1]));
  if (!printed) return;
  let start = doc.blocks.length - 1;
  while (start > 0 && COLOPHON_LINE.test(text(doc.blocks[start - 1]))) start--;
  const lines = doc.blocks.slice(start, -1).map((b) => {
    const m = COLOPHON_LINE.exec(text(b))!;
    return { label: m[1]!, runs: runs(m[2]!) };
  });
  doc.colophon = { lines, printedBy: runs(printed[1]!), printed: runs(printed[2]!) };
  doc.blocks.splice(start);
}

/** A 【待补充：讲话人姓名】 where the material gave no name (core/draft/byline.ts): its 「：」 is no sentence's. */
const GAP = /【待补充[^】]*】/g;

function isSpeakerLine(text: string, prev: string, next: string | undefined): boolean {
  const line = text.replace(GAP, '某某');
  if (length(line) > SPEAKER_MAX || /[。！？；，：:,;]/.test(line) || numberedLine(line)) return false;
  return prev === 'dateLine' || /[\s\u3000]/.test(line) || (next !== undefined && SALUTATION.test(next));
}

function bodyBlock(line: string, kind: DocKind, before: Block | undefined, listed: boolean): Block {
  const attendance = ATTENDANCE.exec(line);
  if (attendance) return { type: 'labelled', style: 'attendance', label: attendance[1]!, runs: runs(attendance[2]!) };
  if (kind === 'record') {
    const sig = SIGNATURE.exec(line);
    if (sig) return { type: 'labelled', style: 'signature', label: sig[1]!, runs: runs(sig[2]!) };
    const field = RECORD_FIELD.exec(line);
    if (field && (!before || before.type === 'labelled')) return { type: 'labelled', style: 'field', label: field[1]!, runs: runs(field[2]!) };
    const speaker = SPEAKER_LEAD.exec(line);
    if (speaker) return { type: 'paragraph', lead: { runs: runs(speaker[0]) }, runs: runs(line.slice(speaker[0].length)) };
  }
  const numbered = numberedLine(line);
  if (numbered) {
    const { level, rest } = numbered;
    // 「一、关于《…》。会议听取了…」: an agenda item of 纪要 by item, its 「关于…。」 run in at level 1.
    const item = kind === 'minutes' && level === 1 ? /^关于[^。]{1,80}。/.exec(rest) : null;
    if (item) return { type: 'paragraph', lead: { runs: runs(item[0]), level: 1 }, runs: runs(rest.slice(item[0].length)) };
    if (listed && level === 1 && startsList(before, rest)) return { type: 'paragraph', seq: 'cn', runs: runs(rest) } satisfies ParagraphBlock;
    return numberedBlock(level, rest);
  }
  return { type: 'paragraph', runs: runs(line) };
}

/** In 纪要 and 记录, 「一、…」 items after 「会议议定：」 (or after another item) are a numbered list. */
function startsList(before: Block | undefined, rest: string): boolean {
  if (before?.type === 'paragraph' && before.seq) return true;
  if (before?.type === 'paragraph' && !before.lead && /[：:]$/.test(runsText(before.runs))) return true;
  // Not heading-like: a decision written out as a sentence.
  return /。./.test(rest) || length(rest) > HEADING_MAX;
}
