// The material's words as a speaker reads them out: examples a clerk put in brackets become part of
// the sentence, and a task's detail typed as a bare act is said as a requirement (「要…」). Every word
// of the material is kept; only brackets go and 「要」「，如」 are added.
import type { Run } from '../doc/model.ts';
import { runsText } from '../doc/text.ts';
import { clause } from './facts.ts';
import { concat, fact, lit } from './runs.ts';

/**
 * An example typed as 「名称（情况）」: the name and what it says of it, the brackets gone — 「南门市场（屋面
 * 漏雨）」 is read out 「南门市场屋面漏雨」 (readers: 括号照搬材料，念不出来). Undefined for any other example.
 */
export function bracketed(e: string): { name: string; what: string } | undefined {
  const m = /^([^（(]{2,30})[（(]([^）)]{2,60})[）)]$/u.exec(e);
  // 「业委会（物管会）」 is one thing under two names, not a name and what it says.
  return m && /[\p{Script=Han}]{2}/u.test(m[2]!) && !/^(又称|即|简称)/.test(m[2]!) && m[2]!.length > 3 ? { name: m[1]!, what: m[2]! } : undefined;
}

/** What a task's detail opens with when it says what to do, with no one doing it and no 要: 「逐户上门督促…」. */
const BARE_ACT = /^(对|按|按照|依照|在(?![建校职外册岗])|把|将|从|以|向|逐|每(?=[月周天日年季晚旬]|半月)|定期|分批|分类|分片|全面|集中|统一|组织|开展|推行|推动|推广|建立|健全|完善|落实|加强|强化|实行|实施|坚持|深入|借鉴|督促|利用|结合|围绕|通过|采取|聘请|配齐|配备|制定|编制|设立|划定|安排|开通|公布|公示|发放|悬挂|签订|重新|及时|主动|严格|全部|逐一|逐个|逐家|逐村|逐户|上门|入户|走访|清理|整治|建好|用好|管好|抓好|做好)/;
/** Acts a unit of the material does when it opens a clause (「各村摸清…」「各乡镇成立…」), besides the bare acts. */
const SUBJECT_ACT = /^(会同|修订|增加|加快|增派|补充|协助|指导|成立|抽调|选聘|摸清|摸排|排查|核查|核实|补足|补齐|完成|确定|明确|组建|召开|张贴|开设|登记|上报|报送|审核|清掏|清除|拆除|封闭|设置|安装|检修|跟踪|开展|负责|牵头)/;
/** A first clause that already says it must be done, or forbids. */
const MODAL = /要|必须|务必|确保|应当|需|不得|严禁|禁止|一律|力争|争取/;

/**
 * A task's detail as a requirement: 「要对未开工的改造户逐户上门督促」, 「被约谈企业要对照问题清单逐项
 * 整改」 — a detail typed as a bare act reads as work already done (readers added 「要」 six times: s12-5
 * [33], s12-6 [28][39][42], s12-7 [17], s12-8 [22]). The material's words are kept whole; only 要 is added,
 * before the act, or after a unit of the material (its lead, a supporting unit) that opens a clause.
 */
export function taskDetail(t: { detail?: string | undefined; title?: string }, units: readonly string[], src: string): Run[] | undefined {
  const detail = clause(t.detail, src);
  if (!detail) return detail;
  const verb = nounOnly(runsText(detail), t.title ?? '');
  if (verb) return concat(lit(`要${verb}`), detail);
  // Clause by clause: 「各乡镇要成立…；县财政局要按标准…」 (s14-1 [25], [34]: each clause read as done).
  const clauses = runsText(detail).split(/(?<=；)/);
  return concat(...clauses.map((c, k) => required(c, k === 0, units, src)));
}

/**
 * A detail typed as the title's object only, with no verb (「青龙潭水库除险加固县级配套资金1500万元」 under 「落实除险加固县级配套
 * 资金」): said with the title's verb (「要落实…」), not as a bare noun phrase (s45-1 [58], E). The title's verb, when so.
 */
function nounOnly(detail: string, title: string): string | undefined {
  const m = /^(落实|筹措|筹集|争取|完成|建成|新建|改造|整治|清理|补齐|配齐|配备|采购|购置|拨付|发放|兑现|储备|修复|加固)(.{3,})$/u.exec(title.trim());
  if (!m || /[，；,;]/.test(detail) || MODAL.test(detail)) return undefined;
  // The object, or its last four characters where the clerk ordered its words otherwise (「镇级改厕配套资金」 for 改厕镇级配套资金).
  const object = detail.includes(m[2]!) ? m[2]! : m[2]!.slice(-4);
  const at = detail.indexOf(object);
  if (at < 0 || at > 12) return undefined;
  // What comes before the object names it (「青龙潭水库」), after it an amount (「1500万元」): no verb either side.
  const rest = detail.slice(at + object.length);
  return /^([\d.]+\p{Script=Han}{0,3})?$/u.test(rest) && !BARE_ACT.test(detail) && !SUBJECT_ACT.test(detail) ? m[1] : undefined;
}

/** One clause of a task's detail with 要 where it reads as done: after a unit of the material that opens it, or before a bare act. */
function required(text: string, first: boolean, units: readonly string[], src: string): Run[] {
  const head = text.split(/[，。,;；]/)[0] ?? '';
  if (MODAL.test(head)) return spoken(text, src);
  // A unit the material names (a task's lead or support) opening the clause is its subject.
  const unit = units.filter((u) => u.length >= 2 && text.startsWith(u)).sort((a, b) => b.length - a.length)[0];
  const rest = unit ? text.slice(unit.length) : '';
  if (unit && (BARE_ACT.test(rest) || SUBJECT_ACT.test(rest))) return concat(fact(unit, src), lit('要'), spoken(rest, src));
  return first && BARE_ACT.test(text) ? concat(lit('要'), spoken(text, src)) : spoken(text, src);
}

/** Examples a clerk put in brackets inside a sentence: 「编制改造方案（如南门市场、菜园路市场），4月15日前…」. */
const BRACKETED_EXAMPLES = /[（(](如|比如|例如|包括)[：:]?([^（）()]{2,80})[）)]/u;

/**
 * A text of the material as it is read out: examples in brackets become a clause of the sentence
 * (「编制改造方案，如南门市场、菜园路市场，4月15日前报街道审定」); every word of the material is kept.
 */
export function spoken(text: string, src: string): Run[] {
  const m = BRACKETED_EXAMPLES.exec(text);
  if (!m) return fact(text, src);
  const before = text.slice(0, m.index).replace(/[，,]$/, '');
  const after = text.slice(m.index + m[0].length);
  const word = m[1] === '包括' ? '包括' : '如';
  const joint = !after || /^[，。；,;]/.test(after) ? [] : lit('，');
  return concat(before ? fact(before, src) : undefined, lit(before ? `，${word}` : word), fact(m[2]!.trim(), src), joint, after ? spoken(after, src) : undefined);
}


/** A note in brackets that gives a figure of what it follows: 「岩背村…项目点（新修机耕路3.2公里）」「（共620户）」. */
const FIGURE_NOTE = /[（(]([^（）()]*\d[^（）()]*)[）)]/u;

/**
 * A text the speaker tells, its bracketed notes of a figure said after a 「，」: 「观摩了岩背村…项目点，新修机耕路3.2公里」
 * (hunt s66-8 [7], E: 括号照念出来不像话). A date or a span of years in brackets (「（10月17日）」「（2026—2027年）」) stays as typed.
 */
export function aloud(text: string, src: string): Run[] {
  const m = FIGURE_NOTE.exec(text);
  if (!m || /^[\d年月日号时—\-～~至.、]+$/u.test(m[1]!.trim())) return fact(text, src);
  const before = text.slice(0, m.index).replace(/[，,]$/, '');
  const after = text.slice(m.index + m[0].length);
  const joint = !after || /^[，。；、,;]/.test(after) ? [] : lit('，');
  return concat(before ? fact(before, src) : undefined, lit(before ? '，' : ''), fact(m[1]!.trim(), src), joint, after ? aloud(after, src) : undefined);
}
