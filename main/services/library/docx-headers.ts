// A .docx whose pieces carry their titles only in their page headers (页眉): an office prints each
// speech of a 汇编 in a section of its own, the speech's title as the section's running header, and
// the body opens with 「同志们：」. Word draws the header on every page; the text has no title. Such a
// header is the piece's title: it is set as the first line of its section, and the user is told.
//
// A header is taken only when it is a title naming its kind (「…上的讲话」「…纪要」: not an office's
// name, a date or a page number) and the section's opening lines hold no title of their own nor the
// header's words (a running header over a title that is in the text adds nothing). The date line under the title in
// the header (「（2026年3月12日）」) comes with it, when the opening has none of its own: the piece's date and year.
import { DATE_LINE, titleLike } from '../../../core/outline/marks.ts';
import type { OpenedDocx } from './docx-zip.ts';

/** A section of document.xml: how many lines the text had when it ended, and the headers it names by type. */
export interface Section {
  end: number;
  /** Header relationship ids by w:type (default, first, even). */
  headers: Map<string, string>;
  /** w:titlePg: the section's first page has a header of its own (type first). */
  titlePg: boolean;
}

/** Lines of a section's opening looked at for a title of its own (a speaker and a date may come before the salutation). */
const OPENING_LINES = 4;
const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, '');

/**
 * The lines with each untitled section's header title put in front of the section (in place), and
 * the notice saying so; `read` gives a header part's paragraphs as lines.
 */
export async function titlesFromHeaders(docx: OpenedDocx, sections: readonly Section[], lines: { text: string }[], read: (xml: string) => string[]): Promise<string | undefined> {
  if (sections.length === 0) return undefined;
  const current = new Map<string, string>();
  const inserts: { at: number; text: string; date?: string }[] = [];
  let start = 0;
  for (const section of sections) {
    // A section that names no header of a type goes on with the one before's (Word's rule).
    for (const [type, id] of section.headers) current.set(type, id);
    const id = (section.titlePg ? current.get('first') : undefined) ?? current.get('default');
    const head = id === undefined ? undefined : await headerTitle(docx, id, read);
    const opening = lines.slice(start, Math.min(section.end, start + OPENING_LINES));
    // (A header over several sections, the same title, is one piece's: set once, where it starts.)
    if (head !== undefined && !inserts.some((i) => i.text === head.title) && untitled(opening, head.title)) {
      const dated = opening.some((l) => DATE_LINE.test(l.text.trim()));
      inserts.push({ at: start, text: head.title, date: dated ? undefined : head.date });
    }
    start = section.end;
  }
  for (let k = inserts.length - 1; k >= 0; k--) {
    const { at, text, date } = inserts[k]!;
    lines.splice(at, 0, ...(date === undefined ? [{ text }] : [{ text }, { text: date }]));
  }
  if (inserts.length === 0) return undefined;
  return `正文没有标题，已用页眉中的标题：${inserts.map((i) => `《${i.text}》`).join('')}`;
}

/** The header's one line that is a title naming its kind, if it has exactly one, and the date line right under it. */
async function headerTitle(docx: OpenedDocx, id: string, read: (xml: string) => string[]): Promise<{ title: string; date?: string } | undefined> {
  const path = docx.byId(id);
  const xml = path === undefined ? undefined : await docx.parts.text(path);
  if (xml === undefined) return undefined;
  const lines = read(xml).map((l) => l.trim()).filter(Boolean);
  const titles = lines.filter((l) => titleLike(l));
  if (titles.length !== 1) return undefined;
  const under = lines[lines.indexOf(titles[0]!) + 1];
  return { title: titles[0]!, date: under !== undefined && DATE_LINE.test(under) ? under : undefined };
}

/** Whether a section's opening lines hold no title and not the header's words. */
function untitled(opening: readonly { text: string }[], title: string): boolean {
  if (opening.length === 0) return false;
  const words = squeeze(title);
  return opening.every((l) => !titleLike(l.text.trim()) && !squeeze(l.text).includes(words));
}
