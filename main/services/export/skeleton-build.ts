// Builds the constant parts of a .docx for one layout with docx (skeleton.ts says what they are).
// Only this module loads docx, and only when no skeleton was compiled beside the bundle.
import { Document, DocumentGridType, PageOrientation } from 'docx';
import { FONT_PROFILES } from './fonts.ts';
import { pageNumberFooters } from './footer.ts';
import { LINE_PITCH, PAGE } from './layout.ts';
import { compileParts, patchPart } from './patch.ts';
import { CORE, CUSTOM, DOCUMENT } from './skeleton-parts.ts';
import type { Layout, Skeleton, Written } from './skeleton-parts.ts';
import { OFF_GRID } from './style-ids.ts';
import { buildStyles } from './styles.ts';
import { facesOf } from './wordml.ts';
import { zipEntry } from './zip.ts';
import type { ZipEntry } from './zip.ts';

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

export function buildSkeleton(layout: Layout): Skeleton {
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
