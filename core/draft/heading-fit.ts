// Which 范文库 headings fit a speech: the tester was offered 创卫迎评, 科教兴国 and 三农 headings for a
// 防汛 speech, and the 篇幅 panel told her to pick one. A harvested heading fits when it names no other
// field and either has the campaign's slot (「X」: its subject was replaced, the rest is wording any
// campaign can use), names the speech's own field, or comes from a speech of the same field (its
// title says so). Anything else may be about another county's topic and is not offered. Pure.
import { keywordScore } from './domain.ts';
import { SLOT } from './headings.ts';
import type { DomainBank } from './template-schema.ts';

type Entry = DomainBank['domains'][keyof DomainBank['domains']];

const words = (e: Entry): string[] => [...e.keywords, ...(e.broad ?? [])];

export function headingFits(pattern: string, sourceTitle: string, domain: string | undefined, bank: DomainBank): boolean {
  const entries = Object.entries(bank.domains) as [string, Entry][];
  const own = entries.find(([name]) => name === domain)?.[1];
  const body = pattern.split(SLOT).join('');
  const names = (e: Entry, text: string) => keywordScore(text, words(e)) > 0;
  if (entries.some(([name, e]) => name !== domain && names(e, body) && !(own && names(own, body)))) return false;
  if (pattern.includes(SLOT)) return true;
  return own !== undefined && (names(own, body) || names(own, sourceTitle));
}
