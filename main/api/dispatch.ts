// One call through the contract: the method name checked, the input parsed with the method's input
// schema (Chinese messages with paths, as core/input writes them), the handler run, its output
// parsed with the output schema. Problems the user can fix become ApiErrors; anything else is an
// internal error whose details stay in the main process log, never in the answer to the page.
import type { z } from 'zod';
import { ApiError, contract, DRAFT_OPTION_LABELS, type Method } from '../../core/api.ts';
import { DraftRequestError } from '../../core/draft/index.ts';
import { chineseMessage, pathKey } from '../../core/input/messages.ts';
import { formatPath, materialErrors } from '../../core/input/index.ts';
import { LibraryError } from '../services/library/errors.ts';
import { StoreError } from '../services/store/errors.ts';
import type { Handlers } from './context.ts';

/** The heading of a refusal of the request itself (not of the material or the document): its lines name options. */
export const REQUEST_REFUSED = '请求参数有误';

/** What the page is told about a fault of ours. */
export const INTERNAL_ERROR = '内部错误';

/** A fault of ours (a bug, an output that does not match the contract): logged, not shown. */
export class InternalError extends Error {
  constructor(
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'InternalError';
  }
}

export function isMethod(name: string): name is Method {
  return Object.hasOwn(contract, name);
}

/**
 * Where a request's problem is: a draft option in the user's words (「讲话时长（分钟）」, 「各部分的标题中的“5”」),
 * anything else as its path (`doc.blocks[0].level`).
 */
function placeOf(path: readonly PropertyKey[]): string {
  const [first, option, ...rest] = path;
  const label = first === 'options' && typeof option === 'string' && Object.hasOwn(DRAFT_OPTION_LABELS, option) ? DRAFT_OPTION_LABELS[option as keyof typeof DRAFT_OPTION_LABELS] : undefined;
  if (label === undefined) return formatPath(path);
  return rest.length ? `${label}中的“${formatPath(rest).slice(0, 40)}”` : label;
}

/** zod issues as `place：message` lines in Chinese; an unknown field names itself in its path. */
export function issueLines(schema: z.ZodType, raw: unknown, prefix: readonly PropertyKey[] = []): { ok: true; value: unknown } | { ok: false; errors: string[] } {
  const known = new Map<string, string[]>();
  const result = schema.safeParse(raw, { error: (issue) => chineseMessage(issue as Parameters<typeof chineseMessage>[0], known) });
  if (result.success) return { ok: true, value: result.data };
  const lines: string[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      const names = known.get(pathKey(issue.path));
      for (const key of issue.keys) {
        lines.push(`${placeOf([...prefix, ...issue.path, key])}：${issue.message}${names?.length ? `（可用的字段：${names.join('、')}）` : ''}`);
      }
    } else {
      const path = placeOf([...prefix, ...issue.path]);
      lines.push(path ? `${path}：${issue.message}` : issue.message);
    }
  }
  return { ok: false, errors: [...new Set(lines)] };
}

/**
 * A request refused by the contract, told in the user's words: bad material as core/input says it
 * (paths inside the material, 「第2项任务」-style), a bad document as 文稿内容有误 with `doc.…` paths,
 * anything else as 请求参数有误. Runs only on failure: the one validation is the contract's parse.
 */
function refusal(schema: z.ZodType, raw: unknown, issues: readonly z.core.$ZodIssue[]): ApiError {
  const fields = new Set(issues.map((i) => i.path[0]));
  const only = (field: string) => fields.size === 1 && fields.has(field);
  if (only('input')) return new ApiError('材料有误，请按提示修改', materialErrors((raw as { input?: unknown }).input));
  const lines = issueLines(schema, raw);
  const errors = lines.ok ? [] : lines.errors;
  return new ApiError(only('doc') ? '文稿内容有误' : REQUEST_REFUSED, errors);
}

/**
 * What a call may leave unparsed, only ever for a document the engine made in the same process one call
 * earlier (main/cli/api.ts): `output: false` for draft.generate's, `input: false` for export.docx
 * taking it. test/unit/doc-schema.test.ts proves the schema takes every draft unchanged, so the
 * parse would give the same value; test/cli/api-parity.test.ts that the CLI's files equal the API's.
 */
export interface Checks {
  input?: boolean;
  output?: boolean;
}

/**
 * Runs one call. Resolves with the output, or rejects with an ApiError (the user can act on it) or
 * an InternalError (message INTERNAL_ERROR for the page; the cause for the log).
 */
export async function dispatch(handlers: Partial<Handlers>, method: string, rawInput: unknown, checks: Checks = {}): Promise<unknown> {
  if (typeof method !== 'string' || !isMethod(method)) {
    throw new ApiError(`未知的操作：${String(method).slice(0, 100)}`);
  }
  const handler = handlers[method] as ((input: unknown) => Promise<unknown>) | undefined;
  // A shell that serves some methods only (the CLI's drafting script) is never asked for another.
  if (!handler) throw new InternalError(`${method}: no handler in this shell`);
  const spec = contract[method];
  let input = rawInput ?? {};
  if (checks.input !== false) {
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) throw refusal(spec.input, input, parsed.error.issues);
    input = parsed.data;
  }
  let output: unknown;
  try {
    output = await handler(input);
  } catch (err) {
    throw asApiError(err);
  }
  if (checks.output === false) return output;
  const checked = spec.output.safeParse(output);
  if (!checked.success) throw new InternalError(`${method}: output does not match the contract: ${checked.error.message}`);
  return checked.data;
}

/** The errors a user can act on, as ApiErrors; anything else an InternalError. */
export function asApiError(err: unknown): ApiError | InternalError {
  if (err instanceof ApiError || err instanceof InternalError) return err;
  if (err instanceof StoreError || err instanceof DraftRequestError || err instanceof LibraryError) return new ApiError(err.message);
  return new InternalError(err instanceof Error ? err.message : String(err), err);
}

/** The JSON answer for a failed call, and its HTTP status: 400 for an ApiError, 500 otherwise. */
export function errorBody(err: unknown): { status: 400 | 500; body: { error: string; details?: string[] } } {
  if (err instanceof ApiError) return { status: 400, body: err.details.length ? { error: err.message, details: err.details } : { error: err.message } };
  return { status: 500, body: { error: INTERNAL_ERROR } };
}
