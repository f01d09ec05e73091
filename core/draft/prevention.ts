// Whether a campaign's goal makes its work prevention (headings of safety: 「克服麻痹，切实把人民群众生命安全放在
// 第一位」) when no field claims it. Pure.

/**
 * A goal that harm must not happen (「不发生溺水死亡事故」「遏制燃气事故发生」): the work is prevention,
 * whatever its field. A goal that something else must not happen is not: 「不发生新兵退兵」 put
 * 「防患未然，坚决克服麻痹思想和侥幸心理」 over a 征兵 动员会 (s12-5, marked wrong).
 */
const PREVENTION = /(?:不发生|零发生|杜绝|不出现|遏制|防止)[^，；。]*?(?:事故|伤亡|死亡|亡人|溺水|火灾|火情|爆炸|中毒|险情|疫情|垮坝|决口|灾害)|零事故|零伤亡/;

/** A clause of a goal that sets a result of the work itself: a figure, a thing done or reached. */
const TARGET = /\d|[一二三四五六七八九十百]+(?:个|处|户|项|座|条|家|所)|到位|完成|达到|以上|提高|提升|建成|实现|通过|创成|清零|全覆盖/;

/** A campaign named for safety itself (「燃气安全」「传染病防控」「隐患整治」): every clause of its goal is its safety work. */
const SAFETY_NAME = /安全|防控|防范|防治|隐患|事故|防汛|汛期|消防|防火|火灾|溺水|疫情|防疫|危化|危险|地质灾害|山洪|防灾|减灾/;

/**
 * A goal that harm must not happen makes the work prevention — unless the campaign is named for something else and another
 * clause of its goal sets a result of that work: then the harm clause is a proviso. A 创文 goal of 「测评点位问题全部整改到位，实地
 * 测评得分90分以上；测评期间…不发生安全事故」 is about the score (r-s78 s78-12 [9], W: part one headed 「切实把人民群众生命安全放在
 * 第一位」 over the 创文 scores); 「…全部安装燃气泄漏报警装置，不发生液化气安全事故」 of a 瓶装液化气安全专项整治 stays prevention.
 */
export function preventionGoal(goal: string | undefined, names: readonly (string | undefined)[]): boolean {
  if (!goal || !PREVENTION.test(goal)) return false;
  if (names.some((n) => n && SAFETY_NAME.test(n))) return true;
  return !goal.split(/[，；。,;]/).some((clause) => !PREVENTION.test(clause) && TARGET.test(clause));
}
