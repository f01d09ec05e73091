// Validation entry point: raw JSON text or value in, a typed input or Chinese messages out.
//
// Every refusal is a list of `path：message` lines in Chinese, in document order, without duplicates, at most
// MAX_ERRORS of them followed by 「……另有 N 处错误」. Field-level rules (lengths, control characters, HTML,
// dates) and their messages are in fields.ts; zod's generic issues are put into Chinese by messages.ts, and
// JSON syntax errors are located by json-scan.ts. This file expands an unknown-field issue into one line per
// unknown field (each with its own path) and orders the result.
// Pure: no Node built-ins, no disk — main/ reads the file and hands over the text.
import { chineseMessage, describe, isPlainObject, pathKey, suggest, TYPE_NAMES, UNKNOWN_FIELD } from './messages.ts';
import { lineColumn, scanJson } from './json-scan.ts';
import { z } from 'zod';
import { wengaoInput, type WengaoInput } from './schema.ts';
import { own } from '../own.ts';
import { fieldLabel, type MaterialKind } from './labels.ts';

export interface InputError {
  /** The field's path in the material: `campaign.tasks[2].deadline` (the form finds its field by it); '' for the whole file. */
  path: string;
  /** The field in the user's words (labels.ts): 「第3项任务的完成时限」; '' for the whole file. */
  field?: string;
  message: string;
}

export type Validation = { ok: true; value: WengaoInput } | { ok: false; errors: InputError[] };

/** At most this many messages are reported; a final line says how many more there were. */
export const MAX_ERRORS = 50;
/** A JSON file longer than this (in UTF-16 code units, ~5 MB of ASCII) is refused before parsing. */
export const MAX_FILE_CHARS = 5_000_000;


// ───────────────────────────── value validation ─────────────────────────────

interface Located {
  path: PropertyKey[];
  message: string;
}

export function validateInput(raw: unknown): Validation {
  return finish(raw, []);
}

function finish(raw: unknown, extra: Located[]): Validation {
  const knownKeys = new Map<string, string[]>();
  const result = wengaoInput.safeParse(raw, { error: (issue) => chineseMessage(issue, knownKeys) });
  if (result.success && extra.length === 0) return { ok: true, value: result.data };
  const located: Located[] = [...extra];
  // Reading `issues` runs the error map, which fills knownKeys; read them first.
  const issues = result.success ? [] : result.error.issues;
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys.get(pathKey(issue.path)) ?? [];
      const present = objectAt(raw, issue.path);
      for (const key of issue.keys) {
        const guess = suggest(key, known.filter((k) => !(present && Object.hasOwn(present, k))));
        located.push({ path: [...issue.path, key], message: guess ? `${UNKNOWN_FIELD}；是否应为 ${guess}？` : UNKNOWN_FIELD });
      }
    } else if (issue.code === 'invalid_union' && issue.discriminator === undefined) {
      located.push(...unionIssues(issue, raw));
    } else {
      located.push({ path: issue.path, message: issue.message });
    }
  }
  return { ok: false, errors: arrange(raw, located) };
}

type UnionIssue = Extract<z.core.$ZodIssue, { code: 'invalid_union' }>;

/**
 * A value that fits none of the ways a field may be written (an agenda item: a text or an object).
 * When the value is of the type of exactly one way, that way's own problems are reported, at their
 * own paths; otherwise the message names the types allowed.
 */
function unionIssues(issue: UnionIssue, raw: unknown): Located[] {
  const wrongType = (branch: readonly z.core.$ZodIssue[]) => branch.some((i) => i.code === 'invalid_type' && i.path.length === 0);
  const fitting = issue.errors.filter((branch) => !wrongType(branch));
  if (fitting.length !== 1) {
    const expected = issue.errors.flatMap((b) => b.filter((i) => i.code === 'invalid_type' && i.path.length === 0)).map((i) => (i.code === 'invalid_type' ? (TYPE_NAMES[i.expected] ?? i.expected) : ''));
    const got = valueAt(raw, issue.path);
    return [{ path: issue.path, message: `应为${[...new Set(expected)].join('或')}，实际为${describe(got)}` }];
  }
  return fitting[0]!.flatMap((inner): Located[] => {
    const path = [...issue.path, ...inner.path];
    if (inner.code === 'unrecognized_keys') return inner.keys.map((key) => ({ path: [...path, key], message: inner.keys.length === 1 ? inner.message : UNKNOWN_FIELD }));
    if (inner.code === 'invalid_union' && inner.discriminator === undefined) return unionIssues({ ...inner, path }, raw);
    return [{ path, message: inner.message }];
  });
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = raw;
  for (const step of path) {
    if (Array.isArray(node) && typeof step === 'number') node = node[step];
    else if (isPlainObject(node) && typeof step === 'string') node = own(node, step);
    else return undefined;
  }
  return node;
}

/** Document order, duplicates dropped, capped at MAX_ERRORS plus a summary line. */
function arrange(raw: unknown, located: Located[]): InputError[] {
  const positions = new WeakMap<object, Map<string, number>>();
  const keyed = located.map((e, i) => ({ e, i, order: documentOrder(raw, e.path, positions) }));
  keyed.sort((a, b) => compareOrder(a.order, b.order) || a.i - b.i);
  const seen = new Set<string>();
  const out: InputError[] = [];
  const kind: MaterialKind = isPlainObject(raw) && raw.kind === 'minutes' ? 'minutes' : 'speech';
  for (const { e } of keyed) {
    const error = { path: formatPath(e.path), field: fieldName(kind, e.path), message: e.message };
    const id = `${error.path}\n${error.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(error);
  }
  if (out.length <= MAX_ERRORS) return out;
  const rest = out.length - MAX_ERRORS;
  return [...out.slice(0, MAX_ERRORS), { path: '', message: `……另有 ${rest} 处错误` }];
}

/** Position of each path step in the parsed document; a step that is not there (a missing field) sorts last. */
function documentOrder(raw: unknown, path: readonly PropertyKey[], positions: WeakMap<object, Map<string, number>>): number[] {
  const order: number[] = [];
  let node: unknown = raw;
  for (const step of path) {
    if (Array.isArray(node) && typeof step === 'number') {
      order.push(step);
      node = node[step];
    } else if (isPlainObject(node) && typeof step === 'string') {
      let keys = positions.get(node);
      if (!keys) {
        keys = new Map(Object.keys(node).map((k, i) => [k, i]));
        positions.set(node, keys);
      }
      const at = keys.get(step);
      order.push(at ?? keys.size);
      node = own(node, step);
    } else {
      order.push(Number.MAX_SAFE_INTEGER);
      node = undefined;
    }
  }
  return order;
}

function compareOrder(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}


function objectAt(raw: unknown, path: readonly PropertyKey[]): Record<string, unknown> | undefined {
  const node = valueAt(raw, path);
  return isPlainObject(node) ? node : undefined;
}


// A digit-only key (a part number: options.headings.2) reads plainly too.
const PLAIN_KEY = /^(?:[\p{L}_$][\p{L}\p{N}_$]*|\d{1,3})$/u;

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (PLAIN_KEY.test(name) && name.length <= 60) return i === 0 ? name : `.${name}`;
      const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
      return `[${JSON.stringify(shown)}]`;
    })
    .join('');
}

/**
 * A field named for a message (labels.ts): 「第3项任务的完成时限」. A key the material should not have
 * is shown as written, shortened and with its control characters escaped, as formatPath does.
 */
function fieldName(kind: MaterialKind, path: readonly PropertyKey[]): string {
  const steps = path.map((key) => {
    if (typeof key === 'number') return key;
    const name = String(key);
    const shown = name.length > 40 ? `${name.slice(0, 40)}…` : name;
    return PLAIN_KEY.test(name) ? shown : JSON.stringify(shown).slice(1, -1);
  });
  return steps.length ? fieldLabel(kind, steps) : '';
}

/** One line per error, the field in the user's words: `第3项任务的完成时限：应为 YYYY-MM-DD 格式的日期`. */
export function formatErrors(errors: readonly InputError[]): string[] {
  return errors.map((e) => (e.path ? `${e.field || e.path}：${e.message}` : e.message));
}

// ───────────────────────────── JSON text ─────────────────────────────

/** Parse the text of an input file (BOM tolerated) and validate it; every failure is a Chinese message. */
export function parseInputText(text: string): Validation {
  const read = readJsonText(text);
  return read.ok ? finish(read.raw, read.duplicates) : read;
}

type JsonText = { ok: true; raw: unknown; duplicates: Located[] } | { ok: false; errors: InputError[] };

/** The value of a JSON text, with its duplicate keys located; empty, oversized or broken text refused. */
function readJsonText(text: string): JsonText {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (src.trim().length === 0) return { ok: false, errors: [{ path: '', message: '文件为空' }] };
  if (src.length > MAX_FILE_CHARS) {
    return { ok: false, errors: [{ path: '', message: `文件过大：超过 ${MAX_FILE_CHARS / 10_000} 万字符，请确认选对了文件` }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(src);
  } catch {
    const problem = scanJson(src).problem;
    if (!problem) return { ok: false, errors: [{ path: '', message: '不是有效的 JSON' }] };
    const { line, column } = lineColumn(src, problem.offset);
    return {
      ok: false,
      errors: [{ path: '', message: `不是有效的 JSON：第 ${line} 行第 ${column} 列附近有语法错误；${problem.reason}` }],
    };
  }
  const duplicates: Located[] = [];
  if (isPlainObject(raw)) {
    for (const d of scanJson(src).duplicates) {
      const first = lineColumn(src, d.firstOffset);
      const again = lineColumn(src, d.offset);
      const where = first.line === again.line ? `第 ${first.line} 行写了两次` : `第 ${first.line} 行和第 ${again.line} 行都写了这一项`;
      duplicates.push({ path: d.path, message: `字段重复：${where}，后一个会覆盖前一个；请合并或删除其一` });
    }
  }
  return { ok: true, raw, duplicates };
}

// ───────────────────────────── the material in the API contract ─────────────────────────────

/**
 * The material as the API contract takes it: a value, or the text of a JSON file (the CLI hands over
 * what it read, so a syntax error or a duplicate key is located by line). Parsing it with this schema
 * is the one validation; on failure, `materialErrors` tells the user what is wrong in their words.
 */
export const materialSchema = z.preprocess((raw, ctx) => {
  if (typeof raw !== 'string') return raw;
  const read = readJsonText(raw);
  if (!read.ok) {
    for (const e of read.errors) ctx.addIssue({ code: 'custom', message: e.message, input: raw });
    return undefined;
  }
  for (const d of read.duplicates) ctx.addIssue({ code: 'custom', message: d.message, path: d.path, input: raw });
  return read.raw;
}, wengaoInput);

/** The Chinese `path：message` lines for material that `materialSchema` refused. */
export function materialErrors(raw: unknown): string[] {
  const v = typeof raw === 'string' ? parseInputText(raw) : validateInput(raw);
  return v.ok ? [] : formatErrors(v.errors);
}

export type { WengaoInput, SpeechInput, MinutesInput } from './schema.ts';
