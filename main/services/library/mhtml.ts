// A web page saved as a single file (.mhtml from Chromium and Edge, .mht from Internet Explorer and
// WPS): a MIME message whose first text/html part is the page, in quoted-printable or base64, its
// charset in the part's header or the page's own <meta>. The page is then read as a saved .html.
import { EMPTY } from './decode.ts';
import { LibraryError, MAX_FILE_BYTES, tooLarge } from './errors.ts';
import { htmlToText } from './html.ts';
import { param, parsePart, transferDecode, type Part } from './mime.ts';
import type { ReadText } from './read-text.ts';

export const NOT_MHTML = '不是有效的 .mhtml 网页文件（找不到网页正文部分）';

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
