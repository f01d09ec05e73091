// 领导名录: the unit's leaders (name, title, order), kept by the user in the store. Against it the
// proofreader flags a known name with a wrong or missing character (王建社 for 王建设, 王建同志),
// a title that does not match (县委书记王建设 when he is 县委副书记、县长), and leaders listed out of
// their order. Nothing is shipped pre-filled: without a roster this rule says nothing.
import { finding, isHan, q, type ParaFinding } from './util.ts';
import { TITLE_AT_END, TITLE_AT_START } from './spelling/names.ts';

export interface RosterEntry {
  name: string;
  title: string;
  /** 1 = listed first. */
  rank: number;
}

interface Hit {
  entry: RosterEntry;
  at: number;
  length: number;
}

/** Where a name is used as a name: after a title or a list mark, or before a title or 同志. */
function nameContext(text: string, at: number, end: number): boolean {
  const before = text.slice(Math.max(0, at - 12), at);
  const after = text.slice(end, end + 8);
  return TITLE_AT_END.test(before) || /[、：:\s\u3000]$/u.test(before) || TITLE_AT_START.test(after) || /^[、，。；\s\u3000]|^$/u.test(after);
}

function exactHits(text: string, roster: readonly RosterEntry[]): Hit[] {
  const hits: Hit[] = [];
  for (const entry of roster) {
    for (let at = text.indexOf(entry.name); at >= 0; at = text.indexOf(entry.name, at + 1)) hits.push({ entry, at, length: entry.name.length });
  }
  // 李明 inside 李明华, when both are leaders, is 李明华.
  const kept = hits.filter((h) => !hits.some((o) => o !== h && o.length > h.length && o.at <= h.at && h.at + h.length <= o.at + o.length));
  return kept.sort((a, b) => a.at - b.at);
}

/** 王建社 or 王建 (同志) where the roster has 王建设: one character replaced or missing. */
function nearMisses(text: string, roster: readonly RosterEntry[], exact: readonly Hit[]): ParaFinding[] {
  const out: ParaFinding[] = [];
  const covered = (at: number) => exact.some((h) => at >= h.at && at < h.at + h.length);
  for (const { name, title } of roster) {
    if (name.length < 3) continue; // a two-character name one character off is another name
    for (let at = text.indexOf(name[0]!); at >= 0; at = text.indexOf(name[0]!, at + 1)) {
      if (covered(at)) continue;
      const same = text.slice(at, at + name.length);
      const diff = [...same].filter((c, k) => c !== name[k]).length;
      if (same.length === name.length && diff === 1 && !roster.some((o) => o.name === same) && nameContext(text, at, at + name.length)) {
        out.push(finding('roster', '错误', at, name.length, 'roster:name', `领导姓名疑有误：${q(same)}应为${q(name)}（领导名录：${title}）`, name));
        continue;
      }
      const short = text.slice(at, at + name.length - 1);
      const end = at + short.length;
      const missing = [...name].some((_, k) => name.slice(0, k) + name.slice(k + 1) === short);
      // 王建同志 / 王建、李明: the short form ends where the name ends; 王建主持 is not a slip.
      const ends = TITLE_AT_START.test(text.slice(end, end + 8)) || (!isHan(text[end]) && nameContext(text, at, end));
      if (missing && ends && !roster.some((o) => o.name === short)) {
        out.push(finding('roster', '错误', at, short.length, 'roster:name', `领导姓名疑漏字：${q(short)}应为${q(name)}（领导名录：${title}）`, name));
      }
    }
  }
  return out;
}

/** The title phrase just before `at`: back to the last punctuation or preposition (会议由县委书记 → 县委书记). */
function titleBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 20), at).replace(/[\s\u3000]+$/u, '');
  const phrase = before.split(/[，。；：、！？（）“”\s\u3000]|由|请|是|为|和|与|及|在|经|向|对/u).at(-1) ?? '';
  return TITLE_AT_END.test(phrase) ? phrase : undefined;
}

function titleMismatches(text: string, hits: readonly Hit[]): ParaFinding[] {
  const out: ParaFinding[] = [];
  for (const { entry, at } of hits) {
    const phrase = titleBefore(text, at);
    if (!phrase) continue;
    const parts = [entry.title, ...entry.title.split(/[、，,/\s\u3000]+/u)].filter(Boolean);
    if (parts.some((p) => p.endsWith(phrase) || phrase.endsWith(p))) continue;
    const start = text.slice(0, at).replace(/[\s\u3000]+$/u, '').length - phrase.length;
    out.push(finding('roster', '疑似', start, phrase.length, 'roster:title', `职务与领导名录不符：${q(entry.name)}的职务是${q(entry.title)}，此处写作${q(phrase)}`));
  }
  return out;
}

/** Leaders named one after another (王建设、李明、张伟同志) in an order other than the roster's. */
function orderMistakes(text: string, hits: readonly Hit[]): ParaFinding[] {
  const out: ParaFinding[] = [];
  for (let k = 1; k < hits.length; k++) {
    const prev = hits[k - 1]!;
    const cur = hits[k]!;
    const gap = text.slice(prev.at + prev.length, cur.at);
    if (!/^[^。；！？]{0,16}$/u.test(gap) || !/[、，,\s\u3000]/u.test(gap) || cur.entry === prev.entry) continue;
    if (cur.entry.rank < prev.entry.rank) {
      out.push(finding('roster', '疑似', cur.at, cur.length, 'roster:order', `排序与领导名录不一致：${q(cur.entry.name)}（第${cur.entry.rank}位）应排在${q(prev.entry.name)}（第${prev.entry.rank}位）之前`));
    }
  }
  return out;
}

export function rosterRule(text: string, roster: readonly RosterEntry[]): ParaFinding[] {
  if (roster.length === 0) return [];
  const exact = exactHits(text, roster);
  return [...nearMisses(text, roster, exact), ...titleMismatches(text, exact), ...orderMistakes(text, exact)];
}
