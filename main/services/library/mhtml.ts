// A web page saved as a single file (.mhtml from Chromium and Edge, .mht from Internet Explorer and
// WPS): a MIME message whose first text/html part is the page, in quoted-printable or base64, its
// charset in the part's header or the page's own <meta>. The page is then read as a saved .html.
import { EMPTY } from './decode.ts';
import { LibraryError, MAX_FILE_BYTES, tooLarge } from './errors.ts';
import { htmlToText } from './html.ts';
import type { ReadText } from './read-text.ts';

export const NOT_MHTML = '不是有效的 .mhtml 网页文件（找不到网页正文部分）';

interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Headers (unfolded, names lower-cased) and the body after the first blank line. */
function parsePart(text: string): Part {
  const end = /\r?\n\r?\n/.exec(text);
  const head = end ? text.slice(0, end.index) : text;
  const body = end ? text.slice(end.index + end[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

const param = (header: string | undefined, name: string): string | undefined => {
  const m = header && new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header);
  return m ? (m[1] ?? m[2]) : undefined;
};

function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return new Uint8Array(out);
}

function transferDecode(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return new Uint8Array(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'));
  if (encoding === 'quoted-printable') return quotedPrintable(part.body);
  return new Uint8Array(Buffer.from(part.body, 'latin1'));
}

export async function mhtmlToText(bytes: Uint8Array): Promise<ReadText> {
  if (bytes.length === 0) throw new LibraryError(EMPTY);
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length);
  // MIME is 7-bit or 8-bit text; latin1 keeps every byte as one character, to be decoded later.
  const message = parsePart(Buffer.from(bytes).toString('latin1'));
  const type = message.headers.get('content-type') ?? '';
  let page: Part | undefined;
  if (/^text\/html/i.test(type)) page = message;
  else {
    const boundary = param(type, 'boundary');
    if (!/^multipart\//i.test(type) || !boundary) throw new LibraryError(NOT_MHTML);
    const location = message.headers.get('snapshot-content-location');
    const parts = message.body
      .split(`--${boundary}`)
      .slice(1)
      .filter((p) => !p.startsWith('--'))
      .map((p) => parsePart(p.replace(/^\r?\n/, '')));
    const html = parts.filter((p) => /^text\/html/i.test(p.headers.get('content-type') ?? ''));
    page = html.find((p) => location && p.headers.get('content-location') === location) ?? html[0];
  }
  if (!page) throw new LibraryError(NOT_MHTML);
  const charset = param(page.headers.get('content-type'), 'charset');
  return htmlToText(transferDecode(page), charset);
}
