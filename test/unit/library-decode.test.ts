// Bytes → text for .txt/.md imports: the encodings secretaries' files come in, and the refusals.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, EMPTY, NOT_TEXT, UNKNOWN_ENCODING } from '../../main/services/library/decode.ts';
import { MAX_FILE_BYTES } from '../../main/services/library/errors.ts';
import { encodeGb18030, iconv } from '../helpers/encodings.ts';
import { SHARED } from '../helpers/examples.ts';

const speech = readFileSync(join(SHARED, 'genre', 'speech-living-environment.txt'), 'utf8');
const sample = '同志们：\n今天召开全县人居环境整治推进会，主要任务是总结工作、分析形势、部署任务。\n一、提高认识\n（一）认清形势。GDP增长6.5%。\n';

function utf16(text: string, le: boolean, bom: boolean): Buffer {
  const body = Buffer.from(text, 'utf16le');
  if (!le) body.swap16();
  return Buffer.concat([bom ? Buffer.from(le ? [0xff, 0xfe] : [0xfe, 0xff]) : Buffer.alloc(0), body]);
}

describe('decodeText: accepted encodings', () => {
  it('UTF-8, with or without a byte-order mark; CRLF and CR become LF', () => {
    expect(decodeText(Buffer.from(sample))).toEqual({ text: sample, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(sample)])).text).toBe(sample);
    expect(decodeText(Buffer.from(sample.replace(/\n/g, '\r\n'))).text).toBe(sample);
    expect(decodeText(Buffer.from(sample.replace(/\n/g, '\r'))).text).toBe(sample);
  });

  it('UTF-16 LE and BE with a byte-order mark, and LE without one', () => {
    expect(decodeText(utf16(sample, true, true))).toEqual({ text: sample, encoding: 'utf-16le' });
    expect(decodeText(utf16(sample, false, true))).toEqual({ text: sample, encoding: 'utf-16be' });
    expect(decodeText(utf16(sample, true, false))).toEqual({ text: sample, encoding: 'utf-16le' });
  });

  it('GB18030/GBK (a whole genre speech)', () => {
    const bytes = encodeGb18030(speech);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const out = decodeText(bytes);
    expect(out.encoding).toBe('gb18030');
    expect(out.text).toBe(speech.replace(/\r\n?/g, '\n'));
  });

  it('stray control characters are dropped, not refused', () => {
    expect(decodeText(Buffer.from('第一段\u0001文字\u0007。\n')).text).toBe('第一段文字。\n');
  });
});

describe('decodeText: refusals', () => {
  it('empty, or only whitespace', () => {
    expect(() => decodeText(new Uint8Array())).toThrow(EMPTY);
    expect(() => decodeText(Buffer.from(' \n\r\n\u3000\n'))).toThrow(EMPTY);
  });

  it('binary: NUL bytes, or many control bytes', () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    expect(() => decodeText(png)).toThrow(NOT_TEXT);
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect(() => decodeText(random)).toThrow(NOT_TEXT);
    const controls = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i % 10 === 0 ? 0x01 : 0x41)));
    expect(() => decodeText(controls)).toThrow(NOT_TEXT);
  });

  it('UTF-32, with and without a byte-order mark', () => {
    const le = Buffer.alloc(sample.length * 4);
    [...sample].forEach((ch, i) => le.writeUInt32LE(ch.codePointAt(0)!, i * 4));
    expect(() => decodeText(Buffer.concat([Buffer.from([0xff, 0xfe, 0, 0]), le]))).toThrow(UNKNOWN_ENCODING);
    expect(() => decodeText(le)).toThrow(UNKNOWN_ENCODING);
  });

  it('Shift-JIS (Japanese): decodable as GB18030 bytes, but not Chinese text', () => {
    const japanese = 'これは日本語の文章です。今日はとても良い天気ですね。明日も晴れるでしょう。私たちは公園で散歩をしました。';
    const sjis = iconv(japanese, 'SHIFT_JIS');
    if (!sjis) return; // no iconv: nothing to encode with
    expect(() => decodeText(sjis)).toThrow(UNKNOWN_ENCODING);
  });

  it('bytes that neither UTF-8 nor GB18030 decode', () => {
    expect(() => decodeText(Buffer.from([0xe4, 0xb8, 0x80, 0x80, 0xff, 0x41, 0xfe, 0x20]))).toThrow(UNKNOWN_ENCODING);
  });

  it(`over ${MAX_FILE_BYTES / 1048576} MB`, () => {
    expect(() => decodeText(new Uint8Array(MAX_FILE_BYTES + 1))).toThrow(/^文件过大（50\.0 MB），单个文件最大 50 MB$/);
  });
});
