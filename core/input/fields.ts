// Field types shared by the input schemas. The helper hardens these (messages, limits).
import { z } from 'zod';

// Control characters other than tab/newline are refused: they corrupt .docx XML and hide in pasted text.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export const text = z
  .string()
  .trim()
  .min(1)
  .refine((s) => !CONTROL.test(s), { message: '含有控制字符' });

export const optionalText = text.optional();

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
});
