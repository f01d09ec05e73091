// zod's issues, in Chinese: what is wrong, what was expected, what the user actually wrote.
import { z } from 'zod';
import { deadline } from './deadline.ts';
import { isoDate } from './fields.ts';
import { own } from '../own.ts';

export const KIND_HINT = '应为 speech（讲话稿）或 minutes（会议纪要）';
export const UNKNOWN_FIELD = '未知字段（请检查拼写）';

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function pathKey(path: readonly PropertyKey[] | undefined): string {
  return JSON.stringify((path ?? []).map((k) => (typeof k === 'number' ? k : String(k))));
}

export const TYPE_NAMES: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: '布尔值（true 或 false）',
  array: '列表',
  object: '对象',
  null: '空值（null）',
  date: '日期',
};

export function preview(s: string, max = 20): string {
  const chars = Array.from(s.length > max * 2 + 2 ? s.slice(0, max * 2 + 2) : s);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : s;
}

/** 「数字 230」「文本“15”」「列表」: what the user actually wrote. */
export function describe(v: unknown): string {
  if (v === null) return '空值（null）';
  if (Array.isArray(v)) return '列表';
  switch (typeof v) {
    case 'string':
      return v.length === 0 ? '空文本' : `文本“${preview(v)}”`;
    case 'number':
      return Number.isFinite(v) ? `数字 ${v}` : '超出范围的数字';
    case 'boolean':
      return `布尔值 ${v}`;
    case 'object':
      return '对象';
    default:
      return typeof v;
  }
}

type RawIssue = z.core.$ZodRawIssue;

export function chineseMessage(issue: RawIssue, knownKeys: Map<string, string[]>): string {
  const input: unknown = issue.input;
  const atRoot = (issue.path ?? []).length === 0;
  switch (issue.code) {
    case 'invalid_type':
      return typeMessage(issue.expected, input, issue.inst, atRoot);
    case 'too_small':
      return sizeMessage('small', issue.origin, Number(issue.minimum), input, issue.schema);
    case 'too_big':
      return sizeMessage('big', issue.origin, Number(issue.maximum), input, issue.schema);
    case 'unrecognized_keys': {
      if (!(issue.inst instanceof z.ZodObject)) return UNKNOWN_FIELD;
      const known = Object.keys(issue.inst.shape);
      knownKeys.set(pathKey(issue.path), known);
      // The message itself carries the suggestion for a single unknown key: inside a union (an agenda
      // item written as an object) the issue reaches index.ts without the schema it was checked against.
      const present = isPlainObject(input) ? Object.keys(input) : [];
      const guess = issue.keys.length === 1 ? suggest(issue.keys[0]!, known.filter((k) => !present.includes(k))) : undefined;
      return guess ? `${UNKNOWN_FIELD}；是否应为 ${guess}？` : UNKNOWN_FIELD;
    }
    case 'invalid_union':
      if (issue.discriminator !== undefined) {
        const value = isPlainObject(input) ? own(input, issue.discriminator) : undefined;
        const allowed: unknown[] = Array.isArray(issue.options) ? issue.options : [];
        const hint = issue.discriminator === 'kind' ? KIND_HINT : `应为 ${allowed.map(String).join('、')} 之一`;
        return value === undefined ? `缺少必填项：${hint}` : `${hint}，实际为${describe(value)}`;
      }
      return '不符合任何一种允许的写法';
    case 'invalid_value': {
      const values = issue.values;
      const last = issue.path?.[issue.path.length - 1];
      // The document's kind (speech | minutes); an agenda item or a decision has a `kind` of its own.
      const hint = last === 'kind' && values.includes('minutes') ? KIND_HINT : `应为 ${values.map((v) => JSON.stringify(v)).join('、')}${values.length > 1 ? ' 之一' : ''}`;
      // A missing field is said as missing, not as 「实际为undefined」.
      return input === undefined ? `缺少必填项：${hint}` : `${hint}，实际为${describe(input)}`;
    }
    case 'invalid_format':
      return '格式不正确';
    case 'not_multiple_of':
      return `应为 ${issue.divisor} 的倍数，实际为 ${String(input)}`;
    case 'invalid_key':
      return '键无效';
    case 'invalid_element':
      return '包含无效的项';
    case 'custom':
      return '无效的值';
    default:
      return '无效的值';
  }
}

function typeMessage(expected: string, input: unknown, inst: unknown, atRoot: boolean): string {
  let want = own(TYPE_NAMES, expected) ?? expected;
  if (expected === 'object' && input !== undefined && inst instanceof z.ZodObject && Object.keys(inst.shape).length <= 6) {
    want = `对象（字段：${Object.keys(inst.shape).join('、')}）`;
  }
  if (inst === deadline) {
    if (input === undefined) return '缺少必填项（应为 YYYY-MM-DD 格式的日期，或「9月底前」这样的时限）';
    return `应为 YYYY-MM-DD 格式的日期或「9月底前」这样的时限，写成带英文双引号的文本，如 "2026-12-31"；实际为${describe(input)}`;
  }
  if (inst === isoDate) {
    if (input === undefined) return '缺少必填项（应为 YYYY-MM-DD 格式的日期）';
    return `应为 YYYY-MM-DD 格式的日期，写成带英文双引号的文本，如 "2026-12-31"；实际为${describe(input)}`;
  }
  if (input === undefined) return `缺少必填项（应为${want}）`;
  if (atRoot) return `整个文件应为一个 JSON 对象（以 { 开头），实际为${describe(input)}`;
  if (typeof input === 'number' && !Number.isFinite(input)) return '数字超出范围';
  if (expected === 'int' && typeof input === 'number') return `应为整数，实际为 ${input}`;
  const got = describe(input);
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) {
    return `应为${want}，实际为${got}；请加上英文双引号，写成 "${String(input)}"`;
  }
  if ((expected === 'number' || expected === 'int') && typeof input === 'string' && /^-?\d+(\.\d+)?$/.test(input.trim())) {
    return `应为${want}，实际为${got}；请去掉引号，写成 ${input.trim()}`;
  }
  if (expected === 'array' && (typeof input === 'string' || isPlainObject(input))) {
    return `应为${want}，实际为${got}；只有一项也请写成列表：[ … ]`;
  }
  if (input === null) return `应为${want}，实际为空值（null）；如不需要，请删除此项`;
  return `应为${want}，实际为${got}`;
}

function sizeMessage(side: 'small' | 'big', origin: string, limit: number, input: unknown, schema: unknown): string {
  if (origin === 'array') {
    const n = Array.isArray(input) ? input.length : 0;
    return side === 'small' ? (n === 0 ? `至少需要 ${limit} 项` : `至少需要 ${limit} 项，实际 ${n} 项`) : `过多：最多 ${limit} 项，实际 ${n} 项`;
  }
  if (origin === 'string') {
    const n = typeof input === 'string' ? Array.from(input).length : 0;
    return side === 'small' ? (limit <= 1 ? '不能为空' : `过短：至少 ${limit} 字，实际 ${n} 字`) : `过长：最多 ${limit} 字，实际 ${n} 字`;
  }
  if (origin === 'number' || origin === 'int') {
    const got = typeof input === 'number' ? String(input) : describe(input);
    if (schema instanceof z.ZodNumber && schema.minValue !== null && schema.maxValue !== null) {
      const lo = Number.isSafeInteger(schema.minValue) || !schema.isInt ? schema.minValue : undefined;
      const hi = Number.isSafeInteger(schema.maxValue) || !schema.isInt ? schema.maxValue : undefined;
      if (lo !== undefined && hi !== undefined) {
        return `超出范围：应为 ${lo}–${hi} 之间的${schema.isInt ? '整数' : '数'}，实际为 ${got}`;
      }
    }
    return side === 'small' ? `过小：应不小于 ${limit}，实际为 ${got}` : `过大：应不大于 ${limit}，实际为 ${got}`;
  }
  return side === 'small' ? `过小：至少 ${limit}` : `过大：最多 ${limit}`;
}

/** The closest known field name to a misspelt one, if it is close enough to be a likely typo. */
export function suggest(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = editDistance(k, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(1, Math.floor(Math.min(key.length, best.length) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return Infinity;
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      cur.push(d);
    }
    before = prev;
    prev = cur;
  }
  return prev[b.length] as number;
}
