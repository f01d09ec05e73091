// At a 观摩会, what the sites seen show and what others take from them (s48-7 Overall: 对两个现场点评太少，应讲清
// 其他街道怎么学; s65-6 Overall: 对刚看过的坪田村、下洲村两个点没有一句点评; hunt s66-8 [7] [22]: the agenda's brackets
// read out, 「值得琢磨」 without saying what — the material's 「村民代表全程参与工程质量监督」 left unused): the sites as the
// agenda (or the venue's 「观摩点：…」) names them, and what the material says one of them does. Never what it does not say.
import type { SpeechInput } from '../input/schema.ts';
import type { Run } from '../doc/model.ts';
import { fact, joinRuns, lit } from './runs.ts';

/** An agenda item of a visit: 「与会人员实地观摩了A和B」 → A和B; the last verb (「观摩团实地观摩了A」 → A), never a noun (「观摩评议结果」). */
const VISIT = /^.*(?:(?:观摩|参观|察看|考察)了|(?:实地|现场)(?:观摩|参观|察看|考察))(.{4,70}?)[。；]?$/u;
/** The venue's sites: 「观摩点：新圩镇坪田村、罗溪镇下洲村项目区；会议：…」. */
const VENUE_SITES = /(?:观摩点|观摩现场|现场点)[：:]([^；;。）)]{4,70})/u;
/** A place's name in a site (「柳荫小区」「东关街道」): what ties an achievement to it. */
const PLACE = /\p{Script=Han}{2,4}?(?:街道|小区|社区|村|镇|乡|公司|园区|基地|中心|学校|市场)/gu;
/** A practice quoted as a method (「“街道出场地、企业出设备、居民低价充”」), not a name (「“以旧换新”」). */
const METHOD = /“([^”]{6,30})”/gu;
/** A detail that says how a place works, not what it won or reached: 推行, 实行, 建立, 参与, 模式 … (not 「被评为」). */
const PRACTICE = /推行|实行|建立|探索|采取|采用|创新|参与|引导|做法|模式|机制|办法|制度/u;
/** What a clerk put in brackets inside a site (「岩背村…项目点（新修机耕路3.2公里）」): not read aloud. */
const BRACKETED = /[（(][^）)]*[）)]/gu;

export interface SitesSeen {
  sites: Run[];
  /** A method the material quotes for a site seen, with its source. */
  practice?: Run[];
  /** What the material says a site seen does, as a whole detail (「岩背村、洞口村村民代表全程参与工程质量监督」). */
  shown?: Run[];
}

/** The sites of the visit items (each without its brackets), else of the venue; with the source of each. */
export function sitesOf(input: SpeechInput): { text: string; src: string }[] {
  const out: { text: string; src: string }[] = [];
  for (const [k, item] of (input.meeting.precedingItems ?? []).entries()) {
    const m = VISIT.exec(item.trim());
    if (m?.[1]) out.push({ text: m[1].replace(BRACKETED, '').trim(), src: `meeting.precedingItems[${k}]` });
  }
  const venue = VENUE_SITES.exec(input.meeting.venue ?? '');
  if (!out.length && venue?.[1]) out.push({ text: venue[1].trim(), src: 'meeting.venue' });
  return out.filter((s) => s.text.length >= 2);
}

/** The sites seen at a 观摩会 and what the material says one of them does; none without a visit item or 观摩点. */
export function sitesSeen(input: SpeechInput): SitesSeen | undefined {
  const seen = sitesOf(input);
  if (!seen.length) return undefined;
  const places = new Set(seen.flatMap((s) => [...s.text.matchAll(PLACE)].map((p) => p[0])));
  const sites = seen.length === 1 ? fact(seen[0]!.text, seen[0]!.src) : [...joinRuns(seen.slice(0, -1).map((s) => fact(s.text, s.src)), '、'), ...lit('和'), ...fact(seen.at(-1)!.text, seen.at(-1)!.src)];
  const about = input.campaign.achievements.map((a, i) => ({ a, i })).filter(({ a }) => [...places].some((p) => (a.detail ?? '').includes(p) || a.title.includes(p)));
  for (const { a, i } of about) {
    const q = [...(a.detail ?? '').matchAll(METHOD)].find((x) => /[、，]/.test(x[1]!));
    if (q) return { sites, practice: fact(q[0], `campaign.achievements[${i}].detail`) };
  }
  // Else a detail that names a site's place and says how it works, said whole as the material writes it.
  const shown = about.find(({ a }) => a.detail && [...places].some((p) => a.detail!.includes(p)) && PRACTICE.test(a.detail));
  return { sites, ...(shown ? { shown: fact(shown.a.detail!.trim().replace(/[。；]$/u, ''), `campaign.achievements[${shown.i}].detail`) } : {}) };
}
