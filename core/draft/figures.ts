// An achievement's figures folded into its detail as a reader says them: each value beside its own
// label's words, no label said twice, and no label that only repeats its unit (「医疗救助人次1.42万人次」).
import type { Run } from '../doc/model.ts';
import type { Achievement, Figure } from '../input/schema.ts';
import { runsText } from '../doc/text.ts';
import { clause, isRate } from './facts.ts';
import { literal } from './literal.ts';
import { concat, fact, joinRuns, lit } from './runs.ts';

/** A figure of an achievement with where it comes from. */
interface Fig {
  f: Figure;
  src: string;
}

/**
 * A label as a reader says it before its value: without the unit it ends on (「医疗救助人次」 + 人次 →
 * 「医疗救助」, 「资助参保人数」 + 人 → 「资助参保」, 「安装数量」 → 「安装」). Readers struck 「医疗救助人次
 * 1.42万人次」「资助参保人数9864人」 (s19-2). A label that is nothing but its unit is kept.
 */
export function spokenLabel(f: Figure): string {
  const label = f.label.trim();
  const unit = f.unit?.trim() ?? '';
  // A unit of one character may end a noun (「转移车辆」 + 辆, 「受益农户」 + 户): only its count goes (「应调查户数」).
  // 「养老金发放人次」 in 万人次: the unit without its magnitude (人次) ends the label too.
  const base = unit.replace(/^[万亿千百]/u, '');
  const ends = unit ? [...(unit.length >= 2 ? [unit] : []), ...(base !== unit && base.length >= 2 ? [base] : []), `${unit}数`, `${unit.slice(-1)}数`, '数量'] : ['数量'];
  for (const end of ends) {
    if (label.endsWith(end) && label.length - end.length >= 2) return label.slice(0, -end.length);
  }
  return label;
}

/** A value with its unit, 「达到」 before a level reached: 「2.3万人」, 「达到38.5%」. */
function value(f: Figure, src: string): Run[] {
  return concat(lit(isRate(f) ? '达到' : ''), fact(f.value, `${src}.value`), f.unit ? fact(f.unit, `${src}.unit`) : undefined);
}

/** 「开展宣传活动230场次」, 「县城绿化覆盖率达到38.5%」, 「医疗救助1.42万人次」. */
export function figureRuns(f: Figure, src: string): Run[] {
  return concat(fact(spokenLabel(f), `${src}.label`), value(f, src));
}

/** A label's leading verb: 「检查水库」 → 检查, 「新增警示标志」 → 新增 (two characters that act on what follows). */
const LEADING_VERB = /^(检查|审验|新增|新建|改造|完成|发现|投入|组建|配备|配齐|落实|安装|设置|淘汰|查处|整改|开展|召开|发放|培训|建成|修复|清理|拆除|收购|排查|整治|办理|化解|签订|走访|免疫|检测|抽检|处置|关闭|取缔|摸排|核查|铺设|更换|回收|劝返|救助|派出|明确|提供|聘请|命名|组织|转移|建立|选派|招募|移送|纳入|退出|新纳入|停发|调整|拨付|下达|兑现|支付|筹集)/;

/** A measure word a count of things takes before their noun: 「派出6个技术组」. */
const CLASSIFIER = /^(个|名|支|家|座|处|台|辆|套|所|条|项|户|批|只|艘|架|间|栋|块|张|口|眼|道|人)$/;

/** Whether a count goes before a noun: a count of people only before people (「21名…责任人」, not 「1862人生源地…贷款」). */
function countsBefore(f: Figure, noun: string): boolean {
  const unit = f.unit?.trim() ?? '';
  if (!/^\d/.test(f.value.trim()) || !CLASSIFIER.test(unit)) return false;
  return !/^[人名]$/.test(unit) || /(员|人|者|工|生|师|长|组|队)$/.test(noun);
}

/** Two first characters of a verb that say the same act before the same second one: 新换 and 更换, 替换. */
const SAME_ACT = new Set(['新更', '更新', '新替', '替新', '更替', '替更']);

/** Joins a list of words in a detail: 「新纳入和退出低保」. */
const COORDINATOR = /[和及与、或]$/;

/** Where a clause or a list item ends. */
const CLAUSE_END = /^[，、；和及与并]/;

/** The longest common ending of two labels. */
function commonEnd(a: string, b: string): number {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k] === b[b.length - 1 - k]) k++;
  return k;
}

/**
 * A detail that ends on two figures' labels said as one (「按程序新纳入和退出低保」, figures 新纳入低保 21户 and
 * 退出低保 17户): the values follow in the detail's order — 「按程序新纳入和退出低保分别为21户、17户」. Folding
 * one value into the shared ending gave 「新纳入和退出低保17户，新纳入低保21户」 (s23-7 [14], W).
 */
function coordinated(detail: string, figures: readonly Fig[]): { at: number; pair: [Fig, Fig] } | undefined {
  for (const x of figures) {
    for (const y of figures) {
      if (x === y) continue;
      const lx = spokenLabel(x.f);
      const ly = spokenLabel(y.f);
      const o = commonEnd(lx, ly);
      if (!o || o === lx.length || o === ly.length) continue;
      const tail = lx.slice(lx.length - o);
      for (const c of ['和', '及', '与', '、', '或']) {
        const said = `${lx.slice(0, -o)}${c}${ly.slice(0, -o)}${tail}`;
        if (detail.endsWith(said)) return { at: detail.length - said.length, pair: [x, y] };
      }
    }
  }
  return undefined;
}

/**
 * The characters a detail ends with that a figure's label begins with: 「…提前转移群众」 and 「转移群众」
 * share four; fewer than four is a coincidence, unless they are the whole label (「…召开居民议事会」 and
 * 「议事会」). None where the shared words follow 「和」「、」: they are then one conjunct of a list
 * (「新纳入和退出低保」), and the value would be read as the whole list's.
 */
function overlap(detail: string, label: string): number {
  const ends = (k: number) => detail.endsWith(label.slice(0, k)) && !COORDINATOR.test(detail.slice(0, detail.length - k));
  if (label.length >= 2 && detail.endsWith(label)) return ends(label.length) ? label.length : 0;
  for (let k = label.length - 1; k >= 4; k--) if (ends(k)) return k;
  return 0;
}

/** The clause of a detail a position lies in: from the last 「，；。」 before it. */
function clauseStart(detail: string, at: number): number {
  return Math.max(detail.lastIndexOf('，', at - 1), detail.lastIndexOf('；', at - 1), detail.lastIndexOf('。', at - 1)) + 1;
}

/**
 * Where in a detail a figure's label is already said, so that only its value goes there: the whole
 * label, or all of it but a leading verb said otherwise but alike (「配备村级保洁员」 in 「…，配齐村级保洁员」)
 * or said earlier in the same clause (「明确…三级包保责任人」 for 明确包保责任人), ending where a clause or
 * a list item ends, or one character later (「可提供安置房源」 for 可提供安置房). The position of the value
 * (after the verb where a count goes before its noun: 「派出6个技术组驻守重点乡镇」); none when not said.
 */
function saidAt(detail: string, f: Figure): Place | undefined {
  const label = spokenLabel(f);
  const verb = LEADING_VERB.exec(label)?.[1];
  for (const cut of [0, 1, 2]) {
    const part = label.slice(cut);
    if (part.length < 3) break;
    for (let k = detail.indexOf(part); k >= 0; k = detail.indexOf(part, k + 1)) {
      // A verb said otherwise must start alike (配备/配齐), or be said before in the clause: 「计划改造小区」 is no 「完成改造小区」.
      const alike = k >= cut && detail[k - cut] === label[0];
      // 「改造后小区道路、雨污管网…」 names no act of 改造雨污管网: a verb before 后/前/中/时 is a time.
      const earlier = !!verb && cut === verb.length && new RegExp(`${verb}(?![后前中时])`).test(detail.slice(clauseStart(detail, k), k));
      // A place the label opens with, said earlier in the clause (「各乡镇组建了应急抢险队」 for 乡镇应急抢险队, s48-1 [24], E).
      const qualified = !verb && cut === 2 && /^(乡镇|村级|社区|街道|县级|镇级|区级|乡级)$/.test(label.slice(0, cut)) && detail.slice(clauseStart(detail, k), k).includes(label.slice(0, cut).replace(/级$/, ''));
      // The same act in other words (「新换供水管网」 for 更换供水管网, s48-2 [19], E): 新/更/替 before the same character.
      const reworded = !!verb && verb.length === 2 && cut === 2 && SAME_ACT.has(`${detail[k - 2] ?? ''}${verb[0]}`) && detail[k - 1] === verb[1];
      if (cut && !alike && !earlier && !qualified && !reworded) continue;
      const end = k + part.length;
      // 「暂停或解除医保服务协议」 for 解除医保服务协议: one conjunct of a list, whose value would read as the list's (s26-4 [9]);
      // a thing in the middle of a list (「编织袋、救生衣、发电机」) is its own: its value reads as its own (s48-1 [24], E).
      if (COORDINATOR.test(detail.slice(0, alike ? k - cut : k)) && !(cut === 0 && /^、/.test(detail.slice(end)))) continue;
      // 「每个项目村聘请2名村级义务监督员」 counts each village's: the label's figure is the total (「，共46名」).
      const total = /[\d一二两三四五六七八九十]+(?![批些])\p{Script=Han}$/u.test(detail.slice(clauseStart(detail, k), k));
      // A clause that opens with 每 and counts nothing says each item's doing: a value in it reads as each one's (s26-3 [12]).
      if (eachItem(detail, k) && !total) continue;
      if (end === detail.length || CLAUSE_END.test(detail.slice(end))) return { at: end, total };
      if (/^[\p{Script=Han}]$/u.test(detail[end] ?? '') && (end + 1 === detail.length || CLAUSE_END.test(detail.slice(end + 1)))) return { at: end + 1, total };
      // The label opening a longer clause (「派出技术组驻守重点乡镇」): a count goes between the verb and the noun — unless the noun
      // runs on into a list of things (「检查山塘水库、河堤、地质灾害隐患点」 for 检查山塘 47座: 「检查47座山塘水库、河堤…」 counts the
      // whole list, r-s81 s81-3 [11], W); the value is then said after the detail with its label.
      const listAfter = /^[^，；。、]*、/.test(detail.slice(end));
      if (!cut && verb && !total && !listAfter && countsBefore(f, part.slice(verb.length))) return { at: k + verb.length, total: false };
    }
  }
  return looseAt(detail, label) ?? (verb ? objectAt(detail, f, verb) : undefined);
}

/**
 * A label said with a word more between its act and its noun (「代办各类事项」 for 代办事项, s48-8 [22], E: 代办事项
 * said twice): the value goes after the noun, where a clause or a list item ends.
 */
function looseAt(detail: string, label: string): Place | undefined {
  if (label.length < 4 || label.includes('、')) return undefined;
  const head = label.slice(0, 2);
  const tail = label.slice(2);
  const m = new RegExp(`${literal(head)}(?:了)?(?:各类|各项|各种|各个|相关|有关|各)${literal(tail)}`, 'u').exec(detail);
  if (!m) return undefined;
  const end = m.index + m[0].length;
  if (COORDINATOR.test(detail.slice(0, m.index))) return undefined;
  return end === detail.length || CLAUSE_END.test(detail.slice(end)) ? { at: end, total: false } : undefined;
}

/**
 * Whether the clause a position lies in opens with 每 (「每条小巷开工前召开居民议事会」): a value there reads as
 * each item's (召开居民议事会 23场 heard as 23 a lane, s26-3 [12]), so the total is said apart, after the detail.
 * 各 and 逐 name the whole set and the manner: readers wrote 「各乡镇组建12支巡访队」「逐一设置警示牌168块」.
 */
function eachItem(detail: string, at: number): boolean {
  return detail.slice(clauseStart(detail, at), at).startsWith('每');
}

/** Where a value goes in a detail: at a position, or after it as the total (「，共46名」). */
interface Place {
  at: number;
  total: boolean;
}

/**
 * A label's noun said as the object before its verb: 「对餐饮场所逐家检查」 + 检查餐饮场所 112家 → 「对112家
 * 餐饮场所逐家检查」 (readers rewrote 「对九小场所逐家排查，排查九小场所1046家」 so, s23-8 [13]).
 */
function objectAt(detail: string, f: Figure, verb: string): Place | undefined {
  const noun = spokenLabel(f).slice(verb.length);
  if (noun.length < 2 || !countsBefore(f, noun)) return undefined;
  const k = detail.search(new RegExp(`[对把将为]${literal(noun)}`));
  if (k < 0) return undefined;
  const rest = detail.slice(k + 1 + noun.length);
  const clauseRest = rest.split(/[，；。]/)[0] ?? '';
  return clauseRest.includes(verb) ? { at: k + 1, total: false } : undefined;
}

/**
 * An achievement's detail with its figures, no label said twice. A detail ending on two labels said as
 * one takes both values (coordinated); a detail ending on a label's verb (「按月发放」) takes the figures
 * that open with it (「按月发放低保金178.6万元、特困人员供养金62.4万元」); the figure whose label the detail
 * ends with is folded into it: 「提前转移群众」 + 转移群众 2.3万人 → 「提前转移群众2.3万人」; a label the detail
 * says within takes its value there: 「逐一设置警示牌，…配备救生圈和救生竿」 + 设置警示牌 168块, 配备救生圈
 * 53个 → 「逐一设置警示牌168块，…配备救生圈53个和救生竿」; the others follow the detail.
 */
/**
 * A figure said over its whole (slashes.ts: 「1562家，总共2870家」) whose count and whole the detail both states
 * (「2870家…中已安装报警装置1562家」) is not said again (s73-5 [16], E: said twice); nor a zero it says.
 */
function wholeStated(given: string, f: Figure): boolean {
  const counts = `${f.value}${f.unit ?? ''}`.match(/\d+(?:\.\d+)?(?:万|亿)?\p{Script=Han}/gu) ?? [];
  const whole = counts.length >= 2 || /一\p{Script=Han}不落|全部/u.test(`${f.value}${f.unit ?? ''}`);
  if (whole && counts.length && counts.every((c) => given.includes(c))) return true;
  // A zero the detail says already (「发生燃气事故一起也没有」 beside 燃气事故 0起: s73-5 [14], E: said twice).
  return Number(f.value) === 0 && !!f.label && given.includes(f.label) && /也没有|为零|无人|没有一/.test(given);
}

export function achievementBody(a: Achievement, src: string, keep: (figure: number) => boolean = () => true, place?: WholePlace): Run[] {
  const detail = clause(a.detail, `${src}.detail`);
  const given = detail ? runsText(detail) : '';
  // A figure the detail already states, value and unit (「…查处违规野外用火4起，…」), is not said again.
  // So is one the title states (「加装电梯签约9部」 with 签约加装电梯 9部: said twice, s25-2 [15]).
  const stated = (f: Figure) => (!!f.unit?.trim() && `${given} ${a.title}`.includes(`${f.value.trim()}${f.unit.trim()}`)) || noneSaid(`${given} ${a.title}`, f) || wholeStated(given, f);
  const figures: Fig[] = (a.figures ?? []).map((f, i) => ({ f, i, src: `${src}.figures[${i}]` })).filter(({ f, i }) => keep(i) && !stated(f));
  if (!detail) return figureSeries(figures) ?? [];
  // 「已追回大部分违规资金」 beside 已追回违规资金 143.2万元: the figure, not the vague quantity (s26-4 [9]).
  const exact = vagueFigures(given, figures);
  const detailText = exact.text;
  const pair = coordinated(detailText, figures);
  const verb = pair ? undefined : endingVerb(detailText, figures);
  const sharing = verb ? figures.filter((x) => spokenLabel(x.f).startsWith(verb) && spokenLabel(x.f).length > verb.length) : [];
  const folded = pair || sharing.length ? undefined : figures.find(({ f }) => overlap(detailText, spokenLabel(f)) > 0);
  const taken = new Set<Fig>([...(pair?.pair ?? []), ...sharing, ...(folded ? [folded] : [])]);
  const end = pair ? pair.at : detailText.length;
  // Values said within the detail, at most one at a place, in the detail's order.
  const within = figures
    .filter((x) => !taken.has(x))
    .map((x) => ({ x, place: exact.placed.get(x) ?? saidAt(detailText.slice(0, end), x.f) }))
    .filter((w): w is { x: Fig; place: Place } => w.place !== undefined && (w.place.at < end || (!folded && !sharing.length && !pair)))
    .filter((w, k, all) => all.findIndex((o) => o.place.at === w.place.at) === k)
    .sort((p, q) => p.place.at - q.place.at);
  const body: Run[] = [];
  let from = 0;
  for (const w of within) {
    body.push(...fact(detailText.slice(from, w.place.at), `${src}.detail`), ...lit(w.place.total ? '，共' : ''), ...value(w.x.f, w.x.src));
    from = w.place.at;
  }
  body.push(...fact(detailText.slice(from, end), `${src}.detail`));
  for (const w of within) taken.add(w.x);
  let head: Run[] = body;
  if (pair) head = concat(body, fact(detailText.slice(end), `${src}.detail`), lit('分别为'), joinRuns(pair.pair.sort((p, q) => order(detailText, p, q)).map((x) => value(x.f, x.src)), '、'));
  else if (sharing.length) head = concat(body, joinRuns(sharing.map((x) => figureRuns({ ...x.f, label: spokenLabel(x.f).slice(verb!.length) }, x.src)), '、'));
  else if (folded && eachItem(detailText, detailText.length) && overlap(detailText, spokenLabel(folded.f)) === spokenLabel(folded.f).length) head = concat(body, lit('，共'), value(folded.f, folded.src));
  else if (folded) head = concat(body, fact(spokenLabel(folded.f).slice(overlap(detailText, spokenLabel(folded.f))), `${folded.src}.label`), value(folded.f, folded.src));
  const rest = figures.filter((x) => !taken.has(x));
  // The area's totals before one place's example (「全县新建高标准农田2.1万亩，金鸡镇石桥村通过…」): after it, they read as
  // that village's own (s45-6 [22], s45-7 [17], W: 把全县数字安到了一个村头上).
  const totalsFirst = !!place && rest.length > 0 && examplePlace(given, place.region) && totalOf(a.title, given, spokenLabel(rest[0]!.f));
  const totals = figureSeries(rest);
  const parts = (totalsFirst ? [concat(/^(全|共|累计|总)/.test(spokenLabel(rest[0]!.f)) ? [] : place!.whole, totals), head] : [head, totals]).filter((r): r is Run[] => !!r && r.length > 0);
  return joinRuns(parts, '，');
}

/**
 * A count of none the text already says by denying it: 「未发生森林火灾」 with 森林火灾 0起. Its value after the
 * label said 「未发生森林火灾0起」, not none of none (s55-1 [18], W).
 */
function noneSaid(text: string, f: Figure): boolean {
  if (!/^(?:0+(?:\.0+)?|零)$/.test(f.value.trim())) return false;
  const label = spokenLabel(f);
  return label.length >= 2 && new RegExp(`(?:未|没有|没|无|不|零|杜绝)(?:发生|出现|发现|造成|有)?(?:过)?(?:一起|一例|一名|任何)?${literal(label)}`, 'u').test(text);
}

/** The place the speaker speaks for, as its whole is said (「全县」) and named (「湍阳县」). */
export interface WholePlace {
  whole: Run[];
  region: string;
}

/** A detail that opens on one place below the speaker's, named (「金鸡镇石桥村通过…」「枫木村与邻县…」「双河乡采取…」): an example. */
function examplePlace(detail: string, region: string): boolean {
  const m = /^(\p{Script=Han}{2,4}?)(?:镇|乡|村|社区|街道)/u.exec(detail);
  return !!m && !/[全各每本该这那在对为由从向把将按等的了和与及县区市镇乡村]/.test(m[1]!) && !(region.length >= 2 && detail.startsWith(region));
}

/** Words of a title that judge its work (「稳步推进」「成效明显」), not name it: they tie no figure or example to it. */
const JUDGING = /^(推进|稳步|步推|明显|成效|效明|有力|力推|全面|初见|见效|初步|基本|进一|一步|得到|取得|工作|建设|落实|开展|提升|加强|规模|初具|具规|一批)$/;
const hanPairs = (text: string) => new Set([...text.matchAll(/(?=(\p{Script=Han}{2}))/gu)].map((m) => m[1]!).filter((p) => !JUDGING.test(p)));

/**
 * Whether a figure is the achievement's total, not its example's: its label shares a word with the title (新建高标准农田 ↔
 * 高标准农田建设稳步推进; 化解信访积案 ↔ 一批信访积案得到化解) and the example does not (「茶溪民宿集群初具规模」 is 茶溪村's own,
 * and so are its figures: s42-7 [14] K).
 */
function totalOf(title: string, detail: string, label: string): boolean {
  const own = hanPairs(title);
  const shares = (text: string) => [...hanPairs(text)].some((p) => own.has(p));
  return shares(label) && !shares(detail.split(/[，；。]/)[0]!);
}

/** A vague quantity in a detail: 「已追回大部分违规资金」「已基本完成改造」. */
export const VAGUE = /(绝大部分|绝大多数|大部分|大多数|大部|基本(?=完成|建成|实现|消除|覆盖|解决|办结|整改|落实|清零|追回|退回|拆除|到位))/g;

/**
 * A detail's vague quantities that a figure states exactly, taken out, and where each such figure's value
 * goes: 「已追回大部分违规资金」 with 飞行检查问题已追回违规资金 143.2万元 → 「已追回违规资金143.2万元」. A reader
 * marked 「已追回大部分违规资金…已追回违规资金143.2万元」 as saying the same twice, vaguely and exactly
 * (s26-4 [9]). The figure's label must end with the clause's own verb and noun around the vague word.
 */
function vagueFigures(detail: string, figures: readonly Fig[]): { text: string; placed: Map<Fig, Place> } {
  const placed = new Map<Fig, Place>();
  let text = detail;
  for (const m of [...detail.matchAll(VAGUE)].reverse()) {
    const at = m.index!;
    const start = clauseStart(text, at);
    const before = text.slice(start, at).replace(/^(已经|已|均|都|现已)/, '');
    const after = /^[\p{Script=Han}]+/u.exec(text.slice(at + m[0].length))?.[0] ?? '';
    // The verb before the vague word (「追回大部分违规资金」), or after it (「基本完成改造任务」).
    const said = before.length >= 2 ? `${before.slice(-2)}${after}` : after;
    if (after.length < 2 || said.length < 4) continue;
    const x = figures.find((y) => !placed.has(y) && spokenLabel(y.f).endsWith(said));
    if (!x) continue;
    text = text.slice(0, at) + text.slice(at + m[0].length);
    for (const [y, p] of placed) placed.set(y, { at: p.at - m[0].length, total: p.total });
    placed.set(x, { at: at + after.length, total: false });
  }
  // 「满意率较高」「就地化解率明显提高」 beside 回访满意率 93.2%: the rate, said once, exactly (s41-8 [17], W).
  for (const m of [...text.matchAll(RATE_VAGUE)].reverse()) {
    const at = m.index! + m[1]!.length;
    const x = figures.find((y) => !placed.has(y) && spokenLabel(y.f).endsWith(m[1]!));
    if (!x) continue;
    text = text.slice(0, at) + text.slice(at + m[2]!.length);
    for (const [y, p] of placed) if (p.at > at) placed.set(y, { at: p.at - m[2]!.length, total: p.total });
    placed.set(x, { at, total: false });
  }
  return { text, placed };
}

/** A rate said vaguely: its last two characters and 率, then how it stands (「满意率较高」). */
export const RATE_VAGUE = /(\p{Script=Han}{2}率)(较高|很高|明显提高|明显提升|大幅提高|大幅提升|显著提高|显著提升|稳步提高|稳步提升|不断提高|持续提高|持续提升|进一步提高|进一步提升)/gu;

/** Which of two labels said as one the detail names first: 「新纳入和退出」 → 新纳入 first. */
function order(detail: string, p: Fig, q: Fig): number {
  const head = (x: Fig) => {
    const l = spokenLabel(x.f);
    return detail.lastIndexOf(l.slice(0, Math.max(1, l.length - commonEnd(spokenLabel(p.f), spokenLabel(q.f)))));
  };
  return head(p) - head(q);
}

/** The verb a detail ends on when figures open with it: 「…按月发放」 and 发放低保金, 发放特困人员供养金. */
function endingVerb(detail: string, figures: readonly Fig[]): string | undefined {
  for (const { f } of figures) {
    const verb = LEADING_VERB.exec(spokenLabel(f))?.[1];
    if (!verb || !detail.endsWith(verb) || COORDINATOR.test(detail.slice(0, -verb.length))) continue;
    // 「进行了排查」 names the act as a thing; 「对餐饮场所逐家检查」, 「防护栏安装」 already name what the label
    // names after the verb (「检查餐饮场所」): the value then goes elsewhere, not after a second object.
    const last = detail.slice(clauseStart(detail, detail.length));
    const noun = spokenLabel(f).slice(verb.length);
    const named = [...noun].slice(0, -1).some((ch, k) => last.includes(ch + noun[k + 1]));
    if (!/进行了?$/.test(detail.slice(0, -verb.length)) && !named) return verb;
  }
  return undefined;
}

/**
 * The figures not said within the detail, as a series a speaker reads: figures whose labels open on
 * the same verb share it (「检查水库23座、山塘186座」, not 「检查水库23座、检查山塘186座」, which
 * readers rewrote); a change of verb is a new clause (「，发现隐患74处」); a label that itself lists
 * things (「拆除危房、违建」) is its own clause. Every value is said, exactly.
 */
/** How many characters two labels begin with alike. */
function commonStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** What follows an act's word when the label names a rate or an amount of it, not the act: 「化解率」「检测量」. */
const RATE = /^(率|量|数|比例|面积|总量|总数|人次)/;

function figureSeries(figures: readonly Fig[]): Run[] | undefined {
  if (!figures.length) return undefined;
  const out: Run[] = [];
  let verb: string | undefined;
  figures.forEach(({ f, src }, k) => {
    const label = spokenLabel(f);
    // 「化解率」「检测量」 open on no verb: a rate or an amount of the act (s41-8 [17], W: 「化解率达到88.6%、3年以上积案
    // 34件」 dropped the next label's 化解 as if said).
    const opening = LEADING_VERB.exec(label)?.[1];
    const own = opening && !RATE.test(label.slice(opening.length)) ? opening : undefined;
    const shares = k > 0 && !!own && own === verb && label.length > own.length && !label.includes('、');
    // 「代缴保费6930人、资金693万元」: the words a label shares with the one before are said once (「代缴保费6930人，代缴保费资金693万元」).
    const common = shares || k === 0 || label.includes('、') ? 0 : commonStart(spokenLabel(figures[k - 1]!.f), label);
    const prev = k > 0 ? spokenLabel(figures[k - 1]!.f) : '';
    const rest = common >= 2 && label.length - common >= 2 && !RATE.test(prev.slice(common)) && !RATE.test(label.slice(common)) ? label.slice(common) : undefined;
    if (k > 0) out.push(...lit(shares || rest ? '、' : '，'));
    out.push(...(shares ? figureRuns({ ...f, label: label.slice(own!.length) }, src) : rest ? figureRuns({ ...f, label: rest }, src) : figureRuns(f, src)));
    verb = label.includes('、') ? undefined : own;
  });
  return out;
}
