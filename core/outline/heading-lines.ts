// What the 范文库 search reads of a document's outline (library_headings.headings, migration 0010):
// every heading in it, one a line, depth first — run-in leads and headings known only from a 目录
// included. The same lines SQLite's json_tree gives of the outline's JSON (the update trigger of
// library_headings still computes them so, after a correction): every member named "heading" whose
// value is a string, in the JSON's order, a container before what it holds.
import { own } from '../own.ts';

/** The headings of an outline (or any JSON-shaped value), one a line; '' when it has none. */
export function headingLines(outline: unknown): string {
  const out: string[] = [];
  walk(outline, out);
  return out.join('\n');
}

function walk(value: unknown, out: string[]): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) walk(value[i], out);
    return;
  }
  // (for…in, not Object.entries(): no array of pairs made per node. Its own keys, in the order
  // JSON.stringify writes them.)
  const obj = value as Record<string, unknown>;
  for (const key in obj) {
    const v = own(obj, key);
    if (key === 'heading' && typeof v === 'string') out.push(v);
    else walk(v, out);
  }
}
