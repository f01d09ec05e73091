// The cleaning's whole-line rules (clean.ts runs them): adverts, a site's notes and buttons, sources, a
// licence, a page's navigation, a 公众号's counters, 相关推荐 headings — each for lines up to its `max`
// characters. Moved out of clean.ts (session 23) unchanged.
import { REASON } from './lines.ts';
import { endsWithOneOf, finds, holds } from './rule-union.ts';

export interface Rule {
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

export const RULES: Rule[] = [
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
  // A picture's caption standing as a line: Word's 「图 2 淞溪县人民政府文件」 (its 题注 style's label, number and words) and a
  // news page's 「（图为会议现场）」「▲图为…」 — what is printed under a picture, never the text (s24 outside test c04, c06).
  { re: /^图[\s\u3000]*[0-9０-９]{1,3}(?:[-－.．][0-9]{1,2})?(?:[\s\u3000]+|[：:．.、][\s\u3000]*)[^。！？!?；;，,]{1,40}$|^[（(]?[▲△]?图为[^。！？!?（）()]{1,60}[）)]?$/, reason: REASON.caption, max: 70, when: holds('图') },
  {
    // (A 公众号 sets it between arrows: 「▼ 往期推荐 ▼」「👇往期精彩👇」.)
    re: /^(?:▼|▽|↓|👇|【|\s|\u3000)*(?:相关推荐|相关阅读|相关文章|相关范文|相关文档|相关资料|猜你喜欢|热门推荐|热门文章|推荐阅读|延伸阅读|精彩推荐|往期推荐|往期回顾|往期精选|往期精彩|往期热文|精彩回顾|更多(?:相关|精彩|范文)|[你您]可能(?:还)?(?:喜欢|感兴趣)|(?:最新|热门)(?:发布|上传|文档)(?=$|[：:\s\u3000▼↓]|👇))/,
    reason: REASON.related,
    max: 60,
  },
];
