// The numbering of a piece's parts (一、二、… or 1. 2. …): a number's value, and whether the parts
// start again below a line (a new piece's, split.ts).
import type { Para } from './clean.ts';
import { numbered } from './marks.ts';

/** How far below a line the first part's heading is looked for. */
const PARTS_REACH = 12;

/** The next level-1 heading after `from` is numbered 一 (or 1): a new set of parts. */
export function partsRestart(body: readonly Para[], from: number): boolean {
  for (let j = from; j < body.length && j < from + PARTS_REACH; j++) {
    const n = numbered(body[j]!.text);
    if (n?.level === 1) return ordinal(n.number) === 1;
  }
  return false;
}

/** 一、→1, （三）→3, 12.→12. */
export function ordinal(number: string): number {
  const digits = number.replace(/[^0-9０-９一二三四五六七八九十]/g, '');
  if (/^[0-9０-９]+$/.test(digits)) return Number(digits.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  const units = '一二三四五六七八九';
  if (digits === '十') return 10;
  const [tens, ones] = digits.includes('十') ? digits.split('十') : ['', digits];
  return (digits.includes('十') ? (tens ? units.indexOf(tens) + 1 : 1) * 10 : 0) + (ones ? units.indexOf(ones) + 1 : 0);
}
