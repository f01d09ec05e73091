// E-mails (.eml) in the 范文库 (main/services/library/eml.ts, mime.ts): attachments read by their own
// readers, the body read, a short covering note beside an attachment set apart as debris, and what
// cannot be imported named — or the whole mail refused in Chinese when nothing in it can be.
import { describe, expect, it } from 'vitest';
import { LibraryError } from '../../main/services/library/errors.ts';
import { EMPTY_EML } from '../../main/services/library/eml.ts';
import { fileName, headerText, parsePart } from '../../main/services/library/mime.ts';
import { readFormat } from '../../main/services/library/read.ts';

const mail = (parts: string[], boundary = 'b1') =>
  new Uint8Array(Buffer.from(['From: a@b.example', 'Subject: test', 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`, '', ...parts.flatMap((p) => [`--${boundary}`, p]), `--${boundary}--`, ''].join('\r\n'), 'utf8'));
const text = (body: string, disposition = '') => `Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n${disposition}\r\n${Buffer.from(body).toString('base64')}\r\n`;
const speech = ['在全镇秋粮收购工作会议上的讲话', '同志们：', '秋粮收购即将开始，各村要提前做好准备。', '一、摸清底数', '各村要逐户摸清种植面积和预计产量。'].join('\n');

describe('an e-mail', () => {
  it('with no attachment is read as its text', async () => {
    const read = await readFormat('eml', mail([text(speech)]));
    expect(read.text).toBe(speech);
    expect(read.debris).toBeUndefined();
  });

  it('with an attachment that cannot be read and nothing else is refused, saying what it takes', async () => {
    await expect(readFormat('eml', mail([text('', 'Content-Disposition: attachment; filename="a.xlsx"\r\n')]))).rejects.toThrow(new LibraryError(EMPTY_EML));
    const refused = await readFormat('eml', mail([text('附件是讲话稿。'), 'Content-Type: application/octet-stream; name="讲话.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\nbm90IGEgcGRm\r\n', text(speech, 'Content-Disposition: attachment; filename="speech.txt"\r\n')]));
    expect(refused.notices).toEqual([expect.stringMatching(/^邮件附件「讲话\.pdf」没有导入：/)]);
    expect(refused.debris).toEqual([{ line: 1, reason: '邮件正文' }]);
    expect(refused.text.split('\n').slice(4).join('\n')).toBe(speech);
  });

  it('names attachments in RFC 2047 (GBK), RFC 2231 (continued) and raw GBK bytes', () => {
    const part = (header: string) => parsePart(`${header}\r\n\r\n`);
    expect(fileName(part('Content-Disposition: attachment; filename="=?GBK?B?vbK7sC50eHQ=?="'))).toBe('讲话.txt');
    expect(fileName(part("Content-Disposition: attachment; filename*0*=UTF-8''%E8%AE%B2; filename*1*=%E8%AF%9D.docx"))).toBe('讲话.docx');
    expect(fileName(part(`Content-Type: text/plain; name="${Buffer.from([0xbd, 0xb2, 0xbb, 0xb0]).toString('latin1')}.txt"`))).toBe('讲话.txt');
    expect(headerText('=?UTF-8?Q?=E8=AE=B2=E8=AF=9D?= =?UTF-8?B?56i/?=')).toBe('讲话稿');
  });
});
