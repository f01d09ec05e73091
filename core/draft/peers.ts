// Parties of the same kind and the same standing are spoken to alike (s13: of two builders each
// supporting one lot of the same road works and named in one attendees line, one was thanked as a guest
// and the other told 「把主体责任放在心上」 — the one whose name held 工程 read as contracted, the 建设
// 集团 not). The companies of the material, each with its trade, for room.ts to decide a company's
// treatment for its trade as a whole.
import type { SpeechInput } from '../input/schema.ts';
import { attendeePieces, LABEL } from './attendees.ts';
import { partLines } from './line-parts.ts';

/** The trade a company works in, most particular first: a 工程监理 company supervises, a 建筑设计院 designs. */
const TRADES: readonly [string, RegExp][] = [
  ['supervision', /监理/],
  // Appraisers and surveyors stand apart from both sides of a 征收 alike (s38-1 [37], W: one of three ordered, two asked).
  ['testing', /检测|鉴定|检验|评估|估价|测绘/],
  ['design', /设计/],
  ['maintenance', /维保|维修/],
  ['property', /物业/],
  ['transport', /运输|物流|客运|货运/],
  // A 城投 or a developer is the works' client, not a builder (「…城市建设投资集团」).
  ['client', /投资|城投|开发|置业|地产|房产|业主/],
  // A 项目部 is a builder's office on the site (「中建三局淯水项目部」, s43-5 [60]).
  ['builder', /施工|建设|建工|建筑|工程|路桥|市政|承建|总包|城建|^中(?:建|铁|交|冶|水|电建|化)[^、，]{0,6}局|项目部$/],
];
/** A company by its own name (not a kind of them: 「各施工单位」). */
const COMPANY = /^(?!各|全|辖区|有关|相关|部分).*(公司|集团|事务所|项目部)$|^中(?:建|铁|交|冶|水|电建|化)[^、，]{0,6}局$/;
/** Where a line says of all its companies what they are: 「施工单位：…」, 「…等施工企业」, 「…（施工单位）」. */
const LINE_KIND = /^[^：:、，]{1,10}[：:]|等[^、，]{0,6}?(单位|企业)|[（(][^）)]*(单位|企业|方)[）)]/g;

export function tradeOf(text: string): string | undefined {
  return TRADES.find(([, re]) => re.test(text))?.[0];
}

export interface Trade {
  name: string;
  trade: string;
}

/**
 * The companies the attendees and the tasks name, each with its trade: by its own name, else by what its
 * attendees line calls its companies (「施工单位：…」). A company of no known trade is left out.
 */
export function tradesOf(input: SpeechInput): Trade[] {
  const out: Trade[] = [];
  const add = (name: string, line?: string) => {
    const trade = tradeOf(name.replace(/有限责任公司|有限公司|股份/g, '')) ?? line;
    if (trade && COMPANY.test(name) && !out.some((f) => f.name === name)) out.push({ name, trade });
  };
  for (const entry of partLines(input.meeting.attendees ?? [])) {
    const said = [...entry.matchAll(LINE_KIND)].map((m) => m[0]).join('');
    const line = LABEL.test(entry) || said ? tradeOf(said) : undefined;
    for (const p of attendeePieces(entry)) add(p.name.trim(), line);
  }
  for (const t of input.campaign.tasks) for (const u of [t.lead, ...(t.support ?? [])].flatMap((x) => x.split(/[、，,]/))) add(u.trim());
  return out;
}
