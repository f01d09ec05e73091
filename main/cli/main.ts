// The command line: `wengao draft`, `wengao check`, `wengao templates`.
// Exit codes: 0 done · 2 bad input (Chinese messages on stderr, nothing written) · 1 internal error.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { extname } from 'node:path';
import { draft, DraftRequestError } from '../../core/draft/index.ts';
import { formatErrors, parseInputText, type WengaoInput } from '../../core/input/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { loadDraftLibrary } from '../services/library-files.ts';
import { UserError } from './errors.ts';
import { readUserFile, writeAtomic } from './files.ts';

const USAGE = `用法：
  wengao draft <输入.json> [--template 模板] [--seed 数字] -o <输出.docx|.txt|.json>
  wengao check <输入.json>
  wengao templates`;

export async function main(argv: string[]): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'draft':
        return await draftCommand(rest);
      case 'check':
        return checkCommand(rest);
      case 'templates':
        return templatesCommand();
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(USAGE + '\n');
        return command === undefined ? 2 : 0;
      default:
        throw new UserError([`未知命令：${command}`, USAGE]);
    }
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(err.lines.join('\n') + '\n');
      return 2;
    }
    if (err instanceof DraftRequestError) {
      process.stderr.write(err.message + '\n');
      return 2;
    }
    process.stderr.write(`内部错误：${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return 1;
  }
}

interface Parsed {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

function parse(args: string[], options: ParseArgsConfig['options']): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (err) {
    throw new UserError([`参数有误：${(err as Error).message}`, USAGE]);
  }
}

function loadInput(path: string | undefined): WengaoInput {
  if (!path) throw new UserError(['缺少输入文件', USAGE]);
  const result = parseInputText(readUserFile(path));
  if (!result.ok) throw new UserError([`${path}：输入有误`, ...formatErrors(result.errors).map((l) => `  ${l}`)]);
  return result.value;
}

const FORMATS = ['.docx', '.txt', '.json'] as const;

async function draftCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    template: { type: 'string', short: 't' },
    seed: { type: 'string', short: 's' },
    output: { type: 'string', short: 'o' },
  });
  const out = values.output as string | undefined;
  if (!out) throw new UserError(['缺少输出文件：请用 -o 指定 .docx、.txt 或 .json 文件']);
  const format = extname(out).toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new UserError([`${out}：不支持的输出格式（可用 .docx、.txt、.json）`]);
  const seedText = values.seed as string | undefined;
  if (seedText !== undefined && !/^\d{1,9}$/.test(seedText)) throw new UserError([`--seed：应为非负整数，实际为“${seedText}”`]);
  const input = loadInput(positionals[0]);
  const doc = draft(input, loadDraftLibrary(), {
    template: values.template as string | undefined,
    seed: seedText === undefined ? undefined : Number(seedText),
  });
  // The exporter (and the docx library) loads only when a .docx is asked for: `check` stays quick.
  const data = format === '.docx' ? await (await import('../services/export/docx.ts')).exportDocx(doc) : format === '.txt' ? toPlainText(doc) : JSON.stringify(doc, null, 2) + '\n';
  writeAtomic(out, data);
  process.stdout.write(`已生成：${out}\n`);
  return 0;
}

function checkCommand(args: string[]): number {
  const { positionals } = parse(args, {});
  const input = loadInput(positionals[0]);
  const what = input.kind === 'speech' ? '讲话稿' : '会议纪要';
  process.stdout.write(`输入有效：${what}「${input.meeting.name}」\n`);
  return 0;
}

function templatesCommand(): number {
  for (const t of loadDraftLibrary().templates.values()) process.stdout.write(`${t.id}\t${t.name}\t${t.description}\n`);
  return 0;
}
