// At a 观摩会, what the sites seen show and what others take from them (s48-7 Overall: 对两个现场点评太少，应讲清
// 其他街道怎么学): the sites as the agenda names them, and a practice the material quotes for one of them.
import type { SpeechInput } from '../input/schema.ts';
import type { Run } from '../doc/model.ts';
import { fact } from './runs.ts';

/** An agenda item of a visit: 「与会人员实地观摩了A和B」 → A和B. */
const VISIT = /(?:观摩|参观|察看|考察)了?(.{4,70}?)[。；]?$/u;
/** A place's name in a site (「柳荫小区」「东关街道」): what ties an achievement to it. */
const PLACE = /\p{Script=Han}{2,4}?(?:街道|小区|社区|村|镇|乡|公司|园区|基地|中心|学校|市场)/gu;
/** A practice quoted as a method (「“街道出场地、企业出设备、居民低价充”」), not a name (「“以旧换新”」). */
const METHOD = /“([^”]{6,30})”/gu;

export interface SitesSeen {
  sites: Run[];
  /** A method the material quotes for a site seen, with its source. */
  practice?: Run[];
}

/** The sites seen at a 观摩会 and a quoted practice of one of them, as the material gives them; none without a visit item. */
export function sitesSeen(input: SpeechInput): SitesSeen | undefined {
  const items = input.meeting.precedingItems ?? [];
  for (const [k, item] of items.entries()) {
    const m = VISIT.exec(item.trim());
    if (!m?.[1]) continue;
    const sites = m[1].trim();
    const places = new Set([...sites.matchAll(PLACE)].map((p) => p[0]));
    let practice: Run[] | undefined;
    for (const [i, a] of input.campaign.achievements.entries()) {
      const text = a.detail ?? '';
      if (![...places].some((p) => text.includes(p) || a.title.includes(p))) continue;
      const q = [...text.matchAll(METHOD)].find((x) => /[、，]/.test(x[1]!));
      if (q) {
        practice = fact(q[0], `campaign.achievements[${i}].detail`);
        break;
      }
    }
    return { sites: fact(sites, `meeting.precedingItems[${k}]`), ...(practice ? { practice } : {}) };
  }
  return undefined;
}
