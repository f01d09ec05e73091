// A 相关推荐 list's entries, removed with its heading, and the short companions of an advert (clean.ts
// sweeps those at the head and tail of the file). Pure.
import { ARTICLE, FIELD, SALUTATION, charLength, numbered, titleLike } from './marks.ts';
import { isPiece } from './pieces.ts';
import { REASON, type Line } from './lines.ts';

/** What a web page's reader calls its navigation (html.ts's debris reason; a breadcrumb line's, clean.ts). */
const NAVIGATION = REASON.navigation;

/**
 * A short line that can only be part of an advert when it stands in a block with one: a slogan, a
 * site's name. Never a title, a heading, a salutation, a 「标签：值」 field or a date (a letter's
 * signature block may end the file next to a 「责任编辑」 line).
 */
export function companion(text: string): boolean {
  return (
    charLength(text) <= 30 &&
    !/[。！？!?]/.test(text) &&
    !FIELD.test(text) &&
    !/\d{4}年\d{1,2}月|[〇一二三四五六七八九十]{4}年/.test(text) &&
    !numbered(text) &&
    !SALUTATION.test(text) &&
    !titleLike(text) &&
    !isPiece(text) &&
    !ARTICLE.test(text)
  );
}

/** A news headline behind a place's or a column's name and a colon or bar: 「榴岭：…」「聚焦｜…」. */
const HEADLINE = /^[\u4e00-\u9fa5]{1,6}[：:｜|]\s*([^：:｜|]{6,40})$/;

/**
 * After a 「相关推荐」 line, the list of other articles' titles goes with it — across blank lines
 * too (a web page's list items come one a paragraph), but there only while what follows the entry
 * is another entry, nothing or a piece's mark (the 「…（精选4篇）」 title aside): a title with text under
 * it opens a document.
 */
export function sweepRelated(lines: Line[]): void {
  // An entry may be numbered (「1. 在全县禁毒委员会…的讲话」): a list of titles, not a speech's headings.
  const listed = (t: string) => {
    const n = numbered(t);
    return n !== undefined && n.level >= 3 && (titleLike(n.rest) || companion(n.rest));
  };
  // An article's title may ask or exclaim (「会议纪要怎么写？这篇讲透了」), or open with a place or a
  // column and a colon (「榴岭：城乡环境综合整治“百日攻坚”行动启动」「聚焦｜…」): a field's 「标签：值」
  // shape, but its value is a headline, not a date or a name list.
  const headline = (t: string) => {
    const m = HEADLINE.exec(t);
    return m !== null && companion(m[1]!.replace(/[？?！!]/g, '，'));
  };
  const entry = (l: Line | undefined) =>
    l !== undefined && !isPiece(l.text) && (companion(l.text.replace(/[？?！!]/g, '，')) || titleLike(l.text) || listed(l.text) || headline(l.text));
  const nextLive = (from: number): Line | undefined => {
    for (let k = from; k < lines.length; k++) if (!lines[k]!.removed && lines[k]!.text !== '') return lines[k];
    return undefined;
  };
  // (A list's entry swept is no 相关推荐 line of its own: the line after it is looked at as the list's.)
  const swept = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if ((lines[i]!.removed ?? lines[i]!.keptAs) !== REASON.related || swept.has(i)) continue;
    let gap = false;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      // The page's navigation (a breadcrumb) stands between a side list and the article: the list ends there.
      if ((l.removed ?? l.keptAs) === NAVIGATION) break;
      if (l.removed) continue;
      if (l.text === '') {
        gap = true;
        continue;
      }
      if (!entry(l)) break;
      if (gap) {
        const after = nextLive(j + 1);
        if (after && !entry(after) && (!isPiece(after.text) || /[0-9０-９一二三四五六七八九十]篇[）)]?$/.test(l.text))) break;
      }
      if (!l.kept) l.removed = REASON.related;
      swept.add(j);
    }
  }
}
