// `wengao draft`, `check`, `templates`: material in, a draft out — through the same API calls as the
// app (draft.generate, or documents.create with --save; export.docx / export.csv for the file).
import type { CliApi } from './api.ts';
import { withHandlers } from './api.ts';
import { services, type HandlerContext } from '../api/context.ts';
import { documentHandlers } from '../api/documents.ts';
import { draftingHandlers } from '../api/drafting.ts';
import { exportHandlers } from '../api/export.ts';
import type { Parsed } from './args.ts';
import { dataDirFlag, intFlag, stringFlag } from './args.ts';
import { UserError } from './errors.ts';
import { readUserFile } from './files.ts';
import { describeLength, questionLines } from '../../core/draft/length-text.ts';
import { leadQuestions } from '../../core/draft/lead-check.ts';
import { parseInputText } from '../../core/input/index.ts';
import { outputFormat, writeDoc } from './output.ts';
import { stdio } from './stdio.ts';
import { shell } from './shell.ts';
import { useWordStarts } from '../services/export/title.ts';
import { rememberedWordStarts } from '../services/export/word-starts.ts';
import { join } from 'node:path';

/**
 * The handlers these commands call (draft.generate, documents.create, export.docx/csv,
 * input.validate, templates.list), made without the other slices: their script (draft-main.ts)
 * then holds no library, proofreading or revision code.
 */
function draftingApi(ctx: HandlerContext) {
  const s = services(ctx);
  return { ...draftingHandlers(s), ...documentHandlers(s), ...exportHandlers(s) };
}

/** The material file's text: the contract parses it (so a JSON error is located by line). */
function materialText(path: string | undefined): string {
  if (!path) throw new UserError(['缺少输入文件']);
  return readUserFile(path);
}

/** `--reseed 2:7` (repeatable): part 2 drafted with seed 7, the other parts unchanged. */
function reseeds(values: unknown): Record<string, number> | undefined {
  if (values === undefined) return undefined;
  const out = new Map<string, number>();
  for (const v of values as string[]) {
    const m = /^([0-4]):(\d{1,9})$/.exec(v);
    if (!m) throw new UserError([`--reseed：应写成“部分:种子”，部分为 0–4，例如 2:7；实际为“${v}”`]);
    out.set(m[1]!, Number(m[2]));
  }
  return Object.fromEntries(out);
}

/** `--heading 2=认清形势，…做好X工作紧迫感` (repeatable): part 2's heading from a 范文库 pattern. */
function chosenHeadings(values: unknown): Record<string, string> | undefined {
  if (values === undefined) return undefined;
  const out = new Map<string, string>();
  for (const v of values as string[]) {
    const m = /^([1-3])[=:](.*)$/s.exec(v);
    if (!m || !m[2]!.trim()) throw new UserError([`--heading：应写成“部分=标题”，部分为 1–3，标题中的 X 代表工作名称，例如 2=明确重点，全力推动X工作落实；实际为“${v}”`]);
    out.set(m[1]!, m[2]!);
  }
  return Object.fromEntries(out);
}

function draftOptions(values: Parsed['values']) {
  const enumeration = stringFlag(values.enumeration);
  if (enumeration !== undefined && enumeration !== 'auto' && enumeration !== 'di') throw new UserError([`--enumeration：应为 auto 或 di，实际为“${enumeration}”`]);
  return {
    template: stringFlag(values.template),
    seed: intFlag('--seed', values.seed, 0, 999_999_999),
    minutes: intFlag('--minutes', values.minutes, 1, 180),
    rate: intFlag('--rate', values.rate, 100, 400),
    enumeration: enumeration as 'auto' | 'di' | undefined,
    partSeeds: reseeds(values.reseed),
    headings: chosenHeadings(values.heading),
  };
}

/**
 * The draft, previewed or stored. The material is parsed as always. For a file written through the
 * exporter (.docx, .txt, .csv), the document the engine made is not parsed on its way out, nor again
 * on its way in (writeDoc): the schema takes every draft unchanged (test/unit/doc-schema.test.ts), so
 * such a draft builds no DocModel schema at all. A .json file is the document as the API answers
 * it, its keys in the schema's order, so that one is parsed.
 */
async function drafted(api: CliApi, input: string, options: ReturnType<typeof draftOptions>, save: boolean, parse: boolean) {
  if (!save) return { ...(await api.call('draft.generate', { input, options }, { output: parse })), documentId: undefined };
  return api.call('documents.create', { input, options });
}

/**
 * From the bundle, a title's line breaks use what ICU said of it before (export/word-starts.ts):
 * the first Intl object of a process costs a tenth of a draft, and the same title is drafted again and again.
 */
function rememberTitleWords(): void {
  if (shell.cacheDir) useWordStarts(rememberedWordStarts(join(shell.cacheDir, 'title-words.json')));
}

export async function draftCommand({ values, positionals }: Parsed): Promise<number> {
  rememberTitleWords();
  const out = stringFlag(values.output);
  const json = outputFormat(out) === '.json';
  const options = draftOptions(values);
  const input = materialText(positionals[0]);
  return withHandlers(
    draftingApi,
    dataDirFlag(values),
    async (api) => {
      const { doc, documentId } = await drafted(api, input, options, !!values.save, json);
      await writeDoc(api, doc, out!, undefined, true);
      stdio.out(`已生成：${out}\n`);
      if (documentId !== undefined) stdio.out(`已存入文稿库，文稿编号：${documentId}\n`);
      if (doc.length) stdio.out(describeLength(doc.length).join('\n') + '\n');
      return 0;
    },
    positionals[0],
    { database: !!values.save },
  );
}

export async function checkCommand({ positionals }: Parsed): Promise<number> {
  const text = materialText(positionals[0]);
  const result = await withHandlers(draftingApi, undefined, (api) => api.call('input.validate', { text }), undefined, { database: false });
  if (!result.ok) throw new UserError([`${positionals[0]}：输入有误`, ...result.errors.map((l) => `  ${l}`)]);
  const input = JSON.parse(text.replace(/^\uFEFF/, '')) as { kind: string; meeting: { name: string } };
  stdio.out(`输入有效：${input.kind === 'speech' ? '讲话稿' : '会议纪要'}「${input.meeting.name}」\n`);
  // A task's lead that looks typed wrong by the material's own words: asked, the check still passes (lead-check.ts).
  const parsed = parseInputText(text);
  const questions = parsed.ok && parsed.value.kind === 'speech' ? leadQuestions(parsed.value) : [];
  if (questions.length) stdio.out(questionLines(questions).join('\n') + '\n');
  return 0;
}

export async function templatesCommand(): Promise<number> {
  const templates = await withHandlers(draftingApi, undefined, (api) => api.call('templates.list', {}), undefined, { database: false });
  for (const t of templates) stdio.out(`${t.id}\t${t.name}\t${t.description}\n`);
  return 0;
}
