// 范文库 headings offered for a speech fit its field (the outside tester was offered 创卫迎评, 科教兴国
// and 三农 headings for a 防汛 speech): a heading with the slot 「X」 unless it names another field,
// one that names the speech's own field, or one from a speech of the same field; nothing else.
// Invented headings and titles (榆林乡, 杉塘镇).
import { describe, expect, it } from 'vitest';
import { headingFits } from '../../core/draft/heading-fit.ts';
import { loadDraftLibrary } from '../../main/services/library-files.ts';

const bank = loadDraftLibrary().banks.domains;
const FLOOD = '防汛抗旱';
const floodTitle = '在榆林乡防汛抗旱工作会议上的讲话';
const investTitle = '在杉塘镇招商引资推进会上的讲话';

describe('a 范文库 heading fits a speech', () => {
  it('a slot heading fits any field unless it names another', () => {
    expect(headingFits('压实X责任', investTitle, FLOOD, bank)).toBe(true);
    expect(headingFits('坚定信心，凝聚做好X工作的共识', investTitle, FLOOD, bank)).toBe(true);
    expect(headingFits('统筹X和秸秆禁烧工作', investTitle, FLOOD, bank)).toBe(false);
  });

  it('a heading naming another field is never offered, wherever it comes from', () => {
    expect(headingFits('坚定信心决心，迅速凝聚创文迎检思想共识', floodTitle, FLOOD, bank)).toBe(false);
    expect(headingFits('着力抓好招商引资，推动项目早落地', floodTitle, FLOOD, bank)).toBe(false);
  });

  it('a heading naming the own field fits; a plain one only from a speech of the same field', () => {
    expect(headingFits('绷紧防汛这根弦，抓实汛期各项准备', investTitle, FLOOD, bank)).toBe(true);
    expect(headingFits('加强组织领导，严格督导考核', floodTitle, FLOOD, bank)).toBe(true);
    expect(headingFits('加强组织领导，严格督导考核', investTitle, FLOOD, bank)).toBe(false);
    expect(headingFits('深入实施人才强县战略，提升创新能力', investTitle, FLOOD, bank)).toBe(false);
  });

  it('a heading that names the own field and another too fits (防汛 and 抢险 beside 水库 …)', () => {
    expect(headingFits('守牢水库安全底线，确保安全度汛', investTitle, FLOOD, bank)).toBe(true);
  });
});
