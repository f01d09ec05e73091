// The speaker's own place and the meeting's own years, as the speaker says them. Editors rewrote 「站前
// 街道紧邻…」 to 「我们街道紧邻…」, 「宜禾县2026年秋粮收购工作部署会」 to 「这次全县秋粮收购工作部署会」 and
// 「2026年」 to 「去年」 (s11-6, s14-2 … s14-5, s15-1, s15-8). Only where the referent is certain from the
// material: the region's own name where it stands for the place the speaker serves (never a body named
// after it, 「清河街道城建办」), and 「YYYY年」 when that is the meeting's year or the year before (never
// 「…年度」, never a year in a range). Every run keeps its source: what it says is the material's words
// with these substitutions only (selfSaid), so every name and date stays traceable.
import type { Block, Run } from '../doc/model.ts';
import type { SpeechInput } from '../input/schema.ts';
import { regionLevel, speakerTitle, unitLevel, type Level, type Speaker } from './speaker.ts';

/** The place as a whole (「全县」) and as the speaker's own (「我们街道」): a street is always 「我们街道」. */
const OWN: Record<Level, readonly [string, string]> = {
  street: ['我们街道', '我们街道'],
  town: ['全镇', '我们镇'],
  xiang: ['全乡', '我们乡'],
  county: ['全县', '我们县'],
  district: ['全区', '我们区'],
  city: ['全市', '我们市'],
};
/** What follows a place's name when it names one of its bodies: 「清河街道城建办」「河湾镇党委」. */
const BODY = /^(党工委|办事处|党委|政府|人民政府|人大|政协|纪工委|纪委)|^[\p{Script=Han}]{0,4}?(局|办|委|所|站|队|中心|科|股|室|组|院|校|公司|集团|行)/u;
/**
 * A longer proper name that begins with the place's name: 「…区恒久物业管理有限公司」「…县实验第二小学」
 * 「…区城市管理综合执法大队」 — name characters after the place, then a name's suffix of two or more characters (a one-character 场 or 行 ends words as often as names). The characters
 * between may not read as a sentence about the place (「…区今年新建学校」「…区各中小学」).
 */
const LONG_NAME = /^([^\s，。；、：:,;（）()“”"《》！？\d０-９]{2,16}?)(?:有限责任公司|有限公司|公司|集团|学校|小学|中学|大学|学院|幼儿园|医院|卫生院|敬老院|福利院|养老院|大队|中队|支队|中心|协会|商会|联合会|合作社|基金会|银行|支行|分行|工厂|研究所|派出所|事务所|服务站|管理站|管理所|管理处|办事处|图书馆|博物馆|文化馆|体育馆|酒店|宾馆|超市|农场|林场)/u;
const SENTENCE = /[的了在有是与及对把被将已共等为要今去全各约近超占]|新建|新增|紧邻|位于|完成|开展|组织|发现|投入|出现|发生|辖区|累计|实现|达到|多少|境内|范围/;
const namesBody = (rest: string) => {
  if (BODY.test(rest)) return true;
  const m = LONG_NAME.exec(rest);
  return !!m && !SENTENCE.test(m[1]!);
};
/** Where the place's whole is counted, it is 「全…」 (「全县今年中晚稻种植面积…」); elsewhere 「我们…」 (「我们街道紧邻高铁站」). */
const AS_WHOLE = /^(共|共有|累计|总|全年|户籍|常住|现有|有[\d一二三四五六七八九十]|[今去]年|\d)/;

/**
 * Who speaks of the region as the own place: a speaker of its level, its leaders or its departments —
 * not a 区住建局局长 at a street's meeting, whose title names another level.
 */
function ownPlace(input: SpeechInput, speaker: Speaker): Level | undefined {
  const level = regionLevel(input.campaign.region);
  if (!level || level !== speaker.level) return undefined;
  const levels = (speakerTitle(input.meeting.speaker) ?? '').split(/[、，,；;\s]+/).map((p) => unitLevel(p)).filter(Boolean);
  return !levels.length || levels.includes(level) ? level : undefined;
}

/** 「2026年」 as 「去年」 and 「2027年」 as 「今年」 at a meeting in 2027; a year in a range or a 年度 stays. */
function relativeYears(text: string, meetingYear: number): string {
  return text.replace(/(\d{4})年(?!度)/g, (whole, y: string, at: number) => {
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + whole.length, at + whole.length + 12);
    // 「2026年8月至2027年3月」「2025年、2026年」: a year in a range or a list stays as written.
    if (/[0-9至到—\-~～、][^，。；]{0,8}$/.test(before) && /\d年?[^，。；]{0,8}$|[至到—\-~～、]$/.test(before)) return whole;
    if (/^[^，。；]{0,8}?[至到—\-~～、]\s*\d/.test(after)) return whole;
    const year = Number(y);
    return year === meetingYear ? '今年' : year === meetingYear - 1 ? '去年' : whole;
  });
}

/** The region's name where it stands for the place, as the speaker says it. */
function ownName(text: string, region: string, level: Level, units: readonly string[]): string {
  // Where the material's units name the region (「农发行宜禾县支行」), those characters are the unit's.
  const inUnit = (at: number) => units.some((u) => { for (let k = text.indexOf(u); k >= 0; k = text.indexOf(u, k + 1)) if (k <= at && at < k + u.length) return true; return false; });
  let out = '';
  let from = 0;
  for (let at = text.indexOf(region); at >= 0; at = text.indexOf(region, at + region.length)) {
    const rest = text.slice(at + region.length);
    // A body of the place (「清河街道城建办」), or a unit of the material that names it, keeps its name.
    if (namesBody(rest) || inUnit(at)) continue;
    out += text.slice(from, at) + OWN[level][AS_WHOLE.test(rest) ? 0 : 1];
    from = at + region.length;
  }
  return out + text.slice(from);
}

/**
 * A material text as the speaker says it: the meeting's name without its place and year at its start
 * (「宜禾县2026年秋粮收购工作部署会」 → 「全县秋粮收购工作部署会」 at a meeting in 2026), the own place as
 * 「全县」「我们街道」, the meeting's year and the one before as 「今年」「去年」.
 */
export function selfSaid(text: string, src: string, input: SpeechInput, speaker: Speaker): string {
  if (!/^(campaign\.(background|goal|achievements|problems|tasks)|meeting\.(name|precedingItems))/.test(src) || /\.(lead|support\[\d+\])$/.test(src)) return text;
  const level = ownPlace(input, speaker);
  const region = input.campaign.region.trim();
  const year = Number(input.meeting.date.slice(0, 4));
  if (src === 'meeting.name') {
    if (!level || !text.startsWith(region)) return text;
    const rest = text.slice(region.length).replace(new RegExp(`^${year}年(?!度)`), '');
    // The speaker's own bureau's meeting (「芦洲区水务局2026年度…总结表彰会」 said by its 局长) is 「全局…」, not
    // 「全区水务局…」 (s39-4 [5], E: 区里只有一个城管局).
    const unit = (speaker.ownUnit ?? '').replace(/^[县区市镇乡]/, '');
    if (unit.length >= 3 && /[局委]$/.test(unit) && rest.startsWith(unit)) return `全${unit.slice(-1)}${rest.slice(unit.length)}`;
    return level === 'street' ? rest : `${OWN[level][0]}${rest}`;
  }
  const units = unitsOf(input).filter((u) => u.includes(region) && u !== region);
  // A title in 《》 is quoted as it is.
  return ownBureau(ownPost(ownPerson(text, input), input, speaker), region, speaker)
    .split(/(《[^》]*》)/)
    .map((part) => (part.startsWith('《') ? part : relativeYears(level && region.length >= 2 ? ownName(part, region, level, units) : part, year)))
    .join('');
}

/**
 * The speaker's own post, said of someone else: a 副县长 speaking of 「由分管副县长任组长的…专班」 at the
 * meeting of the work he is in charge of (s19-1 [9], E: 讲话人就是分管副县长，不宜自称). The clause
 * naming the post is left out (「县政府成立了征迁工作专班」); a post the speaker does not hold stays.
 */
function ownPost(text: string, input: SpeechInput, speaker: Speaker): string {
  const title = speakerTitle(input.meeting.speaker) ?? '';
  const post = /副([县区市镇乡])长/.exec(title)?.[1];
  if (speaker.rank !== 'deputy' || !post) return text;
  return text.replace(new RegExp(`由(?:分管|主管)副${post}长(?:任|担任)[^，。；的]{1,6}的`, 'g'), '');
}

/**
 * A piece of the speaker's own bureau, said by its head: 「县教育局基础教育股股长」 → 「局基础教育股股长」 (s41-6 [6], W:
 * 自称本局不应冠「县教育局」). Only the own bureau's name directly before one of its 股, 站, 室, 科 or 中心 — never the
 * same kind of bureau of another level or place (「市应急管理局方志远科长」 said 「局方志远科长」 by a 县应急管理局局长, s43-7
 * [6], W), and never a person's post (「方志远科长」: a 科 followed by 长 is the post after a name).
 */
function ownBureau(text: string, region: string, speaker: Speaker): string {
  const own = speaker.rank === 'department' ? speaker.ownUnit?.trim() : undefined;
  const kind = own && /(局|委)$/.exec(own)?.[1];
  if (!own || !kind) return text;
  const core = own.replace(new RegExp(`^(?:${escape(region)})?[县区市镇乡]?`), '');
  if (core.length < 3) return text;
  // 「县卫健委主任」 hears his 「县卫生健康委员会疾病预防控制股」 as 「委疾病预防控制股」 (s56-6 [33], W: 拟商请 his own 股).
  const cores = [core, ...(kind === '委' ? committeesNamed(text, core) : [])].filter((c) => text.includes(c));
  return cores.reduce((said, c) => {
    const named = new RegExp(`(${escape(region)})?([省市州县区旗镇乡])?${escape(c)}(?=\\p{Script=Han}{1,8}?(?:股|站|室|科|中心)(?!长|\\p{Script=Han}{0,2}(?:有限|公司)))`, 'gu');
    return said.replace(named, (whole, place: string | undefined, level: string | undefined, at: number) =>
      ownBureauAt(said, at, place, level, own, region) ? kind : whole);
  }, text);
}

/** The full names (「卫生健康委员会」) a text gives a committee the title names short (「卫健委」): its characters in order. */
function committeesNamed(text: string, short: string): string[] {
  const stem = short.replace(/委$/, '');
  return [...text.matchAll(/\p{Script=Han}{2,10}?委员会/gu)].map((m) => m[0]).map((full) => full.slice(Math.max(0, full.indexOf(stem[0]!))))
    .filter((full) => full.startsWith(stem[0]!) && [...stem].every((ch, k, all) => full.indexOf(ch) >= 0 && (k === 0 || full.indexOf(ch) > full.indexOf(all[k - 1]!))));
}

/** Characters that may stand before a unit's name in a sentence (「由县教育局…」「和局…」), not ending a place's name. */
const BEFORE_NAME = /[由和与及同对向在把将被给为是的请了经据让使要也都还并以于、，。；：:,;（(“"\s]$/;

/** Whether the bureau named at `at` is the speaker's own: of the own level, not the tail of another place's name. */
function ownBureauAt(text: string, at: number, place: string | undefined, level: string | undefined, own: string, region: string): boolean {
  const ownLevel = /^[县区市镇乡]/.exec(own)?.[0] ?? region.slice(-1);
  if (level && level !== ownLevel) return false;
  if (place) return true;
  // 「沙河县应急管理局…」: the county's name before 县 is another place's.
  return at === 0 || BEFORE_NAME.test(text.slice(0, at));
}

/** The post a title part ends in (「镇党委副书记」 → 「副书记」), as it also stands after a name (「温少华镇长」). */
const POST_TAIL = /副?(?:书记|[县区市镇乡州旗]长|主任|部长|局长|指挥长|组长|主席|委员|秘书长)$/;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The speaker named in a material text, said by himself: 「14时05分…启动Ⅲ级应急响应，县委副书记、县长
 * 邝建明赶赴现场」 read out by 邝建明 names himself in the third person (s31-1 [6] W: 会让领导当场难堪).
 * His name, with his own title's parts before it (「镇党委副书记、镇长温少华」), a post or 同志 after it
 * (「温少华镇长」「温少华同志」), or 「镇长同志」 for a post only he holds, becomes 「我」; 「在…温少华带领
 * 下，」 is left out (he does not praise his own lead). Other people's names and posts stay.
 */
export function ownPerson(text: string, input: SpeechInput): string {
  const { name, title } = input.meeting.speaker;
  if (!name || name.length < 2 || (!text.includes(name) && !text.includes('同志'))) return text;
  const whole = (title ?? '').split(/[、，,；;\s]+/).map((p) => p.trim()).filter(Boolean);
  // A title part also stands without its place (「街道党工委书记」 as 「党工委书记沈静」, s55-5 [11]).
  const parts = whole.flatMap((p) => {
    const m = PLACE_BEFORE_ORGAN.exec(p);
    return m ? [p, m[1]! + m[2]!, m[2]!] : [p];
  });
  const tails = parts.map((p) => POST_TAIL.exec(p)?.[0]).filter((t): t is string => !!t);
  const alt = (xs: string[]) => [...new Set(xs)].sort((a, b) => b.length - a.length).map(escape).join('|');
  // His post under an organ's short name (「县防指常务副指挥长」 for 「县防汛抗旱指挥部常务副指挥长」): a level's mark, a few
  // characters, one of his posts, right before his name — never 「县防指常务我带队」 (s70-1 [18], W).
  const short = tails.length ? `|[县区市镇乡州旗街][^，。；、,;：:\\s由在和与及同向对将把被为]{0,8}?(?:${alt(tails)})` : '';
  const before = parts.length ? `(?:(?:${alt([...parts, ...tails])}${short})、?)*` : '';
  const after = `(?:${alt([...tails, '同志'])})?(?:同志)?`;
  const person = `${before}${escape(name)}${after}`;
  // A place's head has one holder: 「镇长同志」 is he (a 主任 or a 书记 may be another's).
  const sole = tails.filter((t) => /^[县区市镇乡州旗]长$/.test(t));
  const self = sole.length ? `(?:${person}|(?:${alt(sole)})同志)` : person;
  // 「我、办事处主任杜海燕分片包保…」: the speaker first of two people is 「我和…」 (s55-5 [11]); a longer list
  // (another 、 in the clause) stays as written.
  return text
    .replace(new RegExp(`在${self}的?(?:带领|率领|指挥|带动)下[，,]?`, 'g'), '')
    .replace(new RegExp(`${self}(、(?=[^，。；、,;：:]+(?:[，。；,;：:]|$)))?`, 'g'), (_m, pair?: string) => (pair ? '我和' : '我'));
}

/** A title part's place before its organ: 「石岗镇党委书记」 also as 「镇党委书记」 and 「党委书记」, 「街道党工委书记」 as 「党工委书记」. */
const PLACE_BEFORE_ORGAN = /^\p{Script=Han}{0,8}?(街道|[省市州县区旗镇乡])((?:党工委|党委|办事处|人民政府|政府|人大|政协|纪工委|纪委)\p{Script=Han}+)$/u;

/** Every unit the material names: the tasks' leads and supports, the campaign's units, the attendees. */
function unitsOf(input: SpeechInput): string[] {
  const c = input.campaign;
  const lines = [...c.tasks.flatMap((t) => [t.lead, ...(t.support ?? [])]), c.units ?? '', ...(input.meeting.attendees ?? [])];
  return lines.flatMap((l) => l.split(/[、，,]/)).map((u) => u.trim()).filter((u) => u.length >= 3);
}

/** The body's and the closing's runs as the speaker says them (selfSaid); the head lines keep the material's words. */
export function sayAsSelf(blocks: Block[], closing: Run[], input: SpeechInput, speaker: Speaker): void {
  const say = (runs: Run[]) => runs.forEach((r, k) => {
    if (r.src) runs[k] = { ...r, text: selfSaid(r.text, r.src, input, speaker) };
  });
  for (const b of blocks) if (b.type === 'paragraph') say(b.runs);
  say(closing);
}
