// A file that looks like a collection but gave one document: a 汇编 by its name, a 目录 at its head,
// a 合集 title or piece marks the cleaning removed, or several speeches' titles standing in the one
// document's text. The analysis kept it whole — perhaps rightly (a single speech saved as 「讲话汇编」),
// perhaps because it could not see where the pieces begin. The user is told so in the import's
// report, with where to split it by hand (「拆分有误」, resplit.ts). Pure; one pass over the text.
import { REASON } from './lines.ts';
import { SPLIT_REASON } from './split.ts';
import type { CleanedDoc, ImportReport } from './types.ts';

/** A collection's word in a file's name: 「…讲话汇编」「领导讲话选编」「会议记录（通用8篇）」「范文3篇」. */
const COLLECTION_NAME = /[汇彙][编編]|[选選][编編]|合集|合[辑輯]|文集|[选選]集|[汇彙]集|大全|[2-9２-９]篇|[1-9１-９][0-9０-９]篇|[两兩二三四五六七八九十]+篇/;
/** A line that is a speech's or a meeting record's title: 「在…会议上的讲话」「…会议纪要」. */
const TITLE_LINE = /^(?:在.{2,50}(?:上的(?:[讲講][话話]|[发發]言|致辞|致辭|主持[词詞]|[报報]告)|[讲講][话話])|.{4,50}(?:[会會][议議](?:[纪紀]要|[记記][录錄])|工作[报報]告|[讲講][话話]稿))$/;
/** A 目录 entry's leader dots and page number. */
const LEADER = /[.．…·\s\u3000]*[0-9０-９]*$/;
/** Titles a document's text must hold (its own included) before they say it is several. */
const MANY_TITLES = 2;

/** The file's name without its folder and extension. */
const stem = (name: string) => name.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');

/** Why the file looks like a collection (in Chinese, for the notice), or none. */
function signs(name: string, doc: CleanedDoc, report: ImportReport): string[] {
  const out: string[] = [];
  const named = COLLECTION_NAME.exec(stem(name));
  if (named) out.push(`名称中有「${named[0]}」`);
  const count = (reason: string) => report.removed.filter((r) => r.reason === reason).length;
  // A 目录 of pieces, not of one speech's own headings: entries that are titles.
  const contents = report.removed.filter((r) => r.reason === REASON.contents && TITLE_LINE.test(r.text.replace(LEADER, ''))).length;
  if (contents >= 2) out.push(`开头的目录列有 ${contents} 篇`);
  if (count(SPLIT_REASON.collection) > 0) out.push('有合集的总标题');
  if (count(SPLIT_REASON.piece) >= 2) out.push('有「篇一」「篇二」一类的篇目标记');
  const titles = new Set<string>();
  if (TITLE_LINE.test(doc.title)) titles.add(doc.title);
  for (const line of doc.text.split('\n')) if (line.length <= 60 && TITLE_LINE.test(line)) titles.add(line);
  if (titles.size >= MANY_TITLES) out.push(`正文中有 ${titles.size} 个讲话或会议的标题`);
  return out;
}

/**
 * The notice for a file named or shaped as a collection that gave one document, or undefined (it
 * gave several, or nothing about it looks like a collection). `name`: the file's name.
 */
export function wholeCollectionNotice(name: string, documents: readonly CleanedDoc[], report: ImportReport): string | undefined {
  if (documents.length !== 1) return undefined;
  const why = signs(name, documents[0]!, report);
  if (why.length === 0) return undefined;
  return (
    `这个文件${why.join('，')}，像是多篇合集，但只分出 1 篇文档，已按一篇整体导入。` +
    '如果其中有几篇，请在文稿台的「导入清理记录」中找到这个文件，点「拆分有误」，再在每一篇开头的那一行点「从此处拆开」。'
  );
}
