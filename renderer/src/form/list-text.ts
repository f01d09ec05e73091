// A list field typed as one text: how it is cut into items and shown again. Unit names (配合单位) are
// cut at any comma or 、; examples (事例) are sentences with commas and 顿号 of their own — 「3名学生结伴到
// 河下游戏水，被巡查员及时劝离」「张大爷、李阿姨反映……」 are one example each — so they are cut only at ；/;
// or a new line (session 22's screen test: a 、 inside an example must not cut it).
export type ListSplit = 'lines' | 'units' | 'clauses';

const CUT: Record<ListSplit, RegExp> = { lines: /\n/, units: /[,，、]/, clauses: /[；;\n]/ };
const JOIN: Record<ListSplit, string> = { lines: '\n', units: '，', clauses: '；' };

/** The items of a typed text (empty ones kept while she types: 「甲；」 is 甲 and a second item begun). */
export function splitList(text: string, split: ListSplit): string[] {
  return text.split(CUT[split]);
}

/** The items as one text, for the field. */
export function joinList(items: readonly string[], split: ListSplit): string {
  return items.join(JOIN[split]);
}
