// What the problems say is wrong, and of whom: the clauses that may name a party at fault (room.ts decides who is regulated).
import type { SpeechInput } from '../input/schema.ts';

/**
 * What a problem says is wrong, without what names a party only in passing: a breakdown in brackets that
 * says nothing wrong (「日烘干能力5200吨（县粮食收储公司18台套2600吨、…）」, s27-1 [39], W: the grain company
 * that leads the drying then 「督促」ed) and a clause naming the one that does well or the example to follow
 * (「全区仅渠阳重型机械有限公司1家单位开办了职工托育点」, s28-4 [39], W: told 「要不折不扣执行到位」).
 */
const FAULT = /不|未|没|无|违|超|私自|擅自|偷|非法|拖|欠|滞后|落后|缓慢|慢|缺|差|漏|隐患|问题|整改|投诉|事故|泄漏|拒|推诿|敷衍|停|空白|低|弱|难|乱|脏|堵|占用|险|损|破|坏|失|假|虚|误|错|迟|短板|薄弱|风险|矛盾|纠纷/;
/** A party named as the exception or the example: 「仅…1家」「推广…的经验」. */
const EXCEPTION = /(仅|只有)[^，；。]*?[1一](家|个|所)|唯一|推广|借鉴|示范|典型|经验/;

/** The clauses of the problems that may name a party at fault (see FAULT, EXCEPTION). */
export function faultClauses(text: string, strict = true): string {
  return text
    // A remark in brackets that names parties is read with the clause around it (「…项目（建设单位…公司）拖欠…」).
    .replace(/[（(]([^）)]*)[）)]/g, (_, inner: string) => (/[0-9]/.test(inner) && !FAULT.test(inner) ? '' : inner.replace(/[，,]/g, '、')))
    .split(/[；;。]/)
    .flatMap((sentence) => {
      // A clause that says something wrong, or the one before such a clause (「…公司施工的路段，进度滞后」).
      const clauses = sentence.split(/[，,]/);
      return clauses.filter((c, k) => !EXCEPTION.test(c) && (!strict || FAULT.test(c) || FAULT.test(clauses[k + 1] ?? '')));
    })
    .join('，');
}

/**
 * The clauses that name a party at fault, and every example of a problem that says something is wrong: an example is a case of
 * its problem whatever its own words (s48-5 [59], W: 「通途公司有2名驾驶员年满60周岁仍在岗」 under 「校车安全存在隐患」, the company
 * then thanked as a guest and asked 「请继续支持配合」).
 */
export function faultsOf(input: SpeechInput, about: string): string {
  const cases = input.campaign.problems.flatMap((p) => (FAULT.test(`${p.title}，${p.detail ?? ''}`) ? (p.examples ?? []).filter((e) => !EXCEPTION.test(e)) : []));
  return [faultClauses(about), ...cases].join('，');
}
