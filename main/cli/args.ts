// Parsing the command line: flags and positionals (node:util parseArgs), numbers checked, mistakes
// told in Chinese with the usage.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UserError } from './errors.ts';

export type Values = Record<string, string | boolean | string[] | undefined>;

export interface Parsed {
  values: Values;
  positionals: string[];
}

export type Flags = NonNullable<ParseArgsConfig['options']>;

export function parse(args: string[], options: Flags, usage: string): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Values, positionals };
  } catch (err) {
    throw new UserError([`参数有误：${(err as Error).message}`, usage]);
  }
}

export function stringFlag(value: Values[string]): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function dataDirFlag(values: Values): string | undefined {
  return stringFlag(values['data-dir']);
}

/** An integer flag within [min, max], or undefined when not given. */
export function intFlag(name: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const text = String(value);
  if (!/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new UserError([`${name}：应为 ${min}–${max} 之间的整数，实际为“${text}”`]);
  }
  return Number(text);
}

/** A positive whole number given as an argument (a document or version number). */
export function positiveArg(text: string | undefined, what: string): number {
  if (text === undefined) throw new UserError([`缺少${what}`]);
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw new UserError([`${what}应为正整数，实际为“${text}”`]);
  return Number(text);
}
