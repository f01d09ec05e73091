// MIME as saved web pages (.mhtml) and e-mails (.eml) hold it: a message's headers and body, its
// parts (nested multiparts and forwarded messages walked), each part's bytes (base64 or
// quoted-printable) and the file names of attachments (RFC 2047 「=?GBK?B?…?=」 and RFC 2231
// 「filename*=UTF-8''%E8…」, or raw GBK bytes as some mail programs write them).
//
// The text is read as latin1 — one character a byte — so that a part's bytes survive to be decoded
// in their own charset.

export interface Part {
  headers: Map<string, string>;
  body: string;
}

/** Headers (unfolded, names lower-cased) and the body after the first blank line. */
export function parsePart(text: string): Part {
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

export const param = (header: string | undefined, name: string): string | undefined => {
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

/** A part's bytes, its transfer encoding undone. */
export function transferDecode(part: Part): Uint8Array {
  const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  if (encoding === 'base64') return new Uint8Array(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'));
  if (encoding === 'quoted-printable') return quotedPrintable(part.body);
  return new Uint8Array(Buffer.from(part.body, 'latin1'));
}

/** Bytes in a named charset (GB2312 and GBK read as GB18030, their superset); UTF-8 when the name is unknown. */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  const name = (charset ?? '').toLowerCase().replace(/^(?:gb2312|gbk|x-gbk|cp936)$/, 'gb18030');
  try {
    return new TextDecoder(name || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** A header's text: RFC 2047 encoded words decoded; raw 8-bit bytes read as UTF-8, else GB18030. */
export function headerText(value: string): string {
  const decoded = value.replace(/=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=(?:\s+(?==\?))?/g, (_, charset: string, kind: string, data: string) => {
    const bytes =
      kind.toUpperCase() === 'B' ? new Uint8Array(Buffer.from(data, 'base64')) : quotedPrintable(data.replace(/_/g, ' '));
    return decodeCharset(bytes, charset.replace(/\*.*$/, ''));
  });
  // Only when every character is one byte (latin1) can they be raw bytes to decode.
  if (!/[\x80-\xff]/.test(decoded) || /[\u0100-\uffff]/.test(decoded)) return decoded;
  const bytes = new Uint8Array(Buffer.from(decoded, 'latin1'));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** An attachment's file name: 「filename*=」 (RFC 2231, continued or not), 「filename=」, or the type's 「name=」. */
export function fileName(part: Part): string | undefined {
  const disposition = part.headers.get('content-disposition');
  const type = part.headers.get('content-type');
  for (const header of [disposition, type]) {
    if (!header) continue;
    const key = header === disposition ? 'filename' : 'name';
    // RFC 2231: 「filename*=UTF-8''%E5%91%A8…」, or continued 「filename*0*=…; filename*1*=…」.
    const pieces: string[] = [];
    for (let k = 0; ; k++) {
      const piece = param(header, `${key}\\*${k}\\*?`);
      if (piece === undefined) break;
      pieces.push(piece);
    }
    const extended = pieces.length ? pieces.join('') : param(header, `${key}\\*`);
    if (extended !== undefined) {
      const m = /^([^']*)'[^']*'(.*)$/.exec(extended);
      const charset = m ? m[1] : 'utf-8';
      const data = m ? m[2]! : extended;
      try {
        const bytes = new Uint8Array(Buffer.from(data.replace(/%([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1'));
        return decodeCharset(bytes, charset);
      } catch {
        return data;
      }
    }
    const plain = param(header, key);
    if (plain !== undefined) return headerText(plain);
  }
  return undefined;
}

/** The leaves of a message: its single part, or every part of its multiparts, forwarded messages opened, `depth` deep at most. */
export function leaves(part: Part, depth = 0): Part[] {
  const type = part.headers.get('content-type') ?? 'text/plain';
  if (depth < 8 && /^message\/rfc822/i.test(type) && !fileName(part)) return leaves(parsePart(Buffer.from(transferDecode(part)).toString('latin1')), depth + 1);
  const boundary = param(type, 'boundary');
  if (depth >= 8 || !/^multipart\//i.test(type) || !boundary) return [part];
  return part.body
    .split(`--${boundary}`)
    .slice(1)
    .filter((p) => !p.startsWith('--'))
    .flatMap((p) => leaves(parsePart(p.replace(/^\r?\n/, '')), depth + 1));
}
