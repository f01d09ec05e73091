// What the 范文库 search reads of a document's outline (library_headings.headings, migration 0010):
// every heading in it, one a line, depth first — run-in leads and headings known only from a 目录
// included. The same lines SQLite's json_tree gives of the outline's JSON (the update trigger of
// library_headings still computes them so, after a correction): every member named "heading" whose
// value is a string, in the JSON's order, a container before what it holds.

/** The headings of an outline (or any JSON-shaped value), one a line; '' when it has none. */
export function headingLines(outline: unknown): string {
  const out: string[] = [];
  walk(outline, out);
  return out.join('\n');
}

function walk(value: unknown, out: string[]): void {
  if (Array.isArray(value)) {
    for (const v of value) walk(v, out);
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'heading' && typeof v === 'string') out.push(v);
    else walk(v, out);
  }
}
