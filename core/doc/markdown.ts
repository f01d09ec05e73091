// A small Markdown → DocModel converter for speeches written as plain Markdown (the bench fixture
// speech-10k.md and drafts pasted from elsewhere). Pure: no I/O.
//   # title · 「——…」 subtitle · 「（2026年11月23日）」 date line · a short line before the
//   salutation is the speaker · 「同志们：」 salutation · ## level 1 · ### level 2 · #### level 3 or 4
//   (「（1）」 makes it 4) · ##### level 4 · other lines paragraphs · a last paragraph opening with
//   「同志们，」 is the closing.
// Typed heading numbers (「一、」「（一）」「1.」「（1）」) are stripped: numbers are derived from position.
import type { Block, DocModel, HeadingLevel, Run } from './model.ts';
import { DATE_LINE, readMark } from './grammar.ts';
import { runsText } from './text.ts';

/** Removes a typed number of the given level, or of any level when none is given. */
export function stripHeadingMark(text: string, level?: HeadingLevel): string {
  const mark = readMark(text);
  return mark && (level === undefined || mark.level === level) ? mark.rest : text;
}

function runs(text: string): Run[] {
  return [{ text }];
}

/** Inline Markdown that has no place in a 公文: emphasis markers and escapes. */
function plain(text: string): string {
  return text.replace(/\*\*|__/g, '').replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1').trim();
}

function headingLevel(hashes: number, text: string): HeadingLevel {
  if (hashes === 2) return 1;
  if (hashes === 3) return 2;
  if (hashes === 4) return readMark(text)?.level === 4 ? 4 : 3;
  return 4;
}

export function docFromMarkdown(md: string): DocModel {
  const doc: DocModel = { kind: 'speech', template: 'markdown', seed: 0, title: [], blocks: [] };
  const lines = md.replace(/\r\n?/g, '\n').split('\n');
  let inBody = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) {
      const hashes = h[1]!.length;
      const text = plain(h[2]!);
      if (hashes === 1 && doc.title.length === 0) {
        doc.title = runs(text);
        continue;
      }
      const level = hashes === 1 ? 1 : headingLevel(hashes, text);
      doc.blocks.push({ type: 'heading', level, runs: runs(stripHeadingMark(text, level)) });
      inBody = true;
      continue;
    }
    const text = plain(line);
    if (!inBody && doc.title.length > 0) {
      if (/^(同志们|各位[^，。]{0,12})：$/.test(text)) {
        doc.salutation = runs(text);
        inBody = true;
        continue;
      }
      if (/^——/.test(text) && !doc.subtitle) {
        doc.subtitle = runs(text);
        continue;
      }
      if (DATE_LINE.test(text) && !doc.dateLine) {
        doc.dateLine = runs(text);
        continue;
      }
      if (text.length <= 24 && !/[。！？；]$/.test(text) && !doc.speakerLine && doc.blocks.length === 0) {
        doc.speakerLine = runs(text);
        continue;
      }
    }
    inBody = true;
    doc.blocks.push({ type: 'paragraph', runs: runs(text) });
  }
  const last: Block | undefined = doc.blocks[doc.blocks.length - 1];
  if (last && last.type === 'paragraph' && !last.lead && /^同志们[，,]/.test(runsText(last.runs))) {
    doc.closing = last.runs;
    doc.blocks.pop();
  }
  return doc;
}
