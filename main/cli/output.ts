// Writing a document where the user asked: .docx (the exporter, through the API), .csv (a 督办台账,
// through the API), .txt (the plain-text view) or .json (the DocModel itself).
import { extname } from 'node:path';
import { toPlainText } from '../../core/doc/text.ts';
import type { DocModel, LengthInfo } from '../../core/doc/model.ts';
import type { CliApi } from './api.ts';
import { UserError } from './errors.ts';
import { writeAtomic } from './files.ts';

export const FORMATS = ['.docx', '.txt', '.json', '.csv'] as const;

/** The output file's format, refused in Chinese when it is not one we write. */
export function outputFormat(out: string | undefined, formats: readonly string[] = FORMATS): string {
  const list = formats.join('、');
  if (!out) throw new UserError([`缺少输出文件：请用 -o 指定 ${list} 文件`]);
  const format = extname(out).toLowerCase();
  if (!formats.includes(format)) throw new UserError([`${out}：不支持的输出格式（可用 ${list}）`]);
  return format;
}

async function render(api: CliApi, doc: DocModel, format: string): Promise<Uint8Array | string> {
  switch (format) {
    case '.docx':
      return Buffer.from((await api.call('export.docx', { doc })).base64, 'base64');
    case '.csv':
      return (await api.call('export.csv', { doc })).text;
    case '.txt':
      return toPlainText(doc);
    default:
      return JSON.stringify(doc, null, 2) + '\n';
  }
}

/** Renders `doc` in the format of `out` and replaces `out` atomically. */
export async function writeDoc(api: CliApi, doc: DocModel, out: string): Promise<void> {
  writeAtomic(out, await render(api, doc, outputFormat(out)));
}

/** 「篇幅：4,812 字，约 20.1 分钟（目标 4,800 字）；开场 351 字 …」 */
export function describeLength(l: LengthInfo): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const target = l.target ? `（目标 ${n(l.target)} 字，每分钟 ${l.rate} 字）` : `（每分钟 ${l.rate} 字）`;
  const parts = l.parts.map((p) => `${p.name} ${n(p.chars)} 字 ${p.minutes} 分钟`).join('；');
  return `篇幅：${n(l.total)} 字，约 ${l.minutes} 分钟${target}\n  ${parts}`;
}

/** Prints `value` as JSON with --json, else the lines. */
export function print(json: boolean, value: unknown, lines: () => string[]): void {
  process.stdout.write(json ? JSON.stringify(value, null, 2) + '\n' : lines().join('\n') + '\n');
}
