// A problem's detail with the examples the clerk gave, said as a reader says them: all of them named
// plainly when they are the whole set the detail counts (「还有4处没有整改，分别是…」), one or some
// introduced as examples (「比如，…」), and never the same connective twice in a speech.
import type { Run } from '../doc/model.ts';
import type { Problem } from '../input/schema.ts';
import { runsText } from '../doc/text.ts';
import { clause } from './facts.ts';
import { concat, fact, joinRuns, lit } from './runs.ts';
import { bracketed, spoken } from './spoken.ts';

/**
 * The connectives before examples, one after another through a speech: readers struck 「其中比较突出的
 * 是」 three times in one speech (s19-1), and before one example or before the whole set (s20, s23 hunts).
 */
/** What one named example shares with the problem: 「就存在这个问题」 was spoken padding to the editor (s48-7 [25], s48-8 [28], E). */
const ONE_HAS = '，这个问题比较突出';
const CONNECTIVES = ['比如', '例如', '譬如'];

/** Gives the next connective of a speech's examples; one picker per speech. */
export function connectives(): () => string {
  let n = 0;
  return () => CONNECTIVES[n++ % CONNECTIVES.length]!;
}

/**
 * An example as the sentence lists it: without the 「如」「比如」「例如」 a clerk often types before each one
 * (the sentence says 「如」 once: 「如如白岭镇…」 read as a slip) and without its end stop. A name that
 * starts with 如 (如意小区, 如东县) keeps it.
 */
function exampleText(e: string, typed: boolean): string {
  return e
    .trim()
    .replace(typed ? /^(?:例如|比如|譬如|诸如|如)[：:，,]?\s*/u : /^(?:例如|比如|譬如|诸如|如(?![意东皋今期实果何此同]))[：:，,]?\s*/u, '')
    .replace(/[。；;，,]+$/u, '');
}

/** Whether the clerk typed 「如」 before every example (「如黄泥村」「如东坑村」): then it goes from each, 如东坑村 too. */
function typedWithRu(examples: readonly string[]): boolean {
  return examples.length >= 2 && examples.every((e) => /^(例如|比如|譬如|诸如|如)/.test(e.trim()));
}

/** What an example says happened or is wrong: then it is a case, not a name (「茶园坝村」「梧桐巷」 are names). */
const SAYS = /不(?!动产)|超(?!市)|[未没无缺漏乱违擅差难仍尚还只已]|停运|停用|停产|停工|出现|发生|存在|堆放|加建|搭建|加层|失效|开裂|损坏|离线|反映|希望|发现|投诉|长期|外出|使用|占用|拖欠|需要|要求/;
/** What a name ends on: 「航运公司宿舍」「犀牛坝小学改扩建项目」「粮仓巷」. */
const NAME_END = /(村|社区|小区|苑|庭|府|公寓|园|镇|乡|街道|片区|宿舍|宿舍区|大院|院|项目|工程|市场|学校|小学|中学|幼儿园|医院|卫生院|公司|企业|工地|路段|路口|水库|山塘|河段|厂|站|点|巷|路|街|段|组)$/;
/** Places one can be 「在」: 「这3个分别在茶园坝村、大石板村、马家沟村」. */
/** A level's own name (a township, a street, a county): a territory of many places, not one party's own work. */
const LEVEL_NAME = /(街道|镇|乡|县|(?<!小)区|市)$/;
const THING_END = /(纠纷|案件|事故|事件|隐患|现象|矛盾|积案)$/;
const PLACE = /(村|社区|小区|镇|乡|街道|片区|路段|河段|江段|组)$/;

/**
 * What a problem's title says is wrong with each thing it concerns (「危大工程专项方案执行走样」, 「监理履职不到位」), as
 * 「…的问题」 may name it; none for a state of the whole (「地质灾害点多面广」「隐患整改任务较重」), which no one example has.
 */
function faultOf(title: string): string | undefined {
  const t = title.trim().replace(/[。；，]$/, '').replace(/(的)?(问题|现象|情况)$/, '').replace(/^(部分|有的|个别|一些|少数)(乡镇|村|社区|小区|单位|企业|学校|项目)?/, '');
  // A title with a count (「3个小区…滞后」) or its own 「存在」 is no fault one name has: it is said before the names.
  return t.length >= 4 && !/[，、；\d]|存在/.test(t) && FAULT.test(t) ? t : undefined;
}
const FAULT = /(走样|不到位|不规范|不严|不实|不力|不够|不足|不全|不及时|不达标|不落实|不彻底|不畅|缺位|缺失|缺乏|混乱|滞后|薄弱|老化|偏慢|较慢|缓慢|失修|失管|失效|违规|超标|超载|反弹|漏洞|盲区|空白|短板|流于形式|走过场|未落实|未整改)$/;

/**
 * What bare names after a detail of several clauses are said to share: 「都存在这个问题」 bound the detail's specifics
 * to places the clerk gave only as examples of the problem as a whole (s64-1 [28]: 「监测员年龄偏大」; s64-3 [19]: 「项目经理
 * 长期不在岗」, W). Nor do they repeat the title's fault, just said as the item's heading (「比如A、B，都存在卸油作业不规范的
 * 问题」: 「复述小标题的尾巴」, s70-6 [22], s70-1 [38], s70-2 [23], s69-4 [18], s71-3 [23], s68-5 [17], s68-11 [23], s68-2 [25],
 * E): they stand as the typical cases of the problem as a whole (「A、B的情况比较典型」, the editors' rewrite). A title that
 * is a state of the whole is said before them, and they stand as its examples (「地质灾害点多面广，比如A、B」).
 */
function sharedByNames(title: string, src: string, word: string, names: Run[]): Run[] {
  if (faultOf(title)) return concat(names, lit('的情况比较典型'));
  return concat(fact(title.trim().replace(/[。；，]$/, ''), src), lit(`，${word}`), names);
}

/** The party a problem's title blames, by what it does: 「充装单位主体责任缺位」 → 充装 (a 鱼庄 is none). */
const PARTY = /(\p{Script=Han}{2})(?:单位|企业|公司|机构|门店|商户|经营户|场所|站点)/u;

/** A count in a text: 「4处」「3个」「2批次」「17户」. */
const COUNT = /(\d+)(批次|人次|家次|处|个(?!月|小时|工作日|星期|季度|百分点)|户|家|所|座|条|起|件|项|名|人|栋|辆|台|村|批|口)/g;

/** A case typed 「名称（情况）」 (「南门市场（屋面漏雨）」); a name with its builder or owner in brackets stays one name. */
function inBrackets(e: string): { name: string; what: string } | undefined {
  const b = bracketed(e);
  return b && !/(公司|集团|单位|局|中心|所|站|院|队|社|厂|银行)$/.test(b.what) ? b : undefined;
}

/** Whether an example says what happened or is wrong (a case), not only names a place or party. */
function isCase(e: string): boolean {
  const plain = e.replace(/[（(][^）)]*[）)]/gu, '');
  return !!inBrackets(e) || SAYS.test(plain) || plain.length > 14;
}

/** A count's own words start with what is wrong: the counted noun is left out (「还有4处没有整改」「有3个出现反弹」). */
const SAYS_FIRST = new RegExp(`^(?:被|均|都|${SAYS.source})`, 'u');
/** A count of things any named place or party can be (「2个项目工地冷清」). */
const ANY_KIND = /^(项目|单位|企业|场所|点位|地方|部位|处所)/;

/**
 * Whether the material places the examples in the count it states (「其中2座小型水库溢洪道堵塞」, 「2家动态监控平台无人值守」,
 * 「地下一层2处常闭式防火门被木楔顶开」): a case says what the count's clause says (shares a word with it); a name is of the kind
 * the clause counts — the clause leaves the noun out, counts places or parties of any kind, or names the name's own kind
 * (「2个村…」 and 北沟村, 「3所敬老院…」). Examples the clerk gave for the problem as a whole were read as the counted part
 * (s61-1 [23], s61-5 [18], s62-2 [20], W: 「这2处分别是…四层影院通道」 for two doors in the basement).
 */
function placedIn(detail: string, count: RegExpMatchArray, examples: readonly string[]): boolean {
  const tail = detail.slice(count.index! + count[0].length).split(/[，；。,;]/)[0]!;
  const words = [...tail].slice(0, -1).map((c, k) => c + tail[k + 1]).filter((w) => /^\p{Script=Han}{2}$/u.test(w));
  const kindOf = (e: string) => NAME_END.exec(e)?.[1] ?? e.slice(-2);
  return examples.every((e) =>
    isCase(e) ? words.some((w) => e.includes(w)) : SAYS_FIRST.test(tail) || ANY_KIND.test(tail) || tail.includes(kindOf(e)));
}

/**
 * Whether the examples are the whole set the detail counts: as many as a count it states (「还有4处没有
 * 整改」 and four examples), or their own counts add up to it (「17户未签约」 and 「马鞍山村11户」「大石板村6户」).
 * The count as the detail says it, and how: `each` for one example a thing, `sum` for counts that add up.
 */
function wholeSet(detail: string, examples: readonly string[]): { count: string; how: 'each' | 'sum' } | undefined {
  // A count within a list of counts (「其中5个…、3个…、1个…」) is one kind of several, not a whole set.
  const counts = [...detail.matchAll(COUNT)].filter((c) => !/、$/.test(detail.slice(0, c.index)) && !/^[^，；。]*、\d/.test(detail.slice(c.index + c[0].length)));
  const own = examples.map((e) => [...e.matchAll(COUNT)]);
  if (examples.length >= 2 && own.every((c) => c.length === 1)) {
    const unit = own[0]![0]![2];
    const sum = own.reduce((s, c) => s + (c[0]![2] === unit ? Number(c[0]![1]) : NaN), 0);
    const hit = counts.find((c) => c[2] === unit && Number(c[1]) === sum);
    if (hit) return { count: hit[0], how: 'sum' };
  }
  // Only a count of things or places names what the examples are (「只有2人值守」 and two streets do not match).
  // Places are counted as places (「3个村」「4处」), not by the machines or things found there: 「2台手抬机动泵
  // 无法启动」 beside 石门村、上堰社区 is no pair (s40-2 [25], W: 「分别是」 put a pump in each).
  const places = examples.every((e) => PLACE.test(e) && !SAYS.test(e));
  const hit = counts.filter((c) => Number(c[1]) === examples.length && !/^(人|名|人次|户|起|件)$/.test(c[2]!) && (!places || /^(处|个|村|家|所|组)$/.test(c[2]!))).at(-1);
  // A count 「其中」 takes out of an earlier one of its kind (「7座存在…问题，其中3座未开展安全鉴定」, 「有4台…，其中2台位于信号盲区」)
  // is a part of the problem's set: the examples are given for the problem, not as that part (s57-2 [25], s60-3 [17], W). The
  // problem's own count out of all (「已整治的19个点位中有3个出现反弹」) is still the whole set.
  const part = hit && /其中[^，。；、\d]{0,6}$/.test(detail.slice(0, hit.index)) && [...detail.matchAll(COUNT)].some((c) => c.index! < hit.index! && c[2] === hit[2]);
  return hit && !part && examples.length >= 2 && placedIn(detail, hit, examples) ? { count: hit[0], how: 'each' } : undefined;
}

/**
 * The parties an item before the speech presents as models (「双河镇、洪塘乡陈家畈村作了典型发言」), each also by its last
 * place (「陈家畈村」).
 */
export function modelsOf(items: readonly string[]): string[] {
  return items.filter((t) => MODEL.test(t)).flatMap((t) => t.replace(MODEL_TAIL, '').split(/[、，,和及]/)).map((n) => n.trim().replace(/^(刚才|会上)/, '')).filter((n) => n.length >= 2)
    .flatMap((n) => { const last = /[^镇乡县区市]{2,6}(村|社区)$/.exec(n)?.[0]; return last && last !== n ? [n, last] : [n]; });
}
const MODEL = /典型发言|经验交流|交流发言|经验介绍|介绍了[^，。；]*经验/;
const MODEL_TAIL = /(分别)?(作了|作|进行了|做了)?(典型发言|经验交流发言|经验交流|交流发言|经验介绍)[^，。；]*$|介绍了[^，。；]*经验[^，。；]*$/;

/**
 * An example the detail names short after a sibling it names in full: 「百姓缘大药房滨河路店、建设路店…」 names 「百姓缘大药房建设路店」
 * (s46-4 [23], D: 「比如…建设路店就存在这个问题」 after both shops were named). The part after the name they share, said in the detail.
 */
function shortNamed(e: string, all: readonly string[], named: string): boolean {
  return all.some((o) => {
    if (o === e || !named.includes(o)) return false;
    let k = 0;
    while (k < e.length && e[k] === o[k]) k++;
    return k >= 2 && e.length - k >= 2 && named.includes(e.slice(k));
  });
}

/**
 * An example whose party the detail opens with (「恒泰化工事故车间操作规程3年未修订…」 and 「恒泰化工二车间」): the detail's
 * specifics are that party's, and 「比如A、B，都存在这个问题」 said them of B (s56-1 [20], W). Four characters of name at least.
 */
function subjectOf(e: string, named: string): boolean {
  let k = 0;
  while (k < e.length && e[k] === named[k]) k++;
  return k >= 4 && k < e.length;
}

/** The examples the detail does not name, and those it names itself (「石门村」 in 「石门、青龙等村」: its stem is enough). */
function examplesOf(p: Problem, named: string, praised: readonly string[]): { examples: { e: string; i: number }[]; inDetail: { e: string; i: number }[] } {
  const stem = (e: string) => e.replace(/(村|社区|小区|镇|乡|街道|山塘|水库)$/, '');
  const typed = typedWithRu(p.examples ?? []);
  const all = (p.examples ?? [])
    .map((e, i) => ({ e: exampleText(e, typed), i }))
    // A party that has just spoken as a model (典型发言) is not then the bad example (s42-8 [28], W): the other examples are used.
    // A town or street that spoke holds many places: one of them, or a fire there, is still an example (s48-7 [22] [25], E).
    .filter(({ e }) => e && !praised.some((n) => (LEVEL_NAME.test(n) ? e === n : e.includes(n))));
  // 「渼水湾商住小区项目」 is named by 「渼水湾商住小区」, 「溪口镇集贸市场快检室」 by 「溪口镇集贸市场快检设备」: most of its name, from its start
  // (s72-10 [20], s57-5 [20], D: 「上一句已经点了这两个项目的名」). Not 「纺织新村二区」 by 「纺织新村」: a part of the place named (s70-2 [23]).
  const mostOf = (e: string) => e.length >= 6 && named.includes(e.slice(0, Math.max(4, Math.ceil(e.length * 0.7))));
  const said = ({ e }: { e: string }) => named.includes(e) || (stem(e).length >= 2 && named.includes(stem(e))) || mostOf(e) || shortNamed(e, p.examples ?? [], named) || subjectOf(e, named);
  return { examples: all.filter((x) => !said(x)), inDetail: all.filter(said) };
}

/**
 * A problem's detail and the examples it does not already name. All of a counted set are named plainly
 * (「2个问题尚未销号，分别是…」, 「…。这17户中，马鞍山村11户、大石板村6户」); one or some are examples
 * (「…，比如东风小区、纺织厂宿舍」; after a detail of several clauses a sentence of their own, cases joined by
 * 「；」, bare names with what they share: 「比如A、B，都存在这个问题」). No 「等」, no 「其中比较突出的是」.
 */
export function problemBody(p: Problem, src: string, next: () => string = connectives(), praised: readonly string[] = []): Run[] {
  const typedDetail = clause(p.detail, `${src}.detail`);
  const detail = typedDetail ? spoken(runsText(typedDetail), `${src}.detail`) : undefined;
  const named = (p.detail ?? '').replace(/[。；，]$/, '');
  const { examples, inDetail } = examplesOf(p, named, praised);
  if (!examples.length) return detail ?? [];
  const ex = (e: string, i: number) => fact(e, `${src}.examples[${i}]`);
  // A detail that only leads into its cases (「检查中发现」「主要有」) takes them after a colon, one by one:
  // said as a sentence of its own it was a fragment (s25-3 [10], 「检查中发现。」).
  if (detail && /(发现|如下|包括|主要有|主要是|具体是|表现为|分别是)$/.test(named)) return concat(detail, lit('：'), joinRuns(examples.map((x) => ex(x.e, x.i)), '；'));
  // A case typed 「名称（情况）」 is read as the name and what it says (「南门市场屋面漏雨」).
  const caseOf = (x: { e: string; i: number }) => {
    const b = inBrackets(x.e);
    return b ? concat(ex(b.name, x.i), ex(b.what, x.i)) : ex(x.e, x.i);
  };
  // An example that is a clause of its own (「南溪菜市场后街，去年积水超过半米」) stands as its own sentence.
  const sentences = examples.filter((x) => /[，,]/.test(x.e) && !inBrackets(x.e));
  const listed = examples.filter((x) => !sentences.includes(x));
  const own = sentences.map(({ e, i }) => concat(lit('。'), ex(e, i)));
  // A detail that ends on its own examples (「…，如红星山塘、马家冲山塘」) takes the rest in the same list.
  if (detail && listed.length && /如[^，。；]*$/.test(named)) return concat(detail, lit('、'), joinRuns(listed.map(caseOf), '、'), ...own);
  const whole = detail && !sentences.length ? wholeSet(named, examples.map((x) => x.e)) : undefined;
  const apart = !!detail && /[，；,;]/.test(named);
  if (whole) {
    const list = joinRuns(examples.map(caseOf), '、');
    // The count in the detail's last clause takes the names in the same sentence: a sentence 「这2个分别在…」
    // of its own was read as a fragment (s21-1 [26]).
    const last = !apart || !/[，；,;]/.test(named.slice(named.indexOf(whole.count)));
    if (last) return concat(detail, lit(whole.how === 'sum' ? '，其中' : '，分别是'), list);
    if (whole.how === 'sum') return concat(detail, lit('。这'), fact(whole.count, `${src}.detail`), lit('中，'), list);
    const where = examples.every((x) => !isCase(x.e) && PLACE.test(x.e)) ? '分别在' : '分别是';
    return concat(detail, lit('。这'), fact(whole.count, `${src}.detail`), lit(where), list);
  }
  if (!listed.length) return concat(detail, ...own.map((c, k) => (k === 0 && !detail ? c.slice(1) : c)));
  // A matter named without what it says (「河湾村两户宅基地界址纠纷」) is a case, not a name that 「存在这个问题」 (s48-8 [28], E).
  const names = !listed.some((x) => isCase(x.e) || THING_END.test(x.e));
  const word = next();
  // One clause of detail takes its examples in the same sentence (「…，比如东风小区、纺织厂宿舍」), unless a
  // case lists things itself (「生熟不分区、地面积水」): 「、」 would then run the cases together.
  if (!apart && !listed.some((x) => /[、，,；;]/.test(x.e))) return concat(detail, lit(detail ? `，${word}` : word), joinRuns(listed.map(caseOf), '、'), ...own);
  // A bare name among cases says it has the problem (「比如，A；B外墙保温完成不足三成」 left A without a
  // predicate, s21-3 [14]): the names first, then the cases.
  const bare = listed.filter((x) => !isCase(x.e) && NAME_END.test(x.e.replace(/[（(][^）)]*[）)]$/u, '')));
  // A name is said to have the problem only when it is of the party the title blames (「充装单位…缺位」 and
  // 「…充装站」); else it is what the problem touches (s40-4 [21], W: the restaurant where the cylinder
  // burned was said to 「存在这个问题」 of its filler).
  const kind = PARTY.exec(p.title)?.[1];
  const blames = (xs: readonly { e: string }[]) => !kind || xs.every((x) => x.e.includes(kind));
  if (names && listed.length && !blames(listed)) return concat(detail, lit(detail ? '。' : ''), lit('这个问题涉及'), joinRuns(listed.map(caseOf), '、'), ...own);
  if (!names && bare.length) {
    const has = blames(bare) ? (bare.length > 1 ? '都存在这个问题' : ONE_HAS) : '也涉及这个问题';
    const bareNames = joinRuns(bare.map(caseOf), '、');
    const said = apart && blames(bare) ? sharedByNames(p.title, `${src}.title`, word, bareNames) : concat(lit(word), bareNames, lit(has));
    return concat(detail, lit(detail ? '。' : ''), said, lit('；'), joinRuns(listed.filter((x) => isCase(x.e)).map(caseOf), '；'), ...own);
  }
  // A detail of several clauses that names one of the examples itself (「…，涟河石滩段夜间偷采河砂反复出现」): 「都存在这个问题」
  // after it reads as that one's fact said of the others (s46-7 [27], W). The others have the same kind of problem; examples stay
  // examples, never 「这类问题主要集中在…」, a distribution the material does not give (s80-1 [20], W; s-after [18], E: 「…也存在同样问题」).
  if (names && apart && inDetail.length && !own.length) return concat(detail, lit('。'), joinRuns(listed.map(caseOf), '、'), lit('也存在这类问题'));
  // Cases beside cases that are sentences of their own are one list, in the material's order: a sentence after
  // 「比如，A。」 stood alone (s48-7 [22], s48-8 [29], D: 孤句).
  if (!names && own.length) return concat(detail, lit(detail ? '。' : ''), lit(`${word}，`), joinRuns(examples.map(caseOf), '；'));
  // Cases each say something: joined by 「；」 (readers: two cases joined by 「、」 read as one).
  const cases = joinRuns(listed.map(caseOf), names ? '、' : '；');
  // Bare names after several clauses say what they share (「比如，庙山社区、青石湾社区。」 is half a sentence): the title's
  // fault, never 「这个问题」 after the detail's last clause.
  if (names && apart) return concat(detail, lit('。'), sharedByNames(p.title, `${src}.title`, word, cases), ...own);
  const tail = names ? lit(listed.length > 1 ? '，都存在这个问题' : ONE_HAS) : [];
  return concat(detail, lit(detail ? '。' : ''), lit(names ? word : `${word}，`), cases, tail, ...own);
}
