// An e-mail saved as a file (.eml: Outlook, Foxmail, 网易/QQ 邮箱 「导出」): secretaries receive most
// drafts so. Its attachments that the library reads (.docx, .doc, .wps, .pdf, .txt, …) are read by
// their own readers, and its body — text/plain, else the HTML — is read too. Each becomes a section
// of the text, a page break between them. When an attachment was read, a short body (「王主任：附件是
// 讲话稿，请查收。」) is the covering note, not a document: its lines are debris (reported as
// 〔邮件正文〕, restorable); a long body is a document like the attachments. An attachment of a kind
// the library does not take, or one that cannot be read, is named in the import's notices.
import { EMPTY } from './decode.ts';
import { LibraryError, MAX_FILE_BYTES, tooLarge } from './errors.ts';
import { decodeCharset, fileName, leaves, parsePart, transferDecode, type Part } from './mime.ts';
import type { Debris, Heading, ReadText } from './read-text.ts';

export const NOT_EML = '不是有效的邮件文件（.eml）';
export const EMPTY_EML = '邮件中没有可导入的正文或附件（可导入的附件：讲话、纪要等文稿的 Word、WPS、PDF、文本或网页文件）';
/** The reason the report gives for the lines of a covering note. */
export const MAIL_BODY = '邮件正文';
/** A body shorter than this (characters of text), beside an attachment read, is a covering note. */
const NOTE_MAX = 300;

/** How the reader reads an attachment of a kind the library takes (read.ts): undefined for a kind it does not. */
export type ReadAttachment = (name: string, bytes: Uint8Array) => Promise<ReadText> | undefined;

interface Section {
  read: ReadText;
  /** All its lines are debris, with this reason. */
  debris?: string;
}

export async function emlToText(bytes: Uint8Array, readAttachment: ReadAttachment): Promise<ReadText> {
  if (bytes.length === 0) throw new LibraryError(EMPTY);
  if (bytes.length > MAX_FILE_BYTES) throw tooLarge(bytes.length);
  const message = parsePart(Buffer.from(bytes).toString('latin1'));
  if (!message.headers.has('content-type') && !message.headers.has('from') && !message.headers.has('subject')) throw new LibraryError(NOT_EML);
  const notices: string[] = [];
  const attachments: Section[] = [];
  let plain: Part | undefined;
  let html: Part | undefined;
  for (const part of leaves(message)) {
    const type = (part.headers.get('content-type') ?? 'text/plain').toLowerCase();
    const name = fileName(part);
    const inline = !name && !/^attachment/i.test(part.headers.get('content-disposition') ?? '');
    if (inline && type.startsWith('text/plain')) plain ??= part;
    else if (inline && type.startsWith('text/html')) html ??= part;
    else if (name) {
      const reading = readAttachment(name, transferDecode(part));
      if (!reading) {
        notices.push(`邮件附件「${name}」不是范文库可导入的文件类型，没有导入`);
        continue;
      }
      try {
        const read = await reading;
        attachments.push({ read });
        for (const n of read.notices ?? []) notices.push(`附件「${name}」：${n}`);
      } catch (err) {
        if (!(err instanceof LibraryError)) throw err;
        notices.push(`邮件附件「${name}」没有导入：${err.message}`);
      }
    }
  }
  const body = plain ? bodyText(plain) : html ? await htmlBody(html) : undefined;
  const sections: Section[] = [];
  if (body && body.text.trim()) {
    const note = attachments.length > 0 && textLength(body.text) < NOTE_MAX;
    sections.push(note ? { read: body, debris: MAIL_BODY } : { read: body });
  }
  sections.push(...attachments);
  if (!sections.some((s) => !s.debris && s.read.text.trim())) throw new LibraryError(EMPTY_EML);
  return join(sections, notices);
}

function bodyText(part: Part): ReadText {
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(part.headers.get('content-type') ?? '')?.[1];
  return { text: decodeCharset(transferDecode(part), charset).replace(/\r\n?/g, '\n'), encoding: 'eml' };
}

async function htmlBody(part: Part): Promise<ReadText> {
  const charset = /charset\s*=\s*"?([^";\s]+)/i.exec(part.headers.get('content-type') ?? '')?.[1];
  return (await import('./html.ts')).htmlToText(transferDecode(part), charset);
}

const textLength = (text: string): number => text.replace(/[\s\u3000]/g, '').length;

/** The sections one after another, a page break between two; their debris and headings renumbered. */
function join(sections: Section[], notices: string[]): ReadText {
  const lines: string[] = [];
  const debris: Debris[] = [];
  const headings: Heading[] = [];
  for (const { read, debris: all } of sections) {
    if (lines.length > 0) lines.push('', '\f', '');
    const offset = lines.length;
    const own = read.text.split('\n');
    lines.push(...own);
    if (all) own.forEach((l, i) => l.trim() && debris.push({ line: offset + i + 1, reason: all }));
    for (const d of read.debris ?? []) debris.push({ line: d.line + offset, reason: d.reason });
    for (const h of read.headings ?? []) headings.push({ line: h.line + offset, level: h.level });
  }
  const out: ReadText = { text: lines.join('\n'), encoding: 'eml' };
  if (debris.length) out.debris = debris;
  if (headings.length) out.headings = headings;
  if (notices.length) out.notices = notices;
  return out;
}
