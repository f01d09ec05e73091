// The lines of a text as the cleaning works on them, the reasons its removals give, and the
// trimming every step shares.
export interface Line {
  no: number;
  raw: string;
  text: string;
  removed?: string;
  /** A truncation note was cut from the end of this line, or the whole line was one. */
  gapAfter?: boolean;
  /** A truncation note was cut from the start of this line. */
  gapBefore?: boolean;
  contents?: boolean;
  /** The user undid a removal on this line: it is taken as it stands (indentation aside). */
  kept?: boolean;
  /** For a kept line, the rule it matches: it still anchors the sweep of its companions. */
  keptAs?: string;
  /**
   * A kept line that stood across the text's flow (a page's number, header or footer): the text runs
   * on across it as when it was removed, and it is set as a line of its own after the paragraph it
   * stood in (join.ts), not between the halves of a sentence.
   */
  aside?: boolean;
  /** A heading's level as the file's reader knows it (a Word 标题 style). */
  heading?: number;
  /** OCR spaced its characters out (a title set with letter spacing): closed up by ocr.ts. */
  spaced?: boolean;
  /** A page break (a form feed on its own line, as the PDF reader and pdftotext write them). */
  pageBreak?: boolean;
  /** A blank line between two messages of a chat export (chat.ts): the text runs on across it as across a page's footer. */
  flow?: boolean;
  /** Which characters the cleaning's stages look for the text may hold (line-facts.ts), made once when the line is read. */
  facts?: number;
  /** The line opened with a list's mark (「- 」「* 」, nested or not): an item of its own, never the run-on of the line before. */
  item?: boolean;
}

export const REASON = {
  ad: '广告',
  site: '网站提示',
  truncation: '截断提示',
  /** A Markdown file's marks (「## 」「- 」「**」), in the user's words (「Markdown 标记」 until session 18). */
  markdown: '格式符号',
  link: '链接',
  source: '来源',
  related: '相关推荐',
  /** Where a web page is (「首页 > 政务公开 > 领导讲话」): a site's navigation, as html.ts calls what its reader finds so. */
  navigation: '导航',
  licence: '版权声明',
  teaser: '重复摘要',
  contents: '目录',
  page: '页码',
  furniture: '页眉页脚',
  /** A web page's tags left in the text (「HTML 标记」 until session 18). */
  html: '网页代码',
  rule: '分隔线',
  /** A footnote or endnote (a .docx's, a PDF page's foot, a Markdown 「[^1]: …」), set apart from the text. */
  footnote: '脚注',
  /** A note app's callout (「> [!note] 我的笔记」): the user's own remark, not the document's text. */
  note: '笔记',
  /** A 公文's 版头 (发文机关标志 and 发文字号) and 版记 (抄送, 印发): the head and print record, not text. */
  masthead: '版头',
  colophon: '版记',
  /** A 公文's 附注 under its date: how it may be published (「（此件公开发布）」) and whom to ask (「（联系人：…，电话：…）」). */
  annotation: '附注',
  /** An editor's note on how the text was made: 「（根据录音整理）」 after a title or speaker, a 「（整理：… 校对：…）」 credit line. */
  editing: '整理说明',
  /** A table's row labels and header (「1 | 领导讲话」「序号 | 类别 | 材料内容」) beside the pieces of a 汇编 laid out as a table, and a 登记表's sign-off under it (「登记人：…」). */
  tableLabels: '表格栏目',
  /** The audience's reaction in a transcript: 「（掌声）」「（笑声）」 (stage.ts). */
  stage: '现场反应',
  /** An OA system's routing form (发文稿纸, 发文处理单, 签报单) before a piece: the office's paperwork about it, not its text. */
  form: '发文稿纸',
  /** A watermark printed across every page (「内部资料 注意保存」), set apart by the PDF reader. */
  watermark: '水印',
  /** A scanning app's stamp on every page (「扫描全能王 创建」): not the document's text. */
  stamp: '扫描水印',
  /** A page the file's reader could not read (a scan in a PDF): text is missing there. */
  scan: '扫描页',
  /** What a phone's note app writes round a note it exports: its header, time stamps, 「最后编辑于…已同步至云端」, the emoji it sets before a title or heading (📝, ⭐). */
  noteApp: '笔记软件信息',
  /** A Markdown piece's YAML front matter (「---」「title:」「date:」「tags:」…): its properties, not its text (front-matter.ts). */
  frontMatter: '文档属性',
  /** A picture's caption on a line of its own (「图 2 …」「（图为会议现场）」). */
  caption: '图片说明',
  /** The chair's words between a meeting's pieces (「刚才，…作了重要讲话」「下面，请…」「散会！」), cut from a piece's end (host-lines.ts). */
  chair: '主持词',
  /** A chat app's export (微信, QQ): its header, date dividers, each message's sender and time, the talk between the pasted text (chat.ts). */
  chat: '聊天记录',
} as const;

/** Reasons an earlier version stored in technical words, as they are said now. */
const RENAMED: ReadonlyMap<string, string> = new Map([
  ['Markdown 标记', REASON.markdown],
  ['HTML 标记', REASON.html],
]);

/** A stored removal's reason in today's words (an import made before session 18 said 「Markdown 标记」). */
export const reasonName = (stored: string): string => RENAMED.get(stored) ?? stored;

export const INDENT = /^[\s\u3000\u00a0\ufeff]+/;

function space(c: number): boolean {
  return c === 0x20 || c === 0x3000 || c === 0x09 || c === 0xa0 || c === 0xfeff || (c >= 0x0a && c <= 0x0d) || c === 0x2002 || c === 0x2003;
}

/** Trailing spaces off, scanning from the end only (a regex `\s+$` rescans a long line at every space). */
export function trimEnd(s: string): string {
  let end = s.length;
  while (end > 0 && space(s.charCodeAt(end - 1))) end--;
  return end === s.length ? s : s.slice(0, end);
}
