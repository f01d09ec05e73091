// People and parties by their names, for room.ts Room.regulated: a party outside government, people the work regulates by their
// trade, and people a fault clause names as its subject.
import { literal } from './literal.ts';
import { REGULATED_PEOPLE } from './people.ts';

/** A party outside government by its name: a company, an operator, a shop or farm, a landlord (not 「…单位」 alone: 各管线产权单位). */
export const PARTY = /公司|集团|企业|机构|经营|商户|店|厂|场|铺|馆|网吧|网点|酒吧|歌舞厅|KTV|房东|(?<!行)业主(?!委)|户$|运营方|管理方|开办方|摊|作坊|中介|开发商/;
/** Who has a problem, counted or picked out: 「部分机构…」「18家机构…」「个别企业…」. */
export const PICKED = '(?:部分|个别|少数|一些|有的|仍有|还有|[\\d一二三四五六七八九十]+家)';
/** A name whose head noun is people the work regulates (people.ts): 「乡村厨师」「建筑工匠」. */
const REGULATED_HEAD = new RegExp(`(${REGULATED_PEOPLE.source})$`);

/**
 * People the work regulates by their trade (「各乡村厨师」「建筑工匠」, people.ts), which no party's name reads, whatever place their
 * name opens with (「乡村…」 is no 乡): never a body beside the overseer (s49-8 [35], W: 「各市场监管所要主动商请各乡村厨师牵头」).
 */
export function regulatedPeople(name: string): boolean {
  const bare = name.trim().replace(/^(辖区|各|全区|全县|全镇|全乡|有关|相关)+/, '');
  return REGULATED_HEAD.test(bare) && !PARTY.test(bare);
}

/** What people do wrong, not what they lack (「年龄偏大」「队伍不稳定」 say nothing of their conduct). */
export const CONDUCT = '未|没有|不按|不执行|不落实|不登记|不遵守|违|擅自|私自|无证|过期|拒|超载|超速|酒后|脱岗|离岗|漏|绕开|乱|拖欠|欠薪|偷|假';

/**
 * People whom a fault clause names as its subject (「部分信号工无证指挥」「个别保洁员…未按规定分类」): at fault, held to their duty, never
 * the public asked to 「多理解、多支持」 (s61-7 [49], W). Not those a fault befalls (「网格员上门核查被拒」: the clause's subject is another).
 */

export function faultedPeople(name: string, faults: string): boolean {
  const bare = name.trim().replace(/^(辖区|各|全区|全县|全镇|全乡|有关|相关)+/, '').replace(/代表$/, '');
  if (bare.length < 2 || !/(工|员|师|手|户|者)$/.test(bare) || PARTY.test(bare)) return false;
  // By the name or its head (「农村集体聚餐帮厨人员」 → 帮厨人员), three characters or more: 「人员」 alone names nobody.
  const heads = [...bare].map((_, k) => bare.slice(k)).filter((w) => w.length >= 3);
  return faults.split('，').some((c) => !/被/.test(c) && heads.some((w) => new RegExp(`^${PICKED}?${literal(w)}(?!队伍|力量|年龄|人数|数量|待遇|补助|收入|上门|入户)[^，]{0,12}?(${CONDUCT})`).test(c.trim())));
}
