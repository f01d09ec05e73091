/**
 * The shape of a browser-mode import call's body, checked before its bytes are decoded: exactly `{ input: { … } }` as the
 * contract takes it (core/api.ts, library.import and library.importFiles); anything else is left to the API's own refusal.
 */

/** An uploaded file as the contract sends it. */
export interface UploadedFile {
  name: string;
  base64: string;
}

/** Whether a value is an object with exactly these keys. */
function only(v: unknown, keys: string[]): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === keys.length && keys.every((k) => Object.hasOwn(v, k));
}

/** The body's `input` if the body is exactly `{ input: { <keys> } }`. */
export function exactInput(body: string, keys: string[]): Record<string, unknown> | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return undefined;
  }
  return only(parsed, ['input']) && only(parsed.input, keys) ? parsed.input : undefined;
}

/** A `{ name, base64 }` file with a name of 1–255 characters, exactly. */
export function uploadedFile(v: unknown): UploadedFile | undefined {
  if (!only(v, ['name', 'base64'])) return undefined;
  const { name, base64 } = v;
  return typeof name === 'string' && typeof base64 === 'string' && name.length >= 1 && name.length <= 255 ? { name, base64 } : undefined;
}
