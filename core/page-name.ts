// The name of a file that is one page of an article saved page by page (main/services/library/pages.ts):
// the first page's name with the page's number before the extension, as a browser, a 范文 site or the
// user writes it — 「…讲话_2.html」「…讲话-2.html」「…讲话(2).html」「…讲话（2）.html」「…讲话_第2页.html」
// 「…讲话第2页.html」「…讲话_page2.html」「…讲话_p2.html」. Pure.

export interface PageName {
  /** The page's number (2 or more). */
  page: number;
  /** The names the first page may have: without its number, or with 1 in the same form (「…讲话_第1页.html」). */
  first: string[];
}

/** The base, what goes before the number, the number, what closes it, the extension. */
const PAGE = /^(.+?)([_\-－]?第|[_-](?:page|Page|PAGE|p|P)|[（(]|[_\-－])([2-9]|[1-9][0-9])(页|[）)]|)(\.[A-Za-z]{2,6})$/;

export function pageName(name: string): PageName | undefined {
  const m = PAGE.exec(name);
  if (!m) return undefined;
  const [, base, open, page, close, ext] = m as unknown as [string, string, string, string, string, string];
  // The number and its marks agree: 「第…页」, 「(…)」, or a bare separator with nothing after it.
  const pair = open.endsWith('第') ? close === '页' : /[（(]/.test(open) ? /[）)]/.test(close) : close === '';
  if (!pair) return undefined;
  return { page: Number(page), first: [...new Set([`${base}${ext}`, `${base}${open}1${close}${ext}`])] };
}
