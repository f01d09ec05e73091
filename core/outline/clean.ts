// Cleaning web-scraped text: site noise out, page-break debris joined back, every removal listed.
//
// Order: per line — indentation and markdown marks, inline truncation notes, whole-line noise
// (adverts, site notes, sources, links, 相关推荐), a teaser that repeats the text below it, a 目录/提纲
// block; per block — the short companions of an advert at the head or tail of the file; then lines
// are joined into paragraphs (never across a truncation); last, joined paragraphs that are noise as
// a whole (a licence notice broken over many lines). Conservative: a line is removed only when it
// matches a site pattern, or is a short companion of one in the file's head or tail block.
// Linear: one pass a step, anchored regexes, no string rebuilt inside a loop over the text.
import type { Removal } from './types.ts';
import { charLength, numbered } from './marks.ts';
import { markContents, markTeasers } from './contents.ts';
import { companion, sweepRelated } from './related.ts';
import { markFurniture } from './furniture.ts';
import { markChat } from './chat.ts';
import { markIssueBlocks } from './issue-marks.ts';
import { markForms } from './form.ts';
import { frontMatter } from './front-matter.ts';
import { markRepeats } from './repeats.ts';
import { mendOcr } from './ocr.ts';
import { splitTitleBlocks } from './title-block.ts';
import { INDENT, REASON, trimEnd, type Line } from './lines.ts';
import { HOLDS, lineFacts, mayHold } from './line-facts.ts';
import { joinLines, type Para } from './join.ts';
import { stripInlineNotes } from './tails.ts';
import { markTitleNote } from './title-notes.ts';
import { stripHtml, stripMarkdown } from './strip.ts';
import { anyRule, endsWithOneOf, finds, holds, ruleBands } from './rule-union.ts';

export { REASON } from './lines.ts';
export type { Para } from './join.ts';

export interface Cleaned {
  paras: Para[];
  removed: Removal[];
  joinedLines: number;
  indentsTrimmed: number;
  /** Lines whose OCR misreadings were mended (ocr.ts): a spaced-out title, a dash for 一, a misread date. */
  ocrMended: number;
}

/** A site's truncation note: 「……省略984字……」「(未完,全文共5997字,当前仅显示2764字…」. */
const TRUNC =
  /省略\d+字|全文共\d+字|当前仅显示\d+字|正式会员可|请阅读下面提示|[（(]未完[，,、)）]|未完待续|余下全文|剩余\d+字|(?:免费)?(?:预览|试读)(?:已经?)?结束/;

interface Rule {
  re: RegExp;
  reason: string;
  /** Longest line (in characters) the rule may remove: real sentences are longer. */
  max: number;
  /** Only on joined paragraphs: the notice is cut into fragments that match nothing alone. */
  joined?: boolean;
  /** What every line the pattern matches passes (a character it must hold): only such lines are tried on it (rule-union.ts). */
  when?: (text: string) => boolean;
}

/** Words of adverts that a speech may use as well (a price in 「¥」: a speech's or contract's sum is written so too). */
const AD_WORD = '会员|公众号|微信群|扫码|扫一扫|二维码|订阅|原价|[￥¥]\\s?\\d';
/** What only an advert asks of its reader or names next to them: 关注, 领取, 回复, 下载, 范文… */
const AD_CONTEXT = '原价|现价|特价|仅需|立减|秒杀|关注|领取|获取|回复|下载|范文|文档|模板|资料|本站|本网|网站|客服|开通|进群|长按|专享|全站|分享给|好友|朋友圈|手机阅读|手机浏览|本栏目|登录|注册';
/** A line an advert's pattern can match holds one of its words. */
const hasAdWord = finds(new RegExp(AD_WORD));

const RULES: Rule[] = [
  { re: /^(?:[—\-－_＿=＝*＊~～─━][\s\u3000]*){3,}$/, reason: REASON.rule, max: 200 }, // 「————」「＝＝＝」 between pieces
  { re: /^(?:[…⋯][\s\u3000]*){6,}$/, reason: REASON.rule, max: 200 }, // 「……………」 between pieces (「……」 alone is an omission)
  { re: /^(?:Public domain|false|true)$/, reason: REASON.licence, max: 20 },
  { re: /维基文库|公有领域|本作品(?:是|在|不适用)/, reason: REASON.licence, max: 300, joined: true },
  {
    re: /仅供(?:学习|参考|交流)|禁止外传|请勿外传|版权归(?:原)?作者|转载请注明|免责声明|如有侵权|侵权(?:请)?联系/,
    reason: REASON.site,
    max: 80,
  },
  { re: /小编/, reason: REASON.site, max: 200 },
  // A news site's label over the speech it printed after its report (「【讲话全文】」「以下为讲话全文：」), and the report's byline (「（记者 杨帆 通讯员 吴倩）」).
  { re: /^[【[〔]?(?:讲话|发言|致辞|报告)(?:全文|原文|实录)[】\]〕]?[：:]?$|^(?:以下|下面)(?:为|是)(?:讲话|发言|致辞)(?:全文|原文)[：:。]?$/, reason: REASON.site, max: 20 },
  { re: /^[（(【〔]?(?:本报|本台|融媒)?(?:记者|通讯员|见习记者)[\s\u3000：:]*[\u4e00-\u9fa5·]{2,4}(?:[\s\u3000、，,]+(?:(?:记者|通讯员|见习记者)[\s\u3000：:]*)?[\u4e00-\u9fa5·]{2,4})*[）)】〕]?$/, reason: REASON.source, max: 40 },
  // A handling mark stamped on each piece (a text box 「内部资料」 over 「注意保存」): as a PDF's watermark says it, never text.
  { re: /^[（(【〔]?(?:内部资料|内部文件|内部参阅|注意保存|妥善保存|不得外传|严禁外传)(?:[\s\u3000，,、·]*(?:内部资料|内部文件|内部参阅|注意保存|妥善保存|不得外传|严禁外传))*[）)】〕]?$/, reason: REASON.watermark, max: 30 },
  {
    re: /^以上(?:就)?是|欢迎(?:阅读|借鉴|参考|下载)|感谢(?:您的)?阅读|希望(?:本文|以上内容)?(?:对|能)(?:你|您|大家)?(?:有所)?(?:帮助|启发)|(?:本文档?|本资料|文章)由.{0,12}(?:整理|发布|提供|上传|分享)|部分内容(?:试读|预览)|如需(?:完整|全文)(?:阅读|查看|版)|^温馨提示|查看更多|更多.{0,12}请(?:点击|关注|访问|登录)/,
    reason: REASON.site,
    max: 80,
  },
  // A 范文 site's call to click (「写材料没思路？点击获取10万篇公文范文 立即领取」): a speech says 「领取」 in a sentence, never as a button at a line's end.
  { re: /点击(?:获取|领取)|(?:立即|免费)领取[>》→»]*$/, reason: REASON.ad, max: 60 },
  { re: /本站|文档下载|下载(?:全文|本文|地址|文档|[Ww]ord)|获取完整版|点击下载|免费下载|[Ww]ord版|全文下载|复制本文|下载后可编辑|^【下载提示】/, reason: REASON.site, max: 80 },
  // A document site's page: its reading prompts (「还剩9页未读，继续阅读」), badges, upload line, and
  // the page's own title with the site's name after it (「… - 百度文库」「…_公文范文网」).
  { re: /还剩\d+页(?:未读)?|^(?:继续阅读|展开阅读全文|阅读全文|阅读原文|预览时标签不可点)$|^(?:精品|精选|优质|热门|VIP)文档$|^[（(【]?(?:本文|全文|正文)?共计?[0-9,，]+字[）)】]?$/, reason: REASON.site, max: 60 },
  // Its fields about the file (「文档分类：行政公文 > 讲话稿」「文档格式：.docx」「所属栏目：…」, a class path
  // 「分类：公文 > 讲话稿」): a 「标签：值」 line, no companion, it had stopped the sweep of the top block.
  { re: /^(?:文档|资料|所属|栏目|内容)(?:分类|类别|类型|格式|大小|页数|标签|栏目)[：:]|^分类[：:][^。！？]{0,30}[>＞»›/／]/, reason: REASON.site, max: 60 },
  // The same fields run on one line (「页数：9页 格式：docx 大小：31.6KB 上传时间：…」): a file's
  // page count, its format as an extension, its size in KB — no document states its own so.
  { re: /页数[：:][\s\u3000]*[0-9]+[\s\u3000]*页|格式[：:][\s\u3000]*\.?(?:docx?|DOCX?|wps|WPS|pdf|PDF|pptx?|PPTX?|txt|TXT)(?![A-Za-z])|大小[：:][\s\u3000]*[0-9.]+[\s\u3000]*(?:[KkMm]B?|字节)/, reason: REASON.site, max: 80 },
  // The page's file name standing as a line (「…讲话稿（两篇）.docx」「….doc 7页 VIP」): the page's
  // head or a list of other files, never a title — a line naming an attachment (「附件：」「详见附件…」) stays.
  { re: /^(?![^。！？!?]{0,80}附件)[^。！？!?]{2,80}\.(?:docx?|DOCX?|wps|WPS|pdf|PDF|pptx?|PPTX?|xlsx?|XLSX?|txt|TXT)(?:[\s\u3000]+[^。！？!?]{0,30})?$/, reason: REASON.site, max: 110, when: holds('.') },
  // A document page's buttons copied as one line: 「收藏 分享 举报」.
  { re: /^(?:(?:收藏|分享|举报|点赞|打赏|评论|打印|下载|纠错|投诉)[\s\u3000|｜·/]*){2,}$/, reason: REASON.site, max: 30 },
  { re: /^.{0,60}[\s\u3000]*[-_|｜–—][\s\u3000]*[\u4e00-\u9fa5A-Za-z]{0,8}(?:文库|范文网|文秘网|公文网|秘书网|写作网|材料网|文档网|资料网|范文大全)$|^[\u4e00-\u9fa5]{0,6}(?:文库|范文网|文秘网|公文网|秘书网|写作网)$/, reason: REASON.site, max: 80, when: endsWithOneOf('库网全') },
  // A government site's article page: where the page is (「您当前的位置：首页 > …」), the font and print
  // buttons (「【字体：大 中 小】【打印本页】」), the prompt to read it on a phone.
  { re: /^(?:您(?:当前)?的?位置|当前位置)[：:]|^【?字[体号][：:]\s*大|在手机(?:上)?(?:打开|阅读|浏览)(?:当前页|本页|本文)/, reason: REASON.site, max: 80 },
  // The same path copied without its label (「首页 > 政务公开 > 领导讲话」): short names between 「>」s, no sentence; and the
  // page's links under the article (「相关链接：某某市人民政府 | 中国政府网」「友情链接：…」).
  { re: /^[\s\u3000]*(?:网站)?首页[\s\u3000]*[>＞»›][^。！？，；]{0,60}$|^[^。！？，；>＞»›]{1,12}(?:[\s\u3000]*[>＞»›][\s\u3000]*[^。！？，；>＞»›]{1,16}){2,}$/, reason: REASON.navigation, max: 80, when: finds(/[>＞»›]/) },
  { re: /^[【[]?(?:相关|友情)链接[】\]]?[：:]/, reason: REASON.site, max: 80 },
  // A knowledge base's page exported (Confluence, a wiki): its path 「知识库 / 秘书科 / 领导讲话」, its 「[TOC]」 macro, who
  // edited it last (「最后编辑：某某 于 2024-05-21 16:40 浏览 37 次」), the export's own line (「本页面由 Confluence 导出，…」).
  { re: /^[^。！？，；：:…/／A-Za-z]{1,12}(?:[\s\u3000]+[/／][\s\u3000]+[^。！？，；：:…/／A-Za-z]{1,16}){2,}$/, reason: REASON.navigation, max: 80, when: finds(/[\s\u3000][/／][\s\u3000]/) },
  { re: /^(?:\[\[?_?(?:TOC|toc)_?\]\]?|@\[(?:TOC|toc)\](?:\([^)]*\))?)$/, reason: REASON.markdown, max: 20 },
  { re: /^最后(?:编辑|修改|更新)(?:人|者|时间|日期|于)?[：:]|^(?:本|此)(?:页面?|文档?|文章)由[^。！？]{0,24}(?:导出|生成)/, reason: REASON.site, max: 80 },
  // A periodical's running head copied with its page: 「某某县人民政府公报 2019年第5期（总第121期）」.
  { re: /^[^。！？，]{2,24}(?:公报|政报|通讯|简报|学报|杂志)[\s\u3000]*(?:(?:19|20)[0-9]{2}年)?第[0-9]{1,3}期(?:[（(]总第[0-9]{1,4}期[）)])?$/, reason: REASON.furniture, max: 60, when: holds('期') },
  // A phone's note app, exporting notes: its header (「📒 备忘录导出 · 共 2 条笔记」「导出时间：…」), a
  // note's time stamp (「🕗 2026年11月3日 星期二 08:12」: a date with the clock's time, which no
  // speech's date line has), its footer (「—— 最后编辑于 … · 已同步至云端 ☁️ · 2895 字」).
  {
    re: /^(?:[\uD83C-\uD83E][\uDC00-\uDFFF]\s*)?(?:备忘录|笔记|便签)(?:导出|备份)|^导出(?:时间|日期)[：:]|^(?:[\uD83C-\uD83E][\uDC00-\uDFFF]\s*|[\u23F0\u231A]\uFE0F?\s*)?(?:19|20)[0-9]{2}(?:年[0-9]{1,2}月[0-9]{1,2}日|[-/.][0-9]{1,2}[-/.][0-9]{1,2})[\s\u3000]*(?:(?:星期|周)[一二三四五六日天][\s\u3000]*)?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$|最后(?:编辑|修改)于|已同步(?:至|到)云端/,
    reason: REASON.noteApp,
    max: 80,
  },
  // A line of emoji alone (「👇👇👇」): a separator.
  { re: /^(?:[\uD83C-\uD83E][\uDC00-\uDFFF]|[\u2190-\u21FF\u2600-\u27BF\s]|\uFE0F|\u200D)+$/, reason: REASON.rule, max: 20 },
  // A 公众号's ending: 「点个在看，你最好看」, 「- END -」, 「往期推荐」.
  { re: /点个?在看|点赞.{0,4}在看|在看.{0,4}点赞/, reason: REASON.site, max: 30 },
  // The counters and buttons WeChat draws under an article, each its own line when the page is
  // saved: 「阅读 1.2万」「点赞 86」「在看 35」「写留言」「喜欢此内容的人还喜欢」.
  { re: /^(?:阅读|阅读量|赞|点赞|在看|转发|分享|收藏|留言|写留言|评论)(?:[\s\u3000]*[0-9]+(?:\.[0-9]+)?[万wW]?\+?)?$|^喜欢此内容的人还喜欢$/, reason: REASON.site, max: 20 },
  // The end of a piece, as a site or 公众号 marks it: 「（全文完）」「——END——」 (「（汇编完）」 a 汇编's) — a separator, like a rule.
  { re: /^[（(【[]?(?:全文完|本文完|正文完|汇编完|完)[）)】\]]?$|^[—\-－_＝=~～·\s]*(?:END|End)[—\-－_＝=~～·\s]*$/, reason: REASON.rule, max: 20 },
  // An advert by words no speech uses.
  {
    re: /[Qq]{2}群|[Qq]{2}[：:]|加群|微信号[：:]|立享|免费赠送|倒卖|VIP|优惠券|下载券|充值|限时(?:优惠|特惠|免费)|登录(?:后|即可)(?:查看|下载|阅读)|扫码关注|关注(?:我们|本站|本号|公众号)|点击(?:上方|下方|顶部|右上角)[^。！？]{0,8}关注|^点击上方蓝字/,
    reason: REASON.ad,
    max: 60,
  },
  // Words a speech uses too (「一律扫码进场」「用好微信公众号」「通过微信群宣传」「工会会员」「订阅党报党刊」): an advert
  // only with what an advert asks of its reader, or names, on the same line.
  {
    re: new RegExp(`(?:${AD_WORD}).{0,30}(?:${AD_CONTEXT})|(?:${AD_CONTEXT}).{0,30}(?:${AD_WORD})`),
    reason: REASON.ad,
    max: 60,
    when: hasAdWord,
  },
  // Or alone on a line a few characters long, with no sentence in it (「扫一扫」「二维码」「公众号：某某网」).
  { re: new RegExp(`^[^。！？!?]{0,8}(?:${AD_WORD})[^。！？!?]{0,8}$`), reason: REASON.ad, max: 10, when: hasAdWord },
  { re: /[Cc]opyright\s*(?:©|\([Cc]\)|[0-9]{4})|©|ICP备|ICP证|公网安备|^版权所有/, reason: REASON.licence, max: 120 },
  { re: /^(?:我要)?举报(?:本文|此文)?$|举报(?:倒卖|成功|此文|本文|该文)/, reason: REASON.site, max: 60 },
  {
    re: /^(?:收藏|点赞|打赏|评论|打印|关闭|复制|下载|分享)(?:本[文页站]|此文|全文)?$|^(?:点击收藏|加入收藏|收藏《|收藏本|分享到|分享至|打印本页|关闭窗口|返回顶部|返回首页|返回列表|上一篇|下一篇|上一页|下一页|(?:点击)?(?:查看|阅读|展开)全文|字号[：:]|【(?:打印|关闭|大|中|小|收藏)[^】]{0,4}】)/,
    reason: REASON.site,
    max: 80,
  },
  {
    re: /^[（(【[]?(?:(?:本文|文章|信息)?来源[：:]|上传(?:者|人|时间)[：:]|本文来源|(?:原文|本文|文章)(?:链接|地址)|网址[：:]|责任编辑|编辑[：:]|作者[：:]|发布(?:时间|日期)[：:]|时间[：:]\s*\d{4}-|(?:浏览|阅读|点击)(?:次数|量|数|率))/,
    reason: REASON.source,
    max: 100,
  },
  // A 公众号 article's byline: the account, the time it was posted, where from (「云岭发布 2024-09-05 18:30 发表于云岭」).
  { re: /^(?:原创[\s\u3000]+)?[^。！？，,\s\u3000]{1,20}(?:[\s\u3000]+[^。！？，,\s\u3000]{1,20})?[\s\u3000]+(?:19|20)[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}(?:[\s\u3000]+[0-9]{1,2}:[0-9]{2})?(?:[\s\u3000]*发表于[\u4e00-\u9fa5]{1,10})?$/, reason: REASON.source, max: 60, when: holds('-') },
  // A form's blank sign-off under a record: 「主持人签字：…记录人签字：」 (nothing signed, nothing said).
  { re: /^(?:[\u4e00-\u9fa5]{0,5}(?:签字|签名)[：:][\s\u3000_＿]*){1,4}$/, reason: REASON.tableLabels, max: 60, when: holds('签') },
  // A transcript's credit line: 「（整理：县委办公室 刘某某 校对：张某某）」 — bracketed, so never a 纪要's 「记录：」 field.
  // A 汇编's or a register's note on who keeps it, in brackets under it: 「（本表由秘书科维护，如有遗漏请联系分机8021）」.
  { re: /^[（(](?:本(?:表|汇编|索引|目录|合集|名录|清单|资料)由[^（）()。！？]{1,20}(?:维护|整理|编制|汇总|更新)|[^（）()。！？]{0,30}如有(?:遗漏|错漏|疏漏|错误)[^（）()。！？]{0,6}(?:请|敬请)?(?:联系|告知))[^（）()]{0,40}[）)]$/, reason: REASON.editing, max: 80 },
  { re: /^[（(](?:[^（）()]{0,12}(?:整理|校对|审校)[：:][^（）()]{1,20}){1,3}[）)]$|^[（(][^（）()]{0,4}(?:录音整理|记录整理|未经本人审阅)[^（）()]{0,10}[）)]$/, reason: REASON.editing, max: 60 },
  {
    // (A 公众号 sets it between arrows: 「▼ 往期推荐 ▼」「👇往期精彩👇」.)
    re: /^(?:▼|▽|↓|👇|【|\s|\u3000)*(?:相关推荐|相关阅读|相关文章|相关范文|相关文档|相关资料|猜你喜欢|热门推荐|热门文章|推荐阅读|延伸阅读|精彩推荐|往期推荐|往期回顾|往期精选|往期精彩|往期热文|精彩回顾|更多(?:相关|精彩|范文)|[你您]可能(?:还)?(?:喜欢|感兴趣)|(?:最新|热门)(?:发布|上传|文档)(?=$|[：:\s\u3000▼↓]|👇))/,
    reason: REASON.related,
    max: 60,
  },
];

/** The head of a note app's callout: 「> [!note] 我的笔记」「> [!tip]-」. */
const CALLOUT = /^>\s?\[![A-Za-z]{1,20}\][-+]?/;

const URL = /(?:https?:\/\/|www\.)[^\s，。；、）)」”\u3000]*/gi;
const HAS_URL = /https?:\/\/|www\.[a-z0-9-]+\./i;
const ATTENDANCE = /^(?:出席|列席|请假|缺席|参加人员|参会人员)[：:]/;

const LONGEST_RULE = Math.max(...RULES.map((r) => r.max));
/** The rules' unions for lines of each length (rule-union.ts). */
const BANDS = ruleBands(RULES);

/** Texts of this file that hold no rule's pattern: a paragraph of one line is its line again, and
 *  the union, the costliest test of the cleaning, is not run on it twice. */
type Clear = Set<string>;

function ruleFor(text: string, joined: boolean, clear: Clear, facts?: number): string | undefined {
  // Every keyword rule is for short lines: a long one is only checked for being a bare link. A web
  // address is the site's, not a sentence's length (「…如有侵权请联系删除。本文链接：https://…」).
  const url = mayHold(text, facts, HOLDS.url) && HAS_URL.test(text);
  const len = text.length > 320 ? Infinity : charLength(url ? text.replace(URL, '') : text);
  if (len <= LONGEST_RULE && !clear.has(text)) {
    if (!anyRule(BANDS, text, len)) clear.add(text);
    else {
      // Keyword rules never touch a numbered heading or a minutes attendance line.
      let guarded: boolean | undefined;
      for (const rule of RULES) {
        if (len > rule.max || (rule.joined && !joined) || (rule.when && !rule.when(text))) continue;
        if (!rule.re.test(text)) continue;
        guarded ??= numbered(text) !== undefined || ATTENDANCE.test(text);
        if (!guarded || rule.reason === REASON.licence) return rule.reason;
      }
    }
  }
  if (url) {
    // A line that is a link with at most a short label (原文链接：http://…) goes; a sentence that
    // mentions a web address keeps it.
    const label = text.replace(URL, '').replace(/[\s\p{P}\p{S}A-Za-z0-9]/gu, '');
    if (charLength(label) <= 20) return REASON.link;
  }
  return undefined;
}

const TRUNC_ALL = new RegExp(TRUNC.source, 'g');
const NOTE_EDGE = /[…．.·\s\u3000—-]/;
const realText = (s: string): boolean => /[\p{L}\p{N}]/u.test(s);

/** Cut truncation notes out of a line; returns the pieces of real text left (none: the line goes). */
function cutTruncation(line: Line, removed: Removal[]): Line[] {
  const t = line.text;
  const notes: Removal[] = [];
  const pieces: Line[] = [];
  let from = 0;
  let gapBefore = line.gapBefore === true;
  TRUNC_ALL.lastIndex = 0;
  for (let m = TRUNC_ALL.exec(t); m; m = TRUNC_ALL.exec(t)) {
    // The note starts at the bracket that opens it (if within reach), with the 「……」 before it.
    let start = m.index;
    for (let j = m.index - 1; j >= from && j >= m.index - 40; j--) {
      const c = t[j]!;
      if (c === '(' || c === '（') {
        start = j;
        break;
      }
      if (c === '。' || c === '！' || c === '？') break;
    }
    while (start > from && NOTE_EDGE.test(t[start - 1]!)) start--;
    // It ends at its closing bracket, with the 「……」 after it; unclosed, at the end of the line when
    // that is near, else after its first sentence: what follows may be real text.
    const after = m.index + m[0].length;
    let end = -1;
    let stop = -1;
    for (let j = after; j < t.length && j < after + 80; j++) {
      if (t[j] === ')' || t[j] === '）') {
        end = j + 1;
        break;
      }
      if (stop < 0 && (t[j] === '。' || t[j] === '！')) stop = j + 1;
    }
    if (end < 0) end = t.length - after <= 80 ? t.length : stop > 0 ? stop : after;
    while (end < t.length && NOTE_EDGE.test(t[end]!)) end++;
    const before = trimEnd(t.slice(from, start)).replace(INDENT, '');
    if (realText(before)) pieces.push({ no: line.no, raw: line.raw, text: before, gapBefore, gapAfter: true });
    else if (pieces.length) pieces[pieces.length - 1]!.gapAfter = true;
    notes.push({ line: line.no, text: t.slice(start, end), reason: REASON.truncation });
    from = end;
    gapBefore = true;
    TRUNC_ALL.lastIndex = Math.max(end, after);
  }
  if (notes.length === 0) return [line];
  const rest = t.slice(from).replace(INDENT, '');
  if (realText(rest)) pieces.push({ no: line.no, raw: line.raw, text: rest, gapBefore: true, gapAfter: line.gapAfter });
  if (pieces.length === 0) {
    line.removed = REASON.truncation;
    line.gapAfter = true;
    return [line];
  }
  removed.push(...notes);
  return pieces;
}

// ---- per block --------------------------------------------------------------------------------

const NOISE_REASONS = new Set<string>([REASON.ad, REASON.site, REASON.source, REASON.link, REASON.licence, REASON.truncation]);
/** The removals whose text, standing again inside the text, is the same debris (repeats.ts). */
const REPEATED: ReadonlySet<string> = new Set<string>([REASON.ad, REASON.site]);

/** Blocks of consecutive non-blank lines, as index ranges into `lines`. */
function blocks(lines: Line[]): [number, number][] {
  const out: [number, number][] = [];
  let start = -1;
  lines.forEach((l, i) => {
    const blank = !l.removed && l.text === '';
    if (blank) {
      if (start >= 0) out.push([start, i]);
      start = -1;
    } else if (start < 0) start = i;
  });
  if (start >= 0) out.push([start, lines.length]);
  return out;
}

/** At the head and the tail of the file, the short companions of an advert go with it. */
function sweepEdges(lines: Line[]): void {
  const all = blocks(lines);
  const sweep = (range: [number, number]): boolean => {
    const block = lines.slice(range[0], range[1]);
    // A line the user kept still shows the block is an advert's; it alone stays.
    const noiseOf = (l: Line) => l.removed ?? l.keptAs;
    const noise = block.find((l) => NOISE_REASONS.has(noiseOf(l) ?? ''));
    const kept = block.filter((l) => !l.removed);
    if (!noise) return kept.length === 0;
    if (!kept.every((l) => l.kept || companion(l.text))) return false;
    const reason = noiseOf(noise) === REASON.licence ? REASON.licence : REASON.ad;
    for (const l of kept) if (!l.kept) l.removed = reason;
    return true;
  };
  let head = 0;
  while (head < all.length && sweep(all[head]!)) head++;
  for (let tail = all.length - 1; tail > head && sweep(all[tail]!); tail--);
  sweepRelated(lines);
}

// ---- the whole --------------------------------------------------------------------------------

/**
 * `keep`: raw line numbers (1-based) whose removal the user undid. Such a line is taken as it
 * stands in the raw text, indentation aside — every removal on it (a whole-line rule, a markdown
 * mark, a truncation note cut from it, the sweep of an advert's companions, a noisy joined
 * paragraph starting there) is undone together — and it is joined into paragraphs like any line.
 * Only the kept lines come back: the blocks they stand in are recognised as before (an advert's
 * block, a 目录, a 相关推荐 list), so the lines removed with them stay removed.
 */
export function clean(
  raw: string,
  keep: ReadonlySet<number> = new Set(),
  debris: ReadonlyMap<number, string> = new Map(),
  headings: ReadonlyMap<number, number> = new Map(),
  aside: ReadonlySet<number> = new Set(),
): Cleaned {
  const removed: Removal[] = [];
  const clear: Clear = new Set();
  const { lines, indentsTrimmed, ocrMended } = readLines(raw, keep, debris, removed, clear);
  for (const l of lines) {
    const level = headings.get(l.no);
    if (level !== undefined) l.heading = level;
    if (l.kept && aside.has(l.no)) l.aside = true;
  }
  markChat(lines);
  markTeasers(lines);
  markContents(lines);
  sweepEdges(lines);
  markRepeats(lines, REPEATED);
  markFurniture(lines);
  markIssueBlocks(lines);
  markForms(lines);
  const joined = joinLines(lines, removed);
  const { paras, joinedLines } = dropJoinedNoise(splitTitleBlocks(joined.paras), joined.joinedLines, removed, clear);
  removed.sort((a, b) => a.line - b.line);
  return { paras, removed, joinedLines, indentsTrimmed, ocrMended };
}

/** A web page's no-break space pasted after a full-width mark (「今天，\u00a0我们」): never a space of the text. */
const NBSP_AFTER_MARK = /([，。、；：！？”’）」』】])[ \u00a0]*\u00a0[ \u00a0]*/g;

/** A 「---」 line: a Markdown rule, or a front matter block's fence (front-matter.ts). */
const FENCE_AT_LINE = /(?:^|\n)---\s*(?:\r?\n|$)/;

/** The raw lines, indentation trimmed and what is noise on each line alone marked. */
function readLines(raw: string, keep: ReadonlySet<number>, debris: ReadonlyMap<number, string>, removed: Removal[], clear: Clear): { lines: Line[]; indentsTrimmed: number; ocrMended: number } {
  const source = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const lines: Line[] = [];
  let indentsTrimmed = 0;
  let ocrMended = 0;
  let callout = false;
  const rawLines = source.split(/\r\n|\n|\r/);
  // (Only a text with a 「---」 line can hold front matter: most are not scanned for it.)
  const front = FENCE_AT_LINE.test(source) ? frontMatter(rawLines) : undefined;
  rawLines.forEach((rawLine, k) => {
    const trimmed = trimEnd(rawLine);
    const line: Line = { no: k + 1, raw: trimmed, text: trimmed };
    if (trimmed === '' && rawLine.includes('\f')) line.pageBreak = true;
    const indent = INDENT.exec(line.text);
    if (indent) {
      line.text = line.text.slice(indent[0].length);
      if (line.text) indentsTrimmed++;
    }
    if (line.text.includes('\u00a0')) line.text = line.text.replace(NBSP_AFTER_MARK, '$1');
    const property = front?.get(k);
    if (property && !keep.has(line.no)) {
      if (property.kind !== 'title') {
        line.removed = REASON.frontMatter;
        lines.push(line);
        return;
      }
      // The `title:` field stands as the piece's title line.
      removed.push({ line: line.no, text: line.text.slice(0, Math.max(0, line.text.indexOf(property.title))).replace(/["']$/, '').trim() || 'title:', reason: REASON.frontMatter });
      line.text = property.title;
    }
    // What the stages below look for, found in one pass (line-facts.ts).
    line.facts = lineFacts(line.text);
    // OCR's misreadings mended, a scanning app's stamp out (a kept line is taken as it stands).
    if (line.text && !keep.has(line.no) && !debris.has(line.no)) {
      if (mendOcr(line, removed) > 0) ocrMended++;
      if (line.removed) {
        lines.push(line);
        return;
      }
    }
    // A note app's callout, its head and the quoted lines under it: the user's note, not the text.
    callout = CALLOUT.test(line.text) || (callout && line.text.startsWith('>'));
    if (callout && !keep.has(line.no)) {
      line.removed = REASON.note;
      lines.push(line);
      return;
    }
    for (const piece of markLineNoise(line, keep, debris, removed, clear)) lines.push(piece);
  });
  return { lines, indentsTrimmed, ocrMended };
}

/** One line with its noise marked: a kept line as it stands, else the reader's debris, markup, truncation notes, site rules. */
function markLineNoise(line: Line, keep: ReadonlySet<number>, debris: ReadonlyMap<number, string>, removed: Removal[], clear: Clear): Line[] {
  if (line.text === '') return [line];
  if (keep.has(line.no)) {
    line.kept = true;
    // (What the reader found it to be counts too: a kept breadcrumb still ends a 相关推荐 list above it.)
    const anchor = ruleFor(line.text, false, clear) ?? debris.get(line.no);
    if (anchor) line.keptAs = anchor;
    return [line];
  }
  // What the file's reader knew is not text (a web page's navigation, comments, copyright).
  const chrome = debris.get(line.no);
  if (chrome) {
    line.removed = chrome;
    return [line];
  }
  if (markTitleNote(line)) return [line];
  stripHtml(line, removed);
  stripMarkdown(line, removed);
  if (!line.removed) stripInlineNotes(line, removed);
  if (line.removed) return [line];
  const pieces = cutTruncation(line, removed);
  for (const piece of pieces) {
    if (piece.removed) continue;
    const reason = ruleFor(piece.text, false, clear, piece.facts);
    if (reason) piece.removed = reason;
  }
  return pieces;
}

/** Noise that only shows once its pieces are joined (a licence notice cut at every link). */
function dropJoinedNoise(paras: readonly Para[], joinedLines: number, removed: Removal[], clear: Clear): { paras: Para[]; joinedLines: number } {
  const kept: Para[] = [];
  for (const p of paras) {
    const reason = p.contents || p.kept ? undefined : ruleFor(p.text, true, clear);
    if (reason) {
      removed.push({ line: p.line, text: p.raw.map((r) => r.replace(INDENT, '')).join('\n'), reason });
      joinedLines -= p.raw.length - 1;
    } else kept.push(p);
  }
  return { paras: kept, joinedLines };
}
