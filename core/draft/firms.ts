// Businesses by their names: a company, a bank, a practice, a station that sells fuel. No government body, whatever its name's
// end; the first question of whose a unit is (speaker.ts, branches.ts). Pure.

/**
 * A company, a bank or an insurer, a practice (「滏阳市信达资产评估事务所」, s38-1 [37], W: read as the city's office): named with a city or a county (「衡梁市禾丰餐饮管理有限公司」「农发行宜禾县
 * 支行」), it is a partner, not a level above the speaker (s19-3 [25][28]: a street's office 「全力配合」 a
 * catering company it had taken for the city's, the company's lead inverted).
 */
/**
 * A station that sells fuel or gas is a business, whatever its name's end (「…加油站」「…液化气充装站」「…瓶装燃气供应站」); a body that
 * manages, supervises or watches over the trade is not (「县燃气管理站」). s57-1 [48], W: a 供应站 under a gas-safety campaign
 * taken for a government body, then thanked as a guest and asked 「请继续支持配合」.
 */
export const FUEL_STATION = /(液化气|液化石油气|燃气|煤气|天然气|加油|加气|充装|供气)(?!管理|监督|监管|监测|执法|安全|服务中心)[^、，]{0,4}?站$/;
/**
 * A telecom operator's branch by its brand (「中国移动石门营业部」「中国电信石门支局」「联通…营业厅」): a company's office, never a body of the
 * speaker's (s75-5 [43], W: the 移动 and 电信 branches in the room left out, the 供电所 beside them thanked alone).
 */
const TELECOM = /^中国(?:移动|电信|联通|铁塔)|(?:移动|电信|联通)[^、，]{0,8}(?:营业部|营业厅|支局|分局)$/;
export const FIRM = new RegExp(`公司|集团|企业|(?<!管理|业主|小区)物业$|(律师|会计师|资产评估|评估|税务师|审计|造价|估价|测绘)事务所|${FUEL_STATION.source}|银行|支行|信用社|农商行|(?<!社会|医疗|养老|失业|工伤)保险(?!事务|服务|基金|经办)|合作社|^中(?:建|铁|交|冶|水|电建|化)[^、，]{0,6}局$|项目部$|${TELECOM.source}`);
export function isFirm(unit: string): boolean {
  // A province's body is no firm; a province's company is (「省建工第五建设公司」, s43-5 [60], W: a builder at fault asked for support as a higher unit).
  return FIRM.test(unit) && (!/^省/.test(unit.trim()) || /(公司|集团)$/.test(unit.trim()));
}
