// A Markdown file's YAML front matter, one block per piece (a note app's or a static site's archive:
// 「---」, 「title: "…"」, 「date: …」, 「author: …」, 「tags: […]」, 「---」, then the text). The block
// is the piece's properties, not its text: its fences and fields are removed and reported, the
// `title:` field's value stands as the piece's title line, and a 「# 标题」 repeating it right under
// the block goes with the block. The fences are rules: each block opens its piece (split.ts).

/** What a line of a front matter block is. */
export type FrontMatterLine = { kind: 'fence' | 'field' | 'repeat' } | { kind: 'title'; title: string };

const FENCE = /^---\s*$/;
/** 「key: value」 (a YAML mapping's entry), or a list's item or a value's continuation under it. */
const FIELD = /^[A-Za-z_][A-Za-z0-9_-]{0,30}\s*:(?:\s|$)/;
const CONTINUED = /^\s+(?:-\s|\S)/;
const TITLE = /^title\s*:\s*(.*)$/i;
/** A Markdown heading, its text; a note app's line of tags. */
const HEADING = /^#{1,6}\s*(.*)$/;
const TAGS = /^#[^\s#]{1,20}(?:[\s\u3000]+#[^\s#]{1,20})*$/;
/** The longest block read as front matter (fields, not a page of text between two rules). */
const MAX_FIELDS = 20;

/** The lines of the front matter blocks of `lines` (0-based), by index. */
export function frontMatter(lines: readonly string[]): Map<number, FrontMatterLine> {
  const out = new Map<number, FrontMatterLine>();
  for (let i = 0; i < lines.length; i++) {
    if (!FENCE.test(lines[i]!) || !FIELD.test(lines[i + 1] ?? '')) continue;
    let end = i + 1;
    while (end < lines.length && end - i <= MAX_FIELDS && (FIELD.test(lines[end]!) || CONTINUED.test(lines[end]!))) end++;
    if (end >= lines.length || !FENCE.test(lines[end]!)) continue;
    let title: string | undefined;
    out.set(i, { kind: 'fence' });
    for (let k = i + 1; k < end; k++) {
      const m = TITLE.exec(lines[k]!);
      const value = m?.[1]!.trim().replace(/^(["'])(.*)\1$/, '$2').trim();
      if (value && title === undefined) out.set(k, { kind: 'title', title: (title = value) });
      else out.set(k, { kind: 'field' });
    }
    out.set(end, { kind: 'fence' });
    // 「# 标题」 under the block (past blank lines and a line of tags 「#讲话稿 #创卫」), the same title again:
    // it goes with the block. Another title there is the note's own (「title: 创卫推进会讲话（周县长）」 is
    // the app's name for the note, over 「# 在全县…上的讲话」): the field is a property, not a title line.
    let next = end + 1;
    while (next < lines.length && (lines[next]!.trim() === '' || TAGS.test(lines[next]!))) next++;
    const heading = next < lines.length ? HEADING.exec(lines[next]!) : null;
    if (title !== undefined && heading && heading[1]!.replace(/\s+#{1,6}$/, '').trim() === title) out.set(next, { kind: 'repeat' });
    else if (title !== undefined && heading?.[0].startsWith('# ')) for (const [k, v] of out) if (v.kind === 'title' && k > i && k < end) out.set(k, { kind: 'field' });
    i = end;
  }
  return out;
}
