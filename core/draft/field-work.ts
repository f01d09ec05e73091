/**
 * The field a training serves, named by the campaign: 「建筑施工安全生产培训」 → 「建筑施工安全生产」. At a 培训会 the
 * achievements are the field's record, not the training's: 「前一阶段，建筑施工安全生产培训工作主要在以下两个方面有了进展」
 * before last year's safe record was marked wrong (s67-3 [11], W: 培训今天才开，材料里没有这层因果关系). Pure.
 */
import type { Run } from '../doc/model.ts';
import { workName } from './facts.ts';

/** A name's trailing training word: 「…培训」「…业务培训」「…操作培训」「…培训班」「…培训工作」. */
const TRAINING = /(?:业务|专题|专项|集中|操作)?(?:培训|轮训)(?:班|会|工作)?$/u;
/** A training that is the field itself: 职业技能培训 is the work of those who give it (a 人社局's 培训机构 campaign). */
const ITSELF = /(?:技能|职业|技术|学历|继续教育|就业|创业)(?:培训|轮训)(?:班|会|工作)?$/u;

/** The campaign's name without its training word, or undefined when it names none, is the field itself, or nothing is left. */
export function fieldName(name: string): string | undefined {
  if (ITSELF.test(name.trim())) return undefined;
  const field = name.trim().replace(TRAINING, '');
  return field !== name.trim() && field.length >= 2 ? field : undefined;
}

/**
 * The field's work as the speech names it (「建筑施工安全生产工作」): the name the speech calls the work by (the short name,
 * else the name) without its training word; undefined when that name names no training (the work is the field then).
 */
export function fieldWork(campaign: { name: string; shortName?: string }): Run[] | undefined {
  const [name, src] = campaign.shortName ? [campaign.shortName, 'campaign.shortName'] : [campaign.name, 'campaign.name'];
  const field = fieldName(name);
  return field ? workName(field, src) : undefined;
}
