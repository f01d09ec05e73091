// A title block read as one line (core/outline/title-block.ts): cut back into title, speaker and date
// only when all that follows the title is a speaker and/or a date.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../core/outline/index.ts';
import { titleBlockLines } from '../../core/outline/title-block.ts';

describe('a glued title block', () => {
  it('is cut after the title, the speaker and the date in either order, spaced or not', () => {
    expect(titleBlockLines('在全镇防汛工作会议上的讲话镇长　宋海明（2023年6月2日）')).toEqual(['在全镇防汛工作会议上的讲话', '镇长　宋海明', '（2023年6月2日）']);
    expect(titleBlockLines('在全区招商引资大会上的讲话　　2024年1月9日　　区委书记 顾长青')).toEqual(['在全区招商引资大会上的讲话', '2024年1月9日', '区委书记 顾长青']);
    expect(titleBlockLines('关于全县耕地保护工作的汇报（二〇二三年九月五日）')).toEqual(['关于全县耕地保护工作的汇报', '（二〇二三年九月五日）']);
    expect(titleBlockLines('在全乡春耕生产动员会上的讲话周立平同志')).toEqual(['在全乡春耕生产动员会上的讲话', '周立平同志']);
  });

  it('is not a title with its own note, a sentence, or a heading', () => {
    expect(titleBlockLines('在全县安全生产会议上的讲话（摘要）')).toBeUndefined();
    expect(titleBlockLines('县长在会上作了讲话，2024年3月5日印发。')).toBeUndefined();
    expect(titleBlockLines('二、听取县林业局的汇报2024年3月5日')).toBeUndefined();
    expect(titleBlockLines('在全县秋冬季森林防火工作会议上的讲话')).toBeUndefined();
  });

  it('starts a document in a collection with no other mark', () => {
    const raw = [
      '在全镇防汛工作会议上的讲话镇长　宋海明（2023年6月2日）',
      '同志们：',
      '今年汛期来得早，各村要立即行动起来。',
      '一、排查隐患',
      '各村要对山塘逐一排查。',
      '在全镇秋粮收购工作会议上的讲话副镇长　钟晓燕（2023年9月20日）',
      '同志们：',
      '秋粮收购即将开始，各村要做好准备。',
    ].join('\n');
    const { documents } = analyse(raw);
    expect(documents.map((d) => [d.title, d.speaker, d.dateLine])).toEqual([
      ['在全镇防汛工作会议上的讲话', '镇长　宋海明', '（2023年6月2日）'],
      ['在全镇秋粮收购工作会议上的讲话', '副镇长　钟晓燕', '（2023年9月20日）'],
    ]);
  });
});
