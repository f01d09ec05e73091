// Townships and streets of one level that share a task: each answers for its own ground. Pure.
import { unitLevel } from './unit-level.ts';

/** A township's or a street's own name (「临港镇」「龙泉街道」「杨柳乡人民政府」), not a body inside it (「镇应急办」). */
const PLACE = /^[\u4e00-\u9fa5]{1,8}?(?:镇|乡|街道)(?:人民政府|办事处|党委)?$/u;
const BASE_TIER = new Set(['town', 'xiang', 'street']);

/** Whether a unit is a township or a street itself. */
export function isBasePlace(unit: string): boolean {
  const name = unit.trim();
  return !/^各/.test(name) && PLACE.test(name) && BASE_TIER.has(unitLevel(name) ?? '');
}

/**
 * The supports that are the lead's peers on the ground — a 镇 beside a 街道's lead, a 乡 beside a 镇's: a 街道 never 「牵头抓总」
 * over a 镇 of its own rank, and what the task asks of them is each one's own territory (r-s78 s78-5 [32], s78-6 [37], W:
 * 「由海湾街道牵头抓总，临港镇…按职责分工抓好落实」 where each had its own cases to clear). Only where the lead is one of them.
 */
export function peerPlaces<T extends { u: string }>(lead: string, supports: readonly T[]): T[] {
  return isBasePlace(lead) ? supports.filter((s) => isBasePlace(s.u)) : [];
}
