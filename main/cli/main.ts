// The command line: `wengao draft`, `wengao check`, `wengao templates`.
// Exit codes: 0 done · 2 bad input (Chinese messages on stderr, nothing written) · 1 internal error;
// `wengao proof` alone also returns 1 when it finds a 错误-level problem (see proof-commands.ts).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { extname } from 'node:path';
import { draft, DraftRequestError } from '../../core/draft/index.ts';
import { formatErrors, parseInputText, type WengaoInput } from '../../core/input/index.ts';
import { toPlainText } from '../../core/doc/text.ts';
import { toCsv } from '../../core/doc/csv.ts';
import type { DocModel } from '../../core/doc/model.ts';
import { describeLength } from '../../core/draft/length-text.ts';
import { loadDraftLibrary } from '../services/library-files.ts';
import { UserError } from './errors.ts';
import { readUserFile, writeAtomic } from './files.ts';
import { StoreError } from '../services/store/errors.ts';
import { LEXICON_USAGE } from './lexicon-usage.ts';
import { LIBRARY_USAGE } from './library-usage.ts';
import { STORE_USAGE } from './store-usage.ts';
import { PROOF_USAGE } from './proof-usage.ts';

// The store (and its native SQLite module) and the library load only for the commands that use them.
const storeCommands = () => import('./store-commands.ts');
const libraryCommands = () => import('./library-commands.ts');
const proofCommands = () => import('./proof-commands.ts');
const lexiconCommands = () => import('./lexicon-commands.ts');

const USAGE = `用法：
  wengao draft <输入.json> [--template 模板] [--seed 数字] [--minutes 分钟] [--rate 每分钟字数]
               [--enumeration auto|di] [--reseed 部分:种子 …] -o <输出.docx|.txt|.json|.csv>
      部分：0 开场，1–3 三个部分，4 结尾；--reseed 2:7 只把第二部分换一种说法
               [--heading 部分=标题 …]  用范文库标题句式（wengao patterns）替换 1–3 部分的标题，X 换成工作名称
               [--save] [--data-dir 文件夹]
  wengao check <输入.json>
  wengao templates
${STORE_USAGE}
${LIBRARY_USAGE}
${LEXICON_USAGE}
${PROOF_USAGE}`;

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
      case 'list':
        return (await storeCommands()).listCommand(parse(rest, { json: { type: 'boolean' }, 'data-dir': { type: 'string' } }).values);
      case 'history': {
        const { values, positionals } = parse(rest, { json: { type: 'boolean' }, 'data-dir': { type: 'string' } });
        return (await storeCommands()).historyCommand(values, positionals);
      }
      case 'save': {
        const { values, positionals } = parse(rest, { label: { type: 'string' }, 'data-dir': { type: 'string' } });
        return (await storeCommands()).saveCommand(values, positionals);
      }
      case 'diff': {
        const { values, positionals } = parse(rest, { json: { type: 'boolean' }, 'data-dir': { type: 'string' } });
        return (await storeCommands()).diffCommand(values, positionals);
      }
      case 'restore': {
        const { values, positionals } = parse(rest, { 'data-dir': { type: 'string' } });
        return (await storeCommands()).restoreCommand(values, positionals);
      }
      case 'backup': {
        const { values, positionals } = parse(rest, { 'data-dir': { type: 'string' } });
        return await (await storeCommands()).backupCommand(values, positionals);
      }
      case 'import': {
        const { values, positionals } = parse(rest, { json: { type: 'boolean' }, 'data-dir': { type: 'string' } });
        return await (await libraryCommands()).importCommand(values, positionals);
      }
      case 'search': {
        const { values, positionals } = parse(rest, {
          role: { type: 'string' },
          doc: { type: 'string' },
          year: { type: 'string' },
          limit: { type: 'string' },
          json: { type: 'boolean' },
          'data-dir': { type: 'string' },
        });
        return (await libraryCommands()).searchCommand(values, positionals);
      }
      case 'library': {
        const { values, positionals } = parse(rest, { json: { type: 'boolean' }, 'data-dir': { type: 'string' } });
        return (await libraryCommands()).libraryCommand(values, positionals);
      }
      case 'patterns': {
        const { values, positionals } = parse(rest, { role: { type: 'string' }, level: { type: 'string' }, limit: { type: 'string' }, json: { type: 'boolean' }, 'data-dir': { type: 'string' } });
        return (await libraryCommands()).patternsCommand(values, positionals);
      }
      case 'outline': {
        const { values, positionals } = parse(rest, {});
        return await (await libraryCommands()).outlineCommand(values, positionals);
      }
      case 'lexicon': {
        const { values, positionals } = parse(rest, { json: { type: 'boolean' }, level: { type: 'string' }, reason: { type: 'string' }, 'data-dir': { type: 'string' } });
        return (await lexiconCommands()).lexiconCommand(values, positionals);
      }
      case 'proof': {
        const { values, positionals } = parse(rest, { json: { type: 'boolean' }, min: { type: 'string' }, 'data-dir': { type: 'string' } });
        return await (await proofCommands()).proofCommand(values, positionals);
      }
      case 'restore-backup': {
        const { values, positionals } = parse(rest, { 'data-dir': { type: 'string' } });
        return (await storeCommands()).restoreBackupCommand(values, positionals);
      }
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
    if (err instanceof StoreError) {
      process.stderr.write(err.message + '\n');
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

const FORMATS = ['.docx', '.txt', '.json', '.csv'] as const;

async function draftCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    template: { type: 'string', short: 't' },
    seed: { type: 'string', short: 's' },
    minutes: { type: 'string' },
    rate: { type: 'string' },
    enumeration: { type: 'string' },
    reseed: { type: 'string', multiple: true },
    heading: { type: 'string', multiple: true },
    output: { type: 'string', short: 'o' },
    save: { type: 'boolean' },
    'data-dir': { type: 'string' },
  });
  const out = values.output as string | undefined;
  if (!out) throw new UserError(['缺少输出文件：请用 -o 指定 .docx、.txt、.json 或 .csv 文件']);
  const format = extname(out).toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format)) throw new UserError([`${out}：不支持的输出格式（可用 .docx、.txt、.json、.csv）`]);
  const enumeration = values.enumeration as string | undefined;
  if (enumeration !== undefined && enumeration !== 'auto' && enumeration !== 'di') throw new UserError([`--enumeration：应为 auto 或 di，实际为“${enumeration}”`]);
  const input = loadInput(positionals[0]);
  const doc = draft(input, loadDraftLibrary(), {
    template: values.template as string | undefined,
    seed: intFlag('--seed', values.seed, 0, 999_999_999),
    minutes: intFlag('--minutes', values.minutes, 1, 180),
    rate: intFlag('--rate', values.rate, 100, 400),
    enumeration,
    partSeeds: reseeds(values.reseed),
    headings: chosenHeadings(values.heading),
  });
  const data = await render(doc, format, out);
  writeAtomic(out, data);
  process.stdout.write(`已生成：${out}\n`);
  if (values.save) {
    // The material and the draft go into the local record: the draft as the document's first version.
    const { withStore } = await storeCommands();
    const id = withStore(values['data-dir'] as string | undefined, (store) => {
      const { campaignId } = store.saveCampaign(input);
      return store.createDocument(doc, 'generated', { campaignId, frame: doc.template }).documentId;
    });
    process.stdout.write(`已存入文稿库，文稿编号：${id}\n`);
  }
  if (doc.length) process.stdout.write(describeLength(doc.length).join('\n') + '\n');
  return 0;
}

function intFlag(name: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UserError([`${name}：应为 ${min}–${max} 之间的整数，实际为“${text}”`]);
  }
  return Number(text);
}

/** `--reseed 2:7` (repeatable): part 2 drafted with seed 7, the other parts unchanged. */
function reseeds(values: unknown): Record<number, number> | undefined {
  if (values === undefined) return undefined;
  const out: Record<number, number> = {};
  for (const v of values as string[]) {
    const m = /^([0-4]):(\d{1,9})$/.exec(v);
    if (!m) throw new UserError([`--reseed：应写成“部分:种子”，部分为 0–4，例如 2:7；实际为“${v}”`]);
    out[Number(m[1])] = Number(m[2]);
  }
  return out;
}

/** `--heading 2=认清形势，…做好X工作紧迫感` (repeatable): part 2's heading from a 范文库 pattern. */
function chosenHeadings(values: unknown): Record<number, string> | undefined {
  if (values === undefined) return undefined;
  const out: Record<number, string> = {};
  for (const v of values as string[]) {
    const m = /^([1-3])[=:](.*)$/s.exec(v);
    if (!m || !m[2]!.trim()) throw new UserError([`--heading：应写成“部分=标题”，部分为 1–3，标题中的 X 代表工作名称，例如 2=明确重点，全力推动X工作落实；实际为“${v}”`]);
    out[Number(m[1])] = m[2]!;
  }
  return out;
}

async function render(doc: DocModel, format: string, out: string): Promise<Uint8Array | string> {
  switch (format) {
    case '.docx':
      // The exporter (and the docx library) loads only when a .docx is asked for: `check` stays quick.
      return (await import('../services/export/docx.ts')).exportDocx(doc);
    case '.txt':
      return toPlainText(doc);
    case '.csv':
      try {
        return toCsv(doc);
      } catch (err) {
        throw new UserError([`${out}：${(err as Error).message}（请用 --template ledger）`]);
      }
    default:
      return JSON.stringify(doc, null, 2) + '\n';
  }
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
