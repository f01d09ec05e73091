// What a county-office editor would strike out of a draft speech, as checks on its text: a phrase
// reserved for another rank or level, elaboration piled after a fact, a sentence said twice, a phrase
// doubled across a comma. Used by the speech tests and by the blind-reading export.
import type { DocModel, ParagraphBlock, Run } from '../../core/doc/model.ts';
import { bentDetail } from '../../core/draft/detail-terms.ts';
import { unsupportedClaims } from '../../core/draft/claims.ts';
import type { SpeechInput } from '../../core/input/schema.ts';
import type { ClaimGate } from '../../core/draft/template-schema.ts';
import { headingIdeasOf, ideasOf } from '../../core/draft/key-ideas.ts';

/** A sentence of a body paragraph, with what it is made of. */
export interface Sentence {
  text: string;
  runs: Run[];
  /** Holds a fact of the material's items (achievements, problems, tasks, background, goal, who spoke before). */
  fact: boolean;
  /** Drawn from an elaboration pool (its literal words are tagged). */
  elab: boolean;
  block: ParagraphBlock;
}

const ITEM_SOURCES = /^(campaign\.(achievements|problems|tasks|background|goal)|meeting\.(precedingItems|attendees))/;

export function splitSentences(runs: readonly Run[]): Run[][] {
  const out: Run[][] = [[]];
  for (const r of runs) {
    let rest = r.text;
    while (rest) {
      const m = /[。！？]/.exec(rest);
      const piece = m ? rest.slice(0, m.index + 1) : rest;
      out[out.length - 1]!.push({ ...r, text: piece });
      rest = rest.slice(piece.length);
      if (m) out.push([]);
    }
  }
  return out.filter((s) => s.some((r) => r.text.trim()));
}

/** The sentences of the body paragraphs (the closing included), in order. */
export function bodySentences(doc: DocModel): Sentence[] {
  const out: Sentence[] = [];
  const paragraphs: ParagraphBlock[] = doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph');
  if (doc.closing) paragraphs.push({ type: 'paragraph', runs: doc.closing, role: 'closing', part: 4 });
  for (const block of paragraphs) {
    for (const runs of splitSentences(block.runs)) {
      const literal = runs.filter((r) => !r.src && r.text.replace(/[\s，。；：、！？]/g, ''));
      out.push({
        text: runs.map((r) => r.text).join(''),
        runs,
        fact: runs.some((r) => r.src && ITEM_SOURCES.test(r.src)),
        elab: runs.some((r) => r.elab) && literal.every((r) => r.elab),
        block,
      });
    }
  }
  return out;
}

/** Runs of elaboration sentences right after a fact sentence, within one paragraph. */
export function elaborationAfterFacts(sentences: readonly Sentence[]): { after: string; count: number }[] {
  const out: { after: string; count: number }[] = [];
  let current: { after: string; count: number } | undefined;
  let block: ParagraphBlock | undefined;
  for (const s of sentences) {
    if (s.block !== block) {
      current = undefined;
      block = s.block;
    }
    if (s.fact) {
      current = { after: s.text, count: 0 };
      out.push(current);
    } else if (s.elab && current) current.count++;
    else current = undefined;
  }
  return out;
}

/** 「转移群众，转移群众」: a phrase of four or more characters said again right after a comma. */
export function doubledAcrossComma(text: string): string | undefined {
  for (let i = text.indexOf('，'); i >= 0; i = text.indexOf('，', i + 1)) {
    for (let k = 4; k <= 12; k++) {
      const before = text.slice(i - k, i);
      if (before.length === k && /^\p{Script=Han}+$/u.test(before) && text.startsWith(before, i + 1)) return before;
    }
  }
  return undefined;
}

/**
 * The speech's own wording, the material's facts left out: what the phrase bank and the corpus said,
 * with the words derived from the region and the speaker's title (「全县」「县直」「我代表…」) in place.
 */
export function wording(doc: DocModel): string {
  const runs: Run[] = [...(doc.closing ?? [])];
  for (const b of doc.blocks) if (b.type === 'paragraph' || b.type === 'heading') runs.push(...b.runs, ...(b.type === 'paragraph' ? (b.lead?.runs ?? []) : []));
  return runs
    .map((r) => (!r.src || r.src === 'campaign.region' || r.src === 'meeting.speaker.title' ? r.text : '|'))
    .join('');
}

/**
 * Phrases reserved for other speakers (GENRE.md "Level, rank and the room"). A principal speaks in
 * his or her own name; a deputy may say 「根据会议安排」 and 「结合分管工作」; a department head reports
 * for the unit. At a 乡镇 or 街道 there are no levels below to call 「各级」, and nobody addresses a
 * higher level's departments (县直、区直) or another level's (镇直 at a county meeting).
 */
export const NOT_FOR_RANK: Record<string, RegExp[]> = {
  // …except for the level's leadership in congratulating those commended (「我代表镇党委、镇政府，向受表彰的…」) and in
  // thanking a guest (「…专程到会指导，我代表县政府表示衷心感谢」: how the blind readers of session 14 rewrote the guest line).
  principal: [/受.{0,10}委托/, /代表牵头单位/, /按照主要领导/, /结合分管/, /作简要汇报/, /不妥之处/, /根据会议安排/, /我代表(?![^，。]{0,12}，向受表彰)(?![^，。]{0,12}表示(?:衷心|诚挚)?(?:的)?感谢)/],
  deputy: [/代表牵头单位/, /作简要汇报/, /我代表/, /不妥之处/],
  // A department head neither sanctions nor ranks peers.
  department: [/结合分管/, /再强调/, /按照主要领导/, /受.{0,10}委托/, /全(县|区|市|镇|乡|街道)上下/, /追责|问责/, /属地责任/, /受表扬/, /我(都|完全)(同意|赞同|赞成)/],
  other: [/结合分管/, /代表牵头单位/, /我代表/, /作简要汇报/, /受.{0,10}委托/],
};

export const NOT_FOR_LEVEL: Record<string, RegExp[]> = {
  city: [/县直/, /区直/, /镇直/, /乡直/, /街道各科室/],
  county: [/区直/, /市直/, /镇直/, /乡直/, /街道各科室/],
  district: [/县直/, /市直/, /镇直/, /乡直/, /街道各科室/],
  town: [/各级各/, /县直/, /区直/, /市直/, /乡直/, /各乡镇/, /各镇（街道）/, /街道各科室/, /层层/, /一级(对|抓)一级/],
  xiang: [/各级各/, /县直/, /区直/, /市直/, /镇直/, /各乡镇/, /各镇（街道）/, /街道各科室/, /层层/, /一级(对|抓)一级/],
  street: [/各级各/, /县直/, /区直/, /市直/, /镇直/, /乡直/, /各乡镇/, /各村/, /层层/, /一级(对|抓)一级/],
};

/**
 * Past-tense claims of events, results and reactions (「摸清了底数」「赢得了群众认可」): only the
 * material may state them. Used on the corpus and on the elaboration of every draft.
 */
export const CLAIMS = /已经[^，。；]{0,12}了|取得了|赢得了|形成了|摸清了|理顺了|建起了|办成了|实现了|完成了|得到了|受到了|提升了|改善了|增强了|解决了|扭转了|带动了|激发了|凝聚了|积累了|锻炼了|涌现了|迈出了|有了新的/;

/**
 * Facts about people only the material may give: what the public thinks or does (「很多群众不是不愿意，
 * 而是不了解」), named groups of people (「老人、儿童、残疾人」), and sanctions or money the material
 * must decide (「挂牌督办」「排名通报」「纳入预算」).
 */
export const INVENTED = /(很多|许多|众多|不少|有的|有些|一些|大多数?)群众(?!满意)|生计所在|群众(往往|普遍|大多|都不|不是不)|不是不愿意|不了解|愿望很强烈|老人|儿童|小孩|孩子|学生|残疾人|留守|低保|特困|脱贫人口|孤寡|独居|五保|经营户|企业员工|病人|妇女|挂牌督办|排名通报|纳入预算|落实上级部署|回应群众期盼|上级对这项工作有明确要求|纳入年度考核|评先评优(直接)?挂钩|约谈主要负责/;

/**
 * A judgement of the situation that presumes a direction the material has not stated: 「依然严峻」
 * presumes it was so before, 「改善的成果并不稳固」 presumes an improvement (after figures that fell),
 * 「越来越」「日益」 a trend, 「已经到来」「明显加大」 an event. Said right after the material's background
 * or problems (the situation and urgency pools, the lines that close the achievements), such a sentence
 * must judge only what is in front of it.
 */
/**
 * What happened or stands in the place, said by a line of argument: 「近年来没有发生大的汛情」 (a blind
 * reader marked it wrong: the material said 「去年积水超过半米」), 「越是多年未遇大汛」, 「过去没出事」,
 * 「当前正值防火关键时段」, 「已经进入巩固提升阶段」. Argument presumes nothing about the place: only the
 * material may say what its past was or where it stands. Checked on every pool of the phrase bank.
 */
export const PLACE_CLAIMS = /近年|这些年|多年来|多年的|多年未|历来|从未|向来|过去(没|一直|几|多|那)|以往|往年|去年|前几年|曾经|(没有|没|未)(发生|出现)过?(大的|重大|较大|什么)?[^，。；！]{0,3}(汛|灾|事故|火|险情|问题)|没出事|没有出事|没出过事|长时间没有|久未|正值|正处于|已经?进入|已经到了|没有根本|依然|仍然|日益|屡屡|时有发生|频发|多发/;

export const PRESUMED = /依然|仍然|成果|改善|不稳固|不牢固|反弹|越来越|日益|只增不减|明显(加大|增多)|已经到来|来之不易|倍加珍惜/;

/**
 * Task detail the engine's argument bent: a time of day, a frequency or an actor the paragraph's
 * material does not name (「夜间加密巡查」 after 「每天中午和傍晚」, 「经常入户」 after 「每周入户」,
 * 「企业主体责任」 where the material names no 企业). One finding per sentence and word.
 */
export function bentDetails(doc: DocModel, material: string): string[] {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.type !== 'paragraph') continue;
    const item = b.runs.filter((r) => r.src?.startsWith('campaign.')).map((r) => r.text).join(' ');
    for (const runs of splitSentences(b.runs)) {
      if (!runs.some((r) => r.elab)) continue;
      const text = runs.map((r) => r.text).join('');
      for (const why of bentDetail(text, item, material)) out.push(`${why}: ${text}`);
    }
  }
  return out;
}

/** 「计划6月底前完成」: a softener before a deadline the material states plainly. */
export function softenedDeadlines(doc: DocModel, material: string): string[] {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.type !== 'paragraph') continue;
    b.runs.forEach((r, i) => {
      if (!r.src?.endsWith('.deadline')) return;
      const before = b.runs[i - 1]?.text ?? '';
      const m = /(计划|争取|力争|尽量|原则上|预计|大约)$/.exec(before);
      if (m && !material.includes(`${m[1]}${r.text}`)) out.push(`${m[1]}${r.text}`);
    });
  }
  return out;
}

function hanPairs(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 2 <= text.length; i++) {
    const p = text.slice(i, i + 2);
    if (/^\p{Script=Han}{2}$/u.test(p)) out.add(p);
  }
  return out;
}

/** The share of the shorter text's character pairs that the longer one also has. */
export function closeness(a: string, b: string): number {
  const pa = hanPairs(a);
  const pb = hanPairs(b);
  if (!pa.size || !pb.size) return 0;
  let n = 0;
  for (const p of pa.size <= pb.size ? pa : pb) if ((pa.size <= pb.size ? pb : pa).has(p)) n++;
  return n / Math.min(pa.size, pb.size);
}

/**
 * Two elaboration sentences of one draft that say the same thing in nearly the same words
 * (「施工期间要尽量减少对群众生活的影响」 in one task, 「施工要尽量减少对居民生活的影响」 in the next).
 */
export function echoedArguments(sentences: readonly Sentence[], threshold = 0.6): [string, string][] {
  const elab = sentences.filter((s) => s.elab && s.text.length >= 12);
  const out: [string, string][] = [];
  for (let i = 0; i < elab.length; i++) for (let j = i + 1; j < elab.length; j++) if (closeness(elab[i]!.text, elab[j]!.text) > threshold) out.push([elab[i]!.text, elab[j]!.text]);
  return out;
}

/** A measure's run-in lead written as a sentence (「一要落实属地责任。」): it announces, like a heading. */
const RUN_IN_LEAD = /^[一二三四五六七八九十]要[^，。！？]{1,14}。$/;
/** A task's assignment: who leads and supports it and by when, said once per task by design. */
const ASSIGNMENT = /^campaign\.tasks\[\d+\]\.(lead|support|deadline)/;

/**
 * Two sentences of one draft built on the same key idea (core/draft/key-ideas.ts): 「压实责任」 in a
 * task's argument and 「落实属地责任」 in part three, 「关键在落实」 and 「一分部署，九分落实」. The opening,
 * the headings and the measures' run-in leads announce; assignments and the material's facts are left out.
 */
export function repeatedIdeas(doc: DocModel): string[] {
  const first = new Map<string, string>();
  const out: string[] = [];
  for (const s of bodySentences(doc)) {
    if (s.block.part === 0 || RUN_IN_LEAD.test(s.text) || s.runs.some((r) => r.src && ASSIGNMENT.test(r.src))) continue;
    const own = s.runs.map((r) => (r.src && ITEM_SOURCES.test(r.src) ? '|' : r.text)).join('');
    for (const idea of ideasOf(own)) {
      const before = first.get(idea);
      if (before === undefined) first.set(idea, s.text);
      else if (before !== s.text) out.push(`${idea}: 「${before}」 / 「${s.text}」`);
    }
  }
  return out;
}

/** Two part headings on one idea (「…落地见效」 in part two and part three): the parts must not sound alike. */
export function repeatedHeadingIdeas(doc: DocModel): string[] {
  const first = new Map<string, string>();
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.type !== 'heading' || b.level !== 1) continue;
    const text = b.runs.map((r) => r.text).join('');
    for (const idea of headingIdeasOf(text)) {
      const before = first.get(idea);
      if (before === undefined) first.set(idea, text);
      else out.push(`${idea}: 「${before}」 / 「${text}」`);
    }
  }
  return out;
}

/**
 * Whether the speaker may not order a unit, judged from its name alone (independently of the engine):
 * a higher level's (省/市 above a county; 县/区/市 above a township or street), one a higher level
 * sends (「…驻街道工作组」), or — at a township or street — one of another system (派出所, a school,
 * the power company, an enterprise).
 */
function notOurs(unit: string, level: string): 'higher' | 'other' | undefined {
  const base = ['town', 'xiang', 'street'].includes(level);
  // A team a county unit stations in the villages (「县水利局驻村工作队」) works under the township it serves: its own
  // to direct (s38-8 [42], W: a 乡党委副书记 treated the teams as outsiders to be asked).
  if (base && /驻(村|社区)(帮扶)?工作[队组]$|驻村第一书记$/.test(unit)) return undefined;
  const prefix = /^(各)?(省|[市州县区旗](?![场政容民域]))/.exec(unit)?.[2];
  // A company, a province's (「省安装工程第三有限公司」) or a state builder's site office (「中建八局岳川项目部」), is no level above (s43-5 [60]).
  if (/(公司|集团|项目部)$/.test(unit.trim()) && !/^各/.test(unit.trim())) return base ? 'other' : undefined;
  if (prefix === '省' || (prefix && base && !/^(区域|县域)/.test(unit)) || (prefix && /[市州]/.test(prefix) && !['city'].includes(level))) return 'higher';
  // A village or a community named after a bureau's quarters (「水利局宿舍社区」) is the township's or street's own (r-s81 s81-2 [40], W).
  if (base && (/驻(街道|镇|乡|村|社区)/.test(unit) || (/局|大队|支队/.test(unit) && !/^(各)?(镇|乡|街道)/.test(unit) && !/(社区|村)(（社区）)?$/.test(unit.trim())))) return 'higher';
  if (base && /派出所|供电|电力|学校|中学|小学|幼儿园|卫生院|消防|公司|银行|物业/.test(unit)) return 'other';
  return undefined;
}

const IMPERATIVE = /^[^，。；！？]*?((?<![主重需])要|必须|务必|切实|按职责分工|抓好落实|抓到底|负总责|履行)/;

/**
 * Clauses that order a unit the speaker may not order (「区住建局驻街道工作组按职责分工抓好落实」):
 * the unit's name followed in its clause by an imperative, not asked with 「请」. Units of another
 * system may be named in the closing's call to everyone; a higher level's may not.
 */
export function ordersAbove(doc: DocModel, units: readonly string[], level: string, material: string): string[] {
  const out: string[] = [];
  const body = doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph').map((b) => b.runs.map((r) => r.text).join(''));
  const closing = (doc.closing ?? []).map((r) => r.text).join('');
  for (const unit of new Set(units.map((u) => u.trim()))) {
    const kind = notOurs(unit, level);
    if (!kind) continue;
    for (const text of kind === 'higher' ? [...body, closing] : body) {
      for (let at = text.indexOf(unit); at >= 0; at = text.indexOf(unit, at + 1)) {
        if (/请$/.test(text.slice(Math.max(0, at - 1), at))) continue;
        // One of several asked in one clause: 「请A、B按要求抓好落实」 asks B as well.
        if (/^(也)?请[^，。；！？]*、$/.test(text.slice(0, at).split(/[，。；！？：]/).at(-1) ?? '')) continue;
        // Asked, not ordered: a clause that opens 「希望…」 to the partners or enterprises in the room.
        if (/^(也|同时)?希望[^，。；！？]*$/.test(text.slice(0, at).split(/[，。；！？：]/).at(-1) ?? '')) continue;
        // 「督促各物业服务企业切实履行主体责任」: what a government requires of a company, not an order to a partner.
        if (kind === 'other' && /(督促|要求|推动|压实|引导)$/.test(text.slice(Math.max(0, at - 2), at))) continue;
        const rest = text.slice(at + unit.length);
        const m = IMPERATIVE.exec(rest);
        if (!m) continue;
        const said = unit + m[0];
        if (!material.includes(said)) out.push(said);
      }
    }
  }
  return out;
}

/**
 * Instruction forms addressed to a unit of a higher level, judged from the unit's name alone (notOurs):
 * 「由<unit>牵头/负责…」 (an assignment, whatever verb follows), <unit> as the subject of its clause
 * followed by a duty (要, 必须, 负责, 牵头负责, 配合, 做好, 抓好 …; 「区住建局、区交警大队配合」 in a list
 * too), and 「对照…节点」 in a sentence naming it. Readers marked 「由县人力社保局劳动保障监察大队牵头负责…
 * 对照…节点跟进配合」 (a 乡长) and 「由区城管执法局桂园中队负责、区公安分局交警大队配合」 (a 街道书记)
 * wrong. A request (请/恳请 before it), an object (对接、配合、向、与… before it) or a statement of
 * who leads (「…的牵头单位是<unit>」) is no instruction; a clause the material says itself is its own.
 */
export function instructsHigher(doc: DocModel, units: readonly string[], level: string, material: string): string[] {
  const out: string[] = [];
  const body = doc.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph').map((b) => b.runs.map((r) => r.text).join(''));
  const duty = /^(、[^，。；！？]*?)?(要|必须|务必|切实|负责|牵头负责|牵头抓|牵头组织|牵头推进|具体负责|配合|协同|做好|抓好|按职责|积极配合|密切配合|全力配合|负总责|履行)/;
  for (const unit of new Set(units.map((u) => u.trim()))) {
    if (notOurs(unit, level) !== 'higher') continue;
    for (const text of body) {
      for (const s of text.split(/(?<=[。！？])/)) {
        for (let at = s.indexOf(unit); at >= 0; at = s.indexOf(unit, at + 1)) {
          const before = s.slice(0, at);
          const rest = s.slice(at + unit.length);
          // 「由A、<unit>牵头」: a list opened by 由 in the same clause.
          const byYou = /由([^，。；：]*、)?$/.test(before);
          // The unit opens its clause, or follows others in a list that does (「区住建局、<unit>配合」).
          const subject = /(^|[，。；：！？])([^，。；：！？请]*、)?$/.test(before) && !/(请|恳请|商请|对接|配合|向|与|同|和|是|为|协助|支持|争取)[^，。；：]*$/.test(before);
          const m = byYou ? /^[^，。；]*/.exec(rest) : subject ? duty.exec(rest) : null;
          if (m && !material.includes(unit + m[0])) out.push(`${byYou ? '由' : ''}${unit}${m[0]}`);
          if (/对照[^。]*节点/.test(s)) out.push(`对照…节点 beside ${unit}: ${s}`);
        }
      }
    }
  }
  return out;
}

/**
 * Argument runs that assert a judgement, a sanction or a stage their ground does not give (the gates of
 * corpus/topics.yaml `claims`): an argument run after a task or a problem is judged by that item's text
 * (the last one named before it in its paragraph), any other by the material as a whole or any one of
 * its items.
 */
export function ungroundedClaims(doc: DocModel, input: SpeechInput, claims: readonly ClaimGate[]): string[] {
  const { campaign } = input;
  const about = (x: { title: string; detail?: string | undefined; measure?: string | undefined; deadline?: string | undefined }) => [x.title, x.detail, x.measure, x.deadline].filter(Boolean).join(' ');
  const items = [...campaign.tasks, ...campaign.problems, ...campaign.achievements].map(about);
  const whole = [JSON.stringify(input), ...items];
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.type !== 'paragraph') continue;
    let item: string | undefined;
    let ofTask = false;
    for (const r of b.runs) {
      const m = /^campaign\.(tasks|problems)\[(\d+)\]/.exec(r.src ?? '');
      // A problem named back inside a task's paragraph (「前面提到的…，要在这项工作中解决」) is not the
      // item the argument after it follows: the task is.
      if (m && !(ofTask && m[1] === 'problems')) item = about((m[1] === 'tasks' ? campaign.tasks : campaign.problems)[Number(m[2])]!);
      if (m) ofTask ||= m[1] === 'tasks';
      if (!r.elab || r.src) continue;
      const afterItem = (r.elab.pool === 'task' || r.elab.pool === 'problem') && item !== undefined;
      for (const w of unsupportedClaims(r.text, afterItem ? item! : whole, claims)) out.push(`「${r.text}」 ${w}`);
    }
  }
  return out;
}

/**
 * Requests to higher units that are not in the room (「请县农业农村局加强业务指导」 when the county
 * bureau does not attend), judged apart from the engine: a unit is higher by its name alone, and in
 * the room when the attendees, the items before the speech or the chair's title name it (its full
 * name, or the name after its level) or a whole level's units (「县直各部门」「县直有关单位」).
 */
export function askedAbsent(text: string, units: readonly string[], level: string, meeting: { attendees?: string[] | undefined; precedingItems?: string[] | undefined; host?: { title?: string | undefined } | undefined }): string[] {
  const room = [...(meeting.attendees ?? []), ...(meeting.precedingItems ?? []), meeting.host?.title ?? ''].join('；');
  const out: string[] = [];
  for (const unit of new Set(units.map((u) => u.trim()))) {
    if (notOurs(unit, level) !== 'higher') continue;
    const prefix = /^[省市州县区旗]/.exec(unit)?.[0];
    const here = room.includes(unit) || room.includes(unit.replace(/^[省市州县区旗]/, '')) || (!!prefix && new RegExp(`${prefix}(直|级)(各|有关|相关)?(部门|单位)`).test(room));
    if (here) continue;
    for (const m of text.matchAll(/请[^，。；！]*/g)) if (m[0].includes(unit)) out.push(m[0]);
  }
  return out;
}

/**
 * Argument after a task that says again what the task's own material says: a key idea the detail
 * already names (「压实…责任」 after 「压实行业主管部门责任」) or a phrase of four characters of it
 * (「因地制宜」 after 「因地制宜选择…处理模式」, 「门前三包」 after 「落实“门前三包”」). Editors strike such
 * sentences as the detail in other words. The task an argument follows is the last task named
 * before it in its paragraph.
 */
export function restatedDetails(doc: DocModel, tasks: readonly { title: string; detail?: string; measure?: string }[]): string[] {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.type !== 'paragraph') continue;
    let task: number | undefined;
    for (const r of b.runs) {
      const m = /^campaign\.tasks\[(\d+)\]/.exec(r.src ?? '');
      if (m) task = Number(m[1]);
      if (!r.elab || r.src || task === undefined) continue;
      const t = tasks[task]!;
      const about = [t.title, t.detail, t.measure].filter(Boolean).join(' ');
      const idea = ideasOf(r.text).find((i) => ideasOf(about).includes(i));
      const phrase = fourCharRuns(r.text).find((w) => about.includes(w));
      if (idea || phrase) out.push(`「${r.text}」 after task ${task + 1} 「${about}」 says again 「${idea ?? phrase}」`);
    }
  }
  return out;
}

/** Runs of four Chinese characters with at least two that name something (not 「这项工作」「要求群众」). */
function fourCharRuns(text: string): string[] {
  const out: string[] = [];
  for (const stretch of text.split(/[^\p{Script=Han}]+/u)) {
    for (let i = 0; i + 4 <= stretch.length; i++) {
      const w = stretch.slice(i, i + 4);
      if ([...w].filter((c) => !FUNCTION_CHARS.includes(c)).length >= 3) out.push(w);
    }
  }
  return out;
}

/** Characters that name nothing by themselves. */
const FUNCTION_CHARS = '的了是在和要把对不有为以与及等这那个一上下中就也都而且并或其所之于从到将被让使得地着过来去说看能会可应该须必已还再又更最很各每些该此项工作群众我们大家同志';
