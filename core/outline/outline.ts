// One document's structure: title, head lines, salutation, headings at four levels, run-in leads,
// oral enumerations (inside a part, never sections), closing; then roles and passages.
//
// Levels are the printed kinds (一、 → 1, （一） → 2, 1. → 3, （1） → 4), taken as printed: a 1. directly
// under 一、 stays level 3, a restarted or skipped number is kept. A node's parent is the nearest
// heading before it of a lower level. When the document carries a 目录/提纲, its outline is the frame
// and the body's headings are matched into it (the text may be truncated: what is only in the 目录
// is marked fromContents).
import { titleFromOpening, titleOfRecord } from './derived-title.ts';
import type { Para } from './clean.ts';
import type { CleanedDoc, DocGenre, OutlineNode, Passage, PassageRole, Removal } from './types.ts';
import { annexStart } from './annex.ts';
import { mostlyLatin } from './latin.ts';
import { joinLabels, ofMeeting, recordGroupRole, recordGroups, recordTail } from './record.ts';
import { quotedParagraphs } from './quoted.ts';
import { withNoteTitle } from './note-title.ts';
import { mainUnderIntro } from './intro-title.ts';
import { texts } from './para-texts.ts';
import { yearOf } from './head-text.ts';
import { readFront } from './front.ts';
import { subtitleApart } from './subtitle-title.ts';
import {
  CLOSING_START, DATED_OPENING, DOC_NUMBER, PART_WORD, cellsRow, charLength, numbered, pathSegment,
  type Level,
} from './marks.ts';
import { CUE_ROLES, bestRole, detectGenre, roleOfHeading, roleOfPassage, scoreRoles } from './roles.ts';
import { matchedOnly } from './contents-above.ts';
import type { CueRole } from './roles.ts';

/** A numbered line no longer than this, without an inner 「。」, is a heading of its own. */
const HEADING_MAX = 60;
/** A run-in lead (up to its 「。」) no longer than this is a lead. */
const LEAD_MAX = 40;
/** The closing starts in one of the last few paragraphs. */
const CLOSING_REACH = 3;
/** How far ahead in the 目录 a body heading is looked for. */
const TOC_REACH = 200;

// 「第一，」「首先，」 need their comma (「第一条」 is an article); 「一是」「二要」 run straight on.
const ORAL = /^(?:(第[一二三四五六七八九十]{1,3}|首先|其次|再次|最后)[，,、：:]|([一二三四五六七八九十]{1,3}[是要])(?![求素点件样])[，,、：:]?)/;
/** A bare address repeated in the body (「各位代表！」 before a new part): text, not a passage. */
const BARE_ADDRESS = /^(?:同志们|各位代表|各位委员|同事们|朋友们)[！!，,：:]$/;

interface Work {
  node: OutlineNode;
  parent?: Work;
  path: string;
  /** Roles suggested by what is directly inside: sub-headings and oral leads. */
  votes: Partial<Record<CueRole, number>>;
}

interface Head {
  level: Level;
  number: string;
  heading: string;
  runIn: boolean;
  line?: number;
}

interface Draft {
  text: string;
  line: number;
  afterGap: boolean;
  section?: Work;
  lead?: string;
  marker?: string;
  /** 'annex': the 附件 line and all that follows it (annex.ts), under no heading. */
  place: 'open' | 'body' | 'close' | 'annex';
}

function norm(s: string): string {
  return s.replace(/[\s\p{P}]/gu, '');
}

/** A numbered paragraph as a heading: standalone, run-in lead, or a numbered item. */
function headOf(text: string): { head: Head; passage?: { text: string; lead?: string } } | undefined {
  const n = numbered(text);
  if (!n) return undefined;
  const { rest } = n;
  const stop = rest.search(/[。！？]/);
  const last = rest.length - 1;
  if ((stop < 0 || stop === last) && charLength(rest) <= HEADING_MAX && !/[；;，,：:、]$/.test(rest)) {
    return { head: { level: n.level, number: n.number, heading: rest.replace(/。$/, ''), runIn: false } };
  }
  if (stop > 0 && stop < last && charLength(rest.slice(0, stop)) <= LEAD_MAX) {
    const lead = rest.slice(0, stop);
    return { head: { level: n.level, number: n.number, heading: lead, runIn: true }, passage: { text: rest, lead } };
  }
  // A numbered item written out as a sentence (a decision, a request): its first sentence heads it.
  const first = (stop > 0 ? rest.slice(0, stop) : rest).replace(/[；;，,。：:]$/, '');
  return { head: { level: n.level, number: n.number, heading: first, runIn: false }, passage: { text: rest } };
}

function oral(text: string): { marker: string; lead?: string } | undefined {
  const m = ORAL.exec(text);
  if (!m) return undefined;
  const marker = (m[1] ?? m[2])!;
  const after = text.slice(m[0].length);
  const stop = after.indexOf('。');
  const lead = stop > 0 && charLength(after.slice(0, stop)) <= LEAD_MAX ? after.slice(0, stop) : undefined;
  return lead ? { marker, lead } : { marker };
}

/** `keep`: raw lines whose removal the user undid (here: a collection mark after the title stays). */
export function buildDoc(paras: readonly Para[], removed: Removal[], keep: ReadonlySet<number> = new Set()): CleanedDoc {
  const front = subtitleApart(mainUnderIntro(readFront(paras.filter((p) => !p.contents), removed, keep)));
  const { subtitle, dateLine, head: headLines, salutation } = front;
  // No title at its head, a note at its foot naming the speaker and the meeting (note-title.ts).
  const named = front.title ? front : withNoteTitle(front, keep, removed);
  const { title, speaker } = named;
  const namedTexts = texts(named.body);
  const genre = mostlyLatin(namedTexts) ? 'other' : detectGenre({ title: front.fullTitle ?? title, salutation, paragraphs: namedTexts });
  // A record's labels alone on their lines (「王某某：」 over the words) go with the words (record.ts).
  const body = ofMeeting(genre) ? joinLabels(named.body) : named.body;
  // An annex (「附件」 and what follows) comes after the closing: the closing is looked for before it.
  // What follows the 附件 line is the annex — its note, its title, its table — under no heading of the
  // speech and making none: a task table's 「一、环境卫生整治」 is no part 一 of the speech.
  const annexAt = annexStart(body);
  const closingAt = closingStart(body.slice(0, annexAt));
  // A styled heading's level counts from the document's highest styled heading under the title: a
  // file whose titles are 标题 1 has its parts in 标题 2, and those are the document's level 1.
  let highest = Infinity;
  for (const p of body) if (p.heading !== undefined && p.heading < highest && !numbered(p.text)) highest = p.heading;
  const sections = new Sections(paras.filter((p) => p.contents), highest < Infinity ? highest - 1 : 0);
  const bodyTexts = body === named.body ? namedTexts : texts(body);
  // A speech quoted whole (a 纪要's 「“同志们：…”」): its 一、二、三、 are what was said, not parts (quoted.ts);
  // a record's 「议题：」「议定事项：」 open its groups (record.ts).
  const quoted = quotedParagraphs(bodyTexts);
  const groups = ofMeeting(genre) ? recordGroups(bodyTexts) : undefined;
  body.forEach((p, k) => sections.add(p, k >= closingAt && k < annexAt ? 'close' : k >= annexAt ? 'annex' : 'body', quoted.has(k), groups?.get(k)));
  const { roots, works, drafts } = sections;
  // A document without headings: only its first paragraph opens it.
  if (!sections.seenHead) drafts.forEach((d, k) => {
    if (k > 0 && d.place === 'open') d.place = 'body';
  });

  // Roles.
  // A 纪要's roll at its end (出席/列席/请假, an issuer and a date, 「（散会）」) belongs to no 议定事项.
  if (ofMeeting(genre)) for (let k = drafts.length - 1; k >= 0 && drafts[k]!.place === 'body' && recordTail(drafts[k]!.text); k--) drafts[k]!.section = undefined;
  assignRoles(roots, works, drafts, genre);
  const passages = drafts.filter((d) => !BARE_ADDRESS.test(d.text)).map((d) => passageOf(d, genre, roots.length > 0));

  const closingParas = body.slice(closingAt, annexAt);
  const derived = title ? undefined : ofMeeting(genre) ? titleOfRecord(bodyTexts, genre === 'record' ? '记录' : '纪要') : genre === 'speech' || genre === 'report' ? titleFromOpening(bodyTexts, genre === 'speech' ? '讲话' : '报告') : undefined;
  const doc: CleanedDoc = {
    title: derived ?? title,
    genre,
    outline: roots,
    passages,
    // The head lines as the file has them: a speaker over the date stays over it.
    text: [front.titleLine ?? title, ...headLines, salutation, ...bodyTexts].filter((x) => x).join('\n'),
  };
  // Minutes carry their date in the first sentence (「2023年5月12日上午，…」), not under the title —
  // below a 公文's 文号 and issuer-and-date lines when it has them.
  const head = body.slice(0, 3);
  const opening = head.find((p) => DATED_OPENING.test(p.text))?.text;
  const issued = head.find((p) => DOC_NUMBER.test(p.text))?.text.replace(/^[^0-9]*([0-9]{4}).*$/, '$1年');
  // A 会议记录's in its 时间 field, typed or in a table's row (「时间 | 2024年3月19日上午9时」, 「议事时间：…」); a speech's
  // among its head lines (「时间：…」 over its salutation).
  const held = [...headLines, ...head.map((p) => p.text)].find((t) => /^(?:会议|议事|开会)?(?:时间|日期)(?:[：:]| \| )/.test(t));
  // The date under the title is when it was given: 「在全县2024年创建…推进会议上的讲话」 dated 「（2025年10月28日）」 is 2025's.
  const year = yearOf(dateLine, title, speaker, subtitle, opening, issued, held);
  if (year !== undefined) doc.year = year;
  if (salutation) doc.salutation = salutation;
  if (closingParas.length) doc.closing = texts(closingParas).join('\n');
  if (subtitle) doc.subtitle = subtitle;
  if (dateLine) doc.dateLine = dateLine;
  if (speaker) doc.speaker = speaker;
  if (front.issuer) doc.issuer = front.issuer;
  // Text missing before its title is the end of the piece above (「……(未完…)」 at its foot), not this one's.
  if (paras.some((p, k) => p.gapAfter || (p.afterGap && !(k === 0 && title !== '' && !p.contents && !p.keptWhole)))) doc.truncated = true;
  else if (paras.some((p) => p.contents)) doc.outline = matchedOnly(roots);
  if (derived) doc.titleFromText = true;
  return doc;
}

/** Closing: the last 「同志们，…」/「各位代表！」 among the last paragraphs, with what follows it (body.length: none). */
function closingStart(body: readonly Para[]): number {
  let closingAt = body.length;
  for (let c = body.length - 1; c >= 0 && c >= body.length - CLOSING_REACH; c--) {
    if (numbered(body[c]!.text) || PART_WORD.test(body[c]!.text)) break;
    if (CLOSING_START.test(body[c]!.text)) closingAt = c;
  }
  return closingAt;
}

/** Headings and passages in order: the outline (matched into the 目录's frame when there is one) and the passages under it. */
class Sections {
  readonly roots: OutlineNode[] = [];
  readonly works: Work[] = [];
  readonly drafts: Draft[] = [];
  seenHead = false;
  private readonly toc: Work[] | undefined;
  /** Passages after a truncation whose section is known only at the next heading. */
  private readonly pending: Draft[] = [];
  private tocNext = 0;
  private current: Work | undefined;
  private gapOpen = false;

  /** Subtracted from a styled heading's level (see buildDoc). */
  private readonly styleShift: number;

  constructor(contents: readonly Para[], styleShift: number) {
    this.styleShift = styleShift;
    this.toc = contentsFrame(contents);
    if (this.toc) {
      for (const w of this.toc) this.works.push(w);
      this.roots.push(...this.toc.filter((w) => !w.parent).map((w) => w.node));
    }
  }

  add(p: Para, place: 'body' | 'close' | 'annex', quoted: boolean, group?: { heading: string }): void {
    if (place !== 'body') {
      this.drafts.push({ text: p.text, line: p.line, afterGap: p.afterGap, place, section: place === 'close' ? partSection(this.current) : undefined });
      return;
    }
    if (p.afterGap) this.gapOpen = true;
    // A table's row is never a heading, even when its first cell is numbered (「一、环境卫生整治 | 1 | …」).
    const h = quoted || cellsRow(p.text) ? undefined : headOf(p.text);
    if (h) {
      this.enter(Object.assign(h.head, { line: p.line }));
      this.gapOpen = false;
      if (h.passage) this.drafts.push({ text: h.passage.text, line: p.line, afterGap: p.afterGap, section: this.current, lead: h.passage.lead, place: 'body' });
      return;
    }
    if (p.heading !== undefined && charLength(p.text) <= HEADING_MAX) {
      const level = Math.max(1, Math.min(4, p.heading - this.styleShift)) as Level;
      this.enter({ level, number: '', heading: p.text.replace(/[。：:]$/, ''), runIn: false, line: p.line });
      this.gapOpen = false;
      return;
    }
    if (PART_WORD.test(p.text) || group) {
      this.enter({ level: 1, number: '', heading: group ? group.heading : p.text, runIn: false, line: p.line });
      this.gapOpen = false;
      return;
    }
    const o = oral(p.text);
    const d: Draft = { text: p.text, line: p.line, afterGap: p.afterGap, section: this.current, place: this.seenHead ? 'body' : 'open' };
    if (o) {
      d.marker = o.marker;
      if (o.lead) d.lead = o.lead;
    }
    if (this.gapOpen && this.toc) this.pending.push(d);
    this.drafts.push(d);
  }

  private enter(head: Head): void {
    this.seenHead = true;
    const matched = this.toc && this.matchContents(this.toc, head);
    if (matched) {
      this.current = matched;
      return;
    }
    this.pending.length = 0;
    this.current = this.attach(head);
  }

  /** The 目录 entry of a body heading (searching forward: the order is the same), taking the body's number and line. */
  private matchContents(toc: Work[], head: Head): Work | undefined {
    const key = norm(head.heading);
    for (let j = this.tocNext; j < toc.length && j < this.tocNext + TOC_REACH; j++) {
      const w = toc[j]!;
      if (w.node.level !== head.level || norm(w.node.heading) !== key) continue;
      delete w.node.fromContents;
      w.node.runIn = head.runIn;
      w.node.number = head.number;
      if (head.line !== undefined) w.node.line = head.line;
      // Passages cut off from their heading belong to the 目录 entry just before this one.
      if (j > 0) for (const d of this.pending) d.section = toc[j - 1];
      this.pending.length = 0;
      this.tocNext = j + 1;
      return w;
    }
    return undefined;
  }

  /** A new node under the nearest open heading of a lower level (or at the root). */
  private attach(head: Head): Work {
    let parent = this.current;
    while (parent && parent.node.level >= head.level) parent = parent.parent;
    const node: OutlineNode = { level: head.level, number: head.number, heading: head.heading, runIn: head.runIn, role: '其他', children: [] };
    if (head.line !== undefined) node.line = head.line;
    const seg = pathSegment(head.number, head.heading);
    const work: Work = { node, parent, path: parent ? `${parent.path}/${seg}` : seg, votes: {} };
    (parent ? parent.node.children : this.roots).push(node);
    this.works.push(work);
    return work;
  }
}

function passageOf(d: Draft, genre: DocGenre, hasSections: boolean): Passage {
  const role: PassageRole =
    genre === 'other' || d.place === 'annex' || (ofMeeting(genre) && d.place === 'body' && recordTail(d.text))
      ? '其他'
      : d.place === 'open'
        ? '开场'
        : d.place === 'close'
          ? '结尾'
          : passageRole(d, hasSections);
  const passage: Passage = { text: d.text, role, path: d.section?.path ?? '', line: d.line };
  const heading = d.section?.node.heading;
  if (heading) passage.heading = heading;
  if (d.marker) passage.marker = d.marker;
  if (d.lead && d.marker) passage.lead = d.lead;
  if (d.afterGap) passage.afterGap = true;
  return passage;
}

/** The closing sits under an unnumbered closing part (「结束语」) when there is one, else outside. */
function partSection(current: Work | undefined): Work | undefined {
  let w = current;
  while (w?.parent) w = w.parent;
  return w && w.node.number === '' && /^(?:结束语|结语)$/.test(w.node.heading) ? w : undefined;
}

/** The 目录 entries as a frame of nodes, all marked fromContents until the body is matched in. */
function contentsFrame(contents: readonly Para[]): Work[] | undefined {
  if (contents.length < 2) return undefined;
  const frame: Work[] = [];
  let current: Work | undefined;
  contents.forEach((p) => {
    const h = headOf(p.text);
    if (!h) return;
    let parent = current;
    while (parent && parent.node.level >= h.head.level) parent = parent.parent;
    const node: OutlineNode = { level: h.head.level, number: h.head.number, heading: h.head.heading, runIn: false, role: '其他', children: [], fromContents: true };
    const seg = pathSegment(h.head.number, h.head.heading);
    const work: Work = { node, parent, path: parent ? `${parent.path}/${seg}` : seg, votes: {} };
    if (parent) parent.node.children.push(node);
    frame.push(work);
    current = work;
  });
  return frame.length >= 2 ? frame : undefined;
}

/** The top-level part a section is in. */
function topOf(w: Work): Work {
  let top = w;
  while (top.parent) top = top.parent;
  return top;
}

/** A 纪要's decision: 「会议要求/明确/同意/决定/议定/强调…」 (not 「会议指出/认为」, which judge, nor 「会议听取」). */
const DECISION = /(?:^|[。；;])(?:会议|会上)(?:研究)?(?:要求|明确|同意|原则同意|决定|议定|商定|强调|提出)/;

/**
 * Top-level sections: their heading's cues (×3) with one vote from each sub-heading and oral lead
 * directly inside; no cue at all → 任务 in a 纪要 when a decision stands in it (「一、关于…」 over
 * 「会议要求…」), or after another part (what follows a review or a deployment is more work to do),
 * else 其他. Deeper sections take the role of their top-level part: in a 成绩—问题—任务 speech,
 * 「组织领导不断加强」 under 肯定成绩 is an achievement, not 保障.
 */
function assignRoles(roots: OutlineNode[], works: Work[], drafts: Draft[], genre: DocGenre): void {
  const byNode = new Map<OutlineNode, Work>(works.map((w) => [w.node, w]));
  for (const w of works) {
    if (!w.parent) continue;
    const r = roleOfHeading(w.node.heading);
    if (r) w.parent.votes[r] = (w.parent.votes[r] ?? 0) + 1;
  }
  // The top-level parts of a 纪要 that hold a decision: what a meeting decided is work to do.
  const decided = new Set<Work>();
  for (const d of drafts) {
    if (!d.section) continue;
    if (ofMeeting(genre) && DECISION.test(d.text)) decided.add(topOf(d.section));
    if (!d.lead || !d.marker) continue;
    const r = roleOfHeading(d.lead);
    if (r) d.section.votes[r] = (d.section.votes[r] ?? 0) + 1;
  }
  let previous: PassageRole | undefined;
  const taskScore = new Map<OutlineNode, number>();
  for (const root of roots) {
    const w = byNode.get(root)!;
    let role: PassageRole;
    if (genre === 'other') role = '其他';
    else if (root.number === '' && /^(?:结束语|结语)$/.test(root.heading)) role = '结尾';
    else if (root.number === '' && /^(?:前言|引言)$/.test(root.heading)) role = '开场';
    else if (root.number === '' && ofMeeting(genre) && recordGroupRole(root.heading)) role = recordGroupRole(root.heading)!;
    else {
      const score = scoreRoles(root.heading);
      taskScore.set(root, score.scores['任务'] * 3 + (w.votes['任务'] ?? 0));
      const best = bestRole(score, w.votes, 3);
      role = best ? best.role : decided.has(w) || (previous && CUE_ROLES.includes(previous as CueRole)) ? '任务' : '其他';
    }
    root.role = role;
    previous = role;
  }
  // 保障 closes a frame (认识—重点—保障): of two 保障-looking parts, the earlier one with task cues
  // too is the tasks part (「强化责任担当，全力推动…」 before 「加强组织领导，…提供坚强保障」).
  let lastGuarantee = roots.length - 1;
  while (lastGuarantee >= 0 && roots[lastGuarantee]!.role !== '保障') lastGuarantee--;
  roots.forEach((root, k) => {
    if (root.role === '保障' && k < lastGuarantee && (taskScore.get(root) ?? 0) > 0) root.role = '任务';
    const down = (node: OutlineNode): void => {
      for (const child of node.children) {
        child.role = root.role;
        down(child);
      }
    };
    down(root);
  });
}

/**
 * A passage takes its section's role, unless its first sentence clearly turns to problems or
 * achievements (「但也要清醒地看到…」 inside a 成绩 part): those are the roles that appear as
 * evidence inside other parts. Oral and run-in leads are items of their part and do not switch it.
 */
function passageRole(d: Draft, hasSections: boolean): PassageRole {
  const section = d.section?.node.role;
  if (!hasSections || !section) return roleOfPassage(d.text, d.lead) ?? '其他';
  if (d.lead) return section;
  const own = roleOfPassage(d.text, undefined);
  if ((own === '问题' || own === '成绩') && own !== section && section !== '结尾') return own;
  return section;
}
