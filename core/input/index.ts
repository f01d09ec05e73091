// Validation entry point: raw JSON text or value in, a typed input or Chinese messages out.
import { wengaoInput, type WengaoInput } from './schema.ts';

export interface InputError {
  /** Field path as users read it: `campaign.tasks[2].deadline`; '' for the whole file. */
  path: string;
  message: string;
}

export type Validation = { ok: true; value: WengaoInput } | { ok: false; errors: InputError[] };

export function validateInput(raw: unknown): Validation {
  const result = wengaoInput.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  };
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** One line per error: `campaign.tasks[2].deadline：应为 YYYY-MM-DD 格式的日期`. */
export function formatErrors(errors: readonly InputError[]): string[] {
  return errors.map((e) => (e.path ? `${e.path}：${e.message}` : e.message));
}

export type { WengaoInput, SpeechInput, MinutesInput } from './schema.ts';
