// Which reader takes a file, by its extension, and the reading: bytes → text, one paragraph a line.
// The readers of PDF, old Word/WPS and web pages load their libraries (pdf.js, word-extractor,
// linkedom, Readability) only when a file of their kind is read: importing .txt files, or starting
// the CLI, never loads them.
import { extname } from 'node:path';
import { xmlSafe } from '../../../core/doc/xml-text.ts';
import { LIBRARY_EXTENSIONS } from '../../../core/library-formats.ts';
export { unsupportedReason } from '../../../core/library-formats.ts';
import { decodeText } from './decode.ts';
import { readDocx } from './docx.ts';
import type { ReadText } from './read-text.ts';
import { simplifiedText } from './simplify.ts';

export type Format = 'txt' | 'md' | 'docx' | 'pdf' | 'doc' | 'wps' | 'html' | 'mhtml' | 'eml';

/** The extensions the library takes, as a file picker lists them. */
export const EXTENSIONS = LIBRARY_EXTENSIONS;


const BY_EXTENSION = new Map<string, Format>(Object.entries({
  '.txt': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.docx': 'docx',
  '.doc': 'doc',
  '.wps': 'wps',
  // RTF and OpenDocument text: through LibreOffice, as an old Word file that needs it (doc.ts).
  '.rtf': 'doc',
  '.odt': 'doc',
  '.pdf': 'pdf',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.mhtml': 'mhtml',
  '.mht': 'mhtml',
  // An e-mail: its body and the attachments the library reads (eml.ts).
  '.eml': 'eml',
}) as [string, Format][]);

export function formatOf(path: string): Format | undefined {
  return BY_EXTENSION.get(extname(path).toLowerCase());
}

/**
 * A file's bytes → its text; a LibraryError says in Chinese why it cannot be read. The import
 * boundary of core/doc/xml-text.ts: what XML cannot hold is dropped here, for every format, so that
 * no passage, pattern or imported document carries it on to an export. Form feeds stay: they mark
 * page breaks for the analysis (clean.ts), which removes them. A text in traditional characters is
 * converted to simplified here, for every format, with a notice (simplify.ts).
 */
export async function readFormat(format: Format, bytes: Uint8Array, converting?: () => void): Promise<ReadText> {
  const read = await readUnchecked(format, bytes, converting);
  let removed = 0;
  const text = read.text
    .split('\f')
    .map((part) => {
      const safe = xmlSafe(part);
      removed += safe.removed;
      return safe.text;
    })
    .join('\f');
  return simplifiedText(removed ? { ...read, text, removedChars: removed } : read);
}

/** `converting`: told when LibreOffice starts on the file (doc.ts). */
async function readUnchecked(format: Format, bytes: Uint8Array, converting?: () => void): Promise<ReadText> {
  switch (format) {
    case 'txt':
    case 'md':
      return decodeText(bytes);
    case 'docx':
      return readDocx(bytes);
    case 'pdf':
      return (await import('./pdf.ts')).pdfToText(bytes);
    case 'doc':
    case 'wps':
      return (await import('./doc.ts')).docToText(bytes, format, { converting });
    case 'html':
      return (await import('./html.ts')).htmlToText(bytes);
    case 'mhtml':
      return (await import('./mhtml.ts')).mhtmlToText(bytes);
    case 'eml':
      return (await import('./eml.ts')).emlToText(bytes, (name, attached) => {
        const format = formatOf(name);
        return format ? readUnchecked(format, attached, converting) : undefined;
      });
  }
}
