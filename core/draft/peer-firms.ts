// Companies of one trade that share a task each holds on its own ground (every transport firm's own monitoring, every builder's own
// site): each answers for its own, one never 「具体实施」 what another must do with the others 「配合」; one a problem faults puts its own
// right (r-s78 s78-3 [34], W: one 客运公司 given the 「动态监控24小时值守」 of two others, one of them faulted). Pure.
import type { SpeechInput } from '../input/schema.ts';
import type { Room } from './room.ts';
import { tradeOf } from './peers.ts';
import { isEnterprise, isFirm } from './speaker.ts';

type Task = SpeechInput['campaign']['tasks'][number];

/** Trades whose companies check or serve another's work, never peers doing the same: 监理, testers, designers, the works' client. */
const NOT_PEERS = new Set(['supervision', 'testing', 'design', 'client']);
/** A task that says its duty falls on several companies each: 「两家企业…补足」「各物业企业」「各施工单位」「各自」「分别」「逐家」. */
const EACH = /[两二三四五六七八九十\d]+家(企业|公司|单位)?|各[^，。；、]{0,4}(企业|公司|单位)|各自|分别|逐家/;

/** A company by its own name, with its trade. */
function firmTrade(unit: string): string | undefined {
  const name = unit.trim();
  if (/^(各|全|辖区|有关|相关|部分)/.test(name) || !(isFirm(name) || isEnterprise(name))) return undefined;
  return tradeOf(name.replace(/有限责任公司|有限公司|股份/g, ''));
}

/**
 * The supports that are the lead's peers of one trade, held by the work as it is, where the task says its duty falls on each of them
 * (EACH) or a problem faults the lead and one of them by name: each answers for its own. None where the lead is not such a company.
 */
export function peerFirms<T extends { u: string }>(t: Task, supports: readonly T[], room: Room): T[] {
  const trade = firmTrade(t.lead);
  if (!trade || NOT_PEERS.has(trade) || !room.overseen(t.lead)) return [];
  const same = supports.filter((s) => firmTrade(s.u) === trade && room.overseen(s.u) && !room.client(s.u));
  if (!same.length) return [];
  const each = EACH.test(`${t.title}，${t.detail ?? ''}`) || (room.faulted(t.lead) && same.some((s) => room.faulted(s.u)));
  return each ? same : [];
}
