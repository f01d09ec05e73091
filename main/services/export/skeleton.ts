// The parts of a .docx that do not depend on the text: styles, theme, numbering, settings, footers,
// relationships and the frame of word/document.xml (namespaces, section properties). docx builds
// them once per process and layout (font profile, bold level-3 headings, orientation, track
// changes), patched (patch.ts) and compressed; an export then writes only its body and its
// properties (docx.ts). Building and zipping these parts again for every export was a third of it.
import { Document, DocumentGridType, PageOrientation } from 'docx';
import type { FontProfile } from './fonts.ts';
import { FONT_PROFILES } from './fonts.ts';
import { pageNumberFooters } from './footer.ts';
import { LINE_PITCH, PAGE } from './layout.ts';
import { compileParts, facesOf, patchPart } from './patch.ts';
import { OFF_GRID, buildStyles } from './styles.ts';
import { zipEntry } from './zip.ts';
import type { ZipEntry } from './zip.ts';

export interface Layout {
  fontProfile: FontProfile;
  level3Bold: boolean;
  /** Landscape A4 (a ledger's six columns). */
  landscape: boolean;
  /** Word's 修订 switched on for whoever opens the file. */
  trackRevisions: boolean;
}

/** The parts each export writes itself. */
export const DOCUMENT = 'word/document.xml';
export const CORE = 'docProps/core.xml';
export const CUSTOM = 'docProps/custom.xml';
type Written = typeof DOCUMENT | typeof CORE | typeof CUSTOM;

export interface Skeleton {
  /** word/document.xml up to and including <w:body>, and from the section properties on. */
  head: string;
  tail: string;
  /** The package's parts in docx's order: compressed when constant, else the name of the part to write. */
  parts: (ZipEntry | Written)[];
  /** The faces the constant parts (the page numbers) are set in. */
  fonts: string[];
}

function document(layout: Layout): Document {
  const fonts = FONT_PROFILES[layout.fontProfile];
  return new Document({
    ...(layout.trackRevisions ? { features: { trackRevisions: true } } : {}),
    styles: buildStyles(fonts, layout.level3Bold),
    // Odd pages carry the number on the right, even pages on the left (GB 7.5).
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height, ...(layout.landscape ? { orientation: PageOrientation.LANDSCAPE } : {}) },
            margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left, header: PAGE.header, footer: PAGE.footer, gutter: 0 },
          },
          // A line grid only. The character grid Word's dialog writes (linesAndChars, charSpace −849) is
          // set by LibreOffice at 18 spread-out characters a line; the condensed runs give 28 instead.
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: pageNumberFooters(),
        children: [],
      },
    ],
  });
}

const BODY = '<w:body>';

function build(layout: Layout): Skeleton {
  const fonts = new Set<string>();
  let head = '';
  let tail = '';
  const parts = [...compileParts(document(layout))].map(([name, data]): ZipEntry | Written => {
    const content = typeof data === 'string' ? patchPart(name, data, OFF_GRID) : data;
    if (name === DOCUMENT && typeof content === 'string') {
      const at = content.indexOf(BODY) + BODY.length;
      if (at < BODY.length) throw new Error('docx: word/document.xml has no body');
      [head, tail] = [content.slice(0, at), content.slice(at)];
      return DOCUMENT;
    }
    if (name === CORE || name === CUSTOM) return name;
    if (typeof content === 'string' && name !== 'word/styles.xml') facesOf(content, fonts);
    return zipEntry(name, content);
  });
  return { head, tail, parts, fonts: [...fonts] };
}

const built = new Map<string, Skeleton>();

/** The constant parts for a layout, built on first use. */
export function skeleton(layout: Layout): Skeleton {
  const key = `${layout.fontProfile}|${layout.level3Bold}|${layout.landscape}|${layout.trackRevisions}`;
  let s = built.get(key);
  if (!s) built.set(key, (s = build(layout)));
  return s;
}
