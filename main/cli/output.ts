// Writing a document where the user asked: .docx (the exporter, through the API), .csv (a 督办台账,
// through the API), .txt (the plain-text view) or .json (the DocModel itself).
import { extname } from 'node:path';
import { gapNotice } from '../../core/doc/gaps.ts';
import { toPlainText } from '../../core/doc/text.ts';
import type { DocModel } from '../../core/doc/model.ts';
import type { CliApi } from './api.ts';
import type { Checks } from '../api/dispatch.ts';
import { UserError } from './errors.ts';
import { writeAtomic } from './files.ts';
import { stdio } from './stdio.ts';

export const FORMATS = ['.docx', '.txt', '.json', '.csv'] as const;

/** The output file's format, refused in Chinese when it is not one we write. */
export function outputFormat(out: string | undefined, formats: readonly string[] = FORMATS): string {
  const list = formats.join('、');
  if (!out) throw new UserError([`缺少输出文件：请用 -o 指定 ${list} 文件`]);
  const format = extname(out).toLowerCase();
  if (!formats.includes(format)) throw new UserError([`${out}：不支持的输出格式（可用 ${list}）`]);
  return format;
}

/** The 【待补充】 gaps the file still holds, on stderr: the file is written all the same, never silently. */
function sayGaps(doc: DocModel): void {
  const notice = gapNotice(doc);
  if (!notice) return;
  stdio.err([`注意：${notice.summary}：`, ...notice.lines.map((l) => `  ${l}`), '  文件照常写出；定稿前请补全（wengao proof 可逐处列出）。'].join('\n') + '\n');
}

async function render(api: CliApi, doc: DocModel, format: string, documentId?: number, checks?: Checks): Promise<Uint8Array | string> {
  switch (format) {
    case '.docx': {
      // A stored document's .docx says which version it is, for 导入修改稿 when it comes back edited.
      const out = await api.call('export.docx', { doc, ...(documentId ? { documentId } : {}) }, checks);
      // What the machine that prints it must have: a character the fonts cannot show is a warning.
      for (const w of out.warnings) stdio.err(`注意：${w}\n`);
      stdio.out(`所需字体：${out.fonts.join('、')}（打印的电脑上须已安装）\n`);
      return Buffer.from(out.base64, 'base64');
    }
    case '.csv':
      return (await api.call('export.csv', { doc }, checks)).text;
    case '.txt':
      return toPlainText(doc);
    default:
      return JSON.stringify(doc, null, 2) + '\n';
  }
}

/**
 * Renders `doc` (of stored document `documentId`, if it is one) in the format of `out` and replaces
 * `out` atomically. `drafted`: the document is what this process's engine just made, which the
 * export need not parse again (dispatch.ts Checks).
 */
export async function writeDoc(api: CliApi, doc: DocModel, out: string, documentId?: number, drafted = false): Promise<void> {
  const format = outputFormat(out);
  writeAtomic(out, await render(api, doc, format, documentId, drafted ? { input: false } : undefined));
  if (format === '.docx' || format === '.txt') sayGaps(doc);
}

/** Prints `value` as JSON with --json, else the lines. */
export function print(json: boolean, value: unknown, lines: () => string[]): void {
  stdio.out(json ? JSON.stringify(value, null, 2) + '\n' : lines().join('\n') + '\n');
}
