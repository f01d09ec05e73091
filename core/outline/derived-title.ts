// A title for a speech that has none (a 汇编 whose pieces start at 「同志们：」, a page that lost its
// head): the meeting its opening names — 「今天，县委、县政府召开全县全域无垃圾暨创卫工作推进会，…」 —
// as 「在全县全域无垃圾暨创卫工作推进会上的讲话（据正文）」, marked as read from the text. Three untitled
// pieces of one file were three rows 「（无标题）」 nobody could tell apart. Only a meeting named in
// full gives one: 「今天召开这次会议」 gives none. An opening that names no meeting but says what the
// meeting is for — 「这次会议的主要目的是让大家进一步认识迎接创建国家卫生县城复审工作的重要性」 — gives
// the work it is about: 「关于迎接创建国家卫生县城复审工作的讲话（据正文）」. One that says neither stays untitled.

/** 「召开…会议/大会/推进会/…」 up to the clause's end; the name two characters or more. */
const HELD = /(?<![要将需应拟再])召开(?:了)?([^，。；：、“”！？,;:!?\s]{2,40}?(?:会议|大会|推进会|座谈会|部署会|动员会|调度会|现场会|培训会|培训班|讲评会|约谈会|联席会议|全体会议|专题会议|常务会议|会))(?=[，。；：,;]|$)/;
/** What names no meeting: 「这次会议」「今天的会」「本次大会」「此次会议」. */
const NO_NAME = /^(?:这次|这个|本次|此次|今天的?|今年的?|上次|一次|了|的)/;
/** What the meeting is for, then the work: 「主要任务是…安排部署抗旱保供水工作」 → 抗旱保供水. */
const PURPOSE = /(?:主要(?:任务|目的|内容|议题)?是|目的是|任务是|就是要?)/;
const ABOUT = /(?:研究|安排|部署|推进|推动|认识|总结|动员|抓好|做好|落实|开展|加快|谋划|调度|分析|讨论|商量)+(?:一下|好)?([^，。；：、“”！？,;:!?\s]{2,30}?)工作(?!人员|者|队|组|站|室|专班)/;
/** The time or scope before a work that is no name of it: 「总结前段工作」「部署今年工作」 name none. */
const VAGUE = /^(?:今年|明年|去年|上半年|下半年|前段|前一阶段|前阶段|上一阶段|下一阶段|下一步|下步|下阶段|当前|近期|全年|各项|这项|此项|有关|相关|重点|具体|主要|今冬明春|日常|全面|整体)+/;
/** The first two sentences of an opening are looked at for what the meeting is for. */
const PURPOSE_SENTENCES = 2;
/** The passages an opening is looked for in (a salutation is not one). */
const OPENING_REACH = 1;

/** 「在…上的讲话（据正文）」 (a report: 「…上的报告」) from the opening of a speech without a title; undefined when it names no meeting. */
export function titleFromOpening(paragraphs: readonly string[], kind: '讲话' | '报告' = '讲话'): string | undefined {
  for (const p of paragraphs.slice(0, OPENING_REACH)) {
    // Its first sentence: a meeting the speech asks for later (「各村要召开…」) is not the one held.
    const first = p.slice(0, 160).split('。')[0]!;
    const m = HELD.exec(first);
    if (m && !NO_NAME.test(m[1]!)) return `在${m[1]!}上的${kind}（据正文）`;
    const work = workOf(p);
    if (work) return `关于${work}工作的${kind}（据正文）`;
  }
  return undefined;
}

/** The work an opening says the meeting is for (「主要目的是…认识X工作的重要性」), when it names one. */
function workOf(p: string): string | undefined {
  for (const sentence of p.slice(0, 240).split('。').slice(0, PURPOSE_SENTENCES)) {
    const at = sentence.search(PURPOSE);
    if (at < 0) continue;
    const m = ABOUT.exec(sentence.slice(at));
    // 「落实上级关于扫黑除恶常态化工作的部署」: the work is what follows 关于.
    const work = m?.[1]!.split('关于').pop();
    if (work && work.replace(VAGUE, '').length >= 4) return work;
  }
  return undefined;
}

/** The head fields of a meeting record (时间：地点：主持人：…): not its opening. */
const RECORD_FIELD = /^(?:会议)?(?:时间|日期|地点|主持人?|主\s*持|参加人员|参会人员|出席人员|出席|列席|缺席|记录人?|记\s*录|议题|会议主题|主题)[：:]/;
/** 「会议研究了校园周边食品安全专项整治工作」: the work a record's opening says the meeting took up. */
const TOOK_UP = /(?:研究|部署|调度|讨论|专题研究)(?:了|部署了)?([^，。；：、“”！？,;:!?\s]{2,30}?)工作(?!人员|者|队|组|站|室|专班)/;
/** How many paragraphs after the head fields a record's opening is looked for in. */
const RECORD_REACH = 8;

/**
 * A title for a meeting record that has none (a 记录本's export: 时间：/地点：/主持人： and the text):
 * the meeting its opening says was held (「…主持召开全镇春耕生产调度会」 → 「全镇春耕生产调度会纪要（据正文）」, a
 * record 「…调度会记录（据正文）」),
 * else the work it took up (「会议研究了X工作」 → 「关于X工作的会议纪要（据正文）」), else the date of
 * its 时间 field (「2025年5月16日会议纪要（据正文）」); undefined when none is there.
 */
export function titleOfRecord(paragraphs: readonly string[], kind: '纪要' | '记录' = '纪要'): string | undefined {
  const head = paragraphs.slice(0, RECORD_REACH);
  const opening = head.find((p) => !RECORD_FIELD.test(p) && /[。；]/.test(p));
  const first = opening?.slice(0, 160).split('。')[0] ?? '';
  const held = HELD.exec(first);
  if (held && !NO_NAME.test(held[1]!)) return `${held[1]!}${kind}（据正文）`;
  const work = TOOK_UP.exec(first)?.[1]!.replace(VAGUE, '');
  if (work && work.length >= 4) return `关于${work}工作的会议${kind}（据正文）`;
  const date = head.find((p) => /^(?:会议)?(?:时间|日期)[：:]/.test(p))?.match(/(?:19|20)[0-9]{2}年[0-9]{1,2}月[0-9]{1,2}日/)?.[0];
  return date ? `${date}会议${kind}（据正文）` : undefined;
}
